"""Server-side HTML of the storefront (Jinja2 templates, autoescaped)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.db.views import ProductView
from bot.web.i18n import TEXTS, category_name
from bot.web.images import image_src
from bot.web.storefront import Listing, variant_stock

TEMPLATES = Path(__file__).parent / "templates"

_ENV: Optional[Environment] = None
_ENV_LOCK = threading.Lock()


def environment() -> Environment:
    """The template environment, created on first use (HTML autoescaped)."""
    global _ENV
    with _ENV_LOCK:
        if _ENV is None:
            _ENV = Environment(
                loader=FileSystemLoader(str(TEMPLATES)),
                autoescape=select_autoescape(["html"]),
                undefined=StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
            )
            _ENV.globals.update(category_name=category_name, image_src=image_src)
        return _ENV


@dataclass(frozen=True)
class Page:
    """What every page needs: language, the switch's links, categories, Rasa URL.

    Attributes:
        lang: "en" or "zh".
        lang_urls: ``{"en": url, "zh": url}``: this page in each language.
        rasa_url: base URL of the Rasa server the widget connects to.
        categories: (category, count) pairs for the navigation.
    """

    lang: str
    lang_urls: Dict[str, str]
    rasa_url: str
    categories: List[Tuple[str, int]] = field(default_factory=list)


def _render(template: str, page: Page, **values: Any) -> str:
    defaults: Dict[str, Any] = {"query": "", "category": None, "product_sku": ""}
    context = {
        **defaults,
        "lang": page.lang,
        "t": TEXTS[page.lang],
        "lang_urls": page.lang_urls,
        "rasa_url": page.rasa_url,
        "categories": page.categories,
        **values,
    }
    return environment().get_template(template).render(context)


def grid_page(page: Page, listing: Listing) -> str:
    """The product grid for a listing (all, a category or search results)."""
    return _render(
        "grid.html",
        page,
        products=listing.products,
        query=listing.query,
        category=listing.category,
    )


def product_page(page: Page, product: ProductView) -> str:
    """A product's detail page; its SKU goes to the widget as chat context."""
    return _render(
        "product.html",
        page,
        product=product,
        variants=variant_stock(product),
        category=product.category,
        product_sku=product.sku,
    )


def message_page(page: Page, status: int, heading_key: str, text_key: str) -> str:
    """An error page (404, 503) with a link back to the shop."""
    texts = TEXTS[page.lang]
    return _render(
        "message.html",
        page,
        status=status,
        heading=texts[heading_key],
        text=texts[text_key],
    )
