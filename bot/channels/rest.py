"""The REST channel with validated requests and a reply to every message.

Same URL and reply format as Rasa's own (``POST /webhooks/rest/webhook`` with
``{"sender": ..., "message": ...}`` → a JSON list of bot messages), but a body that
is not such an object is a 400 naming the problem (Rasa's answers some with a
500), texts are made storable (bot.channels.payloads.clean_text), and a failing turn
gets an apology (bot.channels.guard), never an empty list.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, NamedTuple, Optional, Text, Union

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import OnNewMessage, guarded
from bot.channels.payloads import clean_text, json_object

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 4000  # as the widget's channel: NLU reads the first 64 sub-tokens
MAX_SENDER_CHARS = 128


class RestMessage(NamedTuple):
    """A validated REST request."""

    sender: str
    text: str
    metadata: Optional[Dict[str, Any]]


def parse_rest_body(raw: Any) -> Union[RestMessage, str]:
    """The message in a request body, or the reason it is not one.

    Args:
        raw: the request body (bytes).

    Returns:
        A RestMessage, or an error text for a 400 reply.
    """
    body = json_object(raw)
    if body is None:
        return "the body must be a JSON object"
    sender = body.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not 0 < len(sender.strip()) <= MAX_SENDER_CHARS:
        return f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS}"
    text = body.get("message")
    if not isinstance(text, str):
        return "'message' must be a string"
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return "'metadata' must be an object"
    return RestMessage(clean_text(sender, MAX_SENDER_CHARS), text, metadata)


class ShopRestInput(RestInput):
    """Rasa's REST channel (name ``rest``) with validation and a guarded turn."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes ``GET /`` (health) and ``POST /webhook``."""
        on_new_message = guarded(on_new_message)
        rest_webhook = Blueprint("shopbot_rest_webhook", __name__)

        @rest_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            parsed = parse_rest_body(request.body)
            if isinstance(parsed, str):
                return response.json({"error": parsed}, status=400)
            collector = CollectingOutputChannel()
            message = UserMessage(
                clean_text(parsed.text, MAX_TEXT_CHARS),
                collector,
                parsed.sender,
                input_channel=self.name(),
                metadata=parsed.metadata,
            )
            await on_new_message(message)
            return response.json(collector.messages)

        return rest_webhook
