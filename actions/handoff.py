"""Human handoff: a ticket with the transcript; the shopper hears what happens next."""

from __future__ import annotations

import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_intent, reset_form_slots, transcript
from actions.services import settings
from bot.db.repositories.tickets import TicketRepository
from bot.db.session import session_scope
from bot.exceptions import ShopbotError

logger = logging.getLogger(__name__)


class ActionHandoff(Action):
    """Opens a handoff ticket for a human agent."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        try:
            with session_scope(settings().database_url) as session:
                ticket_id = TicketRepository(session).create(
                    conversation_id=tracker.sender_id,
                    reason=latest_intent(tracker) or "contact_human_agent",
                    transcript=transcript(tracker),
                )
        except ShopbotError as e:
            # no traceback: the chained SQL error would carry the transcript (PII)
            logger.error("could not open a handoff ticket: %s", e)
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        dispatcher.utter_message(response="utter_handoff", ticket_id=ticket_id)
        # a form interrupted by "human" is over: its half-filled slots go too
        return reset_form_slots()
