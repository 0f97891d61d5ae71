"""ProductRepository.browse / category_counts (storefront listing) on both backends."""

from __future__ import annotations

import pytest

from bot.db.repositories import ProductRepository
from bot.db.session import session_scope


@pytest.fixture
def shop(db_url: str, products, make_product) -> str:
    extra = make_product(
        "AC-2", title_en="50% off_case", title_zh="手机壳", category="phone_accessories"
    )
    with session_scope(db_url) as session:
        ProductRepository(session).upsert_many([*products, extra])
    return db_url


@pytest.mark.parametrize(
    "text,category,expected",
    [
        ("", None, ["PH-1", "SH-1", "AC-1", "AC-2"]),  # popularity 90, 70, 50, 10
        ("", "phone_accessories", ["AC-1", "AC-2"]),
        ("phone", None, ["PH-1", "AC-1", "AC-2"]),  # title or category
        ("PHONE 5G", None, ["PH-1"]),  # every word, any case
        ("手机", None, ["PH-1", "AC-2"]),
        ("5g", None, ["PH-1"]),  # a tag
        ("acme", "shoes", ["SH-1"]),  # brand within a category
        ("50%", None, ["AC-2"]),
        ("off_case", None, ["AC-2"]),
        ("o_f", None, []),  # "_" matches itself only (not the "f" of "off")
        ("nothing-like-this", None, []),
    ],
)
def test_browse_matches_words_and_category(shop, text, category, expected) -> None:
    with session_scope(shop) as session:
        found = ProductRepository(session).browse(text, category)
    assert [p.sku for p in found] == expected


def test_browse_limit(shop) -> None:
    with session_scope(shop) as session:
        assert [p.sku for p in ProductRepository(session).browse(limit=2)] == [
            "PH-1",
            "SH-1",
        ]


def test_category_counts(shop) -> None:
    with session_scope(shop) as session:
        counts = ProductRepository(session).category_counts()
    assert counts == [("phone_accessories", 2), ("phones", 1), ("shoes", 1)]
