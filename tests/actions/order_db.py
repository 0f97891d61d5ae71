"""Trackers as the action server receives them, for the action tests."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    text: str = "",
    intent: str = "inform",
    entities: Optional[List[Dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
) -> Tracker:
    """A tracker with these slots and last message (what the action server gets)."""
    message = {"text": text, "intent": {"name": intent}, "entities": entities or []}
    loop = {"name": active_loop} if active_loop else {}
    return Tracker("test", dict(slots or {}), message, [], False, None, loop, "")
