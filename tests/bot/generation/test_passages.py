from decimal import Decimal

import pytest

from bot.db.views import FaqView, ProductView
from bot.generation.passages import faq_passage, product_passage, sentences

SPEAKER = ProductView(
    sku="EL-1",
    title_en="Aurex BT-500 Speaker",
    title_zh="Aurex BT-500 音箱",
    description_en="A 40 W speaker with 20 hours of play. Pair two units for stereo.",
    description_zh="40W大功率，续航20小时。两台可组成立体声。",
    brand="Aurex",
    category="electronics",
    price=Decimal("259.00"),
    currency="CNY",
    attributes={"battery_hours": 20, "waterproof": False},
)
FAQ = FaqView(
    id="free_shipping",
    category="shipping",
    questions_en=("Do you offer free shipping?",),
    questions_zh=("你们包邮吗？",),
    answer_en="Free over 99 元.\n Below that 10 元.",
    answer_zh="满99元包邮。",
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Only 7.1 mm thin. Light too!", ["Only 7.1 mm thin.", "Light too!"]),
        (
            "6.82英寸大屏。88W快充！支持卫星通话",
            ["6.82英寸大屏。", "88W快充！", "支持卫星通话"],
        ),
        ("One; two", ["One;", "two"]),
        ("", []),
    ],
)
def test_sentences_split_without_breaking_decimals(text, expected) -> None:
    assert sentences(text) == expected


def test_faq_passage_is_the_whole_answer_titled_by_the_question() -> None:
    passage = faq_passage(FAQ, "en", 0.9)
    assert passage.id == "faq:free_shipping" and passage.kind == "faq"
    assert passage.title == "Do you offer free shipping?"
    assert passage.text == "Free over 99 元. Below that 10 元."
    assert passage.units == (passage.text,)
    assert faq_passage(FAQ, "zh").title == "你们包邮吗？"


def test_product_passage_units_name_the_product_and_hold_database_facts() -> None:
    passage = product_passage(SPEAKER, "en")
    assert passage.id == "product:EL-1" and passage.kind == "product"
    assert passage.units == (
        "Aurex BT-500 Speaker: brand Aurex, price 259.00 CNY.",
        "Aurex BT-500 Speaker: A 40 W speaker with 20 hours of play.",
        "Aurex BT-500 Speaker: Pair two units for stereo.",
        "Aurex BT-500 Speaker: battery hours: 20.",
        "Aurex BT-500 Speaker: waterproof: no.",
    )
    assert "price 259.00 CNY" in passage.text and "waterproof: no." in passage.text


def test_chinese_product_passage_has_no_english_attribute_lines() -> None:
    passage = product_passage(SPEAKER, "zh")
    assert passage.title == "Aurex BT-500 音箱"
    assert passage.units[0] == "Aurex BT-500 音箱：品牌 Aurex，售价 259.00 CNY。"
    assert passage.units[1:] == (
        "Aurex BT-500 音箱：40W大功率，续航20小时。",
        "Aurex BT-500 音箱：两台可组成立体声。",
    )
