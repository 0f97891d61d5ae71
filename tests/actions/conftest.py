"""A small real shop database for the order-form validators and actions.

Each test gets a migrated SQLite file with two customers and five orders; the
action server's settings point at it through DATABASE_URL.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from actions.services import settings
from bot.db.migrate import upgrade
from bot.db.models import utcnow
from bot.db.repositories.customers import CustomerRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import dispose_engine, session_scope
from bot.settings import Settings

ANNA = {"id": 1, "name": "Anna Li", "email": "anna.li@example.com"}
ANNA["phone"] = "+86 138 0013 4821"
BOB = {"id": 2, "name": "Bob Wu", "email": "bob.wu@example.com"}
BOB["phone"] = "+86 139 0000 7777"

# order id -> (customer id, status, days since delivery or None)
ORDERS = {
    10001: (1, "paid", None),
    10002: (1, "shipped", None),
    10003: (1, "delivered", 2),
    10004: (1, "delivered", 40),
    10005: (2, "pending", None),
}


def _product(sku: str, title: str, price: str) -> Dict[str, Any]:
    return {
        "sku": sku,
        "title_en": title,
        "title_zh": title,
        "brand": "Acme",
        "category": "shoes",
        "price": Decimal(price),
        "currency": "CNY",
        "stock": {"default": 5},
    }


def _order(order_id: int, now: datetime) -> Dict[str, Any]:
    customer_id, status, delivered_days = ORDERS[order_id]
    delivered = now - timedelta(days=delivered_days) if delivered_days else None
    items = [
        {"sku": "SH-1", "title": "Trail shoes", "size": "42", "quantity": 1},
        {"sku": "SO-1", "title": "Wool socks", "quantity": 2},
    ]
    items[0]["unit_price"], items[1]["unit_price"] = Decimal("399.00"), Decimal("25.50")
    return {
        "id": order_id,
        "customer_id": customer_id,
        "status": status,
        "created_at": now - timedelta(days=50),
        "address_line": "Room 5, 88 Jianguo Road",
        "city": "Beijing",
        "delivered_at": delivered,
        "items": items,
    }


@pytest.fixture
def shop_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """URL of a seeded SQLite shop database that the actions use."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    upgrade(url)
    now = utcnow()
    with session_scope(url) as session:
        ProductRepository(session).upsert_many(
            [
                _product("SH-1", "Trail shoes", "399.00"),
                _product("SO-1", "Wool socks", "25.50"),
            ]
        )
        CustomerRepository(session).upsert_many([ANNA, BOB])
        OrderRepository(session).upsert_many([_order(i, now) for i in ORDERS])
    monkeypatch.setenv("DATABASE_URL", url)
    settings.cache_clear()
    yield url
    settings.cache_clear()
    dispose_engine(url)


@pytest.fixture(scope="module")
def demo_shop(demo_settings: Settings) -> None:
    """The actions' own searcher and database: the repository's var/."""
    if Path.cwd().resolve() != demo_settings.home:
        pytest.skip("the action server reads var/ relative to the project folder")
