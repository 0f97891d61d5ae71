"""Reading the product carousel payload for chat channels."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from bot.channels.carousel import (
    absolute_url,
    carousel_items,
    carousel_language,
    is_carousel,
    product_url,
    stock_label,
)

SHOP = "https://shop.example"


def payload(**product: Any) -> Dict[str, Any]:
    base = {
        "sku": "PH-0008",
        "title": "Xiaomi 10 5G",
        "price": "2999.00",
        "currency": "CNY",
        "in_stock": True,
        "image_url": "/static/img/ph-0008.png",
    }
    return {"type": "product_carousel", "products": [{**base, **product}]}


def test_a_product_becomes_a_card_linked_to_its_page() -> None:
    (item,) = carousel_items(payload(), SHOP)
    assert item.sku == "PH-0008" and item.title == "Xiaomi 10 5G"
    assert item.price == "2999.00 CNY"
    assert item.in_stock is True
    assert item.details_url == "https://shop.example/product/PH-0008"
    assert item.image_url == "https://shop.example/static/img/ph-0008.png"


@pytest.mark.parametrize(
    "custom, expected",
    [
        (payload(), True),
        ({"type": "other"}, False),
        ({"products": []}, False),
        ("product_carousel", False),
        (None, False),
    ],
)
def test_is_carousel(custom: Any, expected: bool) -> None:
    assert is_carousel(custom) is expected


@pytest.mark.parametrize(
    "products",
    [None, "x", [None, 3, "a"], [{"sku": "", "title": "t"}, {"sku": "A", "title": ""}]],
)
def test_malformed_products_are_skipped(products: Any) -> None:
    assert (
        carousel_items({"type": "product_carousel", "products": products}, SHOP) == []
    )


def test_unknown_stock_and_missing_image_stay_unknown() -> None:
    (item,) = carousel_items(payload(in_stock=None, image_url=None), SHOP)
    assert item.in_stock is None and stock_label(item, "en") == ""
    assert item.image_url is None


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/static/img/a.png", "https://shop.example/static/img/a.png"),
        ("https://cdn.example/a.jpg", "https://cdn.example/a.jpg"),
        ("javascript:alert(1)", None),
        ("data:image/png;base64,AAAA", None),
        ("", None),
    ],
)
def test_image_urls_are_made_absolute_http(url: str, expected: Any) -> None:
    assert absolute_url(SHOP + "/", url) == expected


def test_skus_are_quoted_in_product_urls() -> None:
    assert product_url("http://localhost:8080/", "A B/1") == (
        "http://localhost:8080/product/A%20B%2F1"
    )


def test_labels_follow_the_titles_language() -> None:
    zh = carousel_items(payload(title="小米 10 5G"), SHOP)
    en = carousel_items(payload(), SHOP)
    assert carousel_language(zh) == "zh" and stock_label(zh[0], "zh") == "有货"
    assert carousel_language(en) == "en" and stock_label(en[0], "en") == "In stock"
    assert carousel_language(en, text="为您找到这些商品：") == "zh"
