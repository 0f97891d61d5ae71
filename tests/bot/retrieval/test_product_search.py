from decimal import Decimal
from typing import List, Sequence

import pytest

from bot.db.views import ProductView
from bot.retrieval.product_search import (
    ProductFilters,
    ProductSearcher,
    build_product_index,
)


def _product(sku, title_en, title_zh, category, price, colors=(), sizes=(), brand="X"):
    keys = [f"{c}/{s}" for c in colors for s in sizes] or list(colors) or list(sizes)
    return ProductView(
        sku=sku,
        title_en=title_en,
        title_zh=title_zh,
        description_en=title_en,
        description_zh=title_zh,
        brand=brand,
        category=category,
        price=Decimal(price),
        currency="CNY",
        colors=tuple(colors),
        sizes=tuple(sizes),
        stock={k: 3 for k in keys or ["default"]},
    )


CATALOG = [
    _product(
        "PA-1",
        "iPhone 15 silicone case",
        "iPhone 15 硅胶手机壳",
        "phone_accessories",
        "79.00",
        colors=("red", "black"),
        brand="Apple",
    ),
    _product(
        "PA-2",
        "iPhone 15 leather case",
        "iPhone 15 真皮手机壳",
        "phone_accessories",
        "159.00",
        colors=("red",),
        brand="Apple",
    ),
    _product(
        "GR-1",
        "Fuji apples 2 kg",
        "红富士苹果 2公斤",
        "groceries",
        "39.90",
        brand="FreshFarm",
    ),
    _product(
        "SH-1",
        "Trail running shoes",
        "越野跑鞋",
        "shoes",
        "499.00",
        colors=("blue",),
        sizes=("41", "42"),
        brand="Nike",
    ),
]


@pytest.fixture(scope="module")
def searcher(e5) -> ProductSearcher:
    by_sku = {p.sku: p for p in CATALOG}

    def fetch(skus: Sequence[str]) -> List[ProductView]:
        return [by_sku[s] for s in skus if s in by_sku]

    return ProductSearcher(build_product_index(CATALOG, e5), e5, fetch)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("phone case for my iPhone", "PA-1"),
        ("我想买苹果手机壳", "PA-1"),
        ("fresh apples", "GR-1"),
        ("跑步鞋", "SH-1"),
    ],
)
def test_finds_products_in_both_languages(searcher, query, expected) -> None:
    assert expected in [p.sku for p in searcher.search(query, k=2)]


def test_filters_keep_only_matching_products(searcher) -> None:
    cheap_red = ProductFilters(color="red", price_max=Decimal("100"))
    assert [p.sku for p in searcher.search("iphone case", cheap_red, k=3)] == ["PA-1"]
    size_42 = ProductFilters(category="shoes", size="42")
    assert [p.sku for p in searcher.search("shoes", size_42, k=3)] == ["SH-1"]
    assert searcher.search("shoes", ProductFilters(size="46"), k=3) == []


def test_empty_query_finds_nothing(searcher) -> None:
    assert searcher.search("   ") == []
