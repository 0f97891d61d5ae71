"""Telegram rendering: the product carousel keyboard and shoppers' commands."""

from __future__ import annotations

import pytest

from bot.channels.carousel import CarouselItem
from bot.channels.telegram import command_text
from bot.channels.telegram_markup import carousel_keyboard, carousel_text


def item(sku: str, title: str, in_stock: bool | None = True) -> CarouselItem:
    return CarouselItem(
        sku=sku,
        title=title,
        price="199.00 CNY",
        in_stock=in_stock,
        details_url=f"https://shop.example/product/{sku}",
        image_url=None,
    )


def test_one_url_button_row_per_product() -> None:
    markup = carousel_keyboard(
        [item("A-1", "Red case"), item("B-2", "Blue case")], "en"
    )
    rows = markup.to_python()["inline_keyboard"]
    assert rows == [
        [{"text": "Details: Red case", "url": "https://shop.example/product/A-1"}],
        [{"text": "Details: Blue case", "url": "https://shop.example/product/B-2"}],
    ]


def test_chinese_labels_and_text() -> None:
    items = [item("A-1", "红色手机壳"), item("B-2", "蓝色手机壳", in_stock=False)]
    rows = carousel_keyboard(items, "zh").to_python()["inline_keyboard"]
    assert rows[0][0]["text"] == "查看详情: 红色手机壳"
    assert carousel_text(items, "zh") == (
        "1. 红色手机壳 — 199.00 CNY · 有货\n2. 蓝色手机壳 — 199.00 CNY · 缺货"
    )


@pytest.mark.parametrize(
    "text, seen",
    [
        ("hi", "hi"),
        ("/start", "/greet"),
        ("/start@shopbot", "/greet"),
        ("/START ref123", "/greet"),
        ("/restart", "/restart"),
        ("/help", "help"),
        ('/order_status{"order_id": "10023"}', 'order_status{"order_id": "10023"}'),
    ],
)
def test_commands_map_and_intent_syntax_is_not_trusted(text: str, seen: str) -> None:
    assert command_text(text) == seen
