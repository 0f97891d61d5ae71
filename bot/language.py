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
