"""A bare email address, order or invoice number is an answer (`inform`)."""

from __future__ import annotations

from typing import Dict, List

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.exceptions import ConfigError
from bot.nlu.bare_values import BareValueClassifier, bare_value


def _message(text: str, value: str, entity: str, intent: str) -> Message:
    start = text.index(value) if value else 0
    entities: List[Dict] = (
        [{"entity": entity, "start": start, "end": start + len(value), "value": value}]
        if value
        else []
    )
    ranking = [
        {"name": intent, "confidence": 0.9},
        {"name": "inform", "confidence": 0.05},
    ]
    return Message(
        data={
            "text": text,
            "entities": entities,
            "intent": ranking[0],
            "intent_ranking": ranking,
        }
    )


def _classify(message: Message) -> Message:
    [out] = BareValueClassifier(BareValueClassifier.get_default_config()).process(
        [message]
    )
    return out


@pytest.mark.parametrize(
    "text,value,entity",
    [
        ("not.me@example.com", "not.me@example.com", "email"),
        (" no.thanks@shop.cn. ", "no.thanks@shop.cn", "email"),
        ("10023!", "10023", "order_id"),
    ],
)
def test_a_bare_value_is_an_answer(text, value, entity) -> None:
    message = _classify(_message(text, value, entity, "deny"))
    assert message.get("intent") == {"name": "inform", "confidence": 1.0}
    names = [r["name"] for r in message.get("intent_ranking")]
    assert names == ["inform", "deny"]  # inform once, first


@pytest.mark.parametrize(
    "text,value,entity",
    [
        ("no, not.me@example.com is wrong", "not.me@example.com", "email"),
        ("cancel order 10023", "10023", "order_id"),
        ("no", "", ""),
        # a value of a type not listed (a colour) decides nothing
        ("red", "red", "color"),
    ],
)
def test_other_messages_keep_their_intent(text, value, entity) -> None:
    message = _classify(_message(text, value, entity, "deny"))
    assert message.get("intent")["name"] == "deny"


def test_bare_value_needs_the_whole_text() -> None:
    entity = {"entity": "email", "start": 0, "end": 5, "value": "a@b.c"}
    assert bare_value("a@b.c", [entity], ["email"])
    assert not bare_value("a@b.c please", [entity], ["email"])
    assert not bare_value("a@b.c", [{**entity, "start": None}], ["email"])


@pytest.mark.parametrize(
    "config,key",
    [
        ({"entities": "email", "intent": "inform"}, "entities"),
        ({"entities": [], "intent": ""}, "intent"),
    ],
)
def test_bad_config_names_the_key(config, key) -> None:
    with pytest.raises(ConfigError, match=key):
        BareValueClassifier(config)
