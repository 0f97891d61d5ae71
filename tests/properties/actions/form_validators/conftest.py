"""One small seeded shop database for the property tests of the form validators.

Session-scoped (hypothesis runs many examples per test function): two customers,
orders 10001-10004 in each status the forms care about.

(This folder must not be called ``forms``: pytest puts its parent on sys.path, and
rasa-sdk's package walk imports sub-packages by bare name, so ``import forms`` would
find this folder instead of ``actions/forms``.)
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Iterator

import pytest

from actions.services import settings
from bot.db.migrate import upgrade
from bot.db.models import utcnow
from bot.db.repositories.customers import CustomerRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import dispose_engine, session_scope

CUSTOMERS = [
    {"id": 1, "name": "Anna Li", "email": "anna@example.com", "phone": "+86 138 4821"},
    {"id": 2, "name": "Bob Wu", "email": "bob@example.com", "phone": "139 0000 7777"},
]
# order id -> (customer id, status, days since delivery)
ORDERS = {
    10001: (1, "paid", None),
    10002: (1, "shipped", None),
    10003: (1, "delivered", 2),
    10004: (2, "delivered", 40),
}


def _order(order_id: int) -> dict:
    customer_id, status, days = ORDERS[order_id]
    now = utcnow()
    item = {"sku": "SH-1", "title": "Trail shoes", "size": "42", "quantity": 1}
    return {
        "id": order_id,
        "customer_id": customer_id,
        "status": status,
        "created_at": now - timedelta(days=50),
        "address_line": "Room 5, 88 Jianguo Road",
        "city": "Beijing",
        "delivered_at": now - timedelta(days=days) if days else None,
        "items": [{**item, "unit_price": Decimal("399.00")}],
    }


@pytest.fixture(scope="session", autouse=True)
def property_shop_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of the seeded SQLite database the actions use during these tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('props') / 'shop.db'}"
    upgrade(url)
    product = {"sku": "SH-1", "title_en": "Trail shoes", "title_zh": "越野跑鞋"}
    product.update(brand="Acme", category="shoes", price=Decimal("399.00"))
    product.update(currency="CNY", stock={"default": 5})
    with session_scope(url) as session:
        ProductRepository(session).upsert_many([product])
        CustomerRepository(session).upsert_many(CUSTOMERS)
        OrderRepository(session).upsert_many([_order(i) for i in ORDERS])
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DATABASE_URL", url)
        settings.cache_clear()
        yield url
    settings.cache_clear()
    dispose_engine(url)
