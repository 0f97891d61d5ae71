"""Validating REST requests (bot.channels.rest)."""

from __future__ import annotations

import pytest

from bot.channels.payloads import clean_text
from bot.channels.rest import MAX_SENDER_CHARS, RestMessage, parse_rest_body


@pytest.mark.parametrize(
    "body, expected",
    [
        (b'{"sender": "a", "message": "hi"}', RestMessage("a", "hi", None)),
        (b'{"sender": 42, "message": "hi"}', RestMessage("42", "hi", None)),
        (
            b'{"sender": "a", "message": "", "metadata": {"page": "/"}}',
            RestMessage("a", "", {"page": "/"}),
        ),
    ],
)
def test_valid_bodies(body, expected) -> None:
    assert parse_rest_body(body) == expected


@pytest.mark.parametrize(
    "body, error",
    [
        (b"not json", "JSON object"),
        (b"[1, 2]", "JSON object"),
        (b"\xff\xfe", "JSON object"),
        (b"[" * 100000, "JSON object"),
        (b'{"message": "hi"}', "'sender'"),
        (b'{"sender": "", "message": "hi"}', "'sender'"),
        (b'{"sender": true, "message": "hi"}', "'sender'"),
        (b'{"sender": {"a": 1}, "message": "hi"}', "'sender'"),
        (
            '{"sender": "%s", "message": "hi"}' % ("x" * (MAX_SENDER_CHARS + 1)),
            "'sender'",
        ),
        (b'{"sender": "a"}', "'message'"),
        (b'{"sender": "a", "message": 5}', "'message'"),
        (b'{"sender": "a", "message": "hi", "metadata": [1]}', "'metadata'"),
    ],
)
def test_invalid_bodies_name_the_problem(body, error) -> None:
    result = parse_rest_body(body)
    assert isinstance(result, str) and error in result


def test_clean_text_makes_any_text_storable() -> None:
    assert clean_text("a\x00b", 10) == "ab"
    assert clean_text("x" * 50, 10) == "x" * 10
    assert clean_text("\ud800ok", 10).encode("utf-8")  # a lone surrogate is replaced
