"""Fine-tuning of the joint model: float32 and bfloat16 autocast training."""

from __future__ import annotations

import math

import pytest
import torch
from transformers import BertConfig, BertModel

from bot.nlu.joint_model import JointModel
from bot.nlu.training import Encoded, TrainingParams, fine_tune


def _tiny_model() -> JointModel:
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
    )
    return JointModel(BertModel(config, add_pooling_layer=False), 2, 3, dropout=0.0)


def _examples() -> list[Encoded]:
    # intent 0 says token 5, intent 1 says token 6; token 7 is tagged B (1)
    return [
        Encoded([1, 5, 7, 2], 0, [-100, 0, 1, -100]),
        Encoded([1, 6, 8, 9, 2], 1, [-100, 0, 0, 0, -100]),
    ] * 8


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_training_learns_and_keeps_float32_weights(dtype: str) -> None:
    model = _tiny_model()
    params = TrainingParams(
        epochs=6,
        batch_size=4,
        learning_rate=5e-3,
        head_learning_rate=5e-3,
        weight_decay=0.0,
        warmup_fraction=0.0,
        entity_loss_weight=1.0,
        seed=0,
        dtype=dtype,
    )
    losses = fine_tune(model, _examples(), params, 0, torch.device("cpu"))
    assert all(math.isfinite(loss) for loss in losses)
    assert losses[-1] < losses[0] / 2
    # autocast computes in bf16 but the trained weights stay float32
    assert {p.dtype for p in model.parameters()} == {torch.float32}
