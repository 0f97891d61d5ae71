"""Slack request signatures (v0): HMAC-SHA256 over ``v0:{timestamp}:{raw body}``.

See https://api.slack.com/authentication/verifying-requests-from-slack.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from enum import Enum
from typing import Optional

MAX_AGE_SECONDS = 300  # Slack's advice: reject requests older than five minutes


class SignatureCheck(Enum):
    """Outcome of checking one request; the value is a reason safe to log."""

    VALID = "valid"
    MISSING = "missing X-Slack-Signature or X-Slack-Request-Timestamp"
    BAD_TIMESTAMP = "timestamp malformed or more than 5 minutes from now"
    MISMATCH = "signature does not match"


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Slack-Signature`` value Slack sends for this timestamp and body.

    Args:
        secret: the app's signing secret.
        timestamp: the ``X-Slack-Request-Timestamp`` header, as sent.
        body: the raw request body.

    Returns:
        ``"v0="`` followed by 64 hex digits.
    """
    base = b"v0:" + timestamp.encode("utf-8") + b":" + body
    digest = hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()
    return f"v0={digest}"


def check_slack_signature(
    secret: str,
    timestamp: Optional[str],
    body: bytes,
    signature: Optional[str],
    now: Optional[float] = None,
) -> SignatureCheck:
    """Checks a request's signature and freshness (constant-time comparison).

    Args:
        secret: the app's signing secret (non-empty).
        timestamp: the ``X-Slack-Request-Timestamp`` header or None.
        body: the raw request body.
        signature: the ``X-Slack-Signature`` header or None.
        now: current Unix time; defaults to ``time.time()``.

    Returns:
        ``SignatureCheck.VALID`` or the reason for rejecting the request.
    """
    if not timestamp or not signature:
        return SignatureCheck.MISSING
    now = time.time() if now is None else now
    try:
        age = abs(now - int(timestamp))
    except (ValueError, OverflowError):  # not an integer, or too big for a float
        return SignatureCheck.BAD_TIMESTAMP
    if age > MAX_AGE_SECONDS:  # a replay, or a badly wrong clock
        return SignatureCheck.BAD_TIMESTAMP
    expected = slack_signature(secret, timestamp, body)
    # Sanic decodes non-UTF-8 header bytes to lone surrogates: encodable this way
    sent = signature.encode("utf-8", "surrogatepass")
    if not hmac.compare_digest(expected.encode(), sent):
        return SignatureCheck.MISMATCH
    return SignatureCheck.VALID
