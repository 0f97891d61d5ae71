"""The transformers backend with the tiny SmolLM2 model (loaded once per session)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import torch

from bot.exceptions import ConfigError
from bot.generation.generator import Generator, make_generator
from bot.generation.local import TransformersGenerator, deadline_criteria
from bot.generation.openai_compatible import OpenAICompatibleGenerator
from bot.models.resolver import resolve_model
from bot.settings import GenerationSettings

MESSAGES = [
    {"role": "system", "content": "Answer briefly."},
    {"role": "user", "content": "Write a long story about a shop."},
]


def test_converted_folder_holds_weights_tokenizer_and_chat_template(smollm2) -> None:
    folder = Path(resolve_model("smollm2-bf16"))
    assert (folder / "model.safetensors").is_file()
    assert (folder / "tokenizer.json").is_file()
    assert json.loads((folder / "config.json").read_text())["dtype"] == "bfloat16"
    assert (folder / "chat_template.jinja").is_file()


def test_generates_greedily_within_the_token_limit(smollm2) -> None:
    first = smollm2.generate(MESSAGES, max_new_tokens=8, time_budget=60.0)
    second = smollm2.generate(MESSAGES, max_new_tokens=8, time_budget=60.0)
    assert isinstance(smollm2, Generator)
    assert first.text and first.text == second.text  # greedy: deterministic
    assert 0 < first.new_tokens <= 8 and not first.timed_out


def test_generation_stops_when_the_time_budget_runs_out(smollm2) -> None:
    result = smollm2.generate(MESSAGES, max_new_tokens=400, time_budget=0.01)
    assert result.timed_out
    assert result.new_tokens < 400


def test_deadline_criteria_fires_only_after_the_deadline() -> None:
    ids = torch.zeros((2, 3), dtype=torch.long)
    later = deadline_criteria(time.monotonic() + 3600)
    assert not later(ids, None).any() and not later.fired
    past = deadline_criteria(time.monotonic() - 1)
    assert past(ids, None).all() and past.fired


def test_unknown_dtype_is_refused() -> None:
    with pytest.raises(Exception, match="Unknown dtype 'float8'"):
        TransformersGenerator("smollm2-bf16", dtype="float8")


def test_factory_follows_the_settings() -> None:
    assert make_generator(GenerationSettings(backend="none")) is None
    local = make_generator(GenerationSettings(model="smollm2-bf16", threads=2))
    assert isinstance(local, TransformersGenerator) and local.threads == 2
    assert local._model is None  # nothing loads before the first generation
    remote = make_generator(
        GenerationSettings(backend="openai", endpoint="http://h:8000/v1", model="m")
    )
    assert isinstance(remote, OpenAICompatibleGenerator)
    with pytest.raises(ConfigError, match="SHOPBOT_GENERATION_ENDPOINT"):
        make_generator(GenerationSettings(backend="openai"))
