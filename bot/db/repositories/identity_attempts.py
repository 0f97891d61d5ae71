"""Identity-proof attempts: what the shared rate limiter counts (all replicas)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.db.models import IdentityAttempt, utcnow
from bot.exceptions import ShopbotError

# How many limiter windows of attempts pruning keeps. One would do: the limiter
# only counts attempts inside the last window. The second covers replica clocks
# that disagree by up to a window (each stamps and counts with its own clock) and
# a window raised in a rolling deploy, while old replicas still prune.
RETENTION_WINDOWS = 2


def retention_cutoff(window: float, now: datetime | None = None) -> datetime:
    """Attempts created before this instant may be deleted (``delete_before``).

    Args:
        window: the limiter's window in seconds (``Settings.identity.window``).
        now: the current time (naive UTC), default now.

    Returns:
        ``now`` minus ``RETENTION_WINDOWS`` windows.
    """
    return (now or utcnow()) - timedelta(seconds=RETENTION_WINDOWS * window)


def sender_key(sender_id: str) -> str:
    """The SHA-256 hex digest stored instead of the raw sender id."""
    return hashlib.sha256(str(sender_id).encode("utf-8")).hexdigest()


class IdentityAttemptRepository:
    """Records proofs and counts recent failures by sender or by order.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(
        self,
        sender_id: str,
        order_id: int,
        succeeded: bool,
        created_at: datetime | None = None,
    ) -> None:
        """Stores one checked proof (the sender id only as its SHA-256).

        Args:
            sender_id: the Rasa sender / conversation id (hashed here).
            order_id: the order the proof was for.
            succeeded: whether the proof matched.
            created_at: when (naive UTC), default now.
        """
        self.session.add(
            IdentityAttempt(
                sender_key=sender_key(sender_id),
                order_id=int(order_id),
                succeeded=bool(succeeded),
                created_at=created_at or utcnow(),
            )
        )
        self.session.flush()

    def failures_since(
        self,
        since: datetime,
        sender_id: str | None = None,
        order_id: int | None = None,
    ) -> int:
        """Failed proofs at or after ``since`` by this sender and/or for this order.

        Args:
            since: start of the window (naive UTC).
            sender_id: count only this sender's failures (raw id, hashed here).
            order_id: count only failures for this order.

        Raises:
            ShopbotError: neither sender_id nor order_id was given.
        """
        if sender_id is None and order_id is None:
            raise ShopbotError("failures_since needs a sender_id or an order_id")
        query = select(func.count(IdentityAttempt.id)).where(
            IdentityAttempt.succeeded.is_(False), IdentityAttempt.created_at >= since
        )
        if sender_id is not None:
            query = query.where(IdentityAttempt.sender_key == sender_key(sender_id))
        if order_id is not None:
            query = query.where(IdentityAttempt.order_id == int(order_id))
        return int(self.session.scalar(query) or 0)

    def forget(self, sender_id: str | None = None, order_id: int | None = None) -> int:
        """Deletes the attempts of a sender and/or for an order; returns how many.

        For an agent lifting a limit after verifying a customer, and for erasure
        requests. Raises ShopbotError when neither key is given.
        """
        if sender_id is None and order_id is None:
            raise ShopbotError("forget needs a sender_id or an order_id")
        query = delete(IdentityAttempt)
        if sender_id is not None:
            query = query.where(IdentityAttempt.sender_key == sender_key(sender_id))
        if order_id is not None:
            query = query.where(IdentityAttempt.order_id == int(order_id))
        return int(self.session.execute(query).rowcount or 0)

    def delete_before(self, cutoff: datetime) -> int:
        """Deletes attempts created before ``cutoff``; returns how many.

        One DELETE. Pruning with ``retention_cutoff`` keeps every row the
        limiter can still count. No index leads with ``created_at``: the scan is
        over a table that regular pruning keeps small.
        """
        result = self.session.execute(
            delete(IdentityAttempt).where(IdentityAttempt.created_at < cutoff)
        )
        return int(result.rowcount or 0)
