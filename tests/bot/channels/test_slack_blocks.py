"""Slack Block Kit rendering of buttons and the product carousel."""

from __future__ import annotations

import pytest

from bot.channels.carousel import CarouselItem
from bot.channels.slack_blocks import (
    MAX_BUTTONS,
    button_blocks,
    carousel_blocks,
    escape_mrkdwn,
    slack_image,
    text_section,
    without_images,
)


def item(**changes) -> CarouselItem:
    base = dict(
        sku="PH-0001",
        title="Apple iPhone 15 128GB",
        price="5999.00 CNY",
        in_stock=True,
        details_url="https://shop.example/product/PH-0001",
        image_url="https://shop.example/static/img/ph-0001.png",
    )
    return CarouselItem(**{**base, **changes})


def test_buttons_become_an_actions_block_with_their_payloads() -> None:
    buttons = [
        {"title": "Yes", "payload": "/affirm"},
        {"title": "Track order", "payload": '/order_status{"order_id": "10023"}'},
        {"title": "Shop", "url": "https://shop.example"},
    ]
    section, actions = button_blocks("Anything else?", buttons)
    assert section["text"] == {"type": "mrkdwn", "text": "Anything else?"}
    assert actions["type"] == "actions"
    elements = actions["elements"]
    assert [e["text"]["text"] for e in elements] == ["Yes", "Track order", "Shop"]
    assert elements[0]["value"] == "/affirm"
    assert elements[1]["value"] == '/order_status{"order_id": "10023"}'
    assert elements[2]["url"] == "https://shop.example" and "value" not in elements[2]
    assert len({e["action_id"] for e in elements}) == 3  # unique per message


def test_more_buttons_than_slack_allows_are_cut() -> None:
    buttons = [{"title": str(i), "payload": f"/p{i}"} for i in range(40)]
    assert len(button_blocks("pick", buttons)[1]["elements"]) == MAX_BUTTONS


def test_no_buttons_no_actions_block() -> None:
    assert button_blocks("plain", []) == [text_section("plain")]


def test_a_product_card_has_linked_title_price_stock_image_and_details() -> None:
    section, actions = carousel_blocks([item()], "en")
    text = section["text"]["text"]
    assert text.startswith("*<https://shop.example/product/PH-0001|Apple iPhone 15")
    assert "5999.00 CNY" in text and "In stock" in text
    assert section["accessory"] == {
        "type": "image",
        "image_url": "https://shop.example/static/img/ph-0001.png",
        "alt_text": "Apple iPhone 15 128GB",
    }
    (button,) = actions["elements"]
    assert button["text"]["text"] == "Details"
    assert button["url"] == "https://shop.example/product/PH-0001"


def test_cards_are_separated_by_dividers_and_labelled_in_chinese() -> None:
    blocks = carousel_blocks([item(), item(sku="B", in_stock=False)], "zh")
    assert [b["type"] for b in blocks] == [
        "section",
        "actions",
        "divider",
        "section",
        "actions",
    ]
    assert "缺货" in blocks[3]["text"]["text"]
    assert blocks[4]["elements"][0]["text"]["text"] == "查看详情"
    ids = [b["elements"][0]["action_id"] for b in blocks if b["type"] == "actions"]
    assert len(set(ids)) == 2


@pytest.mark.parametrize(
    "url, shown",
    [
        ("https://shop.example/a.png", True),
        ("https://cdn.example/image?id=3", True),
        ("https://shop.example/static/img/ph-0001.svg", False),  # Slack shows no SVG
        ("http://localhost:8080/static/img/a.png", False),  # Slack cannot fetch it
        ("http://127.0.0.1/a.png", False),
        ("ftp://shop.example/a.png", False),
        (None, False),
    ],
)
def test_images_slack_cannot_show_are_left_out(url, shown: bool) -> None:
    assert slack_image(url) == (url if shown else None)
    section = carousel_blocks([item(image_url=url)], "en")[0]
    assert ("accessory" in section) is shown


def test_mrkdwn_control_characters_are_escaped() -> None:
    assert escape_mrkdwn("<b> & <!channel>") == "&lt;b&gt; &amp; &lt;!channel&gt;"
    text = carousel_blocks([item(title="Case <red> | A&B")], "en")[0]["text"]["text"]
    assert "|Case &lt;red&gt;   A&amp;B>*" in text


def test_without_images_keeps_everything_else() -> None:
    blocks = carousel_blocks([item()], "en")
    stripped = without_images(blocks)
    assert "accessory" not in stripped[0]
    assert stripped[0]["text"] == blocks[0]["text"] and stripped[1] == blocks[1]
    assert "accessory" in blocks[0]  # the input is not modified
