from dataclasses import replace
from decimal import Decimal

import pytest

from bot.db.views import FaqView, ProductView
from bot.generation.passages import (
    attribute_lines_zh,
    clauses,
    description_units,
    faq_passage,
    product_passage,
    sentences,
)

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
CONSOLE = ProductView(
    sku="EL-2",
    title_en="PlayStation 5 Slim",
    title_zh="PlayStation 5 Slim 光驱版",
    description_en=(
        "The slimmer PS5 with a Blu-ray drive, plus 825 GB SSD storage and one "
        "DualSense controller in the box. Plays in 4K."
    ),
    description_zh="更轻薄的PS5，1TB固态硬盘，带蓝光光驱，最高支持4K 120帧游戏。",
    brand="Sony",
    category="electronics",
    price=Decimal("3899.00"),
    currency="CNY",
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


def test_chinese_product_passage_has_chinese_attribute_lines() -> None:
    passage = product_passage(SPEAKER, "zh")
    assert passage.title == "Aurex BT-500 音箱"
    assert passage.units[0] == "Aurex BT-500 音箱：品牌 Aurex，售价 259.00 CNY。"
    assert passage.units[1:] == (
        "Aurex BT-500 音箱：40W大功率，续航20小时。",
        "Aurex BT-500 音箱：两台可组成立体声。",
        "Aurex BT-500 音箱：电池续航：20小时。",
        "Aurex BT-500 音箱：防水：否。",
    )
    assert "防水：否。" in passage.text


def test_chinese_attribute_lines_skip_unlabelled_and_text_values() -> None:
    mouse = replace(
        SPEAKER,
        attributes={"dpi": 8000, "connectivity": "Bluetooth", "battery_days": 70},
    )
    assert attribute_lines_zh(mouse) == ["电池续航：70天"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (  # ", plus" / ", with": the conjunction goes, the clause gets a capital
            "A 6.82-inch curved display and a 48 MP telephoto camera, plus satellite "
            "calling and messaging from anywhere.",
            [
                "A 6.82-inch curved display and a 48 MP telephoto camera.",
                "Satellite calling and messaging from anywhere.",
            ],
        ),
        (
            "A 14.2-inch touchscreen laptop for office work, with 16 GB RAM and a "
            "1 TB SSD.",
            [
                "A 14.2-inch touchscreen laptop for office work.",
                "With 16 GB RAM and a 1 TB SSD.",
            ],
        ),
        (  # a dash; "iPhones" keeps its lower-case i
            "Charges two devices at once at full speed - iPhones and laptops alike "
            "draw 65 W.",
            [
                "Charges two devices at once at full speed.",
                "iPhones and laptops alike draw 65 W.",
            ],
        ),
        (  # ", or" closes a list: no break
            "Wear the shell in spring rain, the fleece on cool days, or both of "
            "them together in winter.",
            [
                "Wear the shell in spring rain, the fleece on cool days, or both of "
                "them together in winter."
            ],
        ),
        (  # short: whole
            "A 40 W speaker, with 20 hours of play.",
            ["A 40 W speaker, with 20 hours of play."],
        ),
        (
            "勐海熟普洱，经典357克饼，已陈化五年，汤色红浓，口感醇滑不伤胃。",
            [
                "勐海熟普洱。",
                "经典357克饼。",
                "已陈化五年。",
                "汤色红浓。",
                "口感醇滑不伤胃。",
            ],
        ),
        (  # ； breaks too; 、 joins list items and stays
            "316不锈钢双层真空，保冷24小时、保温12小时；吸管盖不漏水",
            ["316不锈钢双层真空。", "保冷24小时、保温12小时。", "吸管盖不漏水。"],
        ),
        (  # a piece too short to stand alone joins the one before it
            "有线蓝牙两种连接方式都支持，轻，续航长达四十个小时。",
            ["有线蓝牙两种连接方式都支持，轻。", "续航长达四十个小时。"],
        ),
        ("40W大功率，续航20小时。", ["40W大功率，续航20小时。"]),  # short: whole
        ("", []),
    ],
)
def test_long_sentences_split_into_clauses(sentence, expected) -> None:
    assert clauses(sentence) == expected


def test_description_units_keep_the_sentence_before_its_clauses() -> None:
    text = "更轻薄的PS5，1TB固态硬盘，带蓝光光驱。附赠一个手柄。"
    assert description_units(text) == [
        "更轻薄的PS5，1TB固态硬盘，带蓝光光驱。",
        "更轻薄的PS5。",
        "1TB固态硬盘。",
        "带蓝光光驱。",
        "附赠一个手柄。",
    ]


def test_clause_units_are_prefixed_with_the_title() -> None:
    passage = product_passage(CONSOLE, "en")
    assert passage.units[1:] == (
        "PlayStation 5 Slim: The slimmer PS5 with a Blu-ray drive, plus 825 GB SSD "
        "storage and one DualSense controller in the box.",
        "PlayStation 5 Slim: The slimmer PS5 with a Blu-ray drive.",
        "PlayStation 5 Slim: 825 GB SSD storage and one DualSense controller in the "
        "box.",
        "PlayStation 5 Slim: Plays in 4K.",
    )
    assert passage.text.count("825 GB") == 1  # clauses are units, not more text
    zh = product_passage(CONSOLE, "zh")
    assert zh.units[2:] == (
        "PlayStation 5 Slim 光驱版：更轻薄的PS5。",
        "PlayStation 5 Slim 光驱版：1TB固态硬盘。",
        "PlayStation 5 Slim 光驱版：带蓝光光驱。",
        "PlayStation 5 Slim 光驱版：最高支持4K 120帧游戏。",
    )
