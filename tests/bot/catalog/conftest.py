"""Fixture files and databases for the catalog tests.

``db_url`` mirrors tests/bot/db/conftest.py: an empty migrated database on SQLite
and, when reachable, PostgreSQL (the session database, truncated per test).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Callable, Dict, List

import pytest
from sqlalchemy import text

from bot.db.migrate import upgrade
from bot.db.models import Base
from bot.db.session import dispose_engine, get_engine

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """Folder of the small catalog/FAQ fixture files."""
    return FIXTURES


@pytest.fixture(scope="session")
def catalog_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file to copy."""
    path = tmp_path_factory.mktemp("catalog_db") / "template.db"
    upgrade(f"sqlite:///{path}")
    dispose_engine(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_catalog_url(pg_url: str) -> str:
    """The session's PostgreSQL database, migrated."""
    upgrade(pg_url)
    return pg_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, catalog_template: Path
) -> str:
    """URL of an empty, migrated database on each backend."""
    if request.param == "sqlite":
        shutil.copy(catalog_template, tmp_path / "shop.db")
        return f"sqlite:///{tmp_path / 'shop.db'}"
    url = request.getfixturevalue("pg_catalog_url")
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with get_engine(url).begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return url


@pytest.fixture
def csv_rows() -> List[Dict[str, str]]:
    """The rows of fixtures/products.csv, to modify and write back."""
    with open(FIXTURES / "products.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[[List[Dict[str, str]]], Path]:
    """write_csv(rows, name="products.csv") -> path of a CSV with those rows."""

    def write(rows: List[Dict[str, str]], name: str = "products.csv") -> Path:
        path = tmp_path / name
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return path

    return write
