"""Language of a shopper's message: Simplified Chinese when it holds an ideograph."""

from __future__ import annotations

import re

DEFAULT_LANGUAGE = "en"

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _is_word(token: str) -> bool:
    # Not evidence of English: emails, URLs, codes with digits ("INV-2026-00123",
    # "XR-200"). Per whitespace-split token, so the cost stays linear in the text
    # (a regex over the whole text backtracked for seconds on a 100 kB "word").
    return "@" not in token and "://" not in token and not _DIGIT.search(token)


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """Returns "zh" when the text holds a Chinese character, "en" for Latin letters.

    Mixed messages ("我要买 iPhone") count as Chinese: a shopper who writes any Chinese
    reads Chinese. Messages without words (emoji, digits, an email address, empty)
    keep ``default``, usually the language of the conversation so far.
    """
    if _IDEOGRAPH.search(text or ""):
        return "zh"
    if any(_LATIN.search(t) for t in (text or "").split() if _is_word(t)):
        return "en"
    return default


# A clause opening with one of these asks something ("how do I …", "can I …").
_EN_QUESTION = re.compile(
    r"(?:^|[,.;:!]\s*)(?:how|what|what's|whats|when|where|where's|which|who|why"
    r"|can|could|do|does|did|is|are|was|will|would|should|may|have|has)\b",
    re.IGNORECASE,
)
# Question particles and words; a trailing 不 / 没 ("能退不") asks yes or no.
_ZH_QUESTION = re.compile(
    r"吗|呢|么|怎|多久|多少|几|如何|谁|哪|是否|能否|能不能|可不可以|可以不|有没有|[不没]\W*$"
)


def is_question(text: str) -> bool:
    """True when a message is phrased as a question ("how long do I have to return
    it?", "退货运费谁出", "能退不"), False for a request ("return my order",
    "取消订单吧"). A question mark is enough; without one, question words decide."""
    text = (text or "").strip()
    if "?" in text or "？" in text:
        return True
    return bool(_EN_QUESTION.search(text) or _ZH_QUESTION.search(text))
