"""Keeps the `language` slot on the language of the shopper's last message."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import shopper_language


class ActionDetectLanguage(Action):
    """Custom slot mapping of `language`, run by Rasa after every user message.

    Responses choose their text with a `condition` on this slot, so every reply —
    Rasa's and the actions' — follows the language the shopper wrote in last.
    Messages without letters (emoji, an order number) keep the current language.
    """

    def name(self) -> str:
        return "action_detect_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        if language == tracker.get_slot("language"):
            return []
        return [SlotSet("language", language)]
