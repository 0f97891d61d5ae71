"""FAQ answers from retrieval over every phrasing, in the shopper's language.

An unanswered question gets the honest "I don't know" with the offer of a human,
as a follow-up action of its own so the rules hand over on a "yes"; when FAQ
entries come near it, they are offered first as "did you mean …?" buttons whose
payload is the entry's own question (a tap asks it again, in the shopper's
language). ``action_grounded_fallback`` ends the same way.
"""

from __future__ import annotations

import logging
from typing import AbstractSet, Any, Dict, List, Optional, Sequence, Set, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_intent, latest_text, shopper_language
from actions.services import faq_retriever, settings
from bot.db.views import FaqView
from bot.exceptions import ShopbotError
from bot.generation.service import fetch_faq
from bot.retrieval.faq_retriever import FaqHit, near_entries
from bot.retrieval.text_tokens import tokenize

logger = logging.getLogger(__name__)


def suggestion_buttons(faq_ids: Sequence[str], language: str) -> List[Dict[str, str]]:
    """One button per FAQ entry: its first question in the shopper's language,
    sent back as the payload (asked again, it clears every bar)."""
    if not faq_ids:
        return []
    try:
        entries = fetch_faq(settings().database_url, faq_ids)
    except ShopbotError:
        logger.exception("FAQ suggestions could not be read")
        return []
    questions = [e.questions(language)[:1] or e.questions_en[:1] for e in entries]
    return [{"title": q[0], "payload": q[0]} for q in questions if q]


def no_answer(
    dispatcher: CollectingDispatcher, faq_ids: Sequence[str], language: str
) -> List[Dict[str, Any]]:
    """ "Did you mean …?" buttons when there are near entries, then the offer of a
    human (the returned follow-up action)."""
    buttons = suggestion_buttons(faq_ids, language)
    if not buttons:
        return [FollowupAction("utter_no_answer")]
    dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
    return [FollowupAction("utter_no_answer_suggested")]


def confident_entry(hits: Sequence[FaqHit]) -> Optional[FaqView]:
    """The entry that answers a question, from its ranked ``hits``: the first when
    it clears the answer bars and the FAQ-intent bar (below it the entry is only
    near the topic: "did you mean …?" rather than a side answer)."""
    config = settings()
    hit = faq_retriever().best(hits)
    if hit is None or hit.score < config.faq_intent_threshold:
        return None
    entries = fetch_faq(config.database_url, [hit.faq_id])
    return entries[0] if entries else None


def entry_words(entry: FaqView) -> Set[str]:
    """The words of an entry's questions and answers, both languages."""
    texts = (*entry.questions_en, *entry.questions_zh, entry.answer_en, entry.answer_zh)
    return {word for text in texts for word in tokenize(text)}


def faq_lookup(
    text: str, topic: Optional[AbstractSet[str]] = None
) -> Tuple[Optional[FaqView], List[FaqHit]]:
    """The entry that answers ``text`` confidently (and, given ``topic`` words,
    holds one of them) or None, with the ranked entries ("did you mean …?");
    (None, []) when there is nothing to search or retrieval fails."""
    question = text[:2000]
    if not question.strip() or topic is not None and not topic:
        return None, []
    try:
        hits = faq_retriever().rank(question)
        entry = confident_entry(hits)
    except ShopbotError:
        logger.exception("FAQ retrieval failed")
        return None, []
    if entry is not None and topic is not None and topic.isdisjoint(entry_words(entry)):
        entry = None
    return entry, hits


def answer_if_known(
    dispatcher: CollectingDispatcher,
    text: str,
    language: str,
    topic: Optional[AbstractSet[str]] = None,
) -> bool:
    """Utters the FAQ answer to ``text`` when ``faq_lookup`` finds one; False (and
    nothing said) otherwise."""
    entry, _ = faq_lookup(text, topic)
    if entry is None:
        return False
    dispatcher.utter_message(text=entry.answer(language))
    return True


def near_question_reply(
    dispatcher: CollectingDispatcher, hits: Sequence[FaqHit], language: str
) -> List[Dict[str, Any]]:
    """The honest no-answer to a question: near entries as "did you mean …?"
    buttons, then the offer of a human."""
    config = settings()
    near = near_entries(hits, config.faq_suggest_threshold, config.faq_suggestions)
    return no_answer(dispatcher, near, language)


class ActionAnswerFaq(Action):
    """Answers a FAQ intent with the nearest FAQ entry when it clears the bars
    (``faq_threshold``, ``faq_margin`` and ``faq_intent_threshold``)."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        text = latest_text(tracker)
        language = shopper_language(tracker)
        question = text[:2000]
        try:
            # one search serves the answer and, failing it, the suggestions
            hits = faq_retriever().rank(question) if question.strip() else []
            entry = confident_entry(hits)
        except ShopbotError:
            logger.exception("FAQ retrieval failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if entry:
            dispatcher.utter_message(text=entry.answer(language))
            return []
        if not text or latest_intent(tracker) == "inform":
            # a bare value ("10023", "red") outside any flow: ask what they want
            dispatcher.utter_message(response="utter_default")
            return []
        # an unanswered question: say so honestly and offer a human (DESIGN §7)
        return near_question_reply(dispatcher, hits, language)
