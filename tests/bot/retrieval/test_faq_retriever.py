import pytest

from bot.db.views import FaqView
from bot.retrieval.faq_retriever import FaqRetriever, build_faq_index

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
        category="password",
        questions_en=("How do I reset my password?", "I forgot my password"),
        questions_zh=("忘记密码怎么办", "怎么重置密码"),
        answer_en="Use the reset link.",
        answer_zh="请使用重置链接。",
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
def retriever(e5) -> FaqRetriever:
    return FaqRetriever(build_faq_index(FAQ, e5), e5, threshold=0.85, margin=0.0)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("is shipping free?", "free_shipping"),
        ("包邮吗", "free_shipping"),
        ("i can't remember my password", "password_reset"),
        ("密码忘了", "password_reset"),
        ("do you take wechat pay", "payment_methods"),
        ("能用微信付款吗", "payment_methods"),
    ],
)
def test_paraphrases_in_both_languages_find_their_entry(
    retriever, question, expected
) -> None:
    hits = retriever.rank(question)
    assert hits[0].faq_id == expected
    assert hits[0].runner_up_score < hits[0].score
    assert [h.faq_id for h in hits] == list(dict.fromkeys(h.faq_id for h in hits))


@pytest.mark.parametrize("question", ["", "   ", "what's the weather in Paris?"])
def test_no_answer_below_threshold_or_for_empty_text(retriever, question) -> None:
    assert retriever.answer(question) is None


def test_suggestions_are_distinct_entries_above_the_floor(retriever) -> None:
    question = "is it free to pay by alipay?"
    ranked = [(h.faq_id, h.score) for h in retriever.rank(question)]
    floor = ranked[1][1]  # the runner-up's score: two entries clear it
    assert retriever.suggestions(question, floor, 3) == [f for f, _ in ranked[:2]]
    assert retriever.suggestions(question, floor, 1) == [ranked[0][0]]
    assert retriever.suggestions(question, 1.01, 3) == []
    assert retriever.suggestions(question, 0.0, 0) == []
    assert retriever.suggestions("  ", 0.0, 3) == []


def test_margin_refuses_ambiguous_answers(retriever, e5) -> None:
    strict = FaqRetriever(retriever.index, e5, threshold=0.0, margin=1.0)
    assert strict.answer("is shipping free?") is None
    assert retriever.answer("is shipping free?").faq_id == "free_shipping"


def test_persisted_index_round_trip(retriever, e5, tmp_path) -> None:
    retriever.index.save(tmp_path / "faq")
    loaded = FaqRetriever.load(tmp_path, e5, threshold=0.85, margin=0.0)
    assert loaded.rank("包邮吗")[0] == retriever.rank("包邮吗")[0]


def test_answers_are_indexed_as_rows_of_their_entry(e5) -> None:
    index = build_faq_index(FAQ, e5)
    phrasings = sum(len(e.questions_en) + len(e.questions_zh) for e in FAQ)
    assert len(index) == phrasings + 2 * len(FAQ)
    assert len(build_faq_index(FAQ, e5, include_answers=False)) == phrasings
