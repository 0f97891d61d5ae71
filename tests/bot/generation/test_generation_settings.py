import pytest

from bot.exceptions import ConfigError
from bot.settings import GenerationSettings, Settings


def test_defaults_are_the_measured_choices() -> None:
    settings = GenerationSettings.from_env({})
    assert settings == GenerationSettings()
    assert (settings.strategy, settings.backend, settings.model) == (
        "extractive",
        "transformers",
        "qwen-bf16",
    )
    assert (settings.time_budget, settings.max_new_tokens, settings.threads) == (
        4.0,
        64,
        1,
    )
    assert Settings.from_env({}).generation == settings


def test_values_come_from_the_environment_and_the_key_stays_out_of_repr() -> None:
    settings = GenerationSettings.from_env(
        {
            "SHOPBOT_GENERATION_STRATEGY": "Generate",
            "SHOPBOT_GENERATION_BACKEND": "openai",
            "SHOPBOT_GENERATION_MODEL": "qwen2.5:0.5b",
            "SHOPBOT_GENERATION_ENDPOINT": "http://localhost:11434/v1/",
            "SHOPBOT_GENERATION_API_KEY": "sk-secret",
            "SHOPBOT_GENERATION_TIME_BUDGET": "2.5",
            "SHOPBOT_GENERATION_MAX_TOKENS": "32",
            "SHOPBOT_GENERATION_THREADS": "2",
        }
    )
    assert settings.strategy == "generate" and settings.backend == "openai"
    assert settings.endpoint == "http://localhost:11434/v1"
    assert (settings.time_budget, settings.max_new_tokens, settings.threads) == (
        2.5,
        32,
        2,
    )
    assert settings.api_key == "sk-secret" and "sk-secret" not in repr(settings)


@pytest.mark.parametrize(
    "key,value,match",
    [
        ("SHOPBOT_GENERATION_STRATEGY", "guess", "extractive, rephrase, generate"),
        ("SHOPBOT_GENERATION_BACKEND", "llama", "transformers, openai, none"),
        ("SHOPBOT_GENERATION_TIME_BUDGET", "0", "a positive float"),
        ("SHOPBOT_GENERATION_TIME_BUDGET", "soon", "a positive float"),
        ("SHOPBOT_GENERATION_MAX_TOKENS", "1.5", "a positive int"),
        ("SHOPBOT_GENERATION_THREADS", "-1", "a positive int"),
    ],
)
def test_bad_values_name_the_variable(key, value, match) -> None:
    with pytest.raises(ConfigError, match=key) as info:
        GenerationSettings.from_env({key: value})
    assert match in str(info.value)
