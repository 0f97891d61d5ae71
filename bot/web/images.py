"""Product images: local files only (no external URLs), else a drawn placeholder."""

from __future__ import annotations

import hashlib
import re
from html import escape

PLACEHOLDER_PREFIX = "/static/img/"
_PLACEHOLDER_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}\.svg$")


def image_src(image_url: str, sku: str) -> str:
    """Where the page loads a product's image from.

    A catalog path on this server (``/static/...``) is kept; anything else (an
    external URL, an empty field) becomes the product's placeholder, so pages
    never reach outside the shop.
    """
    if image_url.startswith("/static/") and ".." not in image_url:
        return image_url
    return f"{PLACEHOLDER_PREFIX}{sku.lower()}.svg"


def is_placeholder_name(name: str) -> bool:
    """True for names like ``ph-0001.svg`` (no slashes, no traversal)."""
    return bool(_PLACEHOLDER_NAME.match(name)) and ".." not in name


def placeholder_svg(name: str) -> str:
    """A 320×240 SVG card showing the image's name (``ph-0001.svg`` → PH-0001).

    The color comes from the name's prefix (``ph``, ``sh``), so a category's
    products share a hue.
    """
    label = name.rsplit(".", 1)[0].upper()[:24]
    prefix = label.split("-", 1)[0]
    hue = int(hashlib.sha256(prefix.encode()).hexdigest()[:4], 16) % 360
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" '
        'viewBox="0 0 320 240" role="img">'
        f'<rect width="320" height="240" fill="hsl({hue},45%,88%)"/>'
        f'<circle cx="160" cy="105" r="48" fill="hsl({hue},45%,70%)"/>'
        f'<text x="160" y="200" font-family="sans-serif" font-size="22" '
        f'text-anchor="middle" fill="hsl({hue},40%,25%)">{escape(label)}</text>'
        "</svg>"
    )
