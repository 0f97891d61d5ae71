import math

import pytest

from bot.generation.answer_types import asked_types, gives, none_given
from bot.generation.extractive import (
    OPEN,
    ExtractiveSelector,
    LexicalStats,
    SelectorConfig,
    is_quantity_question,
    unit_body,
)


def test_idf_weights_rare_words_and_coverage_is_weighted() -> None:
    stats = LexicalStats(
        ["free shipping over 99", "shipping to japan", "password reset"]
    )
    assert stats.idf("japan") > stats.idf("shipping") > 0
    assert stats.idf("unseen") > stats.idf("japan")
    assert stats.coverage("shipping to japan", "we ship to japan") == pytest.approx(
        stats.idf("japan") / (stats.idf("japan") + stats.idf("shipping"))
    )
    assert stats.coverage("", "anything") == 0.0


def test_gap_is_the_rarest_question_word_the_document_lacks() -> None:
    stats = LexicalStats(
        ["member price badge", "member benefits shipping", "discount coupon"]
    )
    document = "members see a member price badge and a discount"
    assert stats.gap("member discount", document) == 0.0
    # "student" occurs in no shop text: the largest gap, whatever else matches
    assert stats.gap("is there a student discount", document) == pytest.approx(1.0)
    assert stats.gap("member coupon", document) == pytest.approx(
        stats.idf("coupon") / stats.unseen_idf
    )
    # numbers and one-letter words are not asked-about words
    assert stats.gap("a 50 discount", document) == 0.0


def test_gap_finds_a_chinese_word_by_its_character_pairs() -> None:
    stats = LexicalStats(["快递 送货 上门", "会员 价格"])
    assert stats.gap("快递员送货吗", "快递送货上门") == 0.0  # 快递员 ~ 快递
    assert stats.gap("快递员可以送货上楼吗", "快递送货上门") > 0.0  # 上楼 is not there


def test_rest_overlap_ignores_the_product_name() -> None:
    stats = LexicalStats(["aurex speaker", "battery hours", "stereo pair"])
    overlaps = stats.rest_overlaps(
        "aurex speaker battery hours",
        "Aurex Speaker",
        ["battery hours: 20", "Pair two units for stereo", "Aurex Speaker"],
    )
    assert overlaps[0] == pytest.approx(1.0)
    assert overlaps[1] == overlaps[2] == 0.0


@pytest.mark.parametrize(
    "question,expected",
    [
        ("How thin is the Huawei nova 11 SE?", True),
        ("What is the DPI of the MX Master 3S?", True),
        ("小米手环8能用几天？", True),
        ("PS5的硬盘有多大？", True),
        ("Is the jacket waterproof?", False),
        ("小米平板6支持手写笔吗？", False),
    ],
)
def test_quantity_questions(question, expected) -> None:
    assert is_quantity_question(question) is expected


def test_unit_body_drops_the_title_prefix() -> None:
    assert unit_body("Aurex BT-500: 20 hours.", "Aurex BT-500") == "20 hours."
    assert unit_body("Aurex BT-500：续航20小时。", "Aurex BT-500") == "续航20小时。"
    assert unit_body("Other text", "Aurex BT-500") == "Other text"


def test_config_thresholds_per_language() -> None:
    config = SelectorConfig(faq_threshold={"en": 1.7, "zh": 1.8})
    assert config.faq_bar("zh") == 1.8 and config.faq_bar("fr") == 1.7
    assert OPEN.faq_bar("en") == -math.inf


def test_name_coverage_tells_the_named_product_apart(e5, shop_products) -> None:
    stats = LexicalStats.from_shop([], shop_products)
    selector = ExtractiveSelector(e5, stats)
    by_sku = {p.sku: p for p in shop_products}
    question = "How thin is the Huawei nova 11 SE?"
    named = selector.name_coverage(by_sku["PH-0021"], question)
    assert named > selector.config.name_threshold
    assert named > selector.name_coverage(by_sku["PH-0001"], question)


@pytest.fixture(scope="module")
def name_selector(e5, shop_products) -> ExtractiveSelector:
    """A selector with IDF statistics over the demo catalog's product names."""
    return ExtractiveSelector(e5, LexicalStats.from_shop([], shop_products))


def test_name_coverage_reads_a_glued_model_name(name_selector, shop_products) -> None:
    selector = name_selector
    redmi = next(p for p in shop_products if p.sku == "PH-0013")
    glued = selector.name_coverage(redmi, "红米note13pro主摄多少像素")
    spaced = selector.name_coverage(redmi, "红米 Note 13 Pro 主摄多少像素")
    assert glued == pytest.approx(spaced)
    assert glued >= selector.config.name_threshold


def test_a_model_code_only_one_product_has_names_it(
    name_selector, shop_products
) -> None:
    selector, stats = name_selector, name_selector.stats
    by_sku = {p.sku: p for p in shop_products}
    assert stats.is_model_code("bt-500") and not stats.is_model_code("67w")
    question = "How long does the Aurex BT-500 play?"
    assert selector.name_coverage(by_sku["EL-0023"], question) == 1.0
    assert selector.name_coverage(by_sku["EL-0021"], question) < 0.5


@pytest.mark.parametrize(
    "question,unit,expected",
    [
        ("What is the case made of?", "material: TPU + polycarbonate.", True),
        ("手机壳是什么材质的？", "材质：硅胶", True),
        ("How long is the foam roller?", "length cm: 45.", True),
        ("How much does the phone weigh?", "aluminium frame keeps it at 171 g.", True),
        ("这个耳机充满电能用多久？", "续航30小时", True),
        ("How loud is the humidifier?", "noise db: 28.", True),
        ("手环充满电能用几天？", "电池续航：16天。", True),
        ("How much storage does the PS5 have?", "storage gb: 1024.", True),
        ("PS5的硬盘有多大？", "存储容量：1024GB。", True),
        ("How many watts does the rice cooker draw?", "wattage: 860.", True),
        ("Is the jacket waterproof enough for rain?", "10,000 mm waterproof.", True),
        ("三星A55下雨天能用吗", "IP67防尘防水。", True),
        ("Does it unlock with a fingerprint?", "biometrics: Touch ID.", True),
        ("红米主摄多少像素呀", "主摄：200百万像素。", True),
        ("What's the max temp of the straightener?", "max temp c: 230.", True),
        ("I'm EU 44, which size should I get?", "Size L fits EU 43-46.", True),
        ("手腕190毫米选哪个码", "S-M适合130-180毫米腕围。", True),
        ("Do they run small?", "wide feet may want half a size up.", True),
        ("What's the warranty on the TV?", "warranty months: 24.", True),
        ("Does it unlock with your face?", "material: aluminium.", False),
        ("What's the max temp of the straightener?", "weight g: 340.", False),
        ("小米13能插内存卡吗？", "运行内存：8GB。", False),  # 内存 is RAM too
        ("What is the case made of?", "kickstand: yes.", False),
        ("Is it in stock?", "material: cotton.", False),
    ],
)
def test_answer_types_match_the_kind_of_fact_asked_for(question, unit, expected):
    assert gives(unit, asked_types(question)) is expected


def test_none_given_names_the_kinds_only_when_no_text_gives_any() -> None:
    page = ["battery hours: 12.", "weight g: 340."]
    assert none_given("How long does it play on a charge?", page) == ()
    assert [t.name for t in none_given("Is it waterproof?", page)] == ["water"]
    assert none_given("Is it in stock?", page) == ()  # no kind of fact asked
    assert none_given("what's the warranty?", [], skip=("warranty",)) == ()
    [water] = none_given("下雨天能用吗", page)
    assert (water.label("en"), water.label("zh")) == ("water resistance", "防水性能")
