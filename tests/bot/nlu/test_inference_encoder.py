"""The lean serving forward gives the states of the Hugging Face encoder it replaces."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from transformers import BertConfig, BertModel

from bot.models.quantization import CPU_ENGINES, quantize_linears
from bot.nlu.inference_encoder import InferenceEncoder, inference_encoder


def _bert(**overrides: object) -> BertModel:
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=120,
        hidden_size=32,
        num_hidden_layers=3,
        num_attention_heads=4,
        intermediate_size=64,
        max_position_embeddings=40,
        **overrides,
    )
    return BertModel(config, add_pooling_layer=False).eval()


def _states(encoder: nn.Module, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    with torch.inference_mode():
        return encoder(input_ids=ids, attention_mask=mask).last_hidden_state


def test_same_states_as_the_encoder_on_one_message() -> None:
    bert = _bert()
    ids = torch.tensor([[2, 17, 45, 99, 3, 8, 1]])
    mask = torch.ones_like(ids)
    expected = _states(bert, ids, mask)
    got = _states(inference_encoder(bert), ids, mask)
    assert torch.allclose(got, expected, atol=1e-5)


def test_padding_is_masked_like_the_encoder_does() -> None:
    bert = _bert()
    ids = torch.tensor([[2, 17, 45, 99, 3], [2, 60, 3, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    lean = inference_encoder(bert)
    got = _states(lean, ids, mask)
    assert torch.allclose(got, _states(bert, ids, mask), atol=1e-5)
    # the short message's states do not depend on the padding next to it
    alone = _states(lean, ids[1:, :3], mask[1:, :3])
    assert torch.allclose(got[1, :3], alone[0], atol=1e-5)


def test_weights_are_shared_and_query_key_value_fused() -> None:
    bert = _bert()
    lean = inference_encoder(bert)
    assert isinstance(lean, InferenceEncoder)
    assert lean.get_input_embeddings() is bert.embeddings.word_embeddings
    layer = bert.encoder.layer[0]
    assert lean.layers[0].ffn_in is layer.intermediate.dense
    assert lean.layers[0].qkv.weight.shape == (3 * 32, 32)
    key = layer.attention.self.key.weight
    assert torch.equal(lean.layers[0].qkv.weight[32:64], key)


@pytest.mark.parametrize(
    "overrides",
    [
        {"position_embedding_type": "relative_key"},
        {"hidden_act": "relu"},
        {"is_decoder": True},
    ],
)
def test_other_architectures_keep_their_own_forward(overrides: dict) -> None:
    assert inference_encoder(_bert(**overrides)) is None


def test_a_module_that_is_no_encoder_is_left_alone() -> None:
    assert inference_encoder(nn.Linear(4, 4)) is None


@pytest.mark.skipif(
    not set(CPU_ENGINES) & set(torch.backends.quantized.supported_engines),
    reason="torch has no x86/fbgemm quantized engine here",
)
def test_float16_weights_stay_close() -> None:
    bert = _bert()
    ids = torch.tensor([[2, 17, 45, 99, 3]])
    mask = torch.ones_like(ids)
    lean = quantize_linears(inference_encoder(bert), "float16")
    assert torch.allclose(_states(lean, ids, mask), _states(bert, ids, mask), atol=1e-2)
