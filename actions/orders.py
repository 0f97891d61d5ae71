"""Order actions: tell the status of an order whose owner proved their identity."""

from __future__ import annotations

import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import identity
from actions.common import reset_form_slots, shopper_language
from actions.forms.order_form import STOP_ASKED
from actions.forms.order_status import load_order
from actions.services import settings
from bot.db.repositories.orders import OrderRepository
from bot.db.session import session_scope
from bot.db.views import OrderView
from bot.exceptions import DatabaseError, ShopbotError

logger = logging.getLogger(__name__)

STATUS_TEXT = {
    "pending": {
        "en": "received and waiting for payment.",
        "zh": "已下单，等待付款。",
    },
    "paid": {
        "en": "paid and being prepared for shipment.",
        "zh": "已付款，正在备货，即将发货。",
    },
    "shipped": {
        "en": "shipped with {carrier}, tracking number {tracking}, expected on {eta}.",
        "zh": "已由{carrier}发出，运单号 {tracking}，预计 {eta} 送达。",
    },
    "delivered": {
        "en": "delivered on {delivered}.",
        "zh": "已于 {delivered} 签收。",
    },
    "cancelled": {"en": "cancelled.", "zh": "已取消。"},
    "returned": {
        "en": "returned; see your return for the refund status.",
        "zh": "已退货，退款进度请查看退货单。",
    },
}


def status_text(order: OrderView, language: str) -> str:
    """One sentence about the order's state, from database facts only."""
    template = STATUS_TEXT.get(order.status, {}).get(language)
    if template is None:
        return order.status
    return template.format(
        carrier=order.carrier or "-",
        tracking=order.tracking_number or "-",
        eta=order.eta.isoformat() if order.eta else "-",
        delivered=order.delivered_at.date().isoformat() if order.delivered_at else "-",
    )


class ActionOrderStatus(Action):
    """Runs after the order-status form: the status when verified, else a refusal."""

    def name(self) -> str:
        return "action_order_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        proof = tracker.get_slot("order_proof")
        order_id = identity.parse_order_id(tracker.get_slot("order_id"))
        reset = [SlotSet("order_id", None), SlotSet("order_proof", None)]
        if proof == identity.LOCKED:
            dispatcher.utter_message(response="utter_proof_locked")
            return reset
        if proof != identity.VERIFIED or order_id is None:
            dispatcher.utter_message(response="utter_how_can_i_help")
            return reset
        try:
            order = load_order(order_id)
        except DatabaseError:
            logger.exception("order lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return reset
        if order is None:
            dispatcher.utter_message(
                response="utter_order_not_found", order_id=order_id
            )
            return reset
        if not identity.is_verified_for(tracker, order):
            # defence in depth: never disclose without a proof for this customer
            dispatcher.utter_message(response="utter_proof_mismatch")
            return reset
        text = status_text(order, shopper_language(tracker))
        dispatcher.utter_message(
            response="utter_order_status", order_id=order_id, status_text=text
        )
        return reset + [SlotSet("last_order_id", str(order_id))]


def finished_order(
    tracker: Tracker, dispatcher: CollectingDispatcher, needs_confirm: bool = True
) -> OrderView | None:
    """The order a form was about, when the shopper proved it theirs and said yes.

    Otherwise tells the shopper why nothing happens (locked, declined) and
    returns None; a form that ended early already said why.
    """
    proof = tracker.get_slot("order_proof")
    if proof == identity.LOCKED:
        dispatcher.utter_message(response="utter_proof_locked")
        return None
    stop = tracker.get_slot("form_stop")
    if stop == STOP_ASKED:
        dispatcher.utter_message(response="utter_form_stopped")
    if stop:
        return None
    if needs_confirm and tracker.get_slot("confirm") is not True:
        dispatcher.utter_message(response="utter_nothing_changed")
        return None
    order_id = identity.parse_order_id(tracker.get_slot("order_id"))
    try:
        order = load_order(order_id) if proof == identity.VERIFIED else None
    except DatabaseError:
        logger.exception("order lookup failed")
        dispatcher.utter_message(response="utter_temporary_error")
        return None
    if order is None or not identity.is_verified_for(tracker, order):
        # defence in depth: never change or show an order without its proof
        dispatcher.utter_message(response="utter_how_can_i_help")
        return None
    return order


def form_done(order: OrderView | None) -> List[Dict[str, Any]]:
    events = reset_form_slots()
    if order is not None:
        events.append(SlotSet("last_order_id", str(order.id)))
    return events


class ActionCancelOrder(Action):
    """Runs after the cancel form: cancels a pending/paid order in the database."""

    def name(self) -> str:
        return "action_cancel_order"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        order = finished_order(tracker, dispatcher)
        if order is None:
            return form_done(None)
        try:
            with session_scope(settings().database_url) as session:
                cancelled = OrderRepository(session).cancel(order.id)
        except ShopbotError:
            logger.exception("cancellation failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return form_done(order)
        if cancelled is None:  # it shipped meanwhile
            dispatcher.utter_message(
                response="utter_cancel_not_possible", order_id=order.id
            )
        else:
            dispatcher.utter_message(
                response="utter_order_cancelled", order_id=order.id
            )
        return form_done(order)


class ActionChangeAddress(Action):
    """Runs after the change-address form: writes the new shipping address."""

    def name(self) -> str:
        return "action_change_address"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        order = finished_order(tracker, dispatcher)
        if order is None:
            return form_done(None)
        address = tracker.get_slot("new_address")
        if order.status not in ("pending", "paid") or not address:
            dispatcher.utter_message(
                response="utter_address_change_not_possible", order_id=order.id
            )
            return form_done(order)
        try:
            with session_scope(settings().database_url) as session:
                OrderRepository(session).update_address(order.id, address_line=address)
        except ShopbotError:
            logger.exception("address change failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return form_done(order)
        dispatcher.utter_message(
            response="utter_address_changed", order_id=order.id, address=address
        )
        return form_done(order)


class ActionStopForm(Action):
    """After "stop" / "算了" in a form: says nothing changed, forgets the form."""

    def name(self) -> str:
        return "action_stop_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response="utter_form_stopped")
        return reset_form_slots()
