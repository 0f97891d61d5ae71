"""Telegram: Rasa's TelegramInput / TelegramOutput (aiogram 2.15), verified webhook.

Webhook: ``POST /webhooks/telegram/webhook``. Telegram sends the secret given to
setWebhook in the ``X-Telegram-Bot-Api-Secret-Token`` header of every request; requests
without it or with another value are rejected. At startup the webhook is registered
with that secret when ``TELEGRAM_WEBHOOK_URL`` is set. Replies go through the Bot API
at ``TELEGRAM_API_URL``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from aiogram.bot.api import check_token
from aiogram.types import Message, Update
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import guarded
from bot.channels.payloads import clean_text, json_object
from bot.channels.recent_ids import RecentIds
from bot.channels.telegram_output import TelegramBot
from bot.settings import TelegramSettings, get_settings

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what setWebhook accepts
# Telegram's /start (first contact) is a greeting; /restart is Rasa's reset.
COMMANDS = {"/start": "/greet", "/restart": "/restart"}
_MALFORMED = (KeyError, IndexError, TypeError, AttributeError, ValueError)
# as REST and socket.io; longer texts cost the actions seconds (NLU reads 64 tokens)
MAX_TEXT_CHARS = 4000


def command_text(text: str) -> str:
    """What the bot sees of a shopper's text.

    Bot commands ("/start", "/start@shopbot") map through COMMANDS; other leading
    slashes are dropped, so a shopper cannot set intents and entities directly with
    Rasa's ``/intent{...}`` syntax.
    """
    if not text.startswith("/"):
        return text
    command = text.split(maxsplit=1)[0].split("@", 1)[0].lower()
    return COMMANDS.get(command) or text.lstrip("/")


class TelegramChannel(TelegramInput):
    """Rasa's Telegram input channel, configured from TELEGRAM_* env vars.

    Register in credentials.yml as ``bot.channels.telegram.TelegramChannel:`` (no
    keys). Without token and secret it stays inert: one warning at startup, the
    webhook answers 404, no call to Telegram.
    """

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Built from env vars (bot/settings.py); credentials.yml keys are unused."""
        settings = get_settings()
        return cls(settings.telegram, settings.public_url)

    def __init__(
        self, settings: TelegramSettings, public_url: str = "http://localhost:8080"
    ) -> None:
        super().__init__(
            settings.bot_token or None,
            verify=None,
            webhook_url=settings.webhook_url or None,
            debug_mode=False,
        )
        self.settings = settings
        self.public_url = public_url
        self.recent_updates = RecentIds(1024)
        self._bot: Optional[TelegramBot] = None
        if self.problems:
            logger.warning(
                "Telegram channel not configured (%s); its webhook answers 404.",
                "; ".join(self.problems),
            )

    @property
    def problems(self) -> List[str]:
        """What keeps the channel from working; empty when configured."""
        found = []
        try:
            check_token(self.settings.bot_token)
        except TelegramAPIError:
            found.append("TELEGRAM_BOT_TOKEN is unset or not a bot token")
        if not _SECRET_FORMAT.match(self.settings.secret_token):
            found.append("TELEGRAM_SECRET_TOKEN is unset or not 1-256 of A-Za-z0-9_-")
        if not self.settings.api_url.startswith(("http://", "https://")):
            found.append("TELEGRAM_API_URL is not an http(s) URL")
        return found

    @property
    def configured(self) -> bool:
        """True when token, secret and API URL are usable."""
        return not self.problems

    def get_output_channel(self) -> TelegramBot:
        """The one Bot API client of this channel (created on first use, no I/O)."""
        if self._bot is None:
            self._bot = TelegramBot(
                self.settings.bot_token, self.settings.api_url, self.public_url
            )
        return self._bot

    async def register_webhook(self) -> bool:
        """setWebhook with our URL and secret_token; False (and a warning) on failure.

        aiogram 2.15 predates ``secret_token``, so the method is called directly.
        """
        payload = {
            "url": self.settings.webhook_url,
            "secret_token": self.settings.secret_token,
            "allowed_updates": json.dumps(ALLOWED_UPDATES),
        }
        try:
            await self.get_output_channel().request("setWebhook", payload)
        except (TelegramAPIError, asyncio.TimeoutError) as e:
            logger.warning("Telegram setWebhook failed: %s", e)
            return False
        logger.info("Telegram webhook registered")
        return True

    async def close(self) -> None:
        """Closes the Bot API client's HTTP session."""
        if self._bot is not None:
            await self._bot.session.close()

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Routes ``GET /`` (health) and ``POST /webhook``; setWebhook at startup."""
        on_new_message = guarded(on_new_message)
        telegram_webhook = Blueprint("shopbot_telegram_webhook", __name__)

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json(
                {"status": "ok" if self.configured else "not configured"}
            )

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return await self.handle(request, on_new_message)

        @telegram_webhook.listener("after_server_start")
        async def set_webhook(app: Any, loop: Any) -> None:
            if self.configured and self.settings.webhook_url:
                await self.register_webhook()

        @telegram_webhook.listener("after_server_stop")
        async def close(app: Any, loop: Any) -> None:
            await self.close()

        return telegram_webhook

    def _reject(self, request: Request) -> Optional[HTTPResponse]:
        """401 without the secret header, 403 with a wrong one, else None."""
        sent = request.headers.get(SECRET_HEADER)
        if not sent:
            logger.warning("Rejected a Telegram request without %s", SECRET_HEADER)
            return response.text("missing secret token", status=HTTPStatus.UNAUTHORIZED)
        expected = self.settings.secret_token.encode()
        # Sanic hands over non-UTF-8 header bytes as lone surrogates
        if not hmac.compare_digest(sent.encode("utf-8", "surrogatepass"), expected):
            logger.warning("Rejected a Telegram request with a wrong secret token")
            return response.text("wrong secret token", status=HTTPStatus.FORBIDDEN)
        return None

    async def handle(
        self, request: Request, on_new_message: OnNewMessage
    ) -> HTTPResponse:
        """Verifies, then handles one update; bad input gets a 4xx, never a 5xx."""
        if not self.configured:
            return response.text("Telegram channel not configured", status=404)
        rejection = self._reject(request)
        if rejection is not None:
            return rejection
        body = json_object(request.body)
        try:
            update = Update(**body) if body is not None else None
            incoming = self._incoming(update) if update is not None else None
        except _MALFORMED:  # e.g. "message" not an object
            update = None
        if update is None:
            return response.text("body is not a Telegram update", status=400)
        if isinstance(body.get("update_id"), int):
            if self.recent_updates.seen(body["update_id"]):
                return response.text("duplicate")  # Telegram redelivered it
        if incoming is None:
            return response.text("ignored")
        await self._answer_callback(update)
        chat_id, text = incoming
        message = UserMessage(
            clean_text(text, MAX_TEXT_CHARS),
            self.get_output_channel(),
            chat_id,
            input_channel=self.name(),
            metadata=self.get_metadata(request),
        )
        try:
            await on_new_message(message)
        except Exception:  # a failed reply must not make Telegram redeliver forever
            logger.exception("Failed to handle a Telegram message")
        return response.text("success")

    @staticmethod
    def _incoming(update: Update) -> Optional[Tuple[str, str]]:
        """(chat id, text) of a text message or button click; None for the rest."""
        query = update.callback_query
        if query is not None:
            if query.message is None or not query.data:
                return None
            return str(query.message.chat.id), str(query.data)  # our own payload
        message: Optional[Message] = update.message or update.edited_message
        if message is None or message.chat is None or not message.text:
            return None
        return str(message.chat.id), command_text(message.text)

    async def _answer_callback(self, update: Update) -> None:
        """Stops the client's spinner on a clicked button (best effort)."""
        if update.callback_query is None:
            return
        try:
            await self.get_output_channel().answer_callback_query(
                update.callback_query.id
            )
        except (TelegramAPIError, asyncio.TimeoutError) as e:
            logger.debug("answerCallbackQuery failed: %s", e)
