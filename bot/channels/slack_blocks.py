"""Slack Block Kit for the bot's messages: buttons and the product carousel.

Limits are Slack's: 50 blocks per message, 25 elements per actions block, 3000
characters per section text, 75 per button label.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence
from urllib.parse import urlsplit

from bot.channels.carousel import CarouselItem, label, stock_label

MAX_BUTTONS = 25
MAX_PRODUCTS = 16  # three blocks each, under the 50-block limit
MAX_SECTION_TEXT = 3000
MAX_BUTTON_TEXT = 75
# Slack fetches accessory images itself and only shows PNG, JPEG and GIF; a URL it
# cannot fetch fails the whole message, so images it surely cannot show are left out.
_UNSHOWN_SUFFIXES = (".svg", ".svgz", ".webp")
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}

Block = Dict[str, Any]


def escape_mrkdwn(text: str) -> str:
    """Escapes the three characters Slack's mrkdwn reserves (&, <, >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_section(text: str) -> Block:
    """A section block showing text (mrkdwn, escaped, cut to Slack's limit)."""
    body = escape_mrkdwn(text)[:MAX_SECTION_TEXT] or " "
    return {"type": "section", "text": {"type": "mrkdwn", "text": body}}


def _button(button: Mapping[str, Any], index: int) -> Block:
    title = str(button.get("title") or button.get("payload") or "…")
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": title[:MAX_BUTTON_TEXT]},
        "action_id": f"button_{index}",
    }
    if button.get("url"):
        element["url"] = str(button["url"])
    else:  # the click comes back as this value, i.e. as the shopper's message
        element["value"] = str(button.get("payload") or title)[:2000]
    return element


def button_blocks(text: str, buttons: Sequence[Mapping[str, Any]]) -> List[Block]:
    """The text and its buttons (Rasa's ``{"title", "payload"}`` or ``"url"``).

    Args:
        text: the message text.
        buttons: Rasa buttons; beyond 25, the rest are dropped.

    Returns:
        A section block and, when there are buttons, an actions block.
    """
    elements = [_button(b, i) for i, b in enumerate(buttons[:MAX_BUTTONS])]
    blocks = [text_section(text)]
    if elements:
        blocks.append({"type": "actions", "elements": elements})
    return blocks


def slack_image(url: Optional[str]) -> Optional[str]:
    """url when Slack can fetch and show it, else None (SVG, loopback hosts)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.hostname in _LOOPBACK_HOSTS or parts.hostname.startswith("127."):
        return None
    if parts.path.lower().endswith(_UNSHOWN_SUFFIXES):
        return None
    return url


def product_blocks(item: CarouselItem, language: str, index: int) -> List[Block]:
    """One product card: linked title, price and stock, image, a details button."""
    title = escape_mrkdwn(item.title).replace("|", " ")
    facts = " · ".join(f for f in (item.price, stock_label(item, language)) if f)
    section: Block = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": f"*<{item.details_url}|{title}>*\n{facts}"},
    }
    image = slack_image(item.image_url)
    if image is not None:
        section["accessory"] = {
            "type": "image",
            "image_url": image,
            "alt_text": item.title[:2000],
        }
    details = {
        "type": "button",
        "text": {"type": "plain_text", "text": label(language, "details")},
        "url": item.details_url,
        "action_id": f"product_details_{index}",
    }
    return [section, {"type": "actions", "elements": [details]}]


def carousel_blocks(items: Sequence[CarouselItem], language: str) -> List[Block]:
    """The product cards, separated by dividers (at most 16 products)."""
    blocks: List[Block] = []
    for index, item in enumerate(items[:MAX_PRODUCTS]):
        if blocks:
            blocks.append({"type": "divider"})
        blocks.extend(product_blocks(item, language, index))
    return blocks


def without_images(blocks: Sequence[Block]) -> List[Block]:
    """The blocks with image accessories removed (when Slack could not fetch one)."""
    stripped = []
    for block in blocks:
        accessory = block.get("accessory")
        if isinstance(accessory, Mapping) and accessory.get("type") == "image":
            block = {k: v for k, v in block.items() if k != "accessory"}
        stripped.append(block)
    return stripped
