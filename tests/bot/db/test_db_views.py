"""ProductView helpers: titles by language and the variant/stock rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.db.views import FaqView, OrderItemView, ProductView, variant_keys


def view(colors=(), sizes=(), stock=None, **extra) -> ProductView:
    return ProductView(
        sku="X-1",
        title_en="Shoe",
        title_zh="鞋",
        description_en="Running shoe.",
        description_zh="",
        brand="Acme",
        category="shoes",
        price=Decimal("10.00"),
        currency="CNY",
        colors=tuple(colors),
        sizes=tuple(sizes),
        stock=dict(stock or {}),
        **extra,
    )


SHOE = view(
    colors=("white", "black"),
    sizes=("41", "42"),
    stock={"white/41": 0, "white/42": 3, "black/41": 2, "black/42": 0},
)
CASE = view(colors=("red", "clear"), stock={"red": 4, "clear": 0})
SHIRT = view(sizes=("S", "M"), stock={"S": 0, "M": 1})
CABLE = view(stock={"default": 7})
EMPTY = view(stock={"default": 0})


@pytest.mark.parametrize(
    "colors, sizes, expected",
    [
        (("red",), ("S",), {"red/S": ("red", "S")}),
        (("red", "blue"), (), {"red": ("red", None), "blue": ("blue", None)}),
        ((), ("S",), {"S": (None, "S")}),
        ((), (), {"default": (None, None)}),
    ],
)
def test_variant_keys(colors, sizes, expected):
    assert variant_keys(colors, sizes) == expected


@pytest.mark.parametrize(
    "product, color, size, expected",
    [
        (SHOE, None, None, True),
        (SHOE, "white", "42", True),
        (SHOE, "white", "41", False),
        (SHOE, "WHITE", "42", True),  # case-insensitive
        (SHOE, "black", None, True),
        (SHOE, None, "42", True),
        (SHOE, None, "43", False),
        (SHOE, "red", None, False),
        (CASE, "red", None, True),
        (CASE, "Clear", None, False),
        (CASE, "red", "M", False),  # the case has no sizes
        (SHIRT, None, "M", True),
        (SHIRT, None, "s", False),
        (SHIRT, "red", None, False),  # the shirt has no colors
        (CABLE, None, None, True),
        (CABLE, "black", None, False),
        (EMPTY, None, None, False),
    ],
)
def test_in_stock(product, color, size, expected):
    assert product.in_stock(color, size) is expected


def test_stock_totals():
    assert SHOE.total_stock == 5
    assert SHOE.stock_for(color="black") == 2
    assert SHOE.stock_for(size=42) == 3  # sizes compare as text
    assert CABLE.stock_for() == 7


@pytest.mark.parametrize(
    "color, size, expected",
    [
        ("white", "41", True),
        ("Black", None, True),
        ("red", None, False),
        (None, "44", False),
    ],
)
def test_has_variant_ignores_stock(color, size, expected):
    assert SHOE.has_variant(color, size) is expected


def test_unknown_stock_keys_count_in_total_only():
    odd = view(colors=("red",), stock={"red": 1, "green": 5})
    assert odd.total_stock == 6
    assert odd.stock_for(color="green") == 0


@pytest.mark.parametrize(
    "lang, title, description",
    [("en", "Shoe", "Running shoe."), ("zh", "鞋", "Running shoe.")],
)
def test_text_by_language_falls_back_to_english(lang, title, description):
    assert SHOE.title(lang) == title
    assert SHOE.description(lang) == description


def test_faq_view_and_item_helpers():
    faq = FaqView("f1", "shipping", ("Ship?",), ("发货？",), "Soon.", "很快。")
    assert (faq.answer("zh"), faq.answer("en"), faq.questions("zh")) == (
        "很快。",
        "Soon.",
        ("发货？",),
    )
    item = OrderItemView("X-1", "Shoe", None, "42", 3, Decimal("19.90"))
    assert item.line_total == Decimal("59.70")
