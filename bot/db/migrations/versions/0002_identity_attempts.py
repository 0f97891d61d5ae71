"""Identity attempts: the shared memory of the identity-proof rate limiter.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Self-contained like 0001: the table as it is at this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Creates ``identity_attempts`` with its two lookup indexes."""
    op.create_table(
        "identity_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sender_key", sa.String(length=64), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_attempts")),
    )
    op.create_index(
        op.f("ix_identity_attempts_sender_key_created_at"),
        "identity_attempts",
        ["sender_key", "created_at"],
    )
    op.create_index(
        op.f("ix_identity_attempts_order_id_created_at"),
        "identity_attempts",
        ["order_id", "created_at"],
    )


def downgrade() -> None:
    """Drops ``identity_attempts`` (its indexes go with it)."""
    op.drop_table("identity_attempts")
