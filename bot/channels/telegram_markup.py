"""Telegram rendering of the product carousel: one message with an inline keyboard.

One message rather than a photo per product: the shopper gets one notification,
Telegram need not fetch our images (the demo's are SVG, which sendPhoto refuses, and a
shop on localhost is unreachable for Telegram's servers), and the list keeps the
price and stock lines of the bot's text; each product gets a URL button to its page.
"""

from __future__ import annotations

from typing import List, Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.carousel import CarouselItem, label, stock_label

MAX_PRODUCTS = 16
MAX_MESSAGE_TEXT = 4096  # Telegram's limit for sendMessage


def carousel_text(items: Sequence[CarouselItem], language: str) -> str:
    """Numbered lines "title — price · stock", when the bot sent no text of its own."""
    lines: List[str] = []
    for number, item in enumerate(items[:MAX_PRODUCTS], start=1):
        facts = " · ".join(f for f in (item.price, stock_label(item, language)) if f)
        lines.append(f"{number}. {item.title}" + (f" — {facts}" if facts else ""))
    return "\n".join(lines)[:MAX_MESSAGE_TEXT]


def carousel_keyboard(
    items: Sequence[CarouselItem], language: str
) -> InlineKeyboardMarkup:
    """One row per product: a URL button "Details: <title>" to its product page."""
    markup = InlineKeyboardMarkup()
    details = label(language, "details")
    for item in items[:MAX_PRODUCTS]:
        markup.row(
            InlineKeyboardButton(f"{details}: {item.title}", url=item.details_url)
        )
    return markup
