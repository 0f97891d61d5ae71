"""Slack replies: Rasa's SlackBot posting through ``SLACK_API_URL`` with Block Kit."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Mapping, Optional, Text

import aiohttp
from rasa.core.channels.slack import SlackBot
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.carousel import (
    CarouselOutput,
    carousel_items,
    carousel_language,
    is_carousel,
)
from bot.channels.slack_blocks import (
    button_blocks,
    carousel_blocks,
    escape_mrkdwn,
    without_images,
)

logger = logging.getLogger(__name__)


def _simpler(kwargs: Dict[str, Any], error: str) -> Optional[Dict[str, Any]]:
    """A simpler message to try after Slack rejected the blocks, or None.

    First without image accessories (an image Slack could not fetch fails the whole
    message), then as plain text.
    """
    blocks = kwargs.get("blocks")
    if error != "invalid_blocks" or not blocks:
        return None
    stripped = without_images(blocks)
    if stripped != blocks:
        return {**kwargs, "blocks": stripped}
    return {k: v for k, v in kwargs.items() if k != "blocks"}


class SlackOutput(CarouselOutput, SlackBot):
    """Rasa's SlackBot posting through ``SLACK_API_URL``, with our Block Kit rendering.

    Unlike Rasa's, it never sends ``as_user`` (refused for new Slack apps) and sends
    one message per bot utterance.
    """

    def __init__(
        self,
        token: Text,
        api_url: Text,
        public_url: Text,
        slack_channel: Optional[Text] = None,
        thread_id: Optional[Text] = None,
        proxy: Optional[Text] = None,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url, proxy=proxy)
        self.public_url = public_url

    def _recipient(self, recipient_id: Text) -> Text:
        return self.slack_channel or recipient_id

    async def _post_message(self, channel: Text, **kwargs: Any) -> None:
        if self.thread_id:
            kwargs["thread_ts"] = self.thread_id
        try:
            await self.client.chat_postMessage(channel=channel, **kwargs)
        except SlackApiError as e:
            error = str(e.response.get("error", "unknown"))
            retry = _simpler(kwargs, error)
            if retry is None:
                logger.warning("Slack chat.postMessage failed: %s", error)
                return
            logger.warning("Slack refused the blocks (%s); sending simpler", error)
            await self._post_message(channel, **retry)
        except (aiohttp.ClientError, asyncio.TimeoutError) as e:
            logger.warning("Slack Web API unreachable: %s", type(e).__name__)

    async def send_text_message(
        self, recipient_id: Text, text: Text, **kwargs: Any
    ) -> None:
        """Posts text (mrkdwn-escaped) as one message."""
        await self._post_message(
            self._recipient(recipient_id), text=escape_mrkdwn(text)
        )

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        """Posts text with its buttons as a Block Kit actions block."""
        await self._post_message(
            self._recipient(recipient_id),
            text=escape_mrkdwn(text),
            blocks=button_blocks(text, buttons),
        )

    async def send_image_url(
        self, recipient_id: Text, image: Text, **kwargs: Any
    ) -> None:
        """Posts an image block."""
        block = {"type": "image", "image_url": image, "alt_text": image}
        await self._post_message(
            self._recipient(recipient_id), text=image, blocks=[block]
        )

    async def send_attachment(  # type: ignore[override]
        self, recipient_id: Text, attachment: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Posts a legacy attachment."""
        await self._post_message(
            self._recipient(recipient_id), attachments=[attachment]
        )

    async def send_custom_json(
        self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any
    ) -> None:
        """Renders our product carousel; passes Slack-shaped messages through."""
        if is_carousel(json_message):
            await self.send_carousel(recipient_id, "", json_message)
            return
        if not any(key in json_message for key in ("text", "blocks", "attachments")):
            logger.debug("custom payload not meant for Slack; skipped")
            return
        message = dict(json_message)
        channel = message.pop("channel", None) or self._recipient(recipient_id)
        await self._post_message(channel, **message)

    async def send_carousel(
        self, recipient_id: Text, text: Text, payload: Mapping[str, Any]
    ) -> None:
        """Posts product cards as blocks; text is the notification fallback."""
        items = carousel_items(payload, self.public_url)
        if not items:
            if text:
                await self.send_text_message(recipient_id, text)
            return
        fallback = text or "\n".join(f"{i.title} — {i.price}" for i in items)
        await self._post_message(
            self._recipient(recipient_id),
            text=escape_mrkdwn(fallback),
            blocks=carousel_blocks(items, carousel_language(items, text)),
        )
