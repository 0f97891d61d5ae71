"""Checks a conversation in the tracker store against what was sent and received.

Used by the load benchmark and the fault tests: every message a shopper sent is in
the store exactly once, in order, each turn's events follow its message (no other
turn of the same conversation in between), and the bot messages stored for a turn
are the ones the shopper received.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import List, Sequence, Tuple

from sqlalchemy import text
from sqlalchemy.engine import Engine

Event = Tuple[str, str]  # ("user" | "bot" | "action", text or action name)


@dataclass
class ConversationAudit:
    """What is wrong with one stored conversation (all zero: intact)."""

    sender_id: str
    lost: int = 0  # sent messages missing from the store
    duplicated: int = 0  # stored more often than sent
    out_of_order: int = 0  # stored user messages not in the order sent
    interleaved: int = 0  # turns whose events mix with another turn's
    reply_mismatch: int = 0  # turns whose stored bot messages differ from replies
    problems: List[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not (
            self.lost
            or self.duplicated
            or self.out_of_order
            or self.interleaved
            or self.reply_mismatch
        )


def stored_events(engine: Engine, sender_id: str) -> List[Event]:
    """The conversation's user, bot and action events in store order (Rasa's table)."""
    query = text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id")
    out: List[Event] = []
    with engine.connect() as connection:
        for type_name, data in connection.execute(query, {"s": sender_id}):
            event = json.loads(data)
            if type_name == "user":
                out.append(("user", event.get("text") or ""))
            elif type_name == "bot":
                out.append(("bot", event.get("text") or ""))
            elif type_name == "action":
                out.append(("action", event.get("name") or ""))
    return out


def audit_conversation(
    events: Sequence[Event],
    sent: Sequence[str],
    replies: Sequence[Sequence[str]],
    sender_id: str = "",
) -> ConversationAudit:
    """Compares the stored events with the sent texts and the received replies.

    Args:
        events: stored_events() of the conversation.
        sent: the texts the shopper sent, in order.
        replies: for each sent text, the texts of the bot messages received
            (messages without text, such as a carousel's payload, are skipped).
        sender_id: for the report.
    """
    audit = ConversationAudit(sender_id)
    users = [t for kind, t in events if kind == "user"]
    stored, wanted = Counter(users), Counter(sent)
    audit.lost = sum((wanted - stored).values())
    audit.duplicated = sum((stored - wanted).values())
    if not audit.lost and not audit.duplicated and users != list(sent):
        audit.out_of_order = 1
    turns = _turns(events)
    for i, turn in enumerate(turns):
        if any(kind == "user" for kind, _ in turn[1:]):
            audit.interleaved += 1
        if not turn or turn[-1] != ("action", "action_listen"):
            if i < len(turns) - 1:  # every turn but the last ends by listening
                audit.interleaved += 1
    for i, (turn, got) in enumerate(zip(turns, replies, strict=False)):
        bot = [t for kind, t in turn if kind == "bot" and t]
        if bot != [t for t in got if t]:
            audit.reply_mismatch += 1
            audit.problems.append(f"turn {i}: stored {bot!r}, received {list(got)!r}")
    return audit


def _turns(events: Sequence[Event]) -> List[List[Event]]:
    """Events split at each user message (the events before the first dropped)."""
    turns: List[List[Event]] = []
    for event in events:
        if event[0] == "user":
            if turns and turns[-1][-1] != ("action", "action_listen"):
                turns[-1].append(event)  # a user message inside a running turn
                continue
            turns.append([event])
        elif turns:
            turns[-1].append(event)
    return turns
