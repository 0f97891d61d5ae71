"""Rasa's socket.io channel for the storefront widget: custom payloads + bad input.

Two fixes over ``rasa.core.channels.socketio`` (Rasa 3.6), used from
credentials.yml as ``bot.web.socketio_channel.StorefrontSocketIOInput``:

* Custom JSON (our product carousel) is emitted as ``{"custom": {...}}``, the shape
  the REST channel returns. Stock Rasa calls ``AsyncServer.emit(event,
  **json_message)``, so a payload like ``{"type": "product_carousel", ...}``
  raises ``TypeError: emit() got an unexpected keyword argument 'type'`` and the
  whole turn is lost.
* Malformed ``user_uttered`` / ``session_request`` payloads (not an object, a
  non-string text or session id, unparsable metadata) are ignored with a warning
  instead of raising inside the server; very long texts are cut.

Everything else (events, rooms, session persistence, JWT) is Rasa's own.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, NamedTuple, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.guard import guarded
from bot.channels.payloads import clean_text

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000  # longer messages are cut: NLU reads the first 64 sub-tokens
MAX_SESSION_ID_CHARS = 128


class StorefrontSocketIOOutput(SocketIOOutput):
    """Socket.io output whose custom JSON arrives as ``{"custom": payload}``."""

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Sends a custom payload (e.g. a product carousel) to the recipient."""
        await self._send_message(recipient_id, {"custom": json_message})


class ParsedMessage(NamedTuple):
    """A validated ``user_uttered`` payload."""

    text: str
    session_id: Optional[str]
    metadata: Dict[str, Any]


def valid_session_id(value: Any) -> Optional[str]:
    """The session id when it is a non-empty string of sane length, else None."""
    if isinstance(value, str) and 0 < len(value) <= MAX_SESSION_ID_CHARS:
        return value
    return None


def parse_metadata(value: Any) -> Dict[str, Any]:
    """Metadata as a dict: a JSON object string is decoded, anything else is {}."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def parse_user_message(data: Any, metadata_key: str) -> Optional[ParsedMessage]:
    """Validates a ``user_uttered`` payload; None when it is malformed.

    Args:
        data: what the client emitted; expected ``{"message": str,
            "session_id": str, metadata_key: dict | JSON string}``.
        metadata_key: the key holding the metadata (credentials ``metadata_key``).

    Returns:
        The text (cut to MAX_TEXT_CHARS), the session id (None when missing or
        invalid) and the metadata, or None when data or its text is malformed.
    """
    if not isinstance(data, dict):
        return None
    text = data.get("message", "")
    if not isinstance(text, str):
        return None
    return ParsedMessage(
        text=clean_text(text, MAX_TEXT_CHARS),
        session_id=valid_session_id(data.get("session_id")),
        metadata=parse_metadata(data.get(metadata_key)),
    )


class StorefrontSocketIOInput(SocketIOInput):
    """Rasa's socket.io input channel with validated payloads (same name/options)."""

    def get_output_channel(self) -> Optional[StorefrontSocketIOOutput]:
        """Output channel for the HTTP API (``?output_channel=socketio``)."""
        if self.sio is None:
            return super().get_output_channel()  # warns, returns None
        return StorefrontSocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        """Rasa's blueprint with our session_request and user message handlers."""
        on_new_message = guarded(on_new_message)
        blueprint = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None  # set by super().blueprint

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any = None, *_: Any) -> None:
            given = data.get("session_id") if isinstance(data, dict) else None
            session_id = valid_session_id(given) or uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any = None, *_: Any) -> None:
            parsed = parse_user_message(data, self.metadata_key)
            if parsed is None:
                logger.warning("Ignored a malformed socket.io message.")
                return
            sender_id = parsed.session_id if self.session_persistence else sid
            if sender_id is None:
                logger.warning("Ignored a socket.io message without a session id.")
                return
            output = StorefrontSocketIOOutput(sio, self.bot_message_evt)
            message = UserMessage(
                parsed.text,
                output,
                sender_id,
                input_channel=self.name(),
                metadata=parsed.metadata,
            )
            await on_new_message(message)

        return blueprint
