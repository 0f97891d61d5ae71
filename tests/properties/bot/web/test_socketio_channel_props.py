"""The storefront's socket.io handlers: any emitted data is handled or ignored."""

from __future__ import annotations

from typing import Any, Callable, List

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import UserMessage
from run_async import run_coroutine

from bot.web.socketio_channel import (
    MAX_SESSION_ID_CHARS,
    MAX_TEXT_CHARS,
    StorefrontSocketIOInput,
    parse_user_message,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
PAYLOADS = st.one_of(
    JSON,
    st.fixed_dictionaries(
        {"message": st.one_of(st.text(), JSON)},
        optional={"session_id": JSON | st.text(), "metadata": JSON},
    ),
)


@settings(max_examples=200, deadline=None)
@given(PAYLOADS)
@example({"message": "x" * 100_000, "session_id": "s" * 5000})
def test_parsed_messages_are_well_typed(data: Any) -> None:
    parsed = parse_user_message(data, "metadata")
    if parsed is not None:
        assert isinstance(parsed.text, str) and len(parsed.text) <= MAX_TEXT_CHARS
        assert parsed.session_id is None or (
            0 < len(parsed.session_id) <= MAX_SESSION_ID_CHARS
        )
        assert isinstance(parsed.metadata, dict)


def _handlers(received: List[UserMessage]) -> Callable[[str], Any]:
    channel = StorefrontSocketIOInput.from_credentials(
        {"session_persistence": True, "bot_message_evt": "bot_uttered"}
    )

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)

    channel.blueprint(on_new_message)

    async def no_io(*args: Any, **kwargs: Any) -> None:
        """No client is connected: rooms and emits are no-ops."""

    channel.sio.enter_room, channel.sio.emit = no_io, no_io
    return lambda event: channel.sio.handlers[channel.namespace or "/"][event]


HANDLERS_RECEIVED: List[UserMessage] = []
HANDLER = _handlers(HANDLERS_RECEIVED)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["user_uttered", "session_request"]),
    st.lists(PAYLOADS, max_size=3),
)
@example("user_uttered", [{"message": "hi"}, "second", 3])
@example("session_request", [{"session_id": "s"}, None])
def test_handlers_accept_any_arguments(event: str, args: List[Any]) -> None:
    HANDLERS_RECEIVED.clear()
    run_coroutine(HANDLER(event)("sid-1", *args))
    for message in HANDLERS_RECEIVED:
        assert isinstance(message.text, str) and isinstance(message.sender_id, str)


def test_regression_extra_arguments_are_ignored() -> None:
    # was TypeError: handle_message() takes from 1 to 2 positional arguments
    HANDLERS_RECEIVED.clear()
    data = {"message": "hi", "session_id": "s1"}
    run_coroutine(HANDLER("user_uttered")("sid-1", data, "second", 3))
    assert [m.text for m in HANDLERS_RECEIVED] == ["hi"]
