"""Initial schema: products, relations, customers, orders, items, returns, FAQ, tickets.

Revision ID: 0001
Revises:
Create Date: 2026-10-01

Self-contained on purpose (no imports from bot.db.models): a migration describes
the schema as it was at this revision. Names are wrapped in ``op.f()`` (final):
otherwise the models' naming convention would prefix check constraints twice.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

MONEY = sa.Numeric(precision=10, scale=2)
ORDER_STATUSES = "'pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'"
RELATION_KINDS = "'accessory_of', 'compatible_with', 'similar_to', 'replaces'"


def _products() -> None:
    op.create_table(
        "products",
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_zh", sa.String(length=300), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("description_zh", sa.Text(), nullable=False),
        sa.Column("brand", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("price", MONEY, nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("colors", sa.JSON(), nullable=False),
        sa.Column("sizes", sa.JSON(), nullable=False),
        sa.Column("stock", sa.JSON(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("image_url", sa.String(length=1000), nullable=False),
        sa.Column("popularity", sa.Integer(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_products_price_non_negative")),
        sa.PrimaryKeyConstraint("sku", name=op.f("pk_products")),
    )
    op.create_index(op.f("ix_products_brand"), "products", ["brand"])
    op.create_index(op.f("ix_products_category"), "products", ["category"])


def _product_relations() -> None:
    op.create_table(
        "product_relations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source_sku", sa.String(length=64), nullable=False),
        sa.Column("target_sku", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            f"kind IN ({RELATION_KINDS})", name=op.f("ck_product_relations_kind")
        ),
        sa.ForeignKeyConstraint(
            ["source_sku"],
            ["products.sku"],
            name=op.f("fk_product_relations_source_sku_products"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_sku"],
            ["products.sku"],
            name=op.f("fk_product_relations_target_sku_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_relations")),
        sa.UniqueConstraint(
            "kind",
            "source_sku",
            "target_sku",
            name=op.f("uq_product_relations_kind_source_sku_target_sku"),
        ),
    )
    for column in ("source_sku", "target_sku"):
        op.create_index(
            op.f(f"ix_product_relations_{column}_kind"),
            "product_relations",
            [column, "kind"],
        )


def _customers() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "language IN ('en', 'zh')", name=op.f("ck_customers_language")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("email", name=op.f("uq_customers_email")),
    )


def _orders() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("address_line", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("eta", sa.Date(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("total", MONEY, nullable=False),
        sa.CheckConstraint(
            f"status IN ({ORDER_STATUSES})", name=op.f("ck_orders_status")
        ),
        sa.CheckConstraint("total >= 0", name=op.f("ck_orders_total_non_negative")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_orders_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
    )
    op.create_index(op.f("ix_orders_customer_id"), "orders", ["customer_id"])
    op.create_index(op.f("ix_orders_status"), "orders", ["status"])


def _order_items() -> None:
    op.create_table(
        "order_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("color", sa.String(length=64), nullable=True),
        sa.Column("size", sa.String(length=32), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", MONEY, nullable=False),
        sa.CheckConstraint(
            "quantity > 0", name=op.f("ck_order_items_quantity_positive")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_items_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sku"], ["products.sku"], name=op.f("fk_order_items_sku_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_items")),
    )
    op.create_index(op.f("ix_order_items_order_id"), "order_items", ["order_id"])
    op.create_index(op.f("ix_order_items_sku"), "order_items", ["sku"])


def _returns() -> None:
    op.create_table(
        "returns",
        sa.Column("rma_id", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("refund_amount", MONEY, nullable=False),
        sa.Column("refund_status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('requested', 'received', 'refunded', 'rejected')",
            name=op.f("ck_returns_status"),
        ),
        sa.CheckConstraint(
            "refund_status IN ('pending', 'processing', 'paid')",
            name=op.f("ck_returns_refund_status"),
        ),
        sa.CheckConstraint(
            "refund_amount >= 0", name=op.f("ck_returns_refund_non_negative")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_returns_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rma_id", name=op.f("pk_returns")),
    )
    op.create_index(op.f("ix_returns_order_id"), "returns", ["order_id"])


def _faq() -> None:
    op.create_table(
        "faq",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("questions_en", sa.JSON(), nullable=False),
        sa.Column("questions_zh", sa.JSON(), nullable=False),
        sa.Column("answer_en", sa.Text(), nullable=False),
        sa.Column("answer_zh", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faq")),
    )
    op.create_index(op.f("ix_faq_category"), "faq", ["category"])


def _handoff_tickets() -> None:
    op.create_table(
        "handoff_tickets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'closed')", name=op.f("ck_handoff_tickets_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_tickets")),
    )
    op.create_index(
        op.f("ix_handoff_tickets_conversation_id"),
        "handoff_tickets",
        ["conversation_id"],
    )
    op.create_index(op.f("ix_handoff_tickets_status"), "handoff_tickets", ["status"])


# Parents before children (foreign keys); downgrade drops in reverse order.
TABLES = {
    "products": _products,
    "product_relations": _product_relations,
    "customers": _customers,
    "orders": _orders,
    "order_items": _order_items,
    "returns": _returns,
    "faq": _faq,
    "handoff_tickets": _handoff_tickets,
}


def upgrade() -> None:
    """Creates every table with its indexes and constraints."""
    for create in TABLES.values():
        create()


def downgrade() -> None:
    """Drops every table (indexes go with their tables)."""
    for table in reversed(list(TABLES)):
        op.drop_table(table)
