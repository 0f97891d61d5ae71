"""SQLAlchemy models of the shop database: one schema for SQLite and PostgreSQL.

Statuses are plain strings guarded by CHECK constraints (portable, no native
enums). Timestamps are naive UTC ``DateTime`` values. Only the repositories in
``bot.db.repositories`` query these models.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeEngine

from bot.db.views import (
    LANGUAGES,
    ORDER_STATUSES,
    REFUND_STATUSES,
    RELATION_KINDS,
    RETURN_STATUSES,
    TICKET_STATUSES,
)
from bot.exceptions import ShopbotError

# Deterministic constraint names, so migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))


class Money(TypeDecorator):
    """Numeric(10, 2) read back as Decimal on every backend.

    SQLite has no decimal type: values come back as floats, which are exact after
    rounding to 2 places for amounts below 10^8. Converting here (instead of
    SQLAlchemy's Decimal processing) avoids its per-process precision warning.
    """

    impl = Numeric(10, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine:
        """Plain floats from SQLite (converted below), Decimals elsewhere."""
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(10, 2, asdecimal=False))
        return dialect.type_descriptor(Numeric(10, 2))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        """The stored amount as a Decimal with 2 places."""
        if value is None:
            return None
        return Decimal(value if isinstance(value, Decimal) else f"{value:.2f}")


MONEY = Money()


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (how timestamps are stored)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def check_allowed(name: str, value: str, allowed: Sequence[str]) -> str:
    """Returns ``value`` when it is one of ``allowed``, else raises ShopbotError."""
    if value not in allowed:
        raise ShopbotError(f"Invalid {name} {value!r}; allowed: {', '.join(allowed)}.")
    return value


def one_of(column: str, values: Sequence[str], name: str) -> CheckConstraint:
    """CHECK constraint ``column IN (values)`` named ``name``."""
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name)


class Product(Base):
    """A catalog product; ``stock`` maps variant keys (see views.variant_keys)."""

    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_non_negative"),
        Index(None, "category"),
        Index(None, "brand"),
    )

    sku = Column(String(64), primary_key=True)
    title_en = Column(String(300), nullable=False)
    title_zh = Column(String(300), nullable=False)
    description_en = Column(Text, nullable=False, default="")
    description_zh = Column(Text, nullable=False, default="")
    brand = Column(String(120), nullable=False, default="")
    category = Column(String(64), nullable=False)
    price = Column(MONEY, nullable=False)
    currency = Column(String(3), nullable=False)
    colors = Column(JSON, nullable=False, default=list)
    sizes = Column(JSON, nullable=False, default=list)
    stock = Column(JSON, nullable=False, default=dict)
    attributes = Column(JSON, nullable=False, default=dict)
    tags = Column(JSON, nullable=False, default=list)
    image_url = Column(String(1000), nullable=False, default="")
    popularity = Column(Integer, nullable=False, default=0)


class ProductRelation(Base):
    """Knowledge-graph edge: ``source_sku`` is ``kind`` of ``target_sku``."""

    __tablename__ = "product_relations"
    __table_args__ = (
        UniqueConstraint("kind", "source_sku", "target_sku"),
        one_of("kind", RELATION_KINDS, "kind"),
        Index(None, "source_sku", "kind"),
        Index(None, "target_sku", "kind"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    kind = Column(String(32), nullable=False)
    source_sku = Column(
        String(64), ForeignKey("products.sku", ondelete="CASCADE"), nullable=False
    )
    target_sku = Column(
        String(64), ForeignKey("products.sku", ondelete="CASCADE"), nullable=False
    )


class Customer(Base):
    """A customer; ``email`` is stored lower-case (unique)."""

    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("email"),
        one_of("language", LANGUAGES, "language"),
    )

    id = Column(Integer, primary_key=True, autoincrement=False)
    name = Column(String(200), nullable=False)
    email = Column(String(254), nullable=False)
    phone = Column(String(32), nullable=False, default="")
    language = Column(String(2), nullable=False, default="en")
    created_at = Column(DateTime, nullable=False)

    orders = relationship("Order", back_populates="customer")


class Order(Base):
    """An order; ids come from the shop (demo orders are 10001, 10002, ...)."""

    __tablename__ = "orders"
    __table_args__ = (
        one_of("status", ORDER_STATUSES, "status"),
        CheckConstraint("total >= 0", name="total_non_negative"),
        Index(None, "customer_id"),
        Index(None, "status"),
    )

    id = Column(Integer, primary_key=True, autoincrement=False)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False)
    status = Column(String(16), nullable=False)
    created_at = Column(DateTime, nullable=False)
    updated_at = Column(DateTime, nullable=False)
    address_line = Column(String(300), nullable=False, default="")
    city = Column(String(120), nullable=False, default="")
    postal_code = Column(String(20), nullable=False, default="")
    country = Column(String(64), nullable=False, default="")
    carrier = Column(String(64), nullable=True)
    tracking_number = Column(String(64), nullable=True)
    eta = Column(Date, nullable=True)
    delivered_at = Column(DateTime, nullable=True)
    total = Column(MONEY, nullable=False)

    customer = relationship("Customer", back_populates="orders")
    items = relationship(
        "OrderItem",
        back_populates="order",
        order_by="OrderItem.id",
        cascade="all, delete-orphan",
    )


class OrderItem(Base):
    """One line of an order; ``title`` is a snapshot taken at order time."""

    __tablename__ = "order_items"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index(None, "order_id"),
        Index(None, "sku"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    order_id = Column(
        Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False
    )
    sku = Column(String(64), ForeignKey("products.sku"), nullable=False)
    title = Column(String(300), nullable=False)
    color = Column(String(64), nullable=True)
    size = Column(String(32), nullable=True)
    quantity = Column(Integer, nullable=False)
    unit_price = Column(MONEY, nullable=False)

    order = relationship("Order", back_populates="items")


class Return(Base):
    """A return merchandise authorization (RMA) for items of an order."""

    __tablename__ = "returns"
    __table_args__ = (
        one_of("status", RETURN_STATUSES, "status"),
        one_of("refund_status", REFUND_STATUSES, "refund_status"),
        CheckConstraint("refund_amount >= 0", name="refund_non_negative"),
        Index(None, "order_id"),
    )

    rma_id = Column(String(16), primary_key=True)
    order_id = Column(
        Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False
    )
    items = Column(JSON, nullable=False)
    reason = Column(Text, nullable=False, default="")
    status = Column(String(16), nullable=False)
    refund_amount = Column(MONEY, nullable=False)
    refund_status = Column(String(16), nullable=False)
    created_at = Column(DateTime, nullable=False)


class Faq(Base):
    """A FAQ entry with question paraphrases and answers in English and Chinese."""

    __tablename__ = "faq"
    __table_args__ = (Index(None, "category"),)

    id = Column(String(64), primary_key=True)
    category = Column(String(64), nullable=False)
    questions_en = Column(JSON, nullable=False)
    questions_zh = Column(JSON, nullable=False)
    answer_en = Column(Text, nullable=False)
    answer_zh = Column(Text, nullable=False)


class HandoffTicket(Base):
    """A request for a human agent, with the conversation so far."""

    __tablename__ = "handoff_tickets"
    __table_args__ = (
        one_of("status", TICKET_STATUSES, "status"),
        Index(None, "status"),
        Index(None, "conversation_id"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    conversation_id = Column(String(128), nullable=False)
    reason = Column(Text, nullable=False, default="")
    transcript = Column(JSON, nullable=False)
    status = Column(String(8), nullable=False, default="open")
    created_at = Column(DateTime, nullable=False)


class IdentityAttempt(Base):
    """One identity proof checked for an order: the shared rate limiter's memory.

    ``sender_key`` is the SHA-256 hex digest of the sender id, never the raw id
    (Telegram chat ids, Slack user ids are personal data). No foreign key to the
    order: attempts on deleted or guessed orders still count.
    """

    __tablename__ = "identity_attempts"
    __table_args__ = (
        Index(None, "sender_key", "created_at"),
        Index(None, "order_id", "created_at"),
    )

    id = Column(Integer, primary_key=True, autoincrement=True)
    sender_key = Column(String(64), nullable=False)
    order_id = Column(Integer, nullable=False)
    succeeded = Column(Boolean, nullable=False)
    created_at = Column(DateTime, nullable=False)
