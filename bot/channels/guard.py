"""Every message gets a reply, even when a store or the bot itself fails.

Each of our input channels (REST, socket.io, Slack, Telegram) wraps Rasa's
``on_new_message`` with :func:`guarded`:

* the tracker store could not read the conversation (database down): the turn was
  put on hold (bot.stores.tracker_store) and the shopper hears that it is a
  temporary problem;
* handling raised (lock store down, a bug): the shopper hears the same, never a
  traceback, and what they said is spooled when a store was the cause.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import UserUttered

from bot.language import detect_language
from bot.stores import outage
from bot.stores.spool import default_spool

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

TEMPORARY_ERROR = {
    "en": (
        "Sorry, we are having a temporary technical problem and cannot look at your "
        "conversation right now. Your message is saved; please try again in a minute."
    ),
    "zh": (
        "抱歉，系统暂时出现技术故障，现在无法处理您的对话。您的消息已保存，请稍后再试。"
    ),
}

# what a store raises when its server is unreachable
_STORE_ERRORS = ("OperationalError", "InterfaceError", "ConnectionError", "LockError")


def _is_store_error(error: BaseException) -> bool:
    return any(type(e).__name__ in _STORE_ERRORS for e in _chain(error))


def _chain(error: BaseException) -> list:
    seen = []
    while error is not None and len(seen) < 10:
        seen.append(error)
        error = error.__cause__ or error.__context__
    return seen


async def _apologize(message: UserMessage) -> None:
    text = TEMPORARY_ERROR[detect_language(message.text or "")]
    try:
        await message.output_channel.send_text_message(message.sender_id, text)
    except Exception as e:  # noqa: BLE001 - the channel itself may be what failed
        logger.error("could not send the apology: %s", type(e).__name__)


def _spool(message: UserMessage) -> None:
    event = UserUttered(
        message.text, input_channel=message.input_channel, message_id=message.message_id
    )
    try:
        default_spool().add(message.sender_id, [event.as_dict()])
    except Exception as e:  # noqa: BLE001 - a full disk must not cost the reply
        logger.error("could not spool a message: %s", type(e).__name__)


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    """Wraps a channel's on_new_message so that every message gets a reply."""

    async def handle(message: UserMessage) -> None:
        outages = outage.watch()
        try:
            await on_new_message(message)
        except Exception as e:  # noqa: BLE001 - the shopper gets a reply regardless
            # the message text is not logged: it may hold personal data
            logger.exception("handling a message failed (%s)", type(e).__name__)
            if _is_store_error(e):
                _spool(message)
            await _apologize(message)
            return
        if any(kind == outage.READ for kind, _ in outages):
            await _apologize(message)

    return handle
