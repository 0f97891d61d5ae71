"""Grounded answers for messages the NLU could not place (DESIGN §7).

``nlu_fallback`` and ``out_of_scope`` run the chain of ``bot.generation``: the
FAQ's own answer when it clearly matches, else a passage of the shop's FAQ or
catalog that answers (quoted, or reworded / answered by the generator and checked
by the guardrail), shown with its sources; else the honest "I don't know" with
the offer of a human, after "did you mean …?" buttons when FAQ entries come near
the question (``actions.faq.no_answer``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from functools import lru_cache
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_text, shopper_language
from actions.faq import no_answer
from actions.services import embedder, faq_retriever, product_searcher, settings
from bot.exceptions import ShopbotError
from bot.generation.chain import GroundedAnswer, GroundedAnswerer

logger = logging.getLogger(__name__)

_lock = threading.Lock()
SOURCE_SEPARATOR = {"en": "; ", "zh": "；"}


def grounded_answerer() -> GroundedAnswerer:
    """The chain of this process, built on first use (the generator model loads on
    its first generation)."""
    with _lock:
        return _grounded_answerer()


@lru_cache(maxsize=1)
def _grounded_answerer() -> GroundedAnswerer:
    from bot.generation.service import build_answerer

    return build_answerer(settings(), faq_retriever(), product_searcher(), embedder())


def sources_text(answer: GroundedAnswer, language: str) -> str:
    """``[1] Do you offer free shipping?; [2] Apple iPhone 15 128GB``."""
    separator = SOURCE_SEPARATOR.get(language, "; ")
    return separator.join(f"[{s.number}] {s.title}" for s in answer.sources)


class ActionGroundedFallback(Action):
    """Answers from the shop's own texts, or says honestly that it cannot."""

    def name(self) -> str:
        return "action_grounded_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        text = latest_text(tracker)
        language = shopper_language(tracker)
        if not text:
            dispatcher.utter_message(response="utter_default")
            return []
        try:
            loop = asyncio.get_running_loop()
            answerer = await loop.run_in_executor(None, grounded_answerer)
            answer = await loop.run_in_executor(None, answerer.answer, text, language)
        except ShopbotError:
            logger.exception("grounded answer failed")
            answer = GroundedAnswer("none", reason="error")
        # the reason and kind only: the message may hold personal data
        logger.info("grounded answer: %s %s", answer.kind, answer.reason)
        if not answer.answered:
            return no_answer(dispatcher, answer.suggestions, language)
        dispatcher.utter_message(
            response="utter_grounded_answer",
            answer=answer.text,
            sources=sources_text(answer, language),
        )
        return []
