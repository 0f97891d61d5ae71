"""What the storefront pages show, read from the shop database via the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView, variant_keys

MAX_QUERY_CHARS = 200
GRID_SIZE = 60


@dataclass(frozen=True)
class Listing:
    """A product grid: the products, the categories with counts, what was asked."""

    products: List[ProductView]
    categories: List[Tuple[str, int]]
    query: str = ""
    category: Optional[str] = None


@dataclass(frozen=True)
class VariantStock:
    """Stock of one variant of a product (color and/or size)."""

    color: Optional[str]
    size: Optional[str]
    units: int


class Storefront:
    """Read-only access to the catalog for the web pages.

    Args:
        database_url: SQLAlchemy URL of the shop database (``Settings.database_url``).
    """

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def listing(self, query: str = "", category: Optional[str] = None) -> Listing:
        """The grid for a search text and/or a category (most popular first)."""
        query = " ".join(query.split())[:MAX_QUERY_CHARS]
        with session_scope(self.database_url) as session:
            repo = ProductRepository(session)
            categories = repo.category_counts()
            products = repo.browse(query, category, limit=GRID_SIZE)
        return Listing(products, categories, query, category)

    def categories(self) -> List[Tuple[str, int]]:
        """(category, number of products), sorted by name."""
        with session_scope(self.database_url) as session:
            return ProductRepository(session).category_counts()

    def product(self, sku: str) -> Optional[ProductView]:
        """The product with this SKU, None when unknown."""
        if not sku or len(sku) > 64:
            return None
        with session_scope(self.database_url) as session:
            return ProductRepository(session).get(sku)


def variant_stock(product: ProductView) -> List[VariantStock]:
    """Units per variant in catalog order (colors × sizes); missing keys are 0."""
    keys = variant_keys(product.colors, product.sizes)
    return [
        VariantStock(color, size, int(product.stock.get(key, 0)))
        for key, (color, size) in keys.items()
    ]
