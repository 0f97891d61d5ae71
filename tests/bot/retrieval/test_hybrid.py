import pytest

from bot.db.views import FaqView
from bot.exceptions import ConfigError
from bot.retrieval.faq_retriever import FAQ_INDEX, FaqRetriever, build_faq_index
from bot.retrieval.hybrid import (
    FAQ_BM25_INDEX,
    HybridFaqRetriever,
    aggregate_rows,
    build_faq_indexes,
    faq_rows,
    min_max,
    reciprocal_rank_fusion,
    weighted_fusion,
)


def test_rrf_matches_hand_computed_example() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "c", "d"]], k=60)
    expected = {
        "a": 1 / 61,
        "b": 1 / 62 + 1 / 61,
        "c": 1 / 63 + 1 / 62,
        "d": 1 / 63,
    }
    assert [d for d, _ in fused] == ["b", "c", "a", "d"]
    for doc_id, score in fused:
        assert score == pytest.approx(expected[doc_id])


@pytest.mark.parametrize("rankings", [[], [[]], [[], []]])
def test_rrf_of_nothing_is_empty(rankings) -> None:
    assert reciprocal_rank_fusion(rankings) == []


@pytest.mark.parametrize(
    "scores,expected",
    [
        ({"a": 0.9, "b": 0.7, "c": 0.5}, {"a": 1.0, "b": 0.5, "c": 0.0}),
        ({"a": 3.0, "b": 3.0}, {"a": 1.0, "b": 1.0}),
        ({}, {}),
    ],
)
def test_min_max_normalization(scores, expected) -> None:
    assert min_max(scores) == pytest.approx(expected)


def test_weighted_fusion_normalizes_each_system() -> None:
    dense = {"a": 0.9, "b": 0.7, "c": 0.5}  # → a 1, b 0.5, c 0
    lexical = {"b": 10.0, "c": 4.0}  # → b 1, c 0; a missing = 0
    fused = dict(weighted_fusion([dense, lexical], [0.5, 0.5]))
    assert fused == pytest.approx({"a": 0.5, "b": 0.75, "c": 0.0})
    assert [d for d, _ in weighted_fusion([dense, lexical], [1.0, 0.0])][0] == "a"
    with pytest.raises(ValueError, match="weights"):
        weighted_fusion([dense], [0.5, 0.5])


@pytest.mark.parametrize(
    "how,expected",
    [("max", {"x": 0.9, "y": 0.4}), ("mean2", {"x": 0.8, "y": 0.4})],
)
def test_aggregate_rows(how, expected) -> None:
    rows = [("x", 0.9), ("y", 0.4), ("x", 0.7), ("x", 0.1)]
    assert aggregate_rows(rows, how) == pytest.approx(expected)
    with pytest.raises(ConfigError, match="aggregation"):
        aggregate_rows(rows, "median")


FAQ = [
    FaqView(
        id="free_shipping",
        category="shipping",
        questions_en=("Do you offer free shipping?", "Is delivery free?"),
        questions_zh=("你们包邮吗？", "运费多少钱"),
        answer_en="Free over 99 yuan.",
        answer_zh="满99元包邮。",
    ),
    FaqView(
        id="password_reset",
        category="account",
        questions_en=("How do I reset my password?", "I forgot my password"),
        questions_zh=("忘记密码怎么办", "怎么重置密码"),
        answer_en="Use the reset link.",
        answer_zh="请使用重置链接。",
    ),
    FaqView(
        id="xr200_warranty",
        category="warranty",
        questions_en=("How long is the XR-200 warranty?",),
        questions_zh=("XR-200保修多久",),
        answer_en="Two years.",
        answer_zh="两年。",
    ),
    FaqView(
        id="payment_methods",
        category="payment",
        questions_en=("Which payment methods do you accept?", "Can I pay with Alipay?"),
        questions_zh=("支持哪些付款方式", "可以用支付宝吗"),
        answer_en="Alipay, WeChat Pay, cards.",
        answer_zh="支付宝、微信支付、银行卡。",
    ),
]


@pytest.fixture(scope="module")
def indexes(e5):
    return build_faq_indexes(FAQ, e5)


def test_faq_rows_optionally_include_answers() -> None:
    texts, ids = faq_rows(FAQ[:1])
    assert len(texts) == len(ids) == 4 and set(ids) == {"free_shipping"}
    texts, ids = faq_rows(FAQ[:1], include_answers=True)
    assert texts[-2:] == ["Free over 99 yuan.", "满99元包邮。"] and len(ids) == 6


@pytest.mark.parametrize("fusion", ["rrf", "weighted", "dense"])
@pytest.mark.parametrize(
    "question,expected",
    [
        ("is shipping free?", "free_shipping"),
        ("包邮吗", "free_shipping"),
        ("密码忘了", "password_reset"),
        ("能用微信付款吗", "payment_methods"),
        ("warranty of the XR-200", "xr200_warranty"),
    ],
)
def test_hybrid_ranks_paraphrases_first(indexes, e5, fusion, question, expected):
    retriever = HybridFaqRetriever(*indexes, e5, threshold=0.85, fusion=fusion)
    hits = retriever.rank(question)
    assert hits[0].faq_id == expected
    assert [h.faq_id for h in hits] == list(dict.fromkeys(h.faq_id for h in hits))
    assert [h.fused for h in hits] == sorted((h.fused for h in hits), reverse=True)


@pytest.mark.parametrize("question", ["is shipping free?", "忘记密码了", "XR-200"])
def test_hit_score_is_the_dense_cosine_of_the_entry(indexes, e5, question) -> None:
    phrasings = build_faq_index(FAQ, e5, include_answers=False)
    dense = FaqRetriever(phrasings, e5, threshold=0.0, margin=0.0)
    cosines = {h.faq_id: h.score for h in dense.rank(question)}
    for hit in HybridFaqRetriever(*indexes, e5, threshold=0.0).rank(question):
        assert hit.score == pytest.approx(cosines[hit.faq_id], abs=1e-5)


@pytest.mark.parametrize("question", ["", "   ", "what's the weather in Paris?"])
def test_no_answer_below_threshold_or_for_empty_text(indexes, e5, question) -> None:
    retriever = HybridFaqRetriever(*indexes, e5, threshold=0.85)
    assert retriever.answer(question) is None


def test_answer_and_fused_margin(indexes, e5) -> None:
    assert HybridFaqRetriever(*indexes, e5, 0.85).answer("包邮吗").faq_id == (
        "free_shipping"
    )
    strict = HybridFaqRetriever(*indexes, e5, threshold=0.0, margin=10.0)
    assert strict.answer("包邮吗") is None


@pytest.mark.parametrize(
    "option,value",
    [("fusion", "sum"), ("aggregation", "median"), ("dense_weight", 1.5)],
)
def test_bad_options_name_the_key(indexes, e5, option, value) -> None:
    with pytest.raises(ConfigError, match=option):
        HybridFaqRetriever(*indexes, e5, 0.85, **{option: value})


def test_persisted_indexes_round_trip(indexes, e5, tmp_path) -> None:
    index, bm25 = indexes
    index.save(tmp_path / FAQ_INDEX)
    bm25.save(tmp_path / FAQ_BM25_INDEX)
    loaded = HybridFaqRetriever.load(tmp_path, e5, 0.85, fusion="weighted")
    original = HybridFaqRetriever(index, bm25, e5, 0.85, fusion="weighted")
    assert loaded.rank("包邮吗") == original.rank("包邮吗")
