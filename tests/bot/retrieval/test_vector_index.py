import json

import numpy as np
import pytest

from bot.exceptions import RetrievalIndexError
from bot.retrieval.vector_index import VectorIndex


def _unit(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    x = rng.normal(size=(n, d)).astype("float32")
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize("n,d,k", [(1, 4, 1), (50, 16, 5), (500, 32, 10)])
def test_search_matches_brute_force_oracle(n: int, d: int, k: int) -> None:
    rng = np.random.default_rng(n)
    vectors, queries = _unit(rng, n, d), _unit(rng, 7, d)
    ids = [f"doc{i}" for i in range(n)]
    index = VectorIndex.build(vectors, ids, "test-model")
    results = index.search(queries, k)
    scores = queries @ vectors.T
    for q, row in enumerate(results):
        expected = np.argsort(-scores[q])[: min(k, n)]
        assert [doc for doc, _ in row] == [ids[i] for i in expected]
        np.testing.assert_allclose([s for _, s in row], scores[q][expected], rtol=1e-5)


def test_round_trip_keeps_results_and_metadata(tmp_path) -> None:
    rng = np.random.default_rng(0)
    vectors = _unit(rng, 20, 8)
    index = VectorIndex.build(vectors, [str(i % 5) for i in range(20)], "m")
    index.save(tmp_path / "idx")
    loaded = VectorIndex.load(tmp_path / "idx", "m", 8)
    assert loaded.meta.doc_ids == index.meta.doc_ids
    assert loaded.meta.index_type == "flat_ip"
    assert loaded.search(vectors[:3], 4) == index.search(vectors[:3], 4)


@pytest.mark.parametrize("model,dim", [("other-model", 8), ("m", 16)])
def test_model_or_dimension_mismatch_says_rebuild(
    tmp_path, model: str, dim: int
) -> None:
    VectorIndex.build(_unit(np.random.default_rng(1), 3, 8), list("abc"), "m").save(
        tmp_path
    )
    with pytest.raises(RetrievalIndexError, match="rebuild"):
        VectorIndex.load(tmp_path, model, dim)


def test_missing_or_corrupt_index_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(RetrievalIndexError, match="shopbot index"):
        VectorIndex.load(tmp_path, "m", 8)
    VectorIndex.build(_unit(np.random.default_rng(1), 3, 8), list("abc"), "m").save(
        tmp_path
    )
    (tmp_path / "meta.json").write_text(json.dumps({"model_id": "m"}))
    with pytest.raises(RetrievalIndexError, match="Corrupt"):
        VectorIndex.load(tmp_path, "m", 8)


def test_empty_index_returns_no_results() -> None:
    index = VectorIndex.build(np.zeros((0, 4), dtype="float32"), [], "m")
    assert index.search(np.ones((2, 4), dtype="float32"), 3) == [[], []]


def test_query_dimension_mismatch_is_an_error() -> None:
    index = VectorIndex.build(_unit(np.random.default_rng(2), 3, 8), list("abc"), "m")
    with pytest.raises(RetrievalIndexError, match="dimension"):
        index.search(np.ones((1, 4), dtype="float32"), 1)
