"""The chain end to end on the demo shop's FAQ index and database.

Generators: the tiny SmolLM2 (real model; its output is whatever it is, so the
tests assert the chain's guarantees, not its wording) and a real local HTTP
endpoint with scripted replies (adversarial model outputs).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.generation.guardrail import Guardrail
from bot.generation.openai_compatible import OpenAICompatibleGenerator
from bot.generation.service import build_answerer

SELFIE = "How far away does the remote of the Xiaomi selfie stick tripod work?"
SELFIE_SOURCE = "product:PA-0061"


@pytest.fixture(scope="module")
def make_chain(shop_settings, shop_services, e5):
    faq, searcher = shop_services

    def make(strategy="extractive", generator=None, budget=60.0):
        options = replace(
            shop_settings.generation,
            strategy=strategy,
            time_budget=budget,
            max_new_tokens=24,
        )
        settings = replace(shop_settings, generation=options)
        return build_answerer(settings, faq, searcher, e5, generator)

    return make


@pytest.mark.parametrize(
    "question,language,kind,source,fact",
    [
        (
            "How do I reset my password?",
            "en",
            "faq",
            "faq:password_reset",
            "30 minutes",
        ),
        ("怎么重置密码", "zh", "faq", "faq:password_reset", "30分钟"),
        (SELFIE, "en", "extractive", SELFIE_SOURCE, "10 m"),
    ],
)
def test_extractive_answers_quote_the_source(
    make_chain, question, language, kind, source, fact
) -> None:
    answer = make_chain().answer(question, language)
    assert (answer.kind, [s.id for s in answer.sources]) == (kind, [source])
    assert fact in answer.text and answer.sources[0].title


@pytest.mark.parametrize(
    "question,language",
    [
        ("Can you write a love letter for me?", "en"),
        ("你们老板是谁", "zh"),
        ("  ", "en"),
    ],
)
def test_unanswerable_questions_get_no_answer(make_chain, question, language) -> None:
    answer = make_chain().answer(question, language)
    assert not answer.answered and answer.text == "" and answer.sources == ()
    assert answer.reason in ("not_supported", "empty")


@pytest.mark.parametrize(
    "question,language,entry",
    [
        ("Can I use two gift cards on the same order?", "en", "gift_cards"),
        ("退款的时候，下单时抵扣掉的积分会还给我吗", "zh", "membership_points"),
    ],
)
def test_no_answer_suggests_the_nearest_faq_entries(
    make_chain, question, language, entry
) -> None:
    chain = make_chain()
    answer = chain.answer(question, language)
    assert not answer.answered
    assert entry in answer.suggestions
    assert 1 <= len(answer.suggestions) <= chain.max_suggestions == 3


def test_suggestions_are_for_near_questions_only(make_chain) -> None:
    chain = make_chain()
    assert chain.answer("Can you write a love letter for me?", "en").suggestions == ()
    answered = chain.answer("How do I reset my password?", "en")
    assert answered.answered and answered.suggestions == ()
    chain.max_suggestions = 0  # SHOPBOT_FAQ_SUGGESTIONS=0
    gift_cards = chain.answer("Can I use two gift cards on the same order?", "en")
    assert not gift_cards.answered and gift_cards.suggestions == ()


def test_rephrase_with_smollm2_is_grounded_or_falls_back_to_the_quote(
    make_chain, smollm2, shop_names
) -> None:
    answer = make_chain("rephrase", smollm2).answer(SELFIE, "en")
    assert answer.kind in ("generated", "extractive")
    assert [s.id for s in answer.sources] == [SELFIE_SOURCE]
    if answer.kind == "generated":
        assert Guardrail(shop_names).check(answer.text, answer.passages, "en").ok
    else:
        assert "10 m" in answer.text and answer.reason


def test_generate_with_smollm2_is_grounded_or_nothing(make_chain, smollm2, shop_names):
    answer = make_chain("generate", smollm2).answer("怎么重置密码", "zh")
    if answer.kind == "faq":  # a clear FAQ hit is never reworded
        return
    assert answer.kind in ("generated", "none")
    if answer.answered:
        assert Guardrail(shop_names).check(answer.text, answer.passages, "zh").ok
    else:
        assert answer.reason.split(":")[0] in ("rejected", "declined", "timeout")


def test_time_budget_expiry_moves_on(make_chain, smollm2) -> None:
    quote = make_chain("rephrase", smollm2, budget=0.001).answer(SELFIE, "en")
    assert (quote.kind, quote.reason) == ("extractive", "timeout")
    nothing = make_chain("generate", smollm2, budget=0.001).answer(SELFIE, "en")
    assert (nothing.kind, nothing.reason) == ("none", "timeout")


@pytest.mark.parametrize(
    "reply,kind,reason",
    [
        ("The remote works up to 10 m away [1].", "generated", ""),
        ("The remote works up to 25 m away [1].", "extractive", "rejected:number:25"),
        (
            "The Sony remote works up to 10 m away [1].",
            "extractive",
            "rejected:name:Sony",
        ),
        ("The remote works up to 10 m away.", "generated", ""),  # [1] is implied
        ("遥控器10米内都能用 [1]。", "extractive", "rejected:language"),
        ("NO_ANSWER", "extractive", "declined"),
    ],
)
def test_rephrase_keeps_only_grounded_model_output(
    make_chain, chat_server, reply, kind, reason
) -> None:
    chat_server.say(reply)
    generator = OpenAICompatibleGenerator(chat_server.url, "scripted")
    answer = make_chain("rephrase", generator).answer(SELFIE, "en")
    assert answer.kind == kind and answer.reason.startswith(reason)
    assert [s.id for s in answer.sources] == [SELFIE_SOURCE]
    assert "up to 10 m away" in answer.text


@pytest.mark.parametrize(
    "reply,kind,reason",
    [
        ("Up to 10 m [1].", "generated", ""),
        ("Up to 15 m [1].", "none", "rejected:number:15"),
        ("Up to 10 m [7].", "none", "rejected:unknown_citation:7"),
        ("Up to 10 m.", "none", "rejected:no_citation"),
    ],
)
def test_generate_answers_only_with_grounded_output(
    make_chain, chat_server, reply, kind, reason
) -> None:
    chat_server.say(reply)
    generator = OpenAICompatibleGenerator(chat_server.url, "scripted")
    answer = make_chain("generate", generator).answer(SELFIE, "en")
    assert answer.kind == kind and answer.reason.startswith(reason)
    prompt = chat_server.requests[0]["body"]["messages"][1]["content"]
    assert prompt.startswith("Passages:\n[1] Xiaomi Bluetooth Selfie Stick Tripod")
    if kind == "generated":
        assert [s.id for s in answer.sources] == [SELFIE_SOURCE]


def test_generator_failure_falls_back(make_chain, unreachable_url) -> None:
    generator = OpenAICompatibleGenerator(unreachable_url, "m")
    quote = make_chain("rephrase", generator).answer(SELFIE, "en")
    assert (quote.kind, quote.reason) == ("extractive", "error")
    nothing = make_chain("generate", generator).answer(SELFIE, "en")
    assert (nothing.kind, nothing.reason) == ("none", "error")


def test_unknown_strategy_is_refused(make_chain) -> None:
    with pytest.raises(ValueError, match="Unknown strategy 'guess'"):
        make_chain("guess")
