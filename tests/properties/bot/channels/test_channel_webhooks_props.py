"""Slack and Telegram webhooks end to end (no server): any body gets a 2xx/4xx.

The channels' ``handle`` runs on a stand-in request; messages that reach the bot are
strings of at most MAX_TEXT_CHARS characters without NULs.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Dict, List

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rasa.core.channels.channel import UserMessage
from run_async import run_coroutine

from bot.channels.slack import MAX_TEXT_CHARS as SLACK_MAX
from bot.channels.slack import SlackChannel
from bot.channels.slack_signature import slack_signature
from bot.channels.telegram import MAX_TEXT_CHARS as TELEGRAM_MAX
from bot.channels.telegram import SECRET_HEADER, TelegramChannel
from bot.settings import SlackSettings, TelegramSettings

SLACK_SECRET = "s3cret"
TELEGRAM_SECRET = "abc_DEF-123"
HUGE = "x" * 100_000
TEXTS = st.one_of(st.text(), st.just(HUGE), st.just("a\x00b"), st.just("\ud800 hi"))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXTS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


class Request:
    """The parts of a Sanic request the channels read."""

    def __init__(self, body: bytes, headers: Dict[str, str]) -> None:
        self.body = body
        self.headers = headers
        self.form: Dict[str, Any] = {}
        self.json = None


def _run(channel: Any, request: Request) -> tuple:
    received: List[UserMessage] = []

    async def on_new_message(message: UserMessage) -> None:
        received.append(message)

    async def go() -> Any:
        result = await channel.handle(request, on_new_message)
        await asyncio.sleep(0)  # Slack hands the message to a task
        return result

    return run_coroutine(go()).status, received


def _check_messages(received: List[UserMessage], limit: int) -> None:
    for message in received:
        assert isinstance(message.text, str) and len(message.text) <= limit
        assert "\x00" not in message.text
        message.text.encode("utf-8")  # storable


SLACK = SlackChannel(
    SlackSettings.from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": SLACK_SECRET,
            "SLACK_API_URL": "http://127.0.0.1:9/api/",
        }
    )
)
TELEGRAM = TelegramChannel(
    TelegramSettings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "123456789:AAH-test_token",
            "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
            "TELEGRAM_API_URL": "http://127.0.0.1:9",
        }
    )
)


def _signed(body: Any) -> Request:
    raw = json.dumps(body).encode()
    ts = str(int(time.time()))
    headers = {"X-Slack-Request-Timestamp": ts, "content-type": "application/json"}
    headers["X-Slack-Signature"] = slack_signature(SLACK_SECRET, ts, raw)
    return Request(raw, headers)


def _slack_event(text: Any, n: int) -> Dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1"}
    event.update(text=text, ts=f"{n}.1")
    return {"type": "event_callback", "event_id": f"Ev{n}", "event": event}


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSON, TEXTS.map(lambda t: _slack_event(t, time.time_ns()))))
@example(_slack_event(HUGE, 1))
def test_signed_slack_bodies_get_an_answer(body: Any) -> None:
    status, received = _run(SLACK, _signed(body))
    assert 200 <= status < 500
    _check_messages(received, SLACK_MAX)


def _telegram_update(text: Any, n: int) -> Dict[str, Any]:
    chat = {"id": 7, "type": "private"}
    message = {"message_id": 1, "date": 1, "chat": chat, "text": text}
    return {"update_id": n, "message": message}


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSON, TEXTS.map(lambda t: _telegram_update(t, time.time_ns()))))
@example(_telegram_update(HUGE, 1))
def test_telegram_updates_get_an_answer(body: Any) -> None:
    raw = json.dumps(body).encode()
    status, received = _run(TELEGRAM, Request(raw, {SECRET_HEADER: TELEGRAM_SECRET}))
    assert 200 <= status < 500
    _check_messages(received, TELEGRAM_MAX)


def test_regression_huge_texts_are_cut() -> None:
    # 100 kB texts reached the actions whole; bot.language took minutes on them
    _, slack = _run(SLACK, _signed(_slack_event(HUGE, 2)))
    _, telegram = _run(
        TELEGRAM,
        Request(
            json.dumps(_telegram_update(HUGE, 2)).encode(),
            {SECRET_HEADER: TELEGRAM_SECRET},
        ),
    )
    assert [len(m.text) for m in slack + telegram] == [SLACK_MAX, TELEGRAM_MAX]
