"""Identity proof for orders: the order's email, or the last 4 digits of its phone."""

from __future__ import annotations

import hmac
import logging
import re
import threading
import time
from datetime import datetime, timedelta
from typing import Any, Callable, Dict

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.services import settings
from bot.db.models import utcnow
from bot.db.repositories.identity_attempts import (
    IdentityAttemptRepository,
    retention_cutoff,
    sender_key,
)
from bot.db.session import session_scope
from bot.db.views import OrderView
from bot.exceptions import DatabaseError

logger = logging.getLogger(__name__)

MAX_PROOF_ATTEMPTS = 3
VERIFIED = "verified"
LOCKED = "locked"
# order_proof value when the shared limiter refused to check a proof
THROTTLED = "throttled"
# outcomes of check_rate_limit
ALLOWED = "allowed"
UNAVAILABLE = "unavailable"
# seconds between two prunes of identity_attempts by one process: with N replicas
# about N small DELETEs per interval, and the table holds only recent proofs
PRUNE_INTERVAL = 600.0

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


def check_rate_limit(sender_id: str, order_id: int) -> str:
    """Whether a proof from this sender for this order may be checked at all.

    Counts failed proofs in the shared database (every action-server replica
    sees the same counts) within ``Settings.identity.window``: by this sender,
    and for this order from any sender (someone rotating sender ids). Successes
    do not reset the count, else an attacker could interleave proofs of their
    own order.

    Returns:
        ALLOWED; THROTTLED when either limit is reached; UNAVAILABLE when the
        database cannot tell (fail closed: the caller checks nothing).
    """
    limits = settings().identity
    since = utcnow() - timedelta(seconds=limits.window)
    try:
        with session_scope(settings().database_url) as session:
            repo = IdentityAttemptRepository(session)
            by_sender = repo.failures_since(since, sender_id=sender_id)
            by_order = repo.failures_since(since, order_id=order_id)
    except DatabaseError:
        logger.exception("identity rate limit lookup failed")
        return UNAVAILABLE
    if by_sender >= limits.max_failures or by_order >= limits.max_order_failures:
        # ids only: the order number and a prefix of the hashed sender, no PII
        key = sender_key(sender_id)[:12]
        logger.warning("identity proofs refused for order %s, sender %s", order_id, key)
        return THROTTLED
    return ALLOWED


def limit_refusal(
    tracker: Tracker, order_id: int, dispatcher: CollectingDispatcher
) -> Dict[str, Any] | None:
    """None when the proof may be checked, else the slots of a refusal (said).

    Throttled: ``utter_identity_rate_limited`` (offers a human) and ``order_proof``
    THROTTLED, which ends the form; limiter unavailable: a temporary error and the
    proof question again.
    """
    verdict = check_rate_limit(tracker.sender_id, order_id)
    if verdict == ALLOWED:
        return None
    if verdict == THROTTLED:
        dispatcher.utter_message(response="utter_identity_rate_limited")
        return {"order_proof": THROTTLED}
    dispatcher.utter_message(response="utter_temporary_error")
    return {"order_proof": None}


class PruneSchedule:
    """Lets one prune through per ``interval`` seconds in this process.

    Args:
        interval: minimum seconds between two prunes.
        clock: monotonic seconds (tests pass a fake one).
    """

    def __init__(
        self,
        interval: float = PRUNE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.clock = clock
        self._last: float | None = None
        self._lock = threading.Lock()

    def due(self) -> bool:
        """True at most once per interval; a True claims the slot (even if it fails)."""
        with self._lock:
            now = self.clock()
            if self._last is not None and now - self._last < self.interval:
                return False
            self._last = now
            return True


_prune_schedule = PruneSchedule()


def prune_attempts(now: datetime | None = None) -> int:
    """Deletes attempts older than ``retention_cutoff``; a database error is logged.

    Args:
        now: the current time (naive UTC), default now.

    Returns:
        How many rows were deleted (0 when the database failed).
    """
    cutoff = retention_cutoff(settings().identity.window, now)
    try:
        with session_scope(settings().database_url) as session:
            deleted = IdentityAttemptRepository(session).delete_before(cutoff)
    except DatabaseError:
        logger.exception("could not prune identity attempts")
        return 0
    logger.debug("pruned %d identity attempts", deleted)
    return deleted


def record_proof(
    sender_id: str,
    order_id: int,
    succeeded: bool,
    schedule: PruneSchedule | None = None,
) -> None:
    """Stores a checked proof for the limiter; a database error is only logged.

    Then, at most once per ``schedule`` interval, prunes attempts the limiter can
    no longer count, so the table stays small without a scheduler.

    Args:
        sender_id: the Rasa sender id (stored hashed).
        order_id: the order the proof was for.
        succeeded: whether the proof matched.
        schedule: when to prune; default the process-wide PRUNE_INTERVAL one.
    """
    try:
        with session_scope(settings().database_url) as session:
            IdentityAttemptRepository(session).record(sender_id, order_id, succeeded)
    except DatabaseError:
        logger.exception("could not record an identity attempt")
        return
    if (schedule or _prune_schedule).due():
        prune_attempts()
