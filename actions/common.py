"""Helpers shared by the actions: the shopper's language, transcript, safe DB access."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.language import DEFAULT_LANGUAGE, detect_language


def shopper_language(tracker: Tracker) -> str:
    """Language of the last message (the `language` slot when it has no letters)."""
    slot = tracker.get_slot("language") or DEFAULT_LANGUAGE
    return detect_language(tracker.latest_message.get("text") or "", default=slot)


def latest_text(tracker: Tracker) -> str:
    """The shopper's last message text ('' when there is none)."""
    return (tracker.latest_message.get("text") or "").strip()


def latest_intent(tracker: Tracker) -> str:
    """Name of the last message's intent ('' when there is none)."""
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def entity_values(tracker: Tracker, entity: str, role: str = None) -> List[Any]:
    """Values of an entity (optionally with a role) in the last message, in order."""
    return [
        e.get("value")
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") == entity and (role is None or e.get("role") == role)
    ]


def transcript(tracker: Tracker, limit: int = 50) -> List[Dict[str, str]]:
    """The conversation's last user and bot messages, oldest first."""
    lines = [
        {"from": "user" if e["event"] == "user" else "bot", "text": e.get("text") or ""}
        for e in tracker.events
        if e.get("event") in ("user", "bot") and e.get("text")
    ]
    return lines[-limit:]


# Slots the order forms fill; cleared when a form ends, however it ends.
FORM_SLOTS = (
    "order_id",
    "order_proof",
    "confirm",
    "return_item",
    "return_reason",
    "return_refund",
    "order_items",
    "new_address",
    "form_stop",
    "input_attempts",
)


def reset_form_slots() -> List[Dict[str, Any]]:
    """SlotSet events clearing the order forms' slots (not identity, not context)."""
    return [SlotSet(slot, None) for slot in FORM_SLOTS]
