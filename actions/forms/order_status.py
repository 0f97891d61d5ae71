"""Validates the order-status form: an existing order, then proof that it is yours."""

from __future__ import annotations

import logging
from typing import Any, Dict

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import identity
from actions.services import settings
from bot.db.repositories.orders import OrderRepository
from bot.db.session import session_scope
from bot.db.views import OrderView
from bot.exceptions import DatabaseError

logger = logging.getLogger(__name__)


def load_order(order_id: int | None) -> OrderView | None:
    """The order with this id, or None."""
    if order_id is None:
        return None
    with session_scope(settings().database_url) as session:
        return OrderRepository(session).get(order_id)


def _proof_checked(tracker: Tracker, order: OrderView, proof: Any) -> bool:
    """True when the proof matches; guesses (not typos) go to the shared limiter."""
    matches = identity.proof_matches(proof, order.customer_email, order.customer_phone)
    if identity.looks_like_proof(proof):
        identity.record_proof(tracker.sender_id, order.id, matches)
    return matches


class ValidateOrderStatusForm(FormValidationAction):
    """Order id must exist; proof must match that order's customer (max 3 tries)."""

    def name(self) -> str:
        return "validate_order_status_form"

    def validate_order_id(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        order_id = identity.parse_order_id(slot_value)
        if order_id is None:
            dispatcher.utter_message(response="utter_order_id_invalid")
            return {"order_id": None}
        try:
            order = load_order(order_id)
        except DatabaseError:
            logger.exception("order lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return {"order_id": None}
        if order is None:
            dispatcher.utter_message(
                response="utter_order_not_found", order_id=order_id
            )
            return {"order_id": None}
        if identity.is_verified_for(tracker, order):
            # the shopper proved this customer's identity earlier in the session
            return {"order_id": str(order_id), "order_proof": identity.VERIFIED}
        return {"order_id": str(order_id)}

    def validate_order_proof(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        try:
            order = load_order(identity.parse_order_id(tracker.get_slot("order_id")))
        except DatabaseError:
            logger.exception("order lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return {"order_proof": None}
        # the slot holds what the shopper typed: "verified" proves nothing by itself
        if order and identity.is_verified_for(tracker, order):
            return {"order_proof": identity.VERIFIED}
        attempts = int(tracker.get_slot("proof_attempts") or 0)
        if attempts >= identity.MAX_PROOF_ATTEMPTS:
            return {"order_proof": identity.LOCKED}
        if order is not None:
            refusal = identity.limit_refusal(tracker, order.id, dispatcher)
            if refusal is not None:
                # too many failures by this sender or this order: not even checked
                return refusal
        if order and _proof_checked(tracker, order, slot_value):
            return {
                "order_proof": identity.VERIFIED,
                "verified_customer_id": str(order.customer_id),
                "proof_attempts": 0,
            }
        attempts += 1
        if attempts >= identity.MAX_PROOF_ATTEMPTS:
            return {"order_proof": identity.LOCKED, "proof_attempts": attempts}
        dispatcher.utter_message(response="utter_proof_mismatch")
        return {"order_proof": None, "proof_attempts": attempts}
