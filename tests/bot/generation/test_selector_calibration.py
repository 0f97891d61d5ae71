"""Fitting the selector's FAQ weights and bars on labelled candidate features."""

import pytest

from bot.generation.calibration import FaqTable, fit_faq, has_key, outcome
from bot.generation.extractive import SelectorConfig


def _row(lang: str, dense: float, gap: float, right: bool | None) -> dict:
    """A question whose FAQ candidate has these features; right None: unanswerable."""
    features = {"dense": dense, "answer": 0.8, "coverage": 0.5, "gap": gap}
    source = None if right is None else ("faq:a" if right else "faq:b")
    return {
        "q": "?",
        "lang": lang,
        "source": source,
        "cands": [("faq:a", "A", features)],
    }


def test_best_bar_matches_the_row_by_row_outcome() -> None:
    rows = [_row("en", d / 10, 0.0, d >= 7) for d in range(10)]
    rows += [_row("en", d / 10 + 0.05, 0.0, None) for d in range(5)]
    config = SelectorConfig()
    bar, best = FaqTable(rows, config).best_bar(config)
    result = outcome(rows, SelectorConfig(faq_threshold={"en": bar, "zh": bar}))
    assert best[0] and result["refusal"] == 1.0  # every unanswerable one refused
    assert result["right"] == pytest.approx(3 / 10) and result["wrong"] == 0.0


def test_the_fit_weights_the_feature_that_separates_refusals() -> None:
    # dense cannot tell answerable from unanswerable questions; the gap can
    rows = []
    for lang in ("en", "zh"):
        rows += [_row(lang, 0.8 + i / 100, 0.0, True) for i in range(20)]
        rows += [_row(lang, 0.8 + i / 100, 1.0, None) for i in range(20)]
    config, per_language = fit_faq(rows, SelectorConfig())
    assert config.gap_weight > 0
    perfect = {"right": 1.0, "wrong": 0.0, "refusal": 1.0}
    assert per_language == {"en": perfect, "zh": perfect}


@pytest.mark.parametrize(
    "text,keys,expected",
    [
        ("It costs 1899.00 CNY.", ["1899"], True),
        ("It costs 1899.50 CNY.", ["1899"], False),
        ("within 7-15 days", ["7"], False),
        ("returns within 17 days", ["7"], False),
        ("returns within 7 days.", ["7"], True),
        ("Returns within 7 days [1].", ["7 days"], True),
        ("退货运费10元", ["10元"], True),
    ],
)
def test_has_key_reads_numbers_whole(text, keys, expected) -> None:
    assert has_key(text, keys) is expected
