"""Validation of socket.io payloads by the storefront's Rasa channel."""

from __future__ import annotations

import pytest

from bot.web.socketio_channel import (
    MAX_TEXT_CHARS,
    ParsedMessage,
    StorefrontSocketIOInput,
    parse_metadata,
    parse_user_message,
    valid_session_id,
)


@pytest.mark.parametrize(
    "data,expected",
    [
        (
            {"message": "hi", "session_id": "s1", "metadata": {"product_sku": "A"}},
            ParsedMessage("hi", "s1", {"product_sku": "A"}),
        ),
        ({"message": "hi"}, ParsedMessage("hi", None, {})),
        ({}, ParsedMessage("", None, {})),
        (
            {"message": "hi", "metadata": '{"a": 1}'},
            ParsedMessage("hi", None, {"a": 1}),
        ),
        ({"message": "hi", "metadata": "{{"}, ParsedMessage("hi", None, {})),
        ({"message": "hi", "metadata": [1, 2]}, ParsedMessage("hi", None, {})),
        ({"message": "hi", "session_id": 42}, ParsedMessage("hi", None, {})),
        ({"message": "hi", "session_id": "x" * 500}, ParsedMessage("hi", None, {})),
        ({"message": 123, "session_id": "s1"}, None),
        ({"message": None, "session_id": "s1"}, None),
        ({"message": ["a"], "session_id": "s1"}, None),
        ("hello", None),
        (["hello"], None),
        (None, None),
        (7, None),
    ],
)
def test_malformed_payloads_are_rejected_or_cleaned(data, expected) -> None:
    assert parse_user_message(data, "metadata") == expected


def test_long_texts_are_cut() -> None:
    parsed = parse_user_message({"message": "x" * 100_000}, "metadata")
    assert parsed is not None and len(parsed.text) == MAX_TEXT_CHARS


def test_metadata_key_comes_from_the_credentials() -> None:
    parsed = parse_user_message({"message": "hi", "customData": {"a": 1}}, "customData")
    assert parsed == ParsedMessage("hi", None, {"a": 1})


@pytest.mark.parametrize(
    "value,expected", [("s1", "s1"), ("", None), (None, None), (1, None)]
)
def test_session_ids(value, expected) -> None:
    assert valid_session_id(value) == expected


def test_metadata_json_must_be_an_object() -> None:
    assert parse_metadata('["a"]') == {} and parse_metadata('{"a": 1}') == {"a": 1}


def test_channel_keeps_rasas_name_and_options() -> None:
    channel = StorefrontSocketIOInput.from_credentials(
        {"session_persistence": True, "bot_message_evt": "bot_uttered"}
    )
    assert channel.name() == "socketio"
    assert channel.session_persistence is True
    assert channel.metadata_key == "metadata"
