from decimal import Decimal

import pytest
from rasa_sdk import Tracker

from actions.products import carousel, filters_from_entities, product_line
from bot.db.views import ProductView
from bot.retrieval.product_search import ProductFilters

SHOE = ProductView(
    sku="SH-1",
    title_en="Trail running shoes",
    title_zh="越野跑鞋",
    description_en="",
    description_zh="",
    brand="Nike",
    category="shoes",
    price=Decimal("499.00"),
    currency="CNY",
    colors=("blue", "red"),
    sizes=("41", "42"),
    stock={"blue/41": 3, "blue/42": 0, "red/41": 0, "red/42": 5},
)


def _tracker(entities) -> Tracker:
    message = {"text": "x", "intent": {"name": "search_product"}, "entities": entities}
    return Tracker("s", {}, message, [], False, None, {}, "")


@pytest.mark.parametrize(
    "filters,language,expected",
    [
        (ProductFilters(), "en", "1. Trail running shoes — 499.00 CNY — in stock (8)"),
        (
            ProductFilters(size="42"),
            "en",
            "1. Trail running shoes — 499.00 CNY — in stock (5)",
        ),
        (ProductFilters(color="blue", size="42"), "en", "— out of stock"),
        (ProductFilters(color="red"), "zh", "1. 越野跑鞋 — 499.00 CNY — 有货（5 件）"),
    ],
)
def test_product_line_reports_stock_of_the_asked_variant(filters, language, expected):
    assert product_line(1, SHOE, language, filters).endswith(expected)


def test_filters_from_entities_reads_roles_and_ignores_bad_prices() -> None:
    tracker = _tracker(
        [
            {"entity": "color", "value": "red"},
            {"entity": "category", "value": "shoes"},
            {"entity": "price", "role": "min", "value": "about"},
            {"entity": "price", "role": "max", "value": "1,000"},
        ]
    )
    assert filters_from_entities(tracker) == ProductFilters(
        category="shoes", color="red", price_max=Decimal("1000")
    )


def test_carousel_payload_has_what_a_card_needs() -> None:
    [card] = carousel([SHOE], "zh")["products"]
    assert card == {
        "sku": "SH-1",
        "title": "越野跑鞋",
        "price": "499.00",
        "currency": "CNY",
        "in_stock": True,
        "image_url": "",
    }
