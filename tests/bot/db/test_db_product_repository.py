"""ProductRepository round trips on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.db.repositories import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView, RelationView
from bot.exceptions import DatabaseError, ShopbotError


@pytest.fixture
def filled(db_url: str, products) -> str:
    with session_scope(db_url) as session:
        repo = ProductRepository(session)
        assert repo.upsert_many(products) == (3, 0)
        repo.replace_relations(
            [
                RelationView("accessory_of", "AC-1", "PH-1"),
                RelationView("similar_to", "SH-1", "PH-1"),
            ]
        )
    return db_url


def test_round_trip_returns_frozen_views(filled: str):
    with session_scope(filled) as session:
        phone = ProductRepository(session).get("PH-1")
    assert isinstance(phone, ProductView)
    assert phone.title("zh") == "手机一号"
    assert phone.price == Decimal("4999.00")
    assert phone.colors == ("black", "blue")
    assert phone.stock == {"black": 3, "blue": 0}
    assert phone.attributes == {"storage_gb": 128}
    assert phone.tags == ("5g",)
    assert phone.in_stock("black") and not phone.in_stock("blue")
    with pytest.raises(AttributeError):
        phone.price = Decimal(1)  # type: ignore[misc]


def test_get_unknown_is_none(filled: str):
    with session_scope(filled) as session:
        assert ProductRepository(session).get("NOPE") is None


def test_get_many_keeps_input_order(filled: str):
    with session_scope(filled) as session:
        found = ProductRepository(session).get_many(["SH-1", "NOPE", "PH-1", "SH-1"])
    assert [p.sku for p in found] == ["SH-1", "PH-1"]


def test_list_all_count_and_skus(filled: str):
    with session_scope(filled) as session:
        repo = ProductRepository(session)
        assert [p.sku for p in repo.list_all()] == ["AC-1", "PH-1", "SH-1"]
        assert repo.count() == 3
        assert repo.skus() == ["AC-1", "PH-1", "SH-1"]


def test_upsert_updates_existing_rows(filled: str, make_product):
    changed = make_product("PH-1", price=Decimal("4599.00"), stock={"default": 1})
    with session_scope(filled) as session:
        assert ProductRepository(session).upsert_many([changed]) == (0, 1)
    with session_scope(filled) as session:
        phone = ProductRepository(session).get("PH-1")
    assert phone.price == Decimal("4599.00")
    assert phone.stock == {"default": 1}
    assert phone.colors == ()


@pytest.mark.parametrize(
    "sku, kind, incoming, expected",
    [
        ("AC-1", "accessory_of", False, ["PH-1"]),
        ("PH-1", "accessory_of", True, ["AC-1"]),
        ("PH-1", "similar_to", True, ["SH-1"]),
        ("PH-1", "accessory_of", False, []),
        ("PH-1", "replaces", True, []),
    ],
)
def test_related(filled: str, sku, kind, incoming, expected):
    with session_scope(filled) as session:
        found = ProductRepository(session).related(sku, kind, incoming=incoming)
    assert [p.sku for p in found] == expected


def test_related_orders_by_popularity(db_url: str, make_product):
    rows = [
        make_product("PH"),
        make_product("C1", popularity=1),
        make_product("C2", popularity=9),
    ]
    edges = [RelationView("accessory_of", c, "PH") for c in ("C1", "C2")]
    with session_scope(db_url) as session:
        repo = ProductRepository(session)
        repo.upsert_many(rows)
        repo.replace_relations(edges + edges)  # duplicates dropped
        assert [p.sku for p in repo.related("PH", "accessory_of", True)] == ["C2", "C1"]


def test_replace_relations_replaces_all(filled: str):
    with session_scope(filled) as session:
        repo = ProductRepository(session)
        assert repo.replace_relations([RelationView("replaces", "SH-1", "AC-1")]) == 1
    with session_scope(filled) as session:
        assert ProductRepository(session).relations() == [
            RelationView("replaces", "SH-1", "AC-1")
        ]


def test_unknown_relation_kind_is_rejected(filled: str):
    with pytest.raises(ShopbotError, match="Invalid relation kind 'fits'"):
        with session_scope(filled) as session:
            ProductRepository(session).related("PH-1", "fits")


def test_relation_to_unknown_product_violates_foreign_key(filled: str):
    with pytest.raises(DatabaseError):
        with session_scope(filled) as session:
            ProductRepository(session).replace_relations(
                [RelationView("similar_to", "PH-1", "GHOST")]
            )
    with session_scope(filled) as session:  # rolled back: old edges still there
        assert len(ProductRepository(session).relations()) == 2
