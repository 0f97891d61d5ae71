"""FAQ answers from retrieval over every phrasing, in the shopper's language."""

from __future__ import annotations

import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_intent, latest_text, shopper_language
from actions.services import faq_retriever, settings
from bot.db.repositories.faq import FaqRepository
from bot.db.session import session_scope
from bot.exceptions import ShopbotError

logger = logging.getLogger(__name__)


class ActionAnswerFaq(Action):
    """Answers with the FAQ entry nearest to the message when it clears the bar."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        text = latest_text(tracker)
        language = shopper_language(tracker)
        try:
            hit = faq_retriever().answer(text[:2000])
            entry = None
            if hit is not None:
                with session_scope(settings().database_url) as session:
                    entry = FaqRepository(session).get(hit.faq_id)
        except ShopbotError:
            logger.exception("FAQ retrieval failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if entry is not None:
            dispatcher.utter_message(text=entry.answer(language))
            return []
        if not text or latest_intent(tracker) == "inform":
            # a bare value ("10023", "red") outside any flow: ask what they want
            dispatcher.utter_message(response="utter_default")
        else:
            # an unanswered question: say so honestly and offer a human (DESIGN §7);
            # an action of its own, so the rules hand over on a "yes"
            return [FollowupAction("utter_no_answer")]
        return []
