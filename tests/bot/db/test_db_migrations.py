"""The Alembic migrations build exactly the models' schema, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.db.migrate import current_revision, downgrade, ensure_schema, upgrade
from bot.db.models import Base
from bot.db.session import get_engine
from bot.exceptions import DatabaseError

TABLES = {
    "products",
    "product_relations",
    "customers",
    "orders",
    "order_items",
    "returns",
    "faq",
    "handoff_tickets",
    "identity_attempts",
}


def schema_diff(url: str) -> list:
    with get_engine(url).connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def table_names(url: str) -> set:
    return set(inspect(get_engine(url)).get_table_names()) - {"alembic_version"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An unmigrated database: a new SQLite file, or PostgreSQL downgraded to base."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/fresh.db"
    url = request.getfixturevalue("pg_url")
    downgrade(url)
    return url


def test_upgrade_builds_the_models_schema(fresh_url: str):
    assert current_revision(fresh_url) is None
    upgrade(fresh_url)
    assert current_revision(fresh_url) == "0002"
    assert table_names(fresh_url) == TABLES
    assert schema_diff(fresh_url) == []


def test_upgrade_is_idempotent_and_downgrade_drops_everything(fresh_url: str):
    ensure_schema(fresh_url)
    ensure_schema(fresh_url)
    assert schema_diff(fresh_url) == []
    downgrade(fresh_url)
    assert table_names(fresh_url) == set()
    assert current_revision(fresh_url) is None
    upgrade(fresh_url)  # leave PostgreSQL migrated for the other tests
    assert table_names(fresh_url) == TABLES


def test_models_declare_foreign_keys_and_indexes():
    orders = Base.metadata.tables["orders"]
    items = Base.metadata.tables["order_items"]
    assert {fk.target_fullname for fk in orders.foreign_keys} == {"customers.id"}
    assert {fk.target_fullname for fk in items.foreign_keys} == {
        "orders.id",
        "products.sku",
    }
    assert {ix.name for ix in orders.indexes} == {
        "ix_orders_customer_id",
        "ix_orders_status",
    }


def test_constraint_names_match_the_models(db_url: str):
    """compare_metadata ignores CHECK constraints: compare their names here."""
    inspector = inspect(get_engine(db_url))
    for table in Base.metadata.sorted_tables:
        expected = {
            c.name
            for c in table.constraints
            if c.__class__.__name__ in ("CheckConstraint", "UniqueConstraint")
        }
        found = {c["name"] for c in inspector.get_check_constraints(table.name)}
        found |= {c["name"] for c in inspector.get_unique_constraints(table.name)}
        assert found == expected, table.name


def test_unknown_revision_in_database_is_explained(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/future.db"
    upgrade(url)
    with get_engine(url).begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="Cannot upgrade.*newer shopbot version"):
        upgrade(url)
