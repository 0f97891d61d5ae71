"""Validates the cancel-order form: an order of yours that has not shipped yet."""

from __future__ import annotations

from typing import Any, Dict, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms.order_form import STOP_INELIGIBLE, OrderFormValidation
from bot.db.views import OrderView

# Same rule as the FAQ entry `cancel_before_shipping` (data/faq/faq.yml):
# orders that have not shipped cancel free of charge; shipped ones cannot be cancelled.
CANCELLABLE_STATUSES = ("pending", "paid")
CANCELLATION_FEE = "0"


class ValidateCancelOrderForm(OrderFormValidation):
    """Order id, proof, then a yes/no after stating the cancellation fee rule."""

    FLOW_SLOTS = ["confirm"]

    def name(self) -> Text:
        return "validate_cancel_order_form"

    def eligibility(
        self, order: OrderView, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[str, Any]:
        """Pending or paid orders only; the shopper hears the fee rule first."""
        if order.status not in CANCELLABLE_STATUSES:
            dispatcher.utter_message(
                response="utter_cancel_not_possible", order_id=order.id
            )
            return {"form_stop": STOP_INELIGIBLE}
        dispatcher.utter_message(
            response="utter_cancel_fee_rule",
            order_id=order.id,
            fee=CANCELLATION_FEE,
            currency="CNY",
        )
        return {}
