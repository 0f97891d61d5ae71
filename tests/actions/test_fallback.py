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


def test_question_the_shop_cannot_answer_offers_a_human(demo_shop) -> None:
    [message], _ = _run(
        _tracker("Can you write a love letter for me?", intent="out_of_scope")
    )
    assert message["response"] == "utter_no_answer"


def test_empty_message_asks_to_rephrase() -> None:
    [message], _ = _run(_tracker(""))
    assert message["response"] == "utter_default"


def test_a_failing_chain_still_answers_honestly(monkeypatch) -> None:
    class Broken:
        def answer(self, text: str, language: str) -> GroundedAnswer:
            raise DatabaseError("database is down")

    monkeypatch.setattr(fallback, "grounded_answerer", lambda: Broken())
    [message], _ = _run(_tracker("How do I reset my password?"))
    assert message["response"] == "utter_no_answer"


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
