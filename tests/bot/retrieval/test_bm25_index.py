import pytest

from bot.exceptions import RetrievalIndexError
from bot.retrieval.bm25_index import Bm25Index

CORPUS = [
    ("xr200", "XR-200 action camera, waterproof to 10 m"),
    ("xr200", "XR-200 运动相机 防水"),
    ("xr2000", "XR-2000 drone with 4k camera"),
    ("mi10", "小米10 手机 8GB 256GB"),
    ("mi11", "小米11 手机壳 红色"),
    ("redmi", "红米 Note 10 phone case"),
]


@pytest.fixture(scope="module")
def index() -> Bm25Index:
    return Bm25Index.build([t for _, t in CORPUS], [d for d, _ in CORPUS])


@pytest.mark.parametrize(
    "query,expected",
    [
        ("XR-200", "xr200"),
        ("is the xr-200 waterproof?", "xr200"),
        ("XR-2000 drone", "xr2000"),
        ("小米10", "mi10"),
        ("小米10有货吗？", "mi10"),
        ("小米11的手机壳", "mi11"),
    ],
)
def test_exact_tokens_rank_the_right_doc_first(index, query, expected) -> None:
    results = index.search(query, k=3)
    assert results[0][0] == expected
    assert [s for _, s in results] == sorted((s for _, s in results), reverse=True)


def test_rows_sharing_an_id_give_one_result_per_doc(index) -> None:
    results = index.search("xr-200 camera 相机", k=10)
    ids = [d for d, _ in results]
    assert len(ids) == len(set(ids))
    assert ids[0] == "xr200"


@pytest.mark.parametrize(
    "query,k", [("", 5), ("   ", 5), ("？！", 5), ("unrelated words", 5), ("XR-200", 0)]
)
def test_empty_query_no_match_or_k0_give_nothing(index, query, k) -> None:
    assert index.search(query, k) == []


def test_empty_index_gives_nothing(tmp_path) -> None:
    empty = Bm25Index.build([], [])
    assert len(empty) == 0 and empty.search("XR-200") == []
    empty.save(tmp_path)
    assert Bm25Index.load(tmp_path).search("XR-200") == []


def test_save_load_round_trip(index, tmp_path) -> None:
    index.save(tmp_path / "bm25")
    loaded = Bm25Index.load(tmp_path / "bm25")
    assert loaded.doc_ids == index.doc_ids
    for query in ["XR-200", "小米10有货吗", "phone case"]:
        assert loaded.search(query, 5) == index.search(query, 5)


def test_load_errors_say_how_to_fix(tmp_path) -> None:
    with pytest.raises(RetrievalIndexError, match="shopbot index"):
        Bm25Index.load(tmp_path / "missing")
    (tmp_path / "bm25_meta.json").write_text("{not json")
    with pytest.raises(RetrievalIndexError, match="Corrupt"):
        Bm25Index.load(tmp_path)


def test_build_rejects_mismatched_ids() -> None:
    with pytest.raises(RetrievalIndexError, match="one id per text"):
        Bm25Index.build(["a", "b"], ["only-one"])
