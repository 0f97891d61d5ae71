"""action_ask_order_id: the order forms' first question, on the demo shop (var/)."""

from __future__ import annotations

import asyncio
import os
from typing import List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from actions.forms.order_form import (  # noqa: E402
    ActionAskOrderId,
    started_by_this_message,
)

USER = {"event": "user", "text": "…"}
STARTED = [USER, {"event": "active_loop", "name": "return_form"}]
RESUMED = [
    {"event": "active_loop", "name": "return_form"},
    USER,
    {"event": "action", "name": "action_answer_faq"},
]


def _ask(text: str, events: List[dict], language: str = "en") -> list:
    message = {"text": text, "intent": {"name": "return_item"}, "entities": []}
    tracker = Tracker("s", {"language": language}, message, events, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    assert asyncio.run(ActionAskOrderId().run(dispatcher, tracker, {})) == []
    return dispatcher.messages


def test_started_by_this_message_reads_the_events_after_the_last_user_message():
    assert started_by_this_message(Tracker("s", {}, {}, STARTED, False, None, {}, ""))
    assert not started_by_this_message(
        Tracker("s", {}, {}, RESUMED, False, None, {}, "")
    )
    assert not started_by_this_message(Tracker("s", {}, {}, [], False, None, {}, ""))


@pytest.mark.parametrize(
    "text,language,fact",
    [
        ("How many days do I have to return something I don't want?", "en", "7 days"),
        ("不想要了的东西几天内可以退？", "zh", "7天"),
    ],
)
def test_a_policy_question_that_starts_a_form_is_answered_before_the_ask(
    demo_shop, text, language, fact
) -> None:
    answer, ask = _ask(text, STARTED, language)
    assert fact in answer["text"]
    assert ask["response"] == "utter_ask_order_id"


@pytest.mark.parametrize(
    "text,events",
    [
        # a re-ask, or the form resuming after a digression: the question again only
        ("How many days do I have to return something I don't want?", RESUMED),
        # the message gives an order number: a request, not a policy question
        ("return order 10023, I have 7 days right?", STARTED),
        # nothing in the FAQ answers it
        ("please take this back", STARTED),
    ],
)
def test_otherwise_only_the_order_number_is_asked(demo_shop, text, events) -> None:
    [ask] = _ask(text, events)
    assert ask["response"] == "utter_ask_order_id"
