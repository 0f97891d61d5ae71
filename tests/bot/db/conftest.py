"""Databases for the data-layer tests: SQLite always, PostgreSQL when reachable.

``db_url`` is parametrized over both backends; each test gets an empty migrated
database (a copied SQLite file, or the session's PostgreSQL database truncated).
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List

import pytest
from sqlalchemy import text

from bot.db.migrate import upgrade
from bot.db.models import Base
from bot.db.session import dispose_engine, get_engine

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file to copy."""
    path = tmp_path_factory.mktemp("db") / "template.db"
    upgrade(f"sqlite:///{path}")
    dispose_engine(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_migrated(pg_url: str) -> str:
    """The session's PostgreSQL database, migrated."""
    upgrade(pg_url)
    return pg_url


def truncate_all(url: str) -> None:
    """Empties every table of the PostgreSQL database and resets id sequences."""
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with get_engine(url).begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> str:
    """URL of an empty, migrated database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "shop.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_migrated")
    truncate_all(url)
    return url


def product_row(sku: str, **overrides: Any) -> Dict[str, Any]:
    """A valid product row for ProductRepository.upsert_many."""
    row: Dict[str, Any] = {
        "sku": sku,
        "title_en": f"Product {sku}",
        "title_zh": f"商品 {sku}",
        "description_en": "A fine product.",
        "description_zh": "很好的商品。",
        "brand": "Acme",
        "category": "electronics",
        "price": Decimal("99.50"),
        "currency": "CNY",
        "colors": [],
        "sizes": [],
        "stock": {"default": 5},
        "attributes": {},
        "tags": [],
        "image_url": "",
        "popularity": 10,
    }
    row.update(overrides)
    return row


@pytest.fixture
def products() -> List[Dict[str, Any]]:
    """Three products: a phone (colors), a case (colors) and shoes (colors+sizes)."""
    return [
        product_row(
            "PH-1",
            title_en="Phone One",
            title_zh="手机一号",
            category="phones",
            price=Decimal("4999.00"),
            colors=["black", "blue"],
            stock={"black": 3, "blue": 0},
            attributes={"storage_gb": 128},
            tags=["5g"],
            popularity=90,
        ),
        product_row(
            "AC-1",
            category="phone_accessories",
            price=Decimal("49.90"),
            colors=["red", "clear"],
            stock={"red": 10, "clear": 2},
            popularity=50,
        ),
        product_row(
            "SH-1",
            category="shoes",
            price=Decimal("399.00"),
            colors=["white"],
            sizes=["41", "42"],
            stock={"white/41": 0, "white/42": 4},
            popularity=70,
        ),
    ]


@pytest.fixture
def make_product():  # noqa: ANN201 - returns product_row
    """The product_row factory: make_product(sku, **overrides) -> row dict."""
    return product_row
