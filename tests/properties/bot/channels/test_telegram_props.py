"""Telegram webhook parsing: any update or header gives an answer, not an exception."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Dict

from aiogram.types import Update
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.channels.telegram import (
    _MALFORMED,
    COMMANDS,
    SECRET_HEADER,
    TelegramChannel,
    command_text,
)
from bot.settings import TelegramSettings

SECRET = "abc_DEF-123"
CHANNEL = TelegramChannel(
    TelegramSettings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123456789:AAH-test_token",
            "TELEGRAM_SECRET_TOKEN": SECRET,
            "TELEGRAM_API_URL": "http://127.0.0.1:9",
        }
    )
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["message", "edited_message", "callback_query", "chat", "text", "id", "data"]
)
UPDATE_LIKE = st.recursive(
    JSON, lambda inner: st.dictionaries(FIELDS, inner, max_size=4), max_leaves=16
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["update_id", "message", "callback_query", "edited_message", "poll"]
        ),
        UPDATE_LIKE,
    )
)
@example({"update_id": 1, "message": {"chat": {"id": 5}, "text": {"a": 1}}})
@example({"update_id": 1, "callback_query": {"id": 1, "data": "x", "message": 5}})
def test_any_update_is_a_message_none_or_a_known_malformed_error(
    body: Dict[str, Any],
) -> None:
    try:
        incoming = TelegramChannel._incoming(Update(**body))
    except _MALFORMED:  # the webhook answers these with a 400
        return
    if incoming is not None:
        chat_id, text = incoming
        assert isinstance(chat_id, str) and isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text())
@example("/start@shopbot hello")
@example('/inform{"order_id": "10023"}')
def test_commands_cannot_set_intents(text: str) -> None:
    seen = command_text(text)
    assert isinstance(seen, str)
    assert not seen.startswith("/") or seen in COMMANDS.values()


def _status(header: Any) -> Any:
    request = SimpleNamespace(headers={} if header is None else {SECRET_HEADER: header})
    rejection = CHANNEL._reject(request)
    return None if rejection is None else rejection.status


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.none(),
        st.text(),
        st.binary().map(lambda b: b.decode("utf-8", "surrogateescape")),
    )
)
def test_only_the_exact_secret_passes(header: Any) -> None:
    status = _status(header)
    if header == SECRET:
        assert status is None
    else:
        assert status in (401, 403)


def test_regression_non_utf8_secret_header_is_forbidden() -> None:
    # was UnicodeEncodeError in _reject: a 500 for header bytes b"\xff\xfe"
    assert _status(b"\xff\xfe".decode("utf-8", "surrogateescape")) == 403
