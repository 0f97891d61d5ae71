"""Identity proof for orders: the order's email, or the last 4 digits of its phone."""

from __future__ import annotations

import hmac
import re
from typing import Any, Dict

from rasa_sdk import Tracker

from bot.db.views import OrderView

MAX_PROOF_ATTEMPTS = 3
VERIFIED = "verified"
LOCKED = "locked"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_ORDER_ID = re.compile(r"(?<!\d)(\d{5})(?!\d)")


def parse_order_id(text: object) -> int | None:
    """The 5-digit order number in a slot value or message, or None."""
    match = _ORDER_ID.search(str(text or ""))
    return int(match.group(1)) if match else None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def proof_matches(proof: object, email: str, phone: str) -> bool:
    """True when the text holds the order's email or its phone's last 4 digits.

    Args:
        proof: what the shopper typed ("anna@example.com", "尾号1234", "1234").
        email: the customer's email on the order.
        phone: the customer's phone on the order (any formatting).
    """
    text = str(proof or "")
    found_email = _EMAIL.search(text)
    if found_email:
        return _same(found_email.group(0).casefold(), (email or "").casefold())
    digits = re.sub(r"\D", "", phone or "")
    groups = _FOUR_DIGITS.findall(text)
    return len(digits) >= 4 and len(groups) == 1 and _same(groups[0], digits[-4:])


def is_verified_for(tracker: Tracker, order: OrderView) -> bool:
    """True when this conversation already proved it is the order's customer.

    ``verified_customer_id`` is set only by the action server after a matching proof
    (its slot mapping is custom), never from what the shopper typed.
    """
    return tracker.get_slot("verified_customer_id") == str(order.customer_id)


def verification_slots(tracker: Tracker, order: OrderView) -> Dict[str, Any]:
    """Slots that skip the proof question when this customer is already verified."""
    if is_verified_for(tracker, order):
        return {"order_proof": VERIFIED}
    return {"order_proof": None}


def looks_like_proof(text: object) -> bool:
    """True when the text holds an email address or exactly one group of 4 digits."""
    value = str(text or "")
    return bool(_EMAIL.search(value)) or len(_FOUR_DIGITS.findall(value)) == 1
