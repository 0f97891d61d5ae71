from decimal import Decimal

import pytest

from bot.db.views import ProductView
from bot.generation.facts import (
    NameLexicon,
    chinese_numeral,
    contains_term,
    currencies,
    date_words,
    numbers,
    proper_nouns,
)


def _product(sku: str, title_en: str, title_zh: str, brand: str) -> ProductView:
    return ProductView(
        sku=sku,
        title_en=title_en,
        title_zh=title_zh,
        description_en="",
        description_zh="",
        brand=brand,
        category="phones",
        price=Decimal("1.00"),
        currency="CNY",
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Free over 99 元, else 10 元.", {"99", "10"}),
        ("price 5999.00 CNY", {"5999"}),
        ("1,000 lines a second", {"1000"}),
        ("Order before 15:00; open 9:00–21:00", {"15:00", "9:00", "21:00"}),
        ("delivery in 7–15 business days", {"7", "15"}),
        ("a 10% deposit", {"10"}),
        ("ninety-nine yuan, twice a week", {"90", "9", "2"}),
        ("满九十九元包邮，已陈化五年", {"99", "5"}),
        ("百分之十的定金，两万积分", {"10", "20000"}),
        ("第三天，一起统一发货", {"3"}),
        ("ＵＳＢ　１２８ＧＢ", {"128"}),
        ("no numbers here", set()),
    ],
)
def test_numbers_in_every_spelling(text, expected) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "run,value",
    [
        ("九十九", 99),
        ("十", 10),
        ("两万", 20000),
        ("二〇二四", 2024),
        ("三百零五", 305),
    ],
)
def test_chinese_numerals(run, value) -> None:
    assert chinese_numeral(run) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        ("10 元 or 10 yuan or ¥10 or ￥10 or 10块", {"CNY"}),
        ("$5 or 5 USD", {"USD"}),
        ("5 euros", {"EUR"}),
        ("5 pounds, 50 日元", {"GBP", "JPY"}),
        ("99美元，10欧元，20港元", {"USD", "EUR", "HKD"}),
        ("the best value", set()),
    ],
)
def test_currencies(text, expected) -> None:
    assert currencies(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We deliver on Sundays and in May 2024", {"sunday", "may"}),
        ("You may return it", set()),
        ("周末和星期一都发货，春节除外", {"周末", "星期一", "春节"}),
    ],
)
def test_date_words(text, expected) -> None:
    found = date_words(text)
    assert {w.rstrip("s") for w in found} == expected


@pytest.mark.parametrize(
    "text,language,expected",
    [
        (
            "Yes. We recommend an OtterBox case from Google.",
            "en",
            {"OtterBox", "Google"},
        ),
        ("I think SF Express is used.", "en", {"SF", "Express"}),
        ("Returns are free. Start in My orders.", "en", {"My"}),
        ("我们用顺丰和EMS发货", "zh", {"EMS"}),
    ],
)
def test_proper_nouns_skip_sentence_starts(text, language, expected) -> None:
    assert proper_nouns(text, language) == expected


@pytest.mark.parametrize(
    "text,term,expected",
    [
        ("The Apple iPhone 15", "apple", True),
        ("Pineapple juice", "Apple", False),
        ("苹果手机", "苹果", True),
        ("P60 Pro", "P60", True),
        ("P600", "P60", False),
        ("1TB固态硬盘", "TB", True),
    ],
)
def test_contains_term_matches_whole_latin_words(text, term, expected) -> None:
    assert contains_term(text, term) is expected


def test_name_lexicon_collects_brands_chinese_brands_and_model_tokens() -> None:
    lexicon = NameLexicon.from_products(
        [
            _product("A", "Apple iPhone 15 128GB", "苹果 iPhone 15 128GB", "Apple"),
            _product(
                "B", "Aurex BT-500 Party Speaker", "Aurex BT-500 派对音箱", "Aurex"
            ),
            _product("C", "Linden & Co Cashmere Sweater", "羊绒毛衣", "Linden & Co"),
        ]
    )
    assert {"Apple", "苹果", "iPhone", "128GB", "Aurex", "BT-500", "Linden & Co"} <= (
        lexicon.terms
    )
    assert not {"Party", "Speaker", "Cashmere", "15"} & lexicon.terms
    assert lexicon.mentions("The BT-500 pairs with an iPhone") == {"BT-500", "iPhone"}
