"""Telegram replies: Rasa's TelegramOutput on the Bot API at ``TELEGRAM_API_URL``."""

from __future__ import annotations

import logging
from typing import Any, Dict, Text

from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.exceptions import BadRequest
from rasa.core.channels.telegram import TelegramOutput

from bot.channels.carousel import (
    CarouselOutput,
    carousel_items,
    carousel_language,
    is_carousel,
)
from bot.channels.telegram_markup import carousel_keyboard, carousel_text

logger = logging.getLogger(__name__)


class TelegramBot(CarouselOutput, TelegramOutput):
    """Rasa's TelegramOutput on the Bot API at ``TELEGRAM_API_URL``.

    Adds the product carousel: one message, an inline keyboard of product links.
    """

    def __init__(self, token: Text, api_url: Text, public_url: Text) -> None:
        # TelegramOutput.__init__ cannot pass a server: call aiogram's Bot directly
        super(TelegramOutput, self).__init__(
            token, server=TelegramAPIServer.from_base(api_url)
        )
        self.public_url = public_url

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Renders our product carousel; other payloads as Rasa does."""
        if is_carousel(json_message):
            await self.send_carousel(recipient_id, "", json_message)
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)

    async def send_carousel(
        self, recipient_id: Text, text: Text, payload: Dict[Text, Any]
    ) -> None:
        """The bot's text (or a list of the products) with a details button each."""
        items = carousel_items(payload, self.public_url)
        if not items:
            if text:
                await self.send_text_message(recipient_id, text)
            return
        language = carousel_language(items, text)
        body = text or carousel_text(items, language)
        await self.send_with_keyboard(
            recipient_id, body, carousel_keyboard(items, language)
        )

    async def send_with_keyboard(
        self, recipient_id: Text, text: Text, markup: InlineKeyboardMarkup
    ) -> None:
        """sendMessage with an inline keyboard; text alone if Telegram refuses it.

        Telegram refuses URL buttons it considers invalid (e.g. to localhost).
        """
        try:
            await self.send_message(recipient_id, text, reply_markup=markup)
        except BadRequest as e:
            logger.warning("Telegram refused the keyboard (%s); text only", e)
            await self.send_message(recipient_id, text)
