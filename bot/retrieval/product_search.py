"""Product search: FAISS over titles and descriptions, filters on database facts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, List, Sequence

from bot.db.views import ProductView
from bot.retrieval.embedder import Embedder
from bot.retrieval.vector_index import VectorIndex

PRODUCT_INDEX = "products"
OVERFETCH = 10  # rows fetched per wanted result, so filters still leave k results


@dataclass(frozen=True)
class ProductFilters:
    """Constraints from the shopper's entities; None means no constraint."""

    category: str | None = None
    brand: str | None = None
    color: str | None = None
    size: str | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None

    def accepts(self, product: ProductView) -> bool:
        """True when the product satisfies every set constraint."""
        checks = [
            self.category is None or product.category == self.category,
            self.brand is None or product.brand.lower() == self.brand.lower(),
            product.has_variant(color=self.color, size=self.size),
            self.price_min is None or product.price >= self.price_min,
            self.price_max is None or product.price <= self.price_max,
        ]
        return all(checks)


def product_passages(product: ProductView) -> List[str]:
    """The texts a product is found by: English and Chinese title + description."""
    return [
        f"{product.title_en}. {product.brand}. {product.description_en}",
        f"{product.title_zh}。{product.brand}。{product.description_zh}",
    ]


def build_product_index(
    products: Sequence[ProductView], embedder: Embedder
) -> VectorIndex:
    """Embeds both passages of every product; rows map to SKUs."""
    texts: List[str] = []
    ids: List[str] = []
    for product in products:
        for passage in product_passages(product):
            texts.append(passage)
            ids.append(product.sku)
    return VectorIndex.build(embedder.embed(texts, "passage"), ids, embedder.model_id)


class ProductSearcher:
    """Semantic product search with filters; product facts come from the database.

    Args:
        index: the product passage index.
        embedder: the embedder the index was built with.
        fetch_products: loads product views for SKUs from the database, in order.
    """

    def __init__(
        self,
        index: VectorIndex,
        embedder: Embedder,
        fetch_products: Callable[[Sequence[str]], List[ProductView]],
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.fetch_products = fetch_products

    @classmethod
    def load(
        cls,
        index_dir: Path,
        embedder: Embedder,
        fetch_products: Callable[[Sequence[str]], List[ProductView]],
    ) -> ProductSearcher:
        """Loads the persisted product index built with the same embedder."""
        index = VectorIndex.load(
            index_dir / PRODUCT_INDEX, embedder.model_id, embedder.dimension
        )
        return cls(index, embedder, fetch_products)

    def search(
        self, query: str, filters: ProductFilters = ProductFilters(), k: int = 3
    ) -> List[ProductView]:
        """Top k products for the query that pass the filters, best first."""
        if not query.strip():
            return []
        # with constraints, rank the whole (small) catalog so the top k stay full
        fetch = len(self.index) if filters != ProductFilters() else k * OVERFETCH
        rows = self.index.search(self.embedder.embed([query], "query"), fetch)[0]
        skus: List[str] = []
        for sku, _ in rows:
            if sku not in skus:
                skus.append(sku)
        results = [p for p in self.fetch_products(skus) if filters.accepts(p)]
        return results[:k]
