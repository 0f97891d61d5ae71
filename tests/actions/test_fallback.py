"""action_grounded_fallback on the demo shop (var/: database and indexes)."""

from __future__ import annotations

import asyncio
import os

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from actions import fallback  # noqa: E402
from bot.exceptions import DatabaseError  # noqa: E402
from bot.generation.chain import GroundedAnswer, Source  # noqa: E402


def _tracker(text: str, language: str = "en", intent: str = "nlu_fallback") -> Tracker:
    message = {"text": text, "intent": {"name": intent}, "entities": []}
    return Tracker("s", {"language": language}, message, [], False, None, {}, "")


def _run(tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(fallback.ActionGroundedFallback().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


@pytest.fixture(scope="module")
def demo_shop(demo_shop) -> None:
    """The action's own lazily built chain, over the repository's var/."""
    fallback.grounded_answerer()


def test_answer_from_the_faq_with_its_source(demo_shop) -> None:
    [message], events = _run(_tracker("How do I reset my password?"))
    assert message["response"] == "utter_grounded_answer" and events == []
    assert "30 minutes" in message["answer"]
    assert message["sources"] == "[1] How do I reset my password?"


def test_chinese_question_gets_chinese_answer_and_source(demo_shop) -> None:
    [message], _ = _run(_tracker("怎么重置密码", "zh"))
    assert message["response"] == "utter_grounded_answer"
    assert "30分钟" in message["answer"] and message["sources"].startswith("[1] ")


def _followup(events) -> str:
    [event] = events
    assert event["event"] == "followup"
    return event["name"]


def test_question_the_shop_cannot_answer_offers_a_human(demo_shop) -> None:
    messages, events = _run(
        _tracker("Can you write a love letter for me?", intent="out_of_scope")
    )
    # the offer is an action of its own: the rules hand over on a "yes"
    assert messages == [] and _followup(events) == "utter_no_answer"


@pytest.mark.parametrize(
    "text,language,question",
    [
        (
            "Can I use two gift cards on the same order?",
            "en",
            "What gift cards do you offer?",
        ),
        ("退款的时候，下单时抵扣掉的积分会还给我吗", "zh", "积分怎么算？"),
    ],
)
def test_near_question_offers_faq_questions_then_a_human(
    demo_shop, text: str, language: str, question: str
) -> None:
    [message], events = _run(_tracker(text, language))
    assert message["response"] == "utter_did_you_mean"
    titles = [b["title"] for b in message["buttons"]]
    assert question in titles and 1 <= len(titles) <= 3
    # a tap sends the entry's own question, in the shopper's language
    assert all(b["payload"] == b["title"] for b in message["buttons"])
    assert _followup(events) == "utter_no_answer_suggested"


def test_empty_message_asks_to_rephrase() -> None:
    [message], _ = _run(_tracker(""))
    assert message["response"] == "utter_default"


def test_a_failing_chain_still_answers_honestly(monkeypatch) -> None:
    class Broken:
        def answer(self, text: str, language: str) -> GroundedAnswer:
            raise DatabaseError("database is down")

    monkeypatch.setattr(fallback, "grounded_answerer", lambda: Broken())
    messages, events = _run(_tracker("How do I reset my password?"))
    assert messages == [] and _followup(events) == "utter_no_answer"


def test_sources_text_per_language() -> None:
    answer = GroundedAnswer(
        "generated",
        "Free over 99 元 [1], 20 元 express [2].",
        (
            Source(1, "faq:a", "Do you offer free shipping?"),
            Source(2, "faq:b", "Express?"),
        ),
    )
    assert fallback.sources_text(answer, "en") == (
        "[1] Do you offer free shipping?; [2] Express?"
    )
    assert fallback.sources_text(answer, "zh") == (
        "[1] Do you offer free shipping?；[2] Express?"
    )
