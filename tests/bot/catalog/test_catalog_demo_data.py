"""Demo customers, orders and returns: coverage of statuses, realism, determinism."""

from __future__ import annotations

import random
import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.catalog.demo_data import (
    BASE_DATE,
    CARRIERS,
    generate_demo_data,
    make_customers,
    make_statuses,
)
from bot.catalog.ingest import ingest_catalog
from bot.db.repositories import (
    CustomerRepository,
    OrderRepository,
    ProductRepository,
    ReturnRepository,
)
from bot.db.session import session_scope
from bot.db.views import ORDER_STATUSES
from bot.exceptions import ShopbotError

PHONE = re.compile(r"^\+86 1[3-9]\d \d{4} \d{4}$")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def shop(db_url: str, fixtures_dir: Path) -> str:
    ingest_catalog(fixtures_dir / "products.csv", url=db_url)
    return db_url


def snapshot(url: str, customers: int):
    """Every demo row as views (no surrogate ids), for comparisons."""
    with session_scope(url) as session:
        people = [CustomerRepository(session).get(i) for i in range(1, customers + 1)]
        orders = [
            o for p in people for o in OrderRepository(session).for_customer(p.id)
        ]
        returns = [r for o in orders for r in ReturnRepository(session).for_order(o.id)]
    return people, sorted(orders, key=lambda o: o.id), returns


def test_statuses_cover_every_status():
    statuses = make_statuses(random.Random(1), 240)
    assert len(statuses) == 240
    assert min(statuses.count(s) for s in ORDER_STATUSES) >= 20


def test_customers_look_real():
    customers = make_customers(random.Random(7), 60)
    rows = [c.row for c in customers]
    assert [r["id"] for r in rows] == list(range(1, 61))
    assert len({r["email"] for r in rows}) == 60
    assert {r["email"].split("@")[1] for r in rows} == {"example.com", "example.cn"}
    assert all(PHONE.match(r["phone"]) for r in rows)
    assert len({r["phone"][-4:] for r in rows}) == 60
    assert any(CJK.search(r["name"]) for r in rows)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", r["name"]) for r in rows)
    assert {r["language"] for r in rows} == {"en", "zh"}
    assert all(r["created_at"] < BASE_DATE for r in rows)


def test_requires_products(db_url: str):
    with pytest.raises(ShopbotError, match="run `shopbot ingest"):
        generate_demo_data(url=db_url)


def test_default_demo_data(shop: str):
    counts = generate_demo_data(url=shop)
    assert (counts["customers"], counts["orders"]) == (60, 240)
    assert min(counts[f"orders_{s}"] for s in ORDER_STATUSES) >= 20
    with session_scope(shop) as session:
        assert OrderRepository(session).count_by_status() == {
            s: counts[f"orders_{s}"] for s in ORDER_STATUSES
        }
        products = {p.sku: p for p in ProductRepository(session).list_all()}
    people, orders, returns = snapshot(shop, 60)
    assert [o.id for o in orders] == list(range(10001, 10241))
    assert all(
        a.created_at <= b.created_at for a, b in zip(orders, orders[1:], strict=False)
    )
    assert len(returns) == counts["returns"] == counts["orders_returned"]
    assert sum(len(o.items) for o in orders) == counts["order_items"]
    for order in orders:
        check_order(order, products)
    recent = [
        o for o in orders
        if o.status == "delivered" and BASE_DATE - o.delivered_at <= timedelta(days=30)
    ]  # fmt: skip
    assert 3 <= len(recent) < counts["orders_delivered"]
    for ret in returns:
        assert re.fullmatch(r"RMA-\d{6}", ret.rma_id)
        assert ret.refund_amount > 0 and ret.refund_status in (
            "pending",
            "processing",
            "paid",
        )


def check_order(order, products) -> None:
    assert 1 <= len(order.items) <= 4
    assert order.total == sum(i.line_total for i in order.items)
    assert order.customer_email and order.city and order.country == "CN"
    for item in order.items:
        product = products[item.sku]
        assert item.unit_price == product.price
        assert product.has_variant(item.color, item.size)
        assert (item.color is None) == (not product.colors)
        assert (item.size is None) == (not product.sizes)
    shipped = order.status in ("shipped", "delivered", "returned")
    assert (order.carrier in CARRIERS) is shipped
    assert bool(order.tracking_number) is shipped and (order.eta is not None) is shipped
    assert (order.delivered_at is not None) is (
        order.status in ("delivered", "returned")
    )
    assert order.created_at <= order.updated_at <= BASE_DATE


def test_demo_data_is_deterministic_and_idempotent(shop: str):
    first_counts = generate_demo_data(url=shop, customers=20, orders=60)
    first = snapshot(shop, 20)
    assert generate_demo_data(url=shop, customers=20, orders=60) == first_counts
    assert snapshot(shop, 20) == first
    generate_demo_data(url=shop, seed=8, customers=20, orders=60)
    assert snapshot(shop, 20) != first
    with session_scope(shop) as session:
        assert CustomerRepository(session).count() == 20
        assert OrderRepository(session).count() == 60


def test_small_demo_still_valid(shop: str):
    counts = generate_demo_data(url=shop, customers=3, orders=7)
    assert (counts["customers"], counts["orders"]) == (3, 7)
    people, orders, _ = snapshot(shop, 3)
    assert {o.customer_id for o in orders} == {1, 2, 3}  # everyone has an order


@pytest.mark.parametrize("customers, orders", [(0, 5), (5, 0)])
def test_rejects_empty_demo(customers: int, orders: int):
    with pytest.raises(ShopbotError, match="at least 1 customer and 1 order"):
        generate_demo_data(url="sqlite://", customers=customers, orders=orders)
