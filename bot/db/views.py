"""Frozen, session-free views of database rows, returned by the repositories.

Pure Python (no SQLAlchemy import), so retrieval and action code can import these
types cheaply. List-valued fields are tuples; ``stock`` and ``attributes`` are plain
dicts that callers must not mutate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Dict, Iterator, Tuple

DEFAULT_VARIANT = "default"

# Allowed values of the status-like columns (checked in the schema and on write).
RELATION_KINDS = ("accessory_of", "compatible_with", "similar_to", "replaces")
LANGUAGES = ("en", "zh")
ORDER_STATUSES = ("pending", "paid", "shipped", "delivered", "cancelled", "returned")
RETURN_STATUSES = ("requested", "received", "refunded", "rejected")
REFUND_STATUSES = ("pending", "processing", "paid")
TICKET_STATUSES = ("open", "closed")


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def variant_keys(
    colors: Tuple[str, ...], sizes: Tuple[str, ...]
) -> Dict[str, Tuple[str | None, str | None]]:
    """All valid stock keys of a product, mapped to their (color, size).

    Rules: ``color/size`` when the product has colors and sizes, ``color`` when it
    has only colors, ``size`` when it has only sizes, else ``default``.

    Args:
        colors: the product's colors.
        sizes: the product's sizes.

    Returns:
        ``{key: (color or None, size or None)}``.
    """
    if colors and sizes:
        return {f"{c}/{s}": (c, s) for c in colors for s in sizes}
    if colors:
        return {c: (c, None) for c in colors}
    if sizes:
        return {s: (None, s) for s in sizes}
    return {DEFAULT_VARIANT: (None, None)}


@dataclass(frozen=True)
class ProductView:
    """One product of the catalog; facts (price, stock, sizes) come from here."""

    sku: str
    title_en: str
    title_zh: str
    description_en: str
    description_zh: str
    brand: str
    category: str
    price: Decimal
    currency: str
    colors: Tuple[str, ...] = ()
    sizes: Tuple[str, ...] = ()
    stock: Dict[str, int] = field(default_factory=dict)
    attributes: Dict[str, Any] = field(default_factory=dict)
    tags: Tuple[str, ...] = ()
    image_url: str = ""
    popularity: int = 0

    def title(self, lang: str) -> str:
        """Title in ``lang`` ("en" or "zh"), English when the Chinese one is empty."""
        return self.title_zh if lang == "zh" and self.title_zh else self.title_en

    def description(self, lang: str) -> str:
        """Description in ``lang``, English when the Chinese one is empty."""
        if lang == "zh" and self.description_zh:
            return self.description_zh
        return self.description_en

    @property
    def total_stock(self) -> int:
        """Units in stock over all variants."""
        return sum(self.stock.values())

    def _variants(self) -> Iterator[Tuple[str | None, str | None, int]]:
        keys = variant_keys(self.colors, self.sizes)
        for key, qty in self.stock.items():
            if key in keys:
                color, size = keys[key]
                yield color, size, qty

    def stock_for(self, color: str | None = None, size: str | None = None) -> int:
        """Units in stock of the variants matching ``color`` and ``size``.

        Matching is case-insensitive; None matches any value. Asking for a color
        (size) of a product without colors (sizes) matches nothing.
        """
        total = 0
        for v_color, v_size, qty in self._variants():
            if color is not None and (v_color is None or not _same(v_color, color)):
                continue
            if size is not None and (v_size is None or not _same(v_size, str(size))):
                continue
            total += qty
        return total

    def in_stock(self, color: str | None = None, size: str | None = None) -> bool:
        """True when at least one unit matching ``color``/``size`` is in stock."""
        if color is None and size is None:
            return self.total_stock > 0
        return self.stock_for(color, size) > 0

    def has_variant(self, color: str | None = None, size: str | None = None) -> bool:
        """True when the product comes in ``color``/``size`` (in stock or not)."""
        color_ok = color is None or any(_same(c, color) for c in self.colors)
        size_ok = size is None or any(_same(s, str(size)) for s in self.sizes)
        return color_ok and size_ok


@dataclass(frozen=True)
class RelationView:
    """A knowledge-graph edge: ``source_sku`` is ``kind`` of ``target_sku``.

    Example: ``RelationView("accessory_of", "CASE-1", "PHONE-1")``.
    """

    kind: str
    source_sku: str
    target_sku: str


@dataclass(frozen=True)
class CustomerView:
    """A shop customer."""

    id: int
    name: str
    email: str
    phone: str
    language: str
    created_at: datetime


@dataclass(frozen=True)
class OrderItemView:
    """One line of an order; ``title`` is the title at order time."""

    sku: str
    title: str
    color: str | None
    size: str | None
    quantity: int
    unit_price: Decimal

    @property
    def line_total(self) -> Decimal:
        """quantity × unit price."""
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class OrderView:
    """An order with its items and its customer's contact details."""

    id: int
    customer_id: int
    customer_name: str
    customer_email: str
    customer_phone: str
    customer_language: str
    status: str
    created_at: datetime
    updated_at: datetime
    address_line: str
    city: str
    postal_code: str
    country: str
    carrier: str | None
    tracking_number: str | None
    eta: date | None
    delivered_at: datetime | None
    total: Decimal
    items: Tuple[OrderItemView, ...] = ()


@dataclass(frozen=True)
class ReturnView:
    """A return (RMA) of some items of an order.

    ``items`` holds dicts ``{"sku", "quantity", "color", "size"}``.
    """

    rma_id: str
    order_id: int
    items: Tuple[Dict[str, Any], ...]
    reason: str
    status: str
    refund_amount: Decimal
    refund_status: str
    created_at: datetime


@dataclass(frozen=True)
class FaqView:
    """One FAQ entry with its question paraphrases and answers in both languages."""

    id: str
    category: str
    questions_en: Tuple[str, ...]
    questions_zh: Tuple[str, ...]
    answer_en: str
    answer_zh: str

    def answer(self, lang: str) -> str:
        """Answer in ``lang`` ("en" or "zh"), English when the Chinese one is empty."""
        return self.answer_zh if lang == "zh" and self.answer_zh else self.answer_en

    def questions(self, lang: str) -> Tuple[str, ...]:
        """Question paraphrases in ``lang``."""
        return self.questions_zh if lang == "zh" else self.questions_en


@dataclass(frozen=True)
class TicketView:
    """A hand-off ticket for a human agent.

    ``transcript`` holds the conversation's messages as stored (JSON values,
    typically dicts like ``{"sender": "user", "text": "..."}``).
    """

    id: int
    conversation_id: str
    reason: str
    transcript: Tuple[Any, ...]
    status: str
    created_at: datetime
