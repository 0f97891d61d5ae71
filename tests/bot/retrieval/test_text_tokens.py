import pytest

from bot.retrieval.text_tokens import STOPWORDS_EN, STOPWORDS_ZH, tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Can I return shoes I wore once?", ["return", "shoe", "wore", "once"]),
        ("Is the XR-200 waterproof?", ["xr-200", "waterproof"]),
        ("USB-C cable, 3.5mm jack!", ["usb-c", "cable", "3.5mm", "jack"]),
        ("ＸＲ－２００", ["xr-200"]),  # full-width forms → ASCII (NFKC)
        ("", []),
        ("?!，。   ", []),
        ("the of and is", []),
    ],
)
def test_english_words_and_codes_stay_whole(text: str, expected: list) -> None:
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    "text,present",
    [
        ("你们包邮吗？", ["包邮"]),
        ("退换货怎么弄", ["退换货", "换货"]),  # bigram shared with "换货"
        ("买多少钱可以免运费？", ["运费", "免运"]),
        ("亲，运费咋算的？", ["运费"]),
    ],
)
def test_chinese_is_segmented_with_bigrams(text: str, present: list) -> None:
    tokens = tokenize(text)
    assert set(present) <= set(tokens)
    assert not set(tokens) & STOPWORDS_ZH
    assert all("，" not in t and "？" not in t for t in tokens)


@pytest.mark.parametrize(
    "text,present",
    [
        ("小米10有货吗？", ["小米", "10", "有货"]),
        ("XR-200的电池能用多久", ["xr-200", "电池"]),
        ("我要买iPhone 15手机壳", ["iphone", "15", "手机"]),
    ],
)
def test_mixed_text_keeps_model_numbers(text: str, present: list) -> None:
    tokens = tokenize(text)
    assert set(present) <= set(tokens)
    assert not set(tokens) & (STOPWORDS_EN | STOPWORDS_ZH)


def test_is_deterministic_and_lowercases() -> None:
    expected = ["free", "shipping"]
    assert tokenize("Free SHIPPING") == tokenize("free shipping") == expected


def test_words_only_leaves_out_the_chinese_bigrams() -> None:
    words = tokenize("退换货怎么弄", bigrams=False)
    assert "退换货" in words
    assert "换货" not in words
    assert set(words) < set(tokenize("退换货怎么弄"))
    assert tokenize("Free SHIPPING", bigrams=False) == ["free", "shipping"]
