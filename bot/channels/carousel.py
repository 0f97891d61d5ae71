"""The product carousel payload, read for the chat channels that render it.

actions/products.py ``carousel()`` sends a channel-neutral custom message
``{"type": "product_carousel", "products": [{sku, title, price, currency, in_stock,
image_url}, ...]}``. Slack and Telegram turn each product into a card that links to
the storefront's product page ``{public_url}/product/{sku}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import quote, urljoin, urlsplit

from bot.language import detect_language

CAROUSEL_TYPE = "product_carousel"

LABELS: Dict[str, Dict[str, str]] = {
    "en": {
        "details": "Details",
        "in_stock": "In stock",
        "out_of_stock": "Out of stock",
    },
    "zh": {"details": "查看详情", "in_stock": "有货", "out_of_stock": "缺货"},
}


@dataclass(frozen=True)
class CarouselItem:
    """One product card.

    Attributes:
        sku: the product's SKU.
        title: its title in the shopper's language.
        price: price and currency as shown, e.g. ``"5999.00 CNY"``.
        in_stock: whether any variant is in stock; None when the payload is silent.
        details_url: absolute URL of the product page.
        image_url: absolute http(s) URL of the image, or None.
    """

    sku: str
    title: str
    price: str
    in_stock: Optional[bool]
    details_url: str
    image_url: Optional[str]


def is_carousel(custom: Any) -> bool:
    """True for a product carousel payload."""
    return isinstance(custom, Mapping) and custom.get("type") == CAROUSEL_TYPE


def product_url(public_url: str, sku: str) -> str:
    """The storefront's page of one product."""
    return f"{public_url.rstrip('/')}/product/{quote(sku, safe='')}"


def absolute_url(public_url: str, url: Optional[str]) -> Optional[str]:
    """url made absolute against the storefront (catalog images are site paths).

    Returns None when there is no URL or it is not http(s) (data:, javascript:).
    """
    if not url or not isinstance(url, str):
        return None
    joined = urljoin(public_url.rstrip("/") + "/", url.strip())
    return joined if urlsplit(joined).scheme in ("http", "https") else None


def carousel_items(payload: Mapping[str, Any], public_url: str) -> List[CarouselItem]:
    """The cards of a carousel payload; entries without sku or title are skipped."""
    products = payload.get("products")
    items = []
    for product in products if isinstance(products, list) else []:
        if not isinstance(product, Mapping):
            continue
        sku, title = product.get("sku"), product.get("title")
        if not sku or not title:
            continue
        price = " ".join(
            str(product[key]) for key in ("price", "currency") if product.get(key)
        )
        in_stock = product.get("in_stock")
        items.append(
            CarouselItem(
                sku=str(sku),
                title=str(title),
                price=price,
                in_stock=in_stock if isinstance(in_stock, bool) else None,
                details_url=product_url(public_url, str(sku)),
                image_url=absolute_url(public_url, product.get("image_url")),
            )
        )
    return items


def carousel_language(items: List[CarouselItem], text: str = "") -> str:
    """Language of the cards' labels: Chinese when the titles or text are Chinese."""
    return detect_language(" ".join([text] + [item.title for item in items]))


def label(language: str, key: str) -> str:
    """A card label ("details", "in_stock", "out_of_stock") in language."""
    return LABELS.get(language, LABELS["en"])[key]


def stock_label(item: CarouselItem, language: str) -> str:
    """The stock label ("In stock", "Out of stock") in language; "" when unknown."""
    if item.in_stock is None:
        return ""
    return label(language, "in_stock" if item.in_stock else "out_of_stock")


class CarouselOutput:
    """Mixin for Rasa output channels that define ``send_carousel``.

    A carousel and the text it came with go out as one message.
    """

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        """Sends a bot message; a product carousel goes as one message with its text."""
        custom = message.get("custom")
        if is_carousel(custom) and not message.get("buttons"):
            text = message.get("text") or ""
            message = {k: v for k, v in message.items() if k not in ("text", "custom")}
            await self.send_carousel(recipient_id, text, custom)  # type: ignore[attr-defined]
        await super().send_response(recipient_id, message)  # type: ignore[misc]
