"""Language of a shopper's message: Simplified Chinese when it holds an ideograph."""

from __future__ import annotations

import re

DEFAULT_LANGUAGE = "en"

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Not evidence of English: emails, URLs, codes with digits ("INV-2026-00123", "XR-200")
_NOT_WORDS = re.compile(r"\S+@\S+|https?://\S+|\S*\d\S*")


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """Returns "zh" when the text holds a Chinese character, "en" for Latin letters.

    Mixed messages ("我要买 iPhone") count as Chinese: a shopper who writes any Chinese
    reads Chinese. Messages without words (emoji, digits, an email address, empty)
    keep ``default``, usually the language of the conversation so far.
    """
    if _IDEOGRAPH.search(text or ""):
        return "zh"
    if re.search(r"[A-Za-z]", _NOT_WORDS.sub(" ", text or "")):
        return "en"
    return default
