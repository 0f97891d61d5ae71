"""Language detection on arbitrary text: always "en", "zh" or the default."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language import detect_language

SURROGATES = st.sampled_from(["\ud800", "\udfff"])
TEXT = st.text(st.one_of(st.characters(), SURROGATES))
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXT, st.none()), st.sampled_from(["en", "zh"]))
def test_result_is_a_language_we_speak(text: str, default: str) -> None:
    assert detect_language(text, default) in ("en", "zh")


@settings(max_examples=150, deadline=None)
@given(TEXT, HAN, TEXT)
def test_any_chinese_character_means_chinese(before: str, han: str, after: str) -> None:
    assert detect_language(before + han + after, "en") == "zh"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(categories=["Nd", "Zs", "P", "S"])))
def test_texts_without_letters_keep_the_default(text: str) -> None:
    assert detect_language(text, "zh") == "zh"
