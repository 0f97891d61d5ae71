from decimal import Decimal

import pytest

from actions.product_info import details_text, stock_reply
from bot.db.views import ProductView
from bot.retrieval.product_search import ProductFilters

PHONE = ProductView(
    sku="PH-1",
    title_en="Xiaomi 10",
    title_zh="小米10",
    description_en="A phone.",
    description_zh="一部手机。",
    brand="Xiaomi",
    category="phones",
    price=Decimal("1999.00"),
    currency="CNY",
    colors=("black", "blue"),
    stock={"black": 0, "blue": 7},
    attributes={"storage_gb": 256},
)


@pytest.mark.parametrize(
    "filters,response,values",
    [
        (ProductFilters(color="blue"), "utter_product_in_stock", {"units": 7}),
        (ProductFilters(), "utter_product_in_stock", {"units": 7, "variant": "-"}),
        (ProductFilters(color="black"), "utter_product_out_of_stock", {}),
        (
            ProductFilters(color="pink"),
            "utter_product_no_such_variant",
            {"options": "black, blue"},
        ),
        (ProductFilters(size="42"), "utter_product_no_such_variant", {}),
    ],
)
def test_stock_reply_uses_database_stock_of_the_variant(filters, response, values):
    reply = stock_reply(PHONE, "en", filters)
    assert reply["response"] == response
    assert reply["title"] == "Xiaomi 10"
    assert values.items() <= reply.items()


def test_details_list_attributes_and_variants_in_the_shoppers_language() -> None:
    text = details_text(PHONE, "zh")
    assert text.splitlines() == [
        "一部手机。",
        "· storage gb: 256",
        "· colors: black, blue",
    ]


def test_comparison_lists_database_facts_per_product() -> None:
    from actions.product_info import comparison_lines

    lines = comparison_lines([PHONE, PHONE], "en").splitlines()
    assert lines == ["· Xiaomi 10 — 1999.00 CNY — Xiaomi — 7 — storage gb 256"] * 2


@pytest.mark.parametrize(
    "text,expected",
    [
        ("how much is the Xiaomi 10?", True),
        ("小米10多少钱", True),
        ("how much is it?", False),
        ("多少钱", False),
    ],
)
def test_a_search_hit_counts_only_when_the_text_names_it(text, expected) -> None:
    from actions.product_info import shares_name_token

    assert shares_name_token(text, PHONE) is expected
