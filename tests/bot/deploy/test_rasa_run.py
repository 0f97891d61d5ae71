"""The Rasa launcher: the action-response check compiled once, same verdicts."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.deploy import rasa_run


@pytest.fixture(scope="module")
def action() -> RemoteAction:
    original = RemoteAction._validate_action_result
    rasa_run._validate_once_compiled()
    yield RemoteAction("action_x", None)
    RemoteAction._validate_action_result = original


@pytest.mark.parametrize(
    "reply",
    [
        {"events": [], "responses": []},
        {"events": [{"event": "slot", "name": "a", "value": 1}], "responses": []},
        {"events": [], "responses": [{"response": "utter_action_failed"}]},
    ],
)
def test_valid_replies_pass(action, reply) -> None:
    assert action._validate_action_result(reply) is True


@pytest.mark.parametrize(
    "reply",
    [
        {"events": "not a list"},
        {"events": [{"no_event_key": 1}]},
        {"responses": {"text": "hi"}},
    ],
)
def test_invalid_replies_raise_rasas_error(action, reply) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server"):
        action._validate_action_result(reply)
