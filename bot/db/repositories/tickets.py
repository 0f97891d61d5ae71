"""Hand-off tickets for human agents."""

from __future__ import annotations

from datetime import datetime
from typing import Any, List, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import HandoffTicket, utcnow
from bot.db.views import TicketView


def ticket_view(row: HandoffTicket) -> TicketView:
    """The frozen view of a ticket row."""
    return TicketView(
        id=row.id,
        conversation_id=row.conversation_id,
        reason=row.reason or "",
        transcript=tuple(row.transcript or ()),
        status=row.status,
        created_at=row.created_at,
    )


class TicketRepository:
    """Creates, reads and closes hand-off tickets.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def create(
        self,
        conversation_id: str,
        reason: str,
        transcript: Sequence[Any],
        created_at: datetime | None = None,
    ) -> int:
        """Opens a ticket and returns its id.

        Args:
            conversation_id: the Rasa sender / conversation id.
            reason: why a human is needed (e.g. "no grounded answer").
            transcript: the conversation's messages (JSON-serializable values,
                e.g. ``{"sender": "user", "text": "..."}``).
            created_at: creation time (naive UTC), default now.
        """
        row = HandoffTicket(
            conversation_id=conversation_id,
            reason=reason,
            transcript=list(transcript),
            status="open",
            created_at=created_at or utcnow(),
        )
        self.session.add(row)
        self.session.flush()
        return int(row.id)

    def get(self, ticket_id: int) -> TicketView | None:
        """The ticket with this id, None when unknown."""
        row = self.session.get(HandoffTicket, ticket_id)
        return ticket_view(row) if row is not None else None

    def list_open(self) -> List[TicketView]:
        """Open tickets, oldest first."""
        query = (
            select(HandoffTicket)
            .where(HandoffTicket.status == "open")
            .order_by(HandoffTicket.created_at, HandoffTicket.id)
        )
        return [ticket_view(row) for row in self.session.scalars(query)]

    def close(self, ticket_id: int) -> bool:
        """Closes a ticket; False when it does not exist."""
        row = self.session.get(HandoffTicket, ticket_id)
        if row is None:
            return False
        row.status = "closed"
        self.session.flush()
        return True
