from pathlib import Path

import pytest
import yaml

from bot.generation.facts import NameLexicon
from bot.generation.guardrail import (
    Guardrail,
    chinese_share,
    citations,
    strip_citations,
)

ROOT = Path(__file__).resolve().parents[3]
SHIPPING = (
    "Standard shipping is free on orders over 99 元. Orders below 99 元 pay a flat "
    "shipping fee of 10 元."
)
EXPRESS = (
    "Express next-day delivery is available in Beijing, Shanghai, Guangzhou, Shenzhen "
    "and Hangzhou for 20 元. Place your order before 15:00 to receive it the next day."
)
CASE = (
    "ShellMate Liquid Silicone Case for Apple iPhone 15: brand ShellMate, price 59.00 "
    "CNY. Soft-touch liquid silicone outside and a microfibre lining inside."
)
SHIPPING_ZH = "订单满99元即享免费标准配送，不满99元收取10元运费。"
PASSAGES = [SHIPPING, EXPRESS, CASE]
NAMES = NameLexicon(frozenset({"Apple", "iPhone", "ShellMate", "Xiaomi", "小米"}))


@pytest.fixture(scope="module")
def guard() -> Guardrail:
    return Guardrail(NAMES)


@pytest.mark.parametrize(
    "answer,language",
    [
        ("Shipping is free on orders over 99 元 [1].", "en"),
        ("Orders below 99 元 pay a shipping fee of 10 元 [1].", "en"),
        ("Express delivery costs 20 元; order before 15:00 [2].", "en"),
        ("The ShellMate silicone case for the iPhone 15 costs 59.00 CNY [3].", "en"),
        (
            "The ShellMate case costs 59 CNY [3], and shipping is free over 99 元 [1].",
            "en",
        ),
        ("Express next-day delivery is available in Hangzhou 【2】.", "en"),
    ],
)
def test_grounded_answers_pass(guard, answer, language) -> None:
    verdict = guard.check(answer, PASSAGES, language)
    assert verdict.ok, verdict.reasons
    assert verdict.reasons == ()


def test_chinese_answer_with_latin_product_names_passes(guard) -> None:
    passage = "索尼 PlayStation 5 Slim 光驱版：更轻薄的PS5，1TB固态硬盘，带蓝光光驱。"
    answer = "索尼 PlayStation 5 Slim 光驱版有1TB固态硬盘 [1]。"
    verdict = guard.check(answer, [passage], "zh")
    assert verdict.ok, verdict.reasons


def test_grounded_chinese_answer_passes(guard) -> None:
    verdict = guard.check(
        "订单满99元免费配送，不满99元收取10元运费 [1]。", [SHIPPING_ZH], "zh"
    )
    assert verdict.ok, verdict.reasons


@pytest.mark.parametrize(
    "answer,reason",
    [
        # wrong price / number
        ("Shipping is free on orders over 49 元 [1].", "number:49"),
        ("The ShellMate case costs 69.00 CNY [3].", "number:69"),
        ("Express delivery costs ninety-nine yuan [2].", "number:90"),
        (
            "Express delivery is free over 99 元 [2].",
            "number:99",
        ),  # fact of [1], cites [2]
        ("Returns are accepted within 30 days [1].", "number:30"),
        # percentages and dates
        ("You save 15% on shipping [1].", "number:15"),
        ("Express delivery arrives on Sunday [2].", "date:sunday"),
        # currency
        ("Shipping is free on orders over 99 USD [1].", "currency:USD"),
        ("Shipping is free on orders over $99 [1].", "currency:USD"),
        # invented brand or product names
        ("The Xiaomi silicone case costs 59.00 CNY [3].", "name:Xiaomi"),
        ("The OtterBox silicone case costs 59.00 CNY [3].", "name:OtterBox"),
        ("The ShellMate case fits the Galaxy phone [3].", "name:Galaxy"),
        # citations
        ("Shipping is free on orders over 99 元.", "no_citation"),
        ("Shipping is free on orders over 99 元 [4].", "unknown_citation:4"),
        ("Shipping is free on orders over 99 元 [0].", "unknown_citation:0"),
        # claims without numbers that the passages do not make
        ("Yes, we also offer gift wrapping for presents [1].", "unsupported"),
        # nothing but a citation
        ("[1]", "empty"),
    ],
)
def test_adversarial_answers_are_rejected(guard, answer, reason) -> None:
    verdict = guard.check(answer, PASSAGES, "en")
    assert not verdict.ok
    assert any(r.startswith(reason) for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "answer,language",
    [
        (
            "Shipping is free on orders over 99 元 [1].",
            "zh",
        ),  # English to a Chinese shopper
        ("订单满99元免费配送 [1]。", "en"),  # Chinese to an English shopper
        ("99 元 [1]", "en"),  # no words at all
    ],
)
def test_wrong_language_is_rejected(guard, answer, language) -> None:
    passages = [SHIPPING + " " + SHIPPING_ZH]
    verdict = guard.check(answer, passages, language)
    assert not verdict.ok
    assert any(r.startswith("language") for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "answer,reason",
    [
        ("订单满49元即可免费配送 [1]。", "number:49"),
        ("订单满九十元即可免费配送 [1]。", "number:90"),
        ("小米订单满99元免费配送 [1]。", "name:小米"),
        ("订单满99元免费配送，可用PayPal付款 [1]。", "name:PayPal"),
        ("订单满99美元免费配送 [1]。", "currency:USD"),
        ("周末订单满99元免费配送 [1]。", "date:周末"),
    ],
)
def test_adversarial_chinese_answers_are_rejected(guard, answer, reason) -> None:
    verdict = guard.check(answer, [SHIPPING_ZH], "zh")
    assert not verdict.ok
    assert any(r.startswith(reason) for r in verdict.reasons), verdict.reasons


def test_every_faq_answer_quoted_with_its_citation_passes(shop_names) -> None:
    """A verbatim quote is grounded by construction: the guardrail must agree."""
    guard = Guardrail(shop_names)
    faq = yaml.safe_load((ROOT / "data/faq/faq.yml").read_text("utf-8"))["faq"]
    for entry in faq:
        for language in ("en", "zh"):
            answer = " ".join(entry[f"answer_{language}"].split())
            verdict = guard.check(f"{answer} [1]", [answer], language)
            assert verdict.ok, (entry["id"], language, verdict.reasons)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a [1] b [2, 3] c 【4】 d [1]", [1, 2, 3, 4]),
        ("[2][1]", [2, 1]),
        ("no citation", []),
        ("版本 [1、2]", [1, 2]),
    ],
)
def test_citations_in_order_of_first_use(text, expected) -> None:
    assert citations(text) == expected


def test_strip_citations_and_chinese_share() -> None:
    assert strip_citations("Free over 99 元 [1].") == "Free over 99 元."
    assert chinese_share("满99元包邮 iPhone") == pytest.approx(4 / 10)
    assert chinese_share("99") == 0.0
