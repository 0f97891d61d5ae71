"""Exports handoff tickets as JSON lines with PII masked.

The ticket row keeps the full transcript for the human agent who handles it;
an export (for analysis, QA, a vendor) carries no emails, phone numbers,
street addresses, phone-ending proofs or raw conversation ids.
"""

from __future__ import annotations

import json
from typing import Any, Dict, TextIO

from bot.db.repositories.identity_attempts import sender_key
from bot.db.repositories.tickets import TicketRepository
from bot.db.session import session_scope
from bot.db.views import TicketView
from bot.privacy.masking import mask_pii, mask_short_proof


def _masked_line(line: Any) -> Any:
    if not isinstance(line, dict):
        return mask_pii(str(line))
    masked = dict(line)
    text = mask_pii(str(line.get("text") or ""))
    if line.get("from") == "user":
        text = mask_short_proof(text)
    masked["text"] = text
    return masked


def masked_ticket(ticket: TicketView) -> Dict[str, Any]:
    """A JSON-serializable ticket with a masked transcript and a hashed sender.

    Returns:
        ``{"id", "conversation_key", "reason", "status", "created_at",
        "transcript": [{"from": "user"|"bot", "text": masked}, ...]}``;
        ``conversation_key`` is the SHA-256 of the conversation id (the
        identity limiter's sender key), so lines of one shopper still group.
    """
    return {
        "id": ticket.id,
        "conversation_key": sender_key(ticket.conversation_id),
        "reason": mask_pii(ticket.reason),
        "status": ticket.status,
        "created_at": ticket.created_at.isoformat(),
        "transcript": [_masked_line(line) for line in ticket.transcript],
    }


def export_tickets(database_url: str, out: TextIO) -> int:
    """Writes the open tickets, oldest first, one masked JSON object per line.

    Args:
        database_url: the shop database.
        out: a text stream (a file opened for writing, sys.stdout).

    Returns:
        How many tickets were written.
    """
    with session_scope(database_url) as session:
        tickets = TicketRepository(session).list_open()
    for ticket in tickets:
        out.write(json.dumps(masked_ticket(ticket), ensure_ascii=False) + "\n")
    return len(tickets)
