"""Purchase-history queries of the recommender (skus_bought, co_purchase_counts,
popular) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, List

import pytest

from bot.db.repositories import CustomerRepository, OrderRepository, ProductRepository
from bot.db.session import session_scope
from bot.exceptions import ShopbotError

T0 = datetime(2026, 9, 1, 10, 0)

# order id -> (customer id, status, SKUs)
ORDERS = {
    20001: (1, "delivered", ["A", "B", "C"]),
    20002: (1, "cancelled", ["D", "A"]),  # never bought: cancelled
    20003: (1, "returned", ["E"]),  # bought, then returned: still bought
    20004: (2, "paid", ["A", "B"]),
    20005: (2, "shipped", ["C"]),  # customer 2: A, B in one order, C in another
    20006: (3, "delivered", ["A", "A", "D"]),  # A twice in one order counts once
}


def _item(sku: str) -> Dict[str, Any]:
    return {"sku": sku, "title": sku, "quantity": 1, "unit_price": Decimal("9.90")}


def _orders() -> List[Dict[str, Any]]:
    return [
        {
            "id": order_id,
            "customer_id": customer,
            "status": status,
            "created_at": T0,
            "items": [_item(sku) for sku in skus],
        }
        for order_id, (customer, status, skus) in ORDERS.items()
    ]


@pytest.fixture
def shop(db_url: str, make_product) -> str:
    products = [
        make_product("A", category="phones", price=Decimal("999.00"), popularity=50),
        make_product("B", category="phones", price=Decimal("1999.00"), popularity=90),
        make_product("C", category="shoes", price=Decimal("399.00"), popularity=90),
        make_product("D", category="phones", price=Decimal("99.00"), popularity=70),
        make_product("E", category="phones", price=Decimal("10.00"), popularity=99),
        make_product("F", category="phones", stock={"default": 0}, popularity=100),
        make_product(
            "G",
            category="shoes",
            sizes=["41", "42"],
            stock={"41": 0, "42": 1},
            popularity=10,
        ),
    ]
    customers = [
        {"id": i, "name": f"C{i}", "email": f"c{i}@example.com", "created_at": T0}
        for i in (1, 2, 3, 4)
    ]
    with session_scope(db_url) as session:
        ProductRepository(session).upsert_many(products)
        CustomerRepository(session).upsert_many(customers)
        OrderRepository(session).upsert_many(_orders())
    return db_url


@pytest.mark.parametrize(
    "customer,expected",
    [(1, ["A", "B", "C", "E"]), (2, ["A", "B", "C"]), (3, ["A", "D"]), (4, [])],
)
def test_skus_bought_skips_cancelled_orders(shop: str, customer, expected) -> None:
    with session_scope(shop) as session:
        assert OrderRepository(session).skus_bought(customer) == expected


def test_co_purchases_count_orders_holding_both(shop: str) -> None:
    with session_scope(shop) as session:
        counts = OrderRepository(session).co_purchase_counts(["A", "C"])
    # A+B in 20001 and 20004; A+D only in 20006 (20002 is cancelled)
    assert counts == {
        ("A", "B"): 2,
        ("A", "C"): 1,
        ("A", "D"): 1,
        ("C", "A"): 1,
        ("C", "B"): 1,
    }


def test_co_purchases_by_customer_need_different_orders(shop: str) -> None:
    with session_scope(shop) as session:
        counts = OrderRepository(session).co_purchase_counts(["C"], scope="customer")
    # customer 1: C (20001) with E (20003, returned); customer 2: C (20005) with A, B
    # (20004); customer 1's A, B are in C's own order and so do not count here
    assert counts == {("C", "A"): 1, ("C", "B"): 1, ("C", "E"): 1}


def test_co_purchases_of_nothing_and_bad_scope(shop: str) -> None:
    with session_scope(shop) as session:
        repo = OrderRepository(session)
        assert repo.co_purchase_counts([]) == {}
        assert repo.co_purchase_counts(["Z"]) == {}
        with pytest.raises(ShopbotError, match="Invalid co-purchase scope 'shop'"):
            repo.co_purchase_counts(["A"], scope="shop")


@pytest.mark.parametrize(
    "kwargs,expected",
    [
        ({}, ["E", "B", "C", "D", "A", "G"]),  # F is out of stock; ties by SKU
        ({"category": "phones"}, ["E", "B", "D", "A"]),
        (
            {"price_min": Decimal("99.00"), "price_max": Decimal("999.00")},
            ["C", "D", "A", "G"],
        ),
        ({"category": "shoes", "limit": 1}, ["C"]),
        ({"category": "toys"}, []),
        ({"limit": 0}, []),
    ],
)
def test_popular_in_stock_by_popularity(shop: str, kwargs, expected) -> None:
    with session_scope(shop) as session:
        found = ProductRepository(session).popular(**kwargs)
    assert [p.sku for p in found] == expected
