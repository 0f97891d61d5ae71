"""Marks the message being handled when a store was unreachable during its turn.

The tracker store cannot raise to the channel: Rasa wraps every tracker store in a
``FailSafeTrackerStore`` that swallows errors and carries on with an empty
conversation. So the store records the outage in the turn's context and the channel
guard (bot.channels.guard) answers with a temporary-error message instead.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import List, Optional, Tuple

READ = "read"  # the conversation could not be read: the turn was put on hold
WRITE = "write"  # the turn's events could not be written: they were spooled

Outage = Tuple[str, BaseException]

# One list per handled message, set by the channel guard; the store appends to it.
_OUTAGES: ContextVar[Optional[List[Outage]]] = ContextVar(
    "shopbot_store_outages", default=None
)


def watch() -> List[Outage]:
    """Starts watching the current message's turn; returns the list to look at after."""
    outages: List[Outage] = []
    _OUTAGES.set(outages)
    return outages


def report(kind: str, error: BaseException) -> None:
    """Records that a store failed during the current turn (no-op outside a turn).

    Args:
        kind: READ or WRITE.
        error: what the store raised.
    """
    outages = _OUTAGES.get()
    if outages is not None:
        outages.append((kind, error))
