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


@pytest.fixture(scope="module")
def ann_data() -> tuple:
    rng = np.random.default_rng(42)
    vectors, queries = _unit(rng, 5000, 32), _unit(rng, 50, 32)
    truth = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    return vectors, queries, truth


@pytest.mark.parametrize(
    "index_type,params,stored",
    [
        ("flat", {}, "flat_ip"),
        ("hnsw", {"efSearch": 128}, "hnsw"),
        # uniform random vectors have no clusters: IVF must visit half the cells
        ("ivf", {"nlist": 64, "nprobe": 32}, "ivf"),
    ],
)
def test_index_types_reach_recall_against_numpy_oracle(
    ann_data: tuple, index_type: str, params: dict, stored: str
) -> None:
    vectors, queries, truth = ann_data
    ids = [str(i) for i in range(len(vectors))]
    index = VectorIndex.build(vectors, ids, "m", index_type=index_type, params=params)
    assert index.meta.index_type == stored
    found = [{int(doc) for doc, _ in row} for row in index.search(queries, 10)]
    recall = np.mean([len(f & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
    assert recall >= 0.9


def test_auto_is_exact_up_to_the_limit_then_ivf(monkeypatch) -> None:
    from bot.retrieval import vector_index

    vectors = _unit(np.random.default_rng(3), 400, 8)
    ids = [str(i) for i in range(400)]
    assert VectorIndex.build(vectors, ids, "m").meta.index_type == "flat_ip"
    monkeypatch.setattr(vector_index, "EXACT_LIMIT", 399)
    index = VectorIndex.build(vectors, ids, "m")
    assert index.meta.index_type == "ivf"
    assert index.meta.params == {
        "nlist": vector_index.default_nlist(400),
        "nprobe": vector_index.IVF_NPROBE,
    }


@pytest.mark.parametrize(
    "index_type,params,knob",
    [("hnsw", {"M": 8, "efSearch": 77}, "efSearch"), ("ivf", {"nprobe": 5}, "nprobe")],
)
def test_round_trip_keeps_index_type_and_search_params(
    tmp_path, index_type: str, params: dict, knob: str
) -> None:
    vectors = _unit(np.random.default_rng(4), 2000, 16)
    ids = [str(i) for i in range(2000)]
    index = VectorIndex.build(vectors, ids, "m", index_type=index_type, params=params)
    index.save(tmp_path)
    loaded = VectorIndex.load(tmp_path, "m", 16)
    assert loaded.meta.index_type == index_type
    assert loaded.meta.params == index.meta.params
    native = loaded._index.hnsw.efSearch if knob == "efSearch" else loaded._index.nprobe
    assert native == params[knob]
    assert loaded.search(vectors[:5], 10) == index.search(vectors[:5], 10)


def test_set_search_params_is_persisted(tmp_path) -> None:
    vectors = _unit(np.random.default_rng(5), 1000, 8)
    index = VectorIndex.build(vectors, [str(i) for i in range(1000)], "m", "ivf")
    index.set_search_params(nprobe=3, ef_search=99)  # ef_search: not an HNSW index
    index.save(tmp_path)
    loaded = VectorIndex.load(tmp_path, "m", 8)
    assert loaded._index.nprobe == 3
    assert "efSearch" not in loaded.meta.params


@pytest.mark.parametrize("index_type", ["flat", "hnsw"])
def test_old_format_meta_without_params_still_loads(tmp_path, index_type) -> None:
    from bot.retrieval.vector_index import HNSW_EF_SEARCH

    vectors = _unit(np.random.default_rng(6), 300, 8)
    ids = [str(i) for i in range(300)]
    index = VectorIndex.build(vectors, ids, "m", index_type=index_type)
    index.save(tmp_path)
    meta = json.loads((tmp_path / "meta.json").read_text())
    del meta["params"]  # as written before index types had parameters
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    loaded = VectorIndex.load(tmp_path, "m", 8)
    assert loaded.meta.params == {}
    assert loaded.meta.index_type == index.meta.index_type
    if index_type == "hnsw":
        assert loaded._index.hnsw.efSearch == HNSW_EF_SEARCH
    assert loaded.search(vectors[:3], 5) == index.search(vectors[:3], 5)


@pytest.mark.parametrize(
    "kwargs,match",
    [
        ({"index_type": "annoy"}, "index_type"),
        ({"index_type": "hnsw", "params": {"nprobe": 4}}, "Unknown hnsw"),
        ({"index_type": "ivf", "params": {"nlist": 10_000}}, "nlist"),
    ],
)
def test_bad_index_options_are_clear_errors(kwargs: dict, match: str) -> None:
    vectors = _unit(np.random.default_rng(7), 100, 8)
    with pytest.raises(RetrievalIndexError, match=match):
        VectorIndex.build(vectors, [str(i) for i in range(100)], "m", **kwargs)


@pytest.mark.parametrize("index_type", ["flat", "hnsw", "ivf"])
def test_vectors_gives_back_the_rows(index_type: str) -> None:
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(300, 16)).astype("float32")
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"d{i}" for i in range(300)]
    index = VectorIndex.build(vectors, ids, "m", index_type=index_type)
    np.testing.assert_allclose(index.vectors(), vectors, atol=1e-6)
