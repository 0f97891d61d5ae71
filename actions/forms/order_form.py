"""Shared validation of the order forms: which order, proof of identity, bad input.

Every form that discloses or changes an order (cancel, return, change address,
refund status) asks for the order number and then for the order's email or the
last 4 digits of its phone, unless this conversation already proved it is that
order's customer. After the proof, the form checks the order may go through the
flow (``eligibility``) and ends early when it may not.
"""

from __future__ import annotations

import logging
import re
from abc import ABC, abstractmethod
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import identity
from actions.common import entity_values, latest_text, shopper_language
from actions.faq import answer_if_known
from actions.forms.order_status import load_order
from bot.db.views import OrderView
from bot.exceptions import DatabaseError
from bot.language import is_question

logger = logging.getLogger(__name__)

MAX_BAD_INPUTS = 3
# values of the `form_stop` slot: why a form ended before its last question
STOP_INELIGIBLE = "ineligible"
STOP_GAVE_UP = "gave_up"
STOP_ASKED = "stopped"
STOP_THROTTLED = "throttled"

# Whole messages that mean "stop this form" even when NLU did not say `deny`
# (then the form ends itself; `deny` goes through the stop rules instead).
STOP_MESSAGES = frozenset(
    ("stop", "stop it", "quit", "forget it", "never mind", "nevermind", "no", "nope")
    + ("算了", "算了吧", "不用了", "不要了", "不弄了", "停", "停止", "退出")
)
# slots whose mapping accepts `deny` messages ("it's too small" reads as deny)
DENY_IS_AN_ANSWER = ("return_reason",)
_PUNCTUATION = re.compile(r"[\s!！.。,，~～?？]+")


def is_stop_message(text: object) -> bool:
    """True when the whole message asks to stop ("stop", "算了", "never mind!")."""
    words = _PUNCTUATION.sub(" ", str(text or "")).strip().casefold()
    return words in STOP_MESSAGES


def stop_events(
    tracker: Tracker, deny_answers: tuple = ()
) -> Optional[List[EventType]]:
    """The events that end a form when the shopper typed "stop"/"算了", else None.

    A message NLU reads as `deny` is left to the stop rules, except while asking
    for a slot in ``deny_answers`` (where a `deny` message is a valid answer).
    """
    asked = tracker.get_slot("requested_slot")
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    by_rule = intent == "deny" and asked not in deny_answers
    if asked and not by_rule and is_stop_message(tracker.latest_message.get("text")):
        return [SlotSet("form_stop", STOP_ASKED), SlotSet("requested_slot", None)]
    return None


YES_WORDS = ("yes", "yep", "sure", "ok", "okay", "confirm", "是", "好", "确认", "对")
NO_WORDS = ("no", "nope", "不", "否", "取消", "别")


def parse_yes_no(text: object) -> Optional[bool]:
    """True / False for a yes / no answer typed as text, None when unclear."""
    words = str(text or "").strip().casefold()
    if not words:
        return None
    if any(words.startswith(w) for w in NO_WORDS):
        return False
    if any(words.startswith(w) for w in YES_WORDS):
        return True
    return None


def bad_input(
    tracker: Tracker,
    dispatcher: CollectingDispatcher,
    slot: str,
    hint: Optional[str],
) -> Dict[str, Any]:
    """Re-asks with a hint; after MAX_BAD_INPUTS tries ends the form, offers a human."""
    attempts = int(tracker.get_slot("input_attempts") or 0) + 1
    if attempts >= MAX_BAD_INPUTS:
        dispatcher.utter_message(response="utter_form_gave_up")
        return {slot: None, "input_attempts": attempts, "form_stop": STOP_GAVE_UP}
    if hint:
        dispatcher.utter_message(response=hint)
    return {slot: None, "input_attempts": attempts}


class OrderFormValidation(FormValidationAction, ABC):
    """Base validator: order id, identity proof, eligibility, early end.

    Subclasses name the form, list the slots that follow the proof in
    ``FLOW_SLOTS`` and override ``eligibility``.
    """

    FLOW_SLOTS: List[Text] = []

    @abstractmethod
    def name(self) -> Text:
        """validate_<form name>."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """Validates as usual, unless the shopper asked to stop the form."""
        stop = stop_events(tracker, DENY_IS_AN_ANSWER)
        return stop or await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        """All slots; none once the form has to end (stop, lock, ineligible)."""
        if tracker.get_slot("form_stop"):
            return []
        if tracker.get_slot("order_proof") == identity.LOCKED:
            return []
        return domain_slots

    def eligibility(
        self, order: OrderView, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[str, Any]:
        """Slots to set once the order is proven theirs; ``form_stop`` ends the form."""
        return {}

    async def extract_order_id(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        """ "Cancel it": a form started without an order number uses the last order."""
        fresh = tracker.get_slot("requested_slot") is None
        last = tracker.get_slot("last_order_id")
        named = entity_values(tracker, "order_id")
        if fresh and last and not named and not tracker.get_slot("order_id"):
            return {"order_id": last}
        return {}

    def _load(
        self, order_id: Optional[int], dispatcher: CollectingDispatcher
    ) -> Optional[OrderView]:
        try:
            return load_order(order_id)
        except DatabaseError:
            logger.exception("order lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return None

    def _restart_with(self, order_id: int) -> Dict[str, Any]:
        cleared = {slot: None for slot in self.FLOW_SLOTS}
        return {**cleared, "order_id": str(order_id), "input_attempts": 0}

    def validate_order_id(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """An existing order; a new order number restarts the questions after it."""
        order_id = identity.parse_order_id(slot_value)
        if order_id is None:
            return bad_input(tracker, dispatcher, "order_id", "utter_order_id_invalid")
        order = self._load(order_id, dispatcher)
        if order is None:
            dispatcher.utter_message(
                response="utter_order_not_found", order_id=order_id
            )
            return bad_input(tracker, dispatcher, "order_id", None)
        slots = {
            **self._restart_with(order_id),
            **identity.verification_slots(tracker, order),
        }
        if slots["order_proof"] == identity.VERIFIED:
            slots.update(self.eligibility(order, dispatcher, tracker))
        return slots

    def _verified(
        self, order: OrderView, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[str, Any]:
        verified = {
            "order_proof": identity.VERIFIED,
            "verified_customer_id": str(order.customer_id),
            "proof_attempts": 0,
        }
        return {**verified, **self.eligibility(order, dispatcher, tracker)}

    def validate_order_proof(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """The order's email or phone's last 4 digits (limited attempts)."""
        order = self._load(
            identity.parse_order_id(tracker.get_slot("order_id")), dispatcher
        )
        if order is None:
            return {"order_proof": None}
        if identity.is_verified_for(tracker, order):
            return self._verified(order, dispatcher, tracker)
        attempts = int(tracker.get_slot("proof_attempts") or 0)
        if attempts >= identity.MAX_PROOF_ATTEMPTS:
            return {"order_proof": identity.LOCKED, "proof_attempts": attempts + 1}
        refusal = identity.limit_refusal(tracker, order.id, dispatcher)
        if refusal is not None:
            # too many failures by this sender or for this order: not even checked
            throttled = refusal["order_proof"] == identity.THROTTLED
            return {**refusal, "form_stop": STOP_THROTTLED} if throttled else refusal
        if not identity.looks_like_proof(slot_value):
            # a typo is not a guess: hint at the format, count it as bad input
            return bad_input(tracker, dispatcher, "order_proof", "utter_proof_hint")
        matches = identity.proof_matches(
            slot_value, order.customer_email, order.customer_phone
        )
        identity.record_proof(tracker.sender_id, order.id, matches)
        if matches:
            return self._verified(order, dispatcher, tracker)
        attempts += 1
        if attempts >= identity.MAX_PROOF_ATTEMPTS:
            return {"order_proof": identity.LOCKED, "proof_attempts": attempts}
        dispatcher.utter_message(response="utter_proof_mismatch")
        return {"order_proof": None, "proof_attempts": attempts}

    def validate_confirm(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """Yes or no; a message naming another order is not an answer."""
        if entity_values(tracker, "order_id"):
            return {"confirm": None}
        answer = (
            slot_value if isinstance(slot_value, bool) else parse_yes_no(slot_value)
        )
        if answer is None:
            dispatcher.utter_message(response="utter_confirm_yes_no")
            return {"confirm": None}
        return {"confirm": answer}


def started_by_this_message(tracker: Tracker) -> bool:
    """True when a form was activated after the shopper's last message (its first
    question), False on a re-ask or when it resumes after a digression."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "active_loop" and event.get("name"):
            return True
    return False


class ActionAskOrderId(Action):
    """Asks for the order number; when a form starts on a question the FAQ answers
    ("how many days do I have to send something back?" reads as a return
    request), the answer comes first: the shopper may only have wanted the policy,
    and can still go on with the form or stop it. A request ("return my order",
    "取消订单吧") or a message with an order number gets the question alone."""

    def name(self) -> Text:
        return "action_ask_order_id"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        text = latest_text(tracker)
        asks = is_question(text) and identity.parse_order_id(text) is None
        if asks and started_by_this_message(tracker):
            answer_if_known(dispatcher, text, shopper_language(tracker))
        dispatcher.utter_message(response="utter_ask_order_id")
        return []
