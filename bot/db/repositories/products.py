"""Products and their knowledge-graph relations."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Sequence, Tuple

from sqlalchemy import String, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from bot.db.models import Product, ProductRelation, check_allowed
from bot.db.views import RELATION_KINDS, ProductView, RelationView

PRODUCT_FIELDS = (
    "sku",
    "title_en",
    "title_zh",
    "description_en",
    "description_zh",
    "brand",
    "category",
    "price",
    "currency",
    "colors",
    "sizes",
    "stock",
    "attributes",
    "tags",
    "image_url",
    "popularity",
)
CHUNK = 500  # keeps IN (...) lists under every backend's parameter limit


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Consecutive slices of ``items`` of at most ``size`` elements."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def product_view(row: Product) -> ProductView:
    """The frozen view of a product row."""
    return ProductView(
        sku=row.sku,
        title_en=row.title_en,
        title_zh=row.title_zh,
        description_en=row.description_en or "",
        description_zh=row.description_zh or "",
        brand=row.brand or "",
        category=row.category,
        price=Decimal(row.price),
        currency=row.currency,
        colors=tuple(row.colors or ()),
        sizes=tuple(row.sizes or ()),
        stock={str(k): int(v) for k, v in (row.stock or {}).items()},
        attributes=dict(row.attributes or {}),
        tags=tuple(row.tags or ()),
        image_url=row.image_url or "",
        popularity=int(row.popularity or 0),
    )


class ProductRepository:
    """Reads and writes products and product relations.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, sku: str) -> ProductView | None:
        """The product with this SKU, None when unknown."""
        row = self.session.get(Product, sku)
        return product_view(row) if row is not None else None

    def get_many(self, skus: Sequence[str]) -> List[ProductView]:
        """Products for ``skus`` in input order; unknown SKUs and repeats skipped."""
        wanted = list(dict.fromkeys(skus))
        found: Dict[str, ProductView] = {}
        for part in chunks(wanted):
            rows = self.session.scalars(select(Product).where(Product.sku.in_(part)))
            found.update({row.sku: product_view(row) for row in rows})
        return [found[sku] for sku in wanted if sku in found]

    def list_all(self) -> List[ProductView]:
        """Every product, ordered by SKU."""
        rows = self.session.scalars(select(Product).order_by(Product.sku))
        return [product_view(row) for row in rows]

    def skus(self) -> List[str]:
        """Every SKU, sorted."""
        return list(self.session.scalars(select(Product.sku).order_by(Product.sku)))

    def count(self) -> int:
        """Number of products."""
        return int(self.session.scalar(select(func.count()).select_from(Product)))

    def browse(
        self, text: str = "", category: str | None = None, limit: int = 60
    ) -> List[ProductView]:
        """Products for a storefront listing: plain SQL matching, no ML models.

        Args:
            text: search words; each must occur (case-insensitively, as a
                substring) in a title, the brand, the category or the tags.
                At most 8 words of 100 characters count; "" matches everything.
            category: only this category when given.
            limit: most products returned.

        Returns:
            Product views, most popular first, then by SKU.
        """
        query = select(Product)
        if category:
            query = query.where(Product.category == category)
        for word in text.split()[:8]:
            pattern = "%" + _escape_like(word[:100]) + "%"
            fields = (Product.title_en, Product.title_zh, Product.brand)
            fields += (Product.category, cast(Product.tags, String))
            query = query.where(or_(*(f.ilike(pattern, escape="\\") for f in fields)))
        query = query.order_by(Product.popularity.desc(), Product.sku).limit(limit)
        return [product_view(row) for row in self.session.scalars(query)]

    def popular(
        self,
        category: str | None = None,
        price_min: Decimal | None = None,
        price_max: Decimal | None = None,
        limit: int | None = None,
    ) -> List[ProductView]:
        """Products in stock, most popular first (by the ``popularity`` column).

        Args:
            category: only this category when given.
            price_min: only products costing at least this much.
            price_max: only products costing at most this much.
            limit: most products returned (None: all that match).

        Returns:
            Product views with at least one unit in stock, popularity (desc)
            then SKU. Stock is a JSON column, so it is checked on the loaded rows
            (the SQL filters category and price).
        """
        query = select(Product)
        if category:
            query = query.where(Product.category == category)
        if price_min is not None:
            query = query.where(Product.price >= price_min)
        if price_max is not None:
            query = query.where(Product.price <= price_max)
        query = query.order_by(Product.popularity.desc(), Product.sku)
        in_stock = [
            view
            for view in map(product_view, self.session.scalars(query))
            if view.in_stock()
        ]
        return in_stock if limit is None else in_stock[: max(limit, 0)]

    def category_counts(self) -> List[Tuple[str, int]]:
        """(category, number of products) for every category, sorted by name."""
        query = (
            select(Product.category, func.count())
            .group_by(Product.category)
            .order_by(Product.category)
        )
        return [(str(name), int(n)) for name, n in self.session.execute(query)]

    def related(self, sku: str, kind: str, incoming: bool = False) -> List[ProductView]:
        """Products linked to ``sku`` by ``kind`` edges, most popular first.

        Args:
            sku: the product asked about.
            kind: one of accessory_of, compatible_with, similar_to, replaces.
            incoming: False follows edges from ``sku`` (``related(case,
                "accessory_of")`` = the phones the case fits); True follows edges
                into ``sku`` (``related(phone, "accessory_of", incoming=True)`` =
                the phone's accessories).

        Returns:
            Product views ordered by popularity (desc), then SKU.
        """
        check_allowed("relation kind", kind, RELATION_KINDS)
        mine, other = ProductRelation.source_sku, ProductRelation.target_sku
        if incoming:
            mine, other = other, mine
        query = (
            select(Product)
            .join(ProductRelation, other == Product.sku)
            .where(mine == sku, ProductRelation.kind == kind)
            .order_by(Product.popularity.desc(), Product.sku)
        )
        return [product_view(row) for row in self.session.scalars(query)]

    def relations(self) -> List[RelationView]:
        """Every relation edge, sorted by kind, source, target."""
        rel = ProductRelation
        rows = self.session.execute(
            select(rel.kind, rel.source_sku, rel.target_sku).order_by(
                rel.kind, rel.source_sku, rel.target_sku
            )
        )
        return [RelationView(*row) for row in rows]

    def upsert_many(self, rows: Iterable[Mapping[str, Any]]) -> Tuple[int, int]:
        """Inserts new products and overwrites existing ones (matched by SKU).

        Args:
            rows: mappings with the keys of ``PRODUCT_FIELDS`` (``sku`` required;
                other keys are ignored). Lists/dicts are stored as JSON.

        Returns:
            (inserted, updated) counts.
        """
        rows = list(rows)
        existing: Dict[str, Product] = {}
        for part in chunks([row["sku"] for row in rows]):
            query = select(Product).where(Product.sku.in_(part))
            existing.update({p.sku: p for p in self.session.scalars(query)})
        inserted = 0
        for row in rows:
            product = existing.get(row["sku"])
            if product is None:
                product = existing[row["sku"]] = Product()
                self.session.add(product)
                inserted += 1
            for name in PRODUCT_FIELDS:
                if name in row:
                    setattr(product, name, _plain(row[name]))
        self.session.flush()
        return inserted, len(rows) - inserted

    def replace_relations(self, edges: Iterable[RelationView]) -> int:
        """Replaces every stored relation with ``edges`` (duplicates dropped).

        Returns:
            Number of edges stored.
        """
        unique = list(dict.fromkeys(edges))
        for edge in unique:
            check_allowed("relation kind", edge.kind, RELATION_KINDS)
        self.session.execute(delete(ProductRelation))
        self.session.add_all(
            ProductRelation(
                kind=edge.kind, source_sku=edge.source_sku, target_sku=edge.target_sku
            )
            for edge in unique
        )
        self.session.flush()
        return len(unique)


def _escape_like(word: str) -> str:
    # LIKE wildcards in a shopper's words match literally ("100%" is not "100…")
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _plain(value: Any) -> Any:
    # Tuples (from views) become lists so JSON columns compare equal on reload.
    return list(value) if isinstance(value, tuple) else value
