"""Reading webhook bodies defensively: bad input is a 4xx for the sender, never ours."""

from __future__ import annotations

import json
from typing import Any, Dict, Optional


def json_object(raw: Any) -> Optional[Dict[str, Any]]:
    """The JSON object in raw (bytes or str), or None when it is not one.

    Args:
        raw: a request body.

    Returns:
        The decoded dict; None for invalid JSON, non-UTF-8 bytes, or JSON that is
        not an object (a list, a string, a number).
    """
    if not isinstance(raw, (bytes, bytearray, str)):
        return None
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, nesting
        return None
    return value if isinstance(value, dict) else None


def media_type(content_type: Optional[str]) -> str:
    """The media type of a Content-Type header, lower-cased, without parameters.

    ``"application/json; charset=utf-8"`` → ``"application/json"``.
    """
    return (content_type or "").split(";", 1)[0].strip().lower()


def clean_text(text: str, max_chars: int) -> str:
    """A message text that every store accepts: cut, without NULs or lone surrogates.

    PostgreSQL text refuses NUL characters and UTF-8 cannot encode a lone surrogate
    (JSON allows both); either would make the whole turn unstorable.
    """
    text = text[:max_chars].replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8")
