"""Slack: Rasa's SlackInput / SlackBot from env vars, with verified requests.

Webhook: ``POST /webhooks/slack/webhook`` (Events API and interactivity). Every request
must carry a valid v0 signature no older than 5 minutes; Slack's retries are
acknowledged without a second reply, and events are deduplicated by event_id.
Replies go through slack_sdk's client at ``SLACK_API_URL``.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import guarded
from bot.channels.payloads import clean_text, json_object, media_type
from bot.channels.recent_ids import RecentIds
from bot.channels.slack_output import SlackOutput
from bot.channels.slack_signature import SignatureCheck, check_slack_signature
from bot.settings import SlackSettings, get_settings

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
_MALFORMED = (KeyError, IndexError, TypeError, AttributeError, ValueError)
# as REST and socket.io; longer texts cost the actions seconds (NLU reads 64 tokens)
MAX_TEXT_CHARS = 4000


def _ignored(reason: str) -> HTTPResponse:
    """200: Slack must not retry events we deliberately skip."""
    logger.debug("Slack request ignored: %s", reason)
    return response.text("ignored")


def _event_metadata(body: Mapping[str, Any]) -> Dict[str, Any]:
    """Reply channel, thread and our own user ids of an Events API callback."""
    event = body["event"]
    users = body.get("authed_users") or []
    authorizations = body.get("authorizations") or []
    if not users and authorizations:
        users = [authorizations[0].get("user_id")]
    return {
        "out_channel": event.get("channel"),
        "thread_id": event.get("thread_ts", event.get("ts")),
        "users": [u for u in users if isinstance(u, str)],
    }


def _interaction_metadata(payload: Mapping[str, Any], user: str) -> Dict[str, Any]:
    """Reply channel and thread of an interactivity payload (a button click)."""
    message = payload.get("message") or {}
    return {
        "out_channel": (payload.get("channel") or {}).get("id"),
        "thread_id": message.get("thread_ts", message.get("ts")),
        "users": [user],
    }


class SlackChannel(SlackInput):
    """Rasa's Slack input channel, configured from SLACK_* env vars.

    Register in credentials.yml as ``bot.channels.slack.SlackChannel:`` (no keys).
    Without token and signing secret it stays inert: one warning at startup, and the
    webhook answers 404.
    """

    @classmethod
    def name(cls) -> Text:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Built from env vars (bot/settings.py); credentials.yml keys are unused."""
        settings = get_settings()
        return cls(settings.slack, settings.public_url)

    def __init__(
        self, settings: SlackSettings, public_url: str = "http://localhost:8080"
    ) -> None:
        self.settings = settings
        self.public_url = public_url
        self.recent_events = RecentIds(1024)
        super().__init__(
            slack_token=settings.bot_token,
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            slack_signing_secret=settings.signing_secret,
        )
        if self.problems:
            logger.warning(
                "Slack channel not configured (%s); its webhook answers 404.",
                "; ".join(self.problems),
            )

    @property
    def problems(self) -> List[str]:
        """What keeps the channel from working; empty when configured."""
        found = []
        if not self.settings.bot_token:
            found.append("SLACK_BOT_TOKEN is unset")
        if not self.settings.signing_secret:
            found.append("SLACK_SIGNING_SECRET is unset")
        if not self.settings.api_url.startswith(("http://", "https://")):
            found.append("SLACK_API_URL is not an http(s) URL")
        return found

    @property
    def configured(self) -> bool:
        """True when token, signing secret and API URL are usable."""
        return not self.problems

    def _validate_credentials(self) -> None:
        """No exception: an unconfigured channel stays inert instead (see problems)."""

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> OutputChannel:
        """A SlackOutput replying in channel (and thread) through SLACK_API_URL."""
        return SlackOutput(
            self.slack_token,
            self.settings.api_url,
            self.public_url,
            channel or self.slack_channel,
            thread_id,
            self.proxy,
        )

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes ``GET /`` (health) and ``POST /webhook``."""
        on_new_message = guarded(on_new_message)
        slack_webhook = Blueprint("shopbot_slack_webhook", __name__)

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json(
                {"status": "ok" if self.configured else "not configured"}
            )

        @slack_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return await self.handle(request, on_new_message)

        return slack_webhook

    def _reject(self, request: Request) -> Optional[HTTPResponse]:
        """A 401/403 response for an unsigned, forged or stale request, else None."""
        check = check_slack_signature(
            self.slack_signing_secret,
            request.headers.get("X-Slack-Request-Timestamp"),
            request.body or b"",
            request.headers.get("X-Slack-Signature"),
        )
        if check is SignatureCheck.VALID:
            return None
        logger.warning("Rejected a Slack request: %s", check.value)
        status = HTTPStatus.UNAUTHORIZED
        if check is not SignatureCheck.MISSING:
            status = HTTPStatus.FORBIDDEN
        return response.text(f"rejected: {check.value}", status=status)

    async def handle(
        self, request: Request, on_new_message: OnNewMessage
    ) -> HTTPResponse:
        """Verifies, then dispatches one webhook request; bad input gets a 4xx."""
        if not self.configured:
            return response.text("Slack channel not configured", status=404)
        rejection = self._reject(request)
        if rejection is not None:
            return rejection
        if request.headers.get(self.retry_num_header):
            # the first delivery was (or is being) handled: never a second reply
            logger.info("Acknowledged a Slack retry without processing it")
            return response.text("", headers={"X-Slack-No-Retry": "1"})
        kind = media_type(request.headers.get("content-type"))
        try:
            if kind == "application/json":
                return await self._handle_event(request, on_new_message)
            if kind == "application/x-www-form-urlencoded":
                return await self._handle_interaction(request, on_new_message)
        except _MALFORMED as e:
            logger.warning("Malformed Slack payload (%s)", type(e).__name__)
            return response.text("malformed Slack payload", status=400)
        return response.text("unsupported content type", status=415)

    async def _handle_event(
        self, request: Request, on_new_message: OnNewMessage
    ) -> HTTPResponse:
        body = json_object(request.body)
        if body is None:
            return response.text("body is not a JSON object", status=400)
        if body.get("type") == "url_verification":
            return response.json({"challenge": str(body.get("challenge", ""))})
        event = body.get("event")
        if body.get("type") != "event_callback" or not isinstance(event, dict):
            return _ignored("not an event callback")
        key = body.get("event_id") or (str(event.get("channel")), str(event.get("ts")))
        if self.recent_events.seen(key):
            return _ignored("duplicate event")
        if not self._is_user_message(body) or not event.get("user"):
            return _ignored("not a user message")
        metadata = _event_metadata(body)
        if not self._is_supported_channel(body, metadata):
            return _ignored("not a direct message or mention")
        text = clean_text(str(event["text"]), MAX_TEXT_CHARS)  # storable, short
        text = self._sanitize_user_message(text, metadata["users"])
        sender = self._get_conversation_id(
            str(event["user"]), metadata["out_channel"], metadata["thread_id"]
        )
        return await self.process_message(
            request, on_new_message, text=text, sender_id=sender, metadata=metadata
        )

    async def _handle_interaction(
        self, request: Request, on_new_message: OnNewMessage
    ) -> HTTPResponse:
        payload = json_object(request.form.get("payload") or "")
        if payload is None:
            return response.text("form has no JSON payload", status=400)
        if not self._is_interactive_message(payload):
            return _ignored("interaction type")
        text = self._get_interactive_response(payload["actions"][0])
        user = (payload.get("user") or {}).get("id")
        if text is None or not user:
            return _ignored("link button or no user")  # links open in the browser
        metadata = _interaction_metadata(payload, str(user))
        sender = self._get_conversation_id(
            str(user), metadata["out_channel"], metadata["thread_id"]
        )
        return await self.process_message(
            request,
            on_new_message,
            clean_text(str(text), MAX_TEXT_CHARS),
            sender,
            metadata,
        )
