"""Malformed socket.io payloads do not crash Rasa: it keeps answering afterwards.

Uses the python-socketio client (no browser) against the session's Rasa server.
"""

from __future__ import annotations

import queue
import uuid
from typing import Any, Dict, Iterator, List

import pytest
import socketio

pytestmark = pytest.mark.integration

WAIT_S = 180  # one bot turn under CPU contention


class Shopper:
    """A socket.io connection that collects bot_uttered messages."""

    def __init__(self, rasa_url: str) -> None:
        self.replies: queue.Queue[Dict[str, Any]] = queue.Queue()
        self.confirmed: queue.Queue[Any] = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", self.confirmed.put)
        self.client.connect(rasa_url, socketio_path="/socket.io", wait_timeout=30)
        self.session_id = f"bad-input-{uuid.uuid4().hex[:8]}"

    def start_session(self) -> str:
        self.client.emit("session_request", {"session_id": self.session_id})
        return self.confirmed.get(timeout=30)

    def say(self, text: str) -> List[Dict[str, Any]]:
        """Sends a well-formed message; returns the replies (waits for the first)."""
        self.client.emit(
            "user_uttered", {"message": text, "session_id": self.session_id}
        )
        replies = [self.replies.get(timeout=WAIT_S)]
        while True:
            try:
                replies.append(self.replies.get(timeout=3))
            except queue.Empty:
                return replies


@pytest.fixture
def shopper(rasa_url: str) -> Iterator[Shopper]:
    shopper = Shopper(rasa_url)
    yield shopper
    shopper.client.disconnect()


BAD_MESSAGES = [
    "just a string",
    ["a", "list"],
    42,
    None,
    {"message": 123},
    {"message": {"nested": "object"}},
    {"message": ["a"]},
    {"message": "no session id"},
    {"message": "hi", "session_id": 7},
    {"message": "hi", "session_id": ""},
    {"message": "hi", "session_id": "x" * 10_000},
    # well-formed apart from the metadata, in a conversation nobody listens to
    {"message": "hi", "session_id": "bad-meta-1", "metadata": "{not json"},
    {"message": "hi", "session_id": "bad-meta-2", "metadata": [1, 2, 3]},
    {"message": "hi", "session_id": "bad-meta-3", "metadata": {"product_sku": 5}},
]
BAD_SESSION_REQUESTS = ["a string", [1], 5, None, {"session_id": 99}, {}]


def test_malformed_session_requests_get_a_fresh_session(shopper: Shopper) -> None:
    for data in BAD_SESSION_REQUESTS:
        shopper.client.emit("session_request", data)
        session_id = shopper.confirmed.get(timeout=30)
        assert isinstance(session_id, str) and len(session_id) == 32


def test_malformed_messages_are_ignored_and_rasa_keeps_answering(
    shopper: Shopper, rasa_url: str
) -> None:
    for data in BAD_MESSAGES:
        shopper.client.emit("user_uttered", data)
        # one at a time: the server still serves this connection after each
        assert shopper.start_session() == shopper.session_id
    replies = shopper.say("hi")
    assert any("Demo Shop" in r.get("text", "") for r in replies)
    # a brand-new conversation is served too
    other = Shopper(rasa_url)
    try:
        assert other.start_session() == other.session_id
        assert other.say("hello")
    finally:
        other.client.disconnect()


def test_huge_and_odd_texts_get_a_reply(shopper: Shopper) -> None:
    shopper.start_session()
    for text in ("x" * 200_000, "", "😀" * 1000, "<script>alert(1)</script>"):
        replies = shopper.say(text)
        assert replies, "every well-formed message gets a reply"
        assert all("Traceback" not in r.get("text", "") for r in replies)


def test_a_payload_over_the_size_limit_does_not_stop_the_server(
    shopper: Shopper, rasa_url: str
) -> None:
    shopper.start_session()
    try:
        shopper.client.emit(
            "user_uttered",
            {"message": "x" * 3_000_000, "session_id": shopper.session_id},
        )
    except socketio.exceptions.SocketIOError:
        pass  # the server closed this connection (Engine.IO's 1 MB limit)
    other = Shopper(rasa_url)
    try:
        other.start_session()
        assert any("Demo Shop" in r.get("text", "") for r in other.say("hi"))
    finally:
        other.client.disconnect()
