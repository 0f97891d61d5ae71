"""A small migrated SQLite shop for the storefront tests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List

import pytest

from bot.db.migrate import upgrade
from bot.db.repositories.products import ProductRepository
from bot.db.session import dispose_engine, session_scope
from bot.web.app import StorefrontApp
from bot.web.storefront import Storefront


def _row(sku: str, **values: Any) -> Dict[str, Any]:
    row: Dict[str, Any] = {
        "sku": sku,
        "title_en": f"Product {sku}",
        "title_zh": f"商品 {sku}",
        "description_en": "A fine product.",
        "description_zh": "很好的商品。",
        "brand": "Acme",
        "category": "home",
        "price": Decimal("10.00"),
        "currency": "CNY",
        "stock": {"default": 1},
        "popularity": 1,
    }
    row.update(values)
    return row


PRODUCTS: List[Dict[str, Any]] = [
    _row(
        "PH-1",
        title_en="Nova Phone 12",
        title_zh="诺瓦手机12",
        description_en="A bright phone.",
        description_zh="一部明亮的手机。",
        brand="Nova",
        category="phones",
        price=Decimal("1999.00"),
        colors=["black", "blue"],
        stock={"black": 0, "blue": 7},
        attributes={"storage_gb": 256},
        tags=["5g", "android"],
        image_url="/static/img/ph-1.svg",
        popularity=90,
    ),
    _row(
        "SH-1",
        title_en="Trail Runner",
        title_zh="越野跑鞋",
        category="shoes",
        price=Decimal("399.00"),
        colors=["white"],
        sizes=["41", "42"],
        stock={"white/41": 0, "white/42": 4},
        image_url="https://cdn.example.com/sh-1.jpg",
        popularity=70,
    ),
    _row(
        "XS-1",
        title_en="<script>alert(1)</script> 100% Cotton_Towel",
        title_zh="毛巾",
        stock={"default": 0},
        popularity=5,
    ),
]


@pytest.fixture(scope="session")
def shop_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of an SQLite shop holding PRODUCTS."""
    path: Path = tmp_path_factory.mktemp("web") / "shop.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    with session_scope(url) as session:
        ProductRepository(session).upsert_many(PRODUCTS)
    yield url
    dispose_engine(url)


@pytest.fixture
def app(shop_url: str) -> StorefrontApp:
    """The storefront routes over the test shop."""
    return StorefrontApp(Storefront(shop_url), "http://localhost:5005")
