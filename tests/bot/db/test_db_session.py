"""Engines and the unit-of-work session scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db.models import Product
from bot.db.session import get_engine, safe_url, session_scope
from bot.exceptions import DatabaseError, ShopbotError


def test_engine_is_cached_per_url(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/a.db"
    assert get_engine(url) is get_engine(url)
    assert get_engine(url) is not get_engine(f"sqlite:///{tmp_path}/b.db")


def test_sqlite_parent_folder_is_created_and_foreign_keys_are_on(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/deep/er/shop.db"
    with get_engine(url).connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (tmp_path / "deep" / "er").is_dir()


def test_session_scope_commits_on_success(db_url: str, make_product):
    with session_scope(db_url) as session:
        session.add(Product(**make_product("P-1")))
    with session_scope(db_url) as session:
        assert session.get(Product, "P-1") is not None


def test_session_scope_rolls_back_on_error(db_url: str, make_product):
    with pytest.raises(ShopbotError, match="boom"):
        with session_scope(db_url) as session:
            session.add(Product(**make_product("P-1")))
            session.flush()
            raise ShopbotError("boom")
    with session_scope(db_url) as session:
        assert session.get(Product, "P-1") is None


def test_sql_errors_become_database_errors(db_url: str, make_product):
    with pytest.raises(DatabaseError, match="conflicts with existing rows"):
        with session_scope(db_url) as session:
            session.add(Product(**make_product("P-1")))
            session.flush()
            session.add(Product(**make_product("P-1")))


def test_unreachable_server_gives_a_hint():
    url = "postgresql://nobody:secret@127.0.0.1:1/nowhere?connect_timeout=2"
    with pytest.raises(DatabaseError, match="shopbot db upgrade") as caught:
        with session_scope(url) as session:
            session.execute(text("SELECT 1"))
    assert "secret" not in str(caught.value)


def test_missing_tables_give_a_hint(tmp_path: Path):
    with pytest.raises(DatabaseError, match="no such table.*shopbot db upgrade"):
        with session_scope(f"sqlite:///{tmp_path}/empty.db") as session:
            session.get(Product, "X")


def test_default_url_comes_from_settings(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/env.db")
    with session_scope() as session:
        session.execute(text("SELECT 1"))
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    "url, expected",
    [
        ("postgresql://u:pw@h/db", "postgresql://u:***@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_safe_url_masks_passwords(url: str, expected: str):
    assert safe_url(url) == expected


def test_invalid_url_raises_database_error():
    with pytest.raises(DatabaseError, match="Invalid database URL"):
        get_engine("not a url")
