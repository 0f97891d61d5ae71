from decimal import Decimal
from typing import List, Sequence

import pytest

from bot.db.views import ProductView
from bot.retrieval.product_search import (
    PRODUCT_BM25_INDEX,
    PRODUCT_INDEX,
    ProductFilters,
    ProductSearcher,
    apple_sense,
    build_product_bm25,
    build_product_index,
    most_words,
    name_tokens,
    product_passages,
    product_tokens,
)
from bot.retrieval.text_tokens import tokenize


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


def test_a_brand_the_shop_does_not_carry_is_no_filter(searcher) -> None:
    """ "my [iPhone](brand)": a model name mislabelled as brand must not empty the
    results, while a carried brand still filters."""
    mislabelled = ProductFilters(brand="iPhone")
    assert "PA-1" in [p.sku for p in searcher.search("phone case", mislabelled, k=2)]
    nike = ProductFilters(brand="nike")
    assert {p.brand for p in searcher.search("shoes", nike, k=3)} == {"Nike"}


@pytest.mark.parametrize(
    "text,names",
    [
        ("is the leather one in stock?", True),  # a title word
        ("how much are the nike ones", True),  # a brand
        ("红富士多少钱", True),  # Chinese title words (character pairs)
        ("is it in stock?", False),
        ("how much is it?", False),
        ("有货吗", False),
    ],
)
def test_names_a_product_is_a_word_of_some_title_or_brand(
    searcher, text, names
) -> None:
    assert searcher.names_a_product(text) is names
    # the same words that make a search hit acceptable (actions.product_info)
    named = any(not name_tokens(p).isdisjoint(tokenize(text)) for p in CATALOG)
    assert named is names


def test_empty_query_finds_nothing(searcher) -> None:
    assert searcher.search("   ") == []


# --- hybrid search, model numbers, the 苹果 rule -------------------------------

EXTRA = [
    _product("PH-8", "Xiaomi 10 5G 8GB+256GB", "小米10 5G手机", "phones", "1999.00"),
    _product("PH-9", "Xiaomi 13 5G 8GB+256GB", "小米13 5G手机", "phones", "3299.00"),
    _product(
        "PH-32", "Lumo XR-200 Rugged Phone", "Lumo XR-200 三防手机", "phones", "1999"
    ),
    _product(
        "PH-33", "Lumo XR-100 Rugged Phone", "Lumo XR-100 三防手机", "phones", "1499"
    ),
    _product(
        "EL-3",
        "Sony WF-1000XM5 Earbuds",
        "索尼 WF-1000XM5 降噪耳机",
        "electronics",
        "1999",
    ),
    _product(
        "EL-4",
        "Sony WH-1000XM5 Headphones",
        "索尼 WH-1000XM5 头戴耳机",
        "electronics",
        "2499",
    ),
]
FULL = CATALOG + EXTRA


def _fetch_full(skus: Sequence[str]) -> List[ProductView]:
    by_sku = {p.sku: p for p in FULL}
    return [by_sku[s] for s in skus if s in by_sku]


@pytest.fixture(scope="module")
def full_index(e5):
    return build_product_index(FULL, e5)


@pytest.fixture(scope="module")
def hybrid(e5, full_index) -> ProductSearcher:
    return ProductSearcher(full_index, e5, _fetch_full, bm25=build_product_bm25(FULL))


@pytest.mark.parametrize(
    "query,expected",
    [
        ("XR-200", "PH-32"),
        ("xr200", "PH-32"),
        ("WF-1000XM5", "EL-3"),
        ("wh-1000xm5 headphones", "EL-4"),
        ("小米10", "PH-8"),
    ],
)
def test_hybrid_model_numbers_hit_first(hybrid, query, expected) -> None:
    assert [p.sku for p in hybrid.search(query, k=3)][0] == expected


@pytest.mark.parametrize(
    "query,sense",
    [
        ("我要买苹果，红色的", None),
        ("苹果手机壳", "brand"),
        ("苹果15", "brand"),
        ("apple phone case", "brand"),
        ("新鲜苹果", "fruit"),
        ("红富士苹果", "fruit"),
        ("苹果 5斤装", "fruit"),
        ("fresh apples", "fruit"),
        ("跑步鞋", None),
    ],
)
def test_apple_sense(query, sense) -> None:
    assert apple_sense(query) == sense


def test_apple_brand_filter_means_the_brand() -> None:
    assert apple_sense("苹果", ProductFilters(brand="apple")) == "brand"


@pytest.mark.parametrize(
    "query,allowed",
    [
        ("苹果手机壳", {"phone_accessories", "phones", "electronics", "shoes"}),
        ("新鲜苹果", {"groceries"}),
        ("fresh fruit apples", {"groceries"}),
    ],
)
def test_apple_rule_restricts_categories(hybrid, query, allowed) -> None:
    results = hybrid.search(query, k=5)
    assert results and {p.category for p in results} <= allowed


def test_apple_rule_can_be_switched_off(hybrid) -> None:
    plain = hybrid.with_options(apple_rule=False)
    assert "groceries" in {p.category for p in plain.search("新鲜苹果", k=10)}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("华为mate60pro", {"mate", "60", "pro"}),
        ("XR200", {"xr", "200"}),
        ("XR-200", {"xr-200", "xr200"}),
    ],
)
def test_product_tokens_split_and_join_codes(text, expected) -> None:
    assert expected <= set(product_tokens(text))


def test_load_falls_back_to_dense_without_bm25(e5, full_index, tmp_path) -> None:
    full_index.save(tmp_path / PRODUCT_INDEX)
    dense = ProductSearcher.load(tmp_path, e5, _fetch_full)
    assert dense.bm25 is None
    assert "PH-32" in [p.sku for p in dense.search("XR-200 rugged phone", k=3)]
    build_product_bm25(FULL).save(tmp_path / PRODUCT_BM25_INDEX)
    hybrid = ProductSearcher.load(tmp_path, e5, _fetch_full)
    assert hybrid.bm25 is not None
    assert hybrid.search("XR-200", k=1)[0].sku == "PH-32"


def test_plain_passages_keep_the_original_format() -> None:
    product = CATALOG[2]
    assert product_passages(product, rich=False)[0] == (
        "Fuji apples 2 kg. FreshFarm. Fuji apples 2 kg"
    )
    assert "groceries" in product_passages(product)[0]


# --- sorted listings ---------------------------------------------------------------


def test_most_words_keeps_the_best_covered_products() -> None:
    kept = most_words("iphone 15 leather case", CATALOG)
    assert [p.sku for p in kept] == ["PA-2"]
    assert most_words("zzz", CATALOG) == CATALOG  # no shared word: all kept


def test_candidates_stay_in_the_top_category_and_pass_the_filters(hybrid) -> None:
    pool = hybrid.candidates("Xiaomi phone", limit=5)
    assert pool and {p.category for p in pool} == {"phones"}
    cheap = hybrid.candidates("phone", ProductFilters(price_max=Decimal("1600")))
    assert cheap and all(p.price <= Decimal("1600") for p in cheap)
    assert [p.sku for p in pool] == [
        p.sku for p in hybrid.search("Xiaomi phone", k=20) if p in pool
    ]  # relevance order before sorting


def test_a_small_first_page_then_larger_ones_until_k_pass(e5, full_index) -> None:
    calls: List[int] = []

    def counting_fetch(skus: Sequence[str]) -> List[ProductView]:
        calls.append(len(skus))
        return _fetch_full(skus)

    searcher = ProductSearcher(full_index, e5, counting_fetch)
    assert len(searcher.search("phone case", k=1)) == 1
    assert calls == [2]  # the best match passes: one small page
    calls.clear()
    cheap = ProductFilters(price_max=min(p.price for p in FULL))  # one product passes
    assert len(searcher.search("phone case", cheap, k=1)) == 1
    assert calls[0] == 2 and len(calls) > 1  # then pages of 10 until it is found


def test_category_and_brand_filters_narrow_the_rows_fetched(e5, full_index) -> None:
    calls: List[List[str]] = []

    def recording_fetch(skus: Sequence[str]) -> List[ProductView]:
        calls.append(list(skus))
        return _fetch_full(skus)

    searcher = ProductSearcher(full_index, e5, recording_fetch)
    searcher.facets()  # read once, then only candidates are fetched
    calls.clear()
    category = FULL[-1].category
    found = searcher.search("something nice", ProductFilters(category=category), k=50)
    expected = {p.sku for p in FULL if p.category == category}
    assert {p.sku for p in found} == expected
    fetched = [sku for call in calls for sku in call]
    assert set(fetched) == expected  # nothing of another category was loaded
