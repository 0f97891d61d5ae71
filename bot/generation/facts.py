"""Checkable facts in a text: numbers, currencies, date words and names (EN + ZH).

The guardrail compares the facts of a generated answer with those of the passages
it cites. Extraction errs on the side of finding too much: a spurious fact in an
answer can only make the guardrail reject it (the shopper then gets the honest
"I don't know"), never let an invented fact through.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import FrozenSet, Iterable, Set

from bot.db.views import ProductView

_DIGITS = re.compile(r"\d{1,2}:\d{2}|\d+(?:,\d{3})*(?:\.\d+)?")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGIT.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_CN_RUN = "[零〇一二两三四五六七八九十百千万]+"
# A Chinese numeral counts as a number before a measure word, after 第 / 百分之, or
# when it is written with a unit (十, 百, …): "一起" or "统一" are not numbers.
_CN_MEASURE = (
    "个|天|日|年|月|周|星期|小时|分钟|秒|次|元|块|件|期|倍|岁|斤|公斤|千克|克|米|"
    "厘米|毫米|毫升|升|人|折|张|台|份|瓶|包|盒|箱|只|双|号|点|分|积分|封|位|种|档|级"
)
_CN_NUMBER = re.compile(
    rf"(?:第|百分之)({_CN_RUN})|({_CN_RUN})(?={_CN_MEASURE})|"
    r"([零〇一二两三四五六七八九]*[十百千万][零〇一二两三四五六七八九十百千万]*)"
)
_EN_NUMBER_WORDS = {
    word: index
    for index, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_EN_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
)
_EN_NUMBER_WORDS.update(
    {"eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12}
)
_EN_NUMBER_WORDS.update({"twice": 2, "thrice": 3, "half": 0.5, "double": 2})
_EN_WORD = re.compile(r"[a-z]+")

CURRENCIES = {
    "CNY": r"(?<![日美欧港])元|块钱|(?<=\d)\s*块|\byuan\b|\brmb\b|\bcny\b|¥",
    "USD": r"\$|\busd\b|\bdollars?\b|美元|美金",
    "EUR": r"€|\beur\b|\beuros?\b|欧元",
    "GBP": r"£|\bgbp\b|\bpounds?\b|英镑",
    "HKD": r"\bhkd\b|港币|港元",
    "JPY": r"\bjpy\b|\byen\b|日元",
}
_CURRENCY_RES = {code: re.compile(p) for code, p in CURRENCIES.items()}
DATE_WORDS = re.compile(
    r"\b(?:(?:january|february|march|april|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
    r"christmas|easter)s?)\b|\bmay(?=\s+\d)|"
    r"(?:周|星期|礼拜)[一二三四五六日天末]|春节|国庆|元旦|中秋|双十一|双11|双十二"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？:：]\s*|\n)\s*$")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’&+-]*")
_ALWAYS_OK = frozenset({"I", "OK"})


def normalize(text: str) -> str:
    """NFKC (full-width → ASCII) and lower case; dashes become "-"."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return re.sub(r"[‐-―−~～]", "-", text)


def _number_key(raw: str) -> str:
    """Canonical form of a number: "1,000" → "1000", "99.00" → "99", "9:00" kept."""
    if ":" in raw:
        hours, minutes = raw.split(":")
        return f"{int(hours)}:{minutes}"
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return raw
    return format(value.normalize(), "f")


def chinese_numeral(run: str) -> int:
    """Value of a Chinese numeral: "九十九" → 99, "两万" → 20000, "二〇二四" → 2024."""
    if all(ch in _CN_DIGIT for ch in run):
        return int("".join(str(_CN_DIGIT[ch]) for ch in run))
    total, section, digit = 0, 0, 0
    for ch in run:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
        else:
            section += (digit or 1) * _CN_UNIT[ch]
            digit = 0
    return total + section + digit


def numbers(text: str) -> Set[str]:
    """Every number in the text, canonical: digits, times, Chinese numerals and
    English number words ("ninety-nine" gives 90 and 9, which then fail to match a
    passage's 99: conservative on purpose)."""
    text = normalize(text)
    found = {_number_key(m.group()) for m in _DIGITS.finditer(text)}
    for match in _CN_NUMBER.finditer(text):
        run = next(g for g in match.groups() if g)
        found.add(str(chinese_numeral(run)))
    for word in _EN_WORD.findall(text):
        if word in _EN_NUMBER_WORDS:
            found.add(_number_key(str(_EN_NUMBER_WORDS[word])))
    return found


def currencies(text: str) -> Set[str]:
    """Currency codes named in the text (元 / yuan / ¥ → CNY, $ → USD, …)."""
    text = normalize(text)
    return {code for code, pattern in _CURRENCY_RES.items() if pattern.search(text)}


def date_words(text: str) -> Set[str]:
    """Month, weekday and holiday words (a date fact without digits)."""
    return {m.group() for m in DATE_WORDS.finditer(normalize(text))}


def contains_term(text: str, term: str) -> bool:
    """Whether ``term`` occurs in ``text``: case-insensitive; a Latin term not inside
    a longer word ("Apple" is not in "Pineapple", "TB" is in "1TB")."""
    return _term_pattern(normalize(term)).search(normalize(text)) is not None


@lru_cache(maxsize=8192)
def _term_pattern(term: str) -> re.Pattern:
    """The search pattern of a normalized term (never matches the empty term)."""
    if not term:
        return re.compile(r"(?!)")
    if term[0].isascii() and term[-1].isascii():
        # a digit may precede a unit-like name ("1TB"), none may follow ("P60")
        return re.compile(rf"(?<![a-z]){re.escape(term)}(?![a-z0-9])")
    return re.compile(re.escape(term))


def proper_nouns(text: str, language: str) -> Set[str]:
    """Latin words that look like names: in English, capitalized words that do not
    start a sentence ("OtterBox", "Pixel"); in Chinese text, every Latin word."""
    found: Set[str] = set()
    for match in _LATIN_WORD.finditer(text):
        word = match.group().rstrip("'’-")
        if word in _ALWAYS_OK or len(word) < 2:
            continue
        if language == "zh":
            found.add(word)
            continue
        starts = _SENTENCE_START.search(text[: match.start()]) is not None
        if not starts and (word[0].isupper() or any(c.isupper() for c in word[1:])):
            found.add(word)
    return found


@dataclass(frozen=True)
class NameLexicon:
    """Brand and model names of the catalog: an answer may name one only when its
    cited passages do.

    Attributes:
        terms: brands ("Apple", "Linden & Co"), their Chinese names where titles give
            them ("苹果"), and model tokens of titles ("iPhone", "WF-1000XM5").
    """

    terms: FrozenSet[str] = frozenset()

    @classmethod
    def from_products(cls, products: Iterable[ProductView]) -> NameLexicon:
        """Collects the names of every product (brand, Chinese brand, model tokens)."""
        terms: Set[str] = set()
        for product in products:
            if product.brand:
                terms.add(product.brand)
            terms |= _model_tokens(product.title_en) | _model_tokens(product.title_zh)
            zh_brand = _chinese_brand(product)
            if zh_brand:
                terms.add(zh_brand)
        return cls(frozenset(t for t in terms if len(t) >= 2))

    def mentions(self, text: str) -> Set[str]:
        """The lexicon terms that occur in ``text``."""
        text = normalize(text)
        return {t for t in self.terms if _term_pattern(normalize(t)).search(text)}


def _model_tokens(title: str) -> Set[str]:
    """Tokens of a title that are names: letters with digits ("BT-500", "P60") or
    inner capitals ("iPhone", "MagSafe"); plain words and bare numbers are not."""
    tokens = set()
    for token in re.findall(r"[A-Za-z0-9][A-Za-z0-9+.-]*[A-Za-z0-9]", title):
        has_letter = any(c.isalpha() for c in token)
        has_digit = any(c.isdigit() for c in token)
        inner_capital = any(c.isupper() for c in token[1:]) and token[0].isalpha()
        if has_letter and (has_digit or inner_capital):
            tokens.add(token)
    return tokens


def _chinese_brand(product: ProductView) -> str | None:
    """The leading Chinese run of the Chinese title when the English title starts
    with the brand ("苹果 iPhone 15" → "苹果", "小米13" → "小米")."""
    if not product.brand or not product.title_en.startswith(product.brand):
        return None
    match = re.match(r"[\u4e00-\u9fff]{2,6}", product.title_zh or "")
    return match.group() if match else None
