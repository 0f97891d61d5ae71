import pytest

from bot.language import detect_language, is_question


@pytest.mark.parametrize(
    "text,default,expected",
    [
        ("where is my order?", "en", "en"),
        ("我的订单到哪了", "en", "zh"),
        ("我要买 iPhone 15 的手机壳", "en", "zh"),
        ("iPhone case 红色", "en", "zh"),
        ("10023", "zh", "zh"),
        ("10023", "en", "en"),
        ("👍👍", "zh", "zh"),
        ("", "en", "en"),
        ("oliver.taylor@example.com", "zh", "zh"),
        ("my email is oliver.taylor@example.com", "zh", "en"),
        ("INV-2026-00123", "zh", "zh"),
        ("XR-200 有货吗", "en", "zh"),
        ("  ", "zh", "zh"),
    ],
)
def test_detect_language(text: str, default: str, expected: str) -> None:
    assert detect_language(text, default=default) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("how many days do I have to send it back", True),
        ("hi, where do I drop off my return", True),
        ("can I return opened headphones", True),
        ("return my order please", False),
        ("I want a refund for order 10023", False),
        ("is it in stock?", True),
        ("退货运费谁出", True),
        ("运动鞋穿了两天发现磨脚，能退不", True),
        ("退货流程是怎样的", True),
        ("钱退了吗", True),
        ("不买了，取消订单吧", False),
        ("我要退货", False),
        ("", False),
    ],
)
def test_is_question(text: str, expected: bool) -> None:
    assert is_question(text) is expected
