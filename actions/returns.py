"""Return actions: open an RMA with its refund amount; report a refund's status."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import shopper_language
from actions.forms.return_order import within_window
from actions.orders import finished_order, form_done
from actions.services import settings
from bot.db.repositories.returns import ReturnRepository
from bot.db.session import session_scope
from bot.db.views import ReturnView
from bot.exceptions import ShopbotError

logger = logging.getLogger(__name__)

RETURN_STATUS_TEXT = {
    "requested": {"en": "requested", "zh": "已申请"},
    "received": {"en": "received by us", "zh": "已收到退货"},
    "refunded": {"en": "refunded", "zh": "已退款"},
    "rejected": {"en": "rejected", "zh": "未通过"},
}
REFUND_STATUS_TEXT = {
    "pending": {"en": "pending", "zh": "待处理"},
    "processing": {"en": "being processed", "zh": "处理中"},
    "paid": {"en": "paid out", "zh": "已到账"},
}


def return_line(rma: ReturnView, language: str) -> str:
    """One line about a return, from database facts only."""
    status = RETURN_STATUS_TEXT.get(rma.status, {}).get(language, rma.status)
    refund = REFUND_STATUS_TEXT.get(rma.refund_status, {}).get(
        language, rma.refund_status
    )
    if language == "zh":
        return f"{rma.rma_id}：退货{status}，退款 {rma.refund_amount} 元{refund}"
    return f"{rma.rma_id}: return {status}, refund of {rma.refund_amount} CNY {refund}"


class ActionCreateReturn(Action):
    """Runs after the return form: records an RMA with the refund amount."""

    def name(self) -> str:
        return "action_create_return"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        order = finished_order(tracker, dispatcher)
        if order is None:
            return form_done(None)
        sku = tracker.get_slot("return_item")
        items = [i for i in order.items if i.sku == sku]
        if not items or not within_window(order):
            dispatcher.utter_message(response="utter_how_can_i_help")
            return form_done(order)
        item = items[0]
        line = {"sku": item.sku, "quantity": item.quantity}
        line.update(color=item.color, size=item.size)
        reason = str(tracker.get_slot("return_reason") or "")
        try:
            with session_scope(settings().database_url) as session:
                rma = ReturnRepository(session).create(
                    order.id, [line], reason, Decimal(item.line_total)
                )
        except ShopbotError:
            logger.exception("could not create a return")
            dispatcher.utter_message(response="utter_temporary_error")
            return form_done(order)
        dispatcher.utter_message(
            response="utter_return_created",
            rma_id=rma.rma_id,
            amount=f"{rma.refund_amount:.2f}",
        )
        return form_done(order)


class ActionTrackRefund(Action):
    """Runs after the refund-status form: the returns of the order and their refunds."""

    def name(self) -> str:
        return "action_track_refund"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        order = finished_order(tracker, dispatcher, needs_confirm=False)
        if order is None:
            return form_done(None)
        try:
            with session_scope(settings().database_url) as session:
                returns = ReturnRepository(session).for_order(order.id)
        except ShopbotError:
            logger.exception("return lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return form_done(order)
        if not returns:
            dispatcher.utter_message(response="utter_no_returns", order_id=order.id)
            return form_done(order)
        language = shopper_language(tracker)
        lines = "\n".join(return_line(rma, language) for rma in returns)
        dispatcher.utter_message(
            response="utter_refund_status", order_id=order.id, lines=lines
        )
        return form_done(order)
