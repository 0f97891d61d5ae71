"""The HTTP API guard: malformed bodies that Rasa would answer with a 500."""

import json

import pytest

from bot.deploy.api_guard import body_problem

EVENTS = "/conversations/abc/tracker/events"
PARSE = {"intent": {"name": "greet", "confidence": 1.0}, "entities": []}


def _body(value) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    "method,path,body,reason",
    [
        ("POST", "/model/parse", b"{not json", "not valid JSON"),
        ("POST", "/model/parse", b"", "not valid JSON"),
        ("POST", "/model/parse", _body({"message": "hi"}), '"text" string'),
        ("POST", "/model/parse", _body({"text": 5}), '"text" string'),
        ("POST", "/model/parse", _body({"text": "a\x00b"}), "NUL"),
        ("POST", "/model/parse", b"[" * 5000 + b"]" * 5000, "JSON"),
        ("POST", EVENTS, _body([]), "no events"),
        ("POST", EVENTS, _body({"name": "x"}), '"event" name'),
        ("POST", EVENTS, _body({"event": "action"}), "invalid parameters"),
        ("POST", EVENTS, _body({"event": "user", "text": "hi"}), "invalid"),
        ("POST", EVENTS, _body({"event": "user", "text": "\x00"}), "NUL"),
        ("PUT", EVENTS, _body([{"event": "no_such_event"}]), "event"),
        (
            "POST",
            EVENTS,
            _body({"event": "slot", "name": "x", "value": [[[[[[]]]]]]}),
            None,
        ),
    ],
)
def test_malformed_bodies_get_a_reason(method, path, body, reason) -> None:
    problem = body_problem(method, path, body)
    if reason is None:
        assert problem is None
    else:
        assert problem is not None and reason.lower() in problem.lower()


@pytest.mark.parametrize(
    "method,path,body",
    [
        ("POST", "/model/parse", _body({"text": "where is my order?"})),
        ("POST", EVENTS, _body({"event": "action", "name": "action_listen"})),
        ("POST", EVENTS, _body([{"event": "user", "text": "hi", "parse_data": PARSE}])),
        ("POST", EVENTS, _body({"event": "slot", "name": "email", "value": None})),
        ("GET", "/model/parse", b"{not json"),  # other routes are not checked
        ("POST", "/webhooks/rest/webhook", b"{not json"),
    ],
)
def test_good_bodies_and_other_routes_pass(method, path, body) -> None:
    assert body_problem(method, path, body) is None
