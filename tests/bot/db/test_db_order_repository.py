"""Customers, orders and returns repositories on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from bot.db.repositories import (
    CustomerRepository,
    OrderRepository,
    ProductRepository,
    ReturnRepository,
)
from bot.db.session import session_scope
from bot.db.views import ORDER_STATUSES
from bot.exceptions import DatabaseError, ShopbotError

T0 = datetime(2026, 9, 1, 10, 0)


def order_row(order_id: int, customer_id: int = 1, status: str = "paid", **extra):
    row = {
        "id": order_id,
        "customer_id": customer_id,
        "status": status,
        "created_at": T0,
        "address_line": "世纪大道100号",
        "city": "上海",
        "postal_code": "200120",
        "country": "CN",
        "items": [
            {"sku": "PH-1", "title": "Phone One", "color": "black", "size": None,
             "quantity": 1, "unit_price": Decimal("4999.00")},
            {"sku": "SH-1", "title": "Shoe", "color": "white", "size": "42",
             "quantity": 2, "unit_price": Decimal("399.00")},
        ],
    }  # fmt: skip
    row.update(extra)
    return row


@pytest.fixture
def shop(db_url: str, products) -> str:
    customers = [
        {"id": 1, "name": "王芳", "email": "Wang.Fang@Example.CN",
         "phone": "+86 138 0013 1234", "language": "zh", "created_at": T0},
        {"id": 2, "name": "Emma Smith", "email": "emma@example.com",
         "phone": "+86 139 0000 0002", "language": "en", "created_at": T0},
    ]  # fmt: skip
    with session_scope(db_url) as session:
        ProductRepository(session).upsert_many(products)
        CustomerRepository(session).upsert_many(customers)
        OrderRepository(session).upsert_many(
            [
                order_row(10001),
                order_row(10002, status="shipped", carrier="SF Express",
                          tracking_number="SF1234", eta=date(2026, 9, 5)),
                order_row(10003, customer_id=2, status="pending"),
            ]
        )  # fmt: skip
    return db_url


def test_customer_lookup_by_email_is_case_insensitive(shop: str):
    with session_scope(shop) as session:
        repo = CustomerRepository(session)
        assert repo.by_email("  WANG.fang@example.cn ").id == 1
        assert repo.by_email("nobody@example.cn") is None
        assert repo.get(2).language == "en"
        assert repo.get(99) is None
        assert repo.count() == 2
        assert repo.ids_with_email_domains(["example.com"]) == [2]


def test_customer_upsert_updates_and_validates_language(shop: str):
    with session_scope(shop) as session:
        repo = CustomerRepository(session)
        assert repo.upsert_many([{"id": 2, "name": "Emma S.", "email": "e@x.com"}]) == (
            0,
            1,
        )
        assert repo.get(2).name == "Emma S."
        with pytest.raises(ShopbotError, match="Invalid language 'fr'"):
            repo.upsert_many([{"id": 3, "name": "A", "email": "a@x", "language": "fr"}])
        assert repo.get(3) is None  # validated before anything was added


def test_duplicate_email_is_a_database_error(shop: str):
    with pytest.raises(DatabaseError, match="conflicts with existing rows"):
        with session_scope(shop) as session:
            CustomerRepository(session).upsert_many(
                [{"id": 3, "name": "Copy", "email": "EMMA@example.com"}]
            )


def test_order_view_has_items_and_customer(shop: str):
    with session_scope(shop) as session:
        order = OrderRepository(session).get(10002)
    assert (order.customer_name, order.customer_email) == (
        "王芳",
        "wang.fang@example.cn",
    )
    assert order.customer_phone == "+86 138 0013 1234"
    assert order.customer_language == "zh"
    assert (order.carrier, order.tracking_number, order.eta) == (
        "SF Express",
        "SF1234",
        date(2026, 9, 5),
    )
    assert [(i.sku, i.size, i.quantity) for i in order.items] == [
        ("PH-1", None, 1),
        ("SH-1", "42", 2),
    ]
    assert order.total == Decimal("5797.00")  # computed from the items
    assert order.updated_at == order.created_at == T0


def test_for_customer_and_unknown_order(shop: str):
    with session_scope(shop) as session:
        repo = OrderRepository(session)
        assert [o.id for o in repo.for_customer(1)] == [10002, 10001]
        assert repo.for_customer(42) == []
        assert repo.get(99999) is None


def test_set_status_records_delivery(shop: str):
    at = datetime(2026, 9, 6, 9, 30)
    with session_scope(shop) as session:
        order = OrderRepository(session).set_status(10002, "delivered", at=at)
    assert (order.status, order.delivered_at, order.updated_at) == ("delivered", at, at)
    with session_scope(shop) as session:
        repo = OrderRepository(session)
        assert repo.get(10002).delivered_at == at
        assert repo.set_status(4242, "paid") is None
        with pytest.raises(ShopbotError, match="Invalid order status 'lost'"):
            repo.set_status(10001, "lost")


def test_update_address_changes_only_given_fields(shop: str):
    with session_scope(shop) as session:
        order = OrderRepository(session).update_address(
            10001, address_line="Room 5, 1 Jianguo Road", city="Beijing"
        )
    assert (order.address_line, order.city, order.postal_code) == (
        "Room 5, 1 Jianguo Road",
        "Beijing",
        "200120",
    )
    with session_scope(shop) as session:
        assert OrderRepository(session).get(10001).city == "Beijing"
        assert OrderRepository(session).update_address(1, city="X") is None


def test_count_by_status_lists_every_status(shop: str):
    with session_scope(shop) as session:
        counts = OrderRepository(session).count_by_status()
    assert list(counts) == list(ORDER_STATUSES)
    assert (counts["paid"], counts["shipped"], counts["pending"]) == (1, 1, 1)
    assert counts["returned"] == 0


def test_upsert_replaces_items(shop: str):
    row = order_row(10001, status="cancelled", total=Decimal("1.00"))
    row["items"] = row["items"][:1]
    with session_scope(shop) as session:
        assert OrderRepository(session).upsert_many([row]) == (0, 1)
    with session_scope(shop) as session:
        order = OrderRepository(session).get(10001)
    assert (order.status, len(order.items), order.total) == (
        "cancelled",
        1,
        Decimal("1.00"),
    )


def test_delete_orders_and_customers(shop: str):
    with session_scope(shop) as session:
        ReturnRepository(session).create(10001, [], "x", Decimal(0))
        orders = OrderRepository(session)
        assert orders.ids_for_customers([1]) == [10001, 10002]
        assert orders.delete([10001, 10002]) == 2
        assert CustomerRepository(session).delete([1]) == 1
    with session_scope(shop) as session:
        assert OrderRepository(session).count() == 1
        assert ReturnRepository(session).get("RMA-000001") is None


def test_returns_get_consecutive_rma_ids(shop: str):
    items = [{"sku": "SH-1", "quantity": 1, "color": "white", "size": "42"}]
    created = datetime(2026, 9, 10)
    with session_scope(shop) as session:
        repo = ReturnRepository(session)
        first = repo.create(
            10001, items, "尺码不合适", Decimal("399.00"), created_at=created
        )
        second = repo.create(10001, items, "Wrong size", Decimal("399.00"))
    assert (first.rma_id, second.rma_id) == ("RMA-000001", "RMA-000002")
    assert (first.status, first.refund_status) == ("requested", "pending")
    with session_scope(shop) as session:
        repo = ReturnRepository(session)
        stored = repo.get("rma-000001")
        assert stored == first
        assert stored.items == tuple(items) and stored.created_at == created
        assert [r.rma_id for r in repo.for_order(10001)] == ["RMA-000001", "RMA-000002"]
        assert repo.for_order(10002) == []
        updated = repo.update_status("RMA-000002", "refunded", "paid")
        assert (updated.status, updated.refund_status) == ("refunded", "paid")


@pytest.mark.parametrize(
    "order_id, kwargs, message",
    [
        (777, {}, "order 777 not found"),
        (10001, {"status": "lost"}, "Invalid return status"),
        (10001, {"refund_status": "later"}, "Invalid refund status"),
    ],
)
def test_invalid_returns_are_rejected(shop: str, order_id, kwargs, message):
    with pytest.raises(ShopbotError, match=message):
        with session_scope(shop) as session:
            ReturnRepository(session).create(order_id, [], "x", Decimal(1), **kwargs)
