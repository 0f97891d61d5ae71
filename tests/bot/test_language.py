import pytest

from bot.language import detect_language


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
