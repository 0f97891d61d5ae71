"""Validates the return form: a delivered order in the return window, item, reason."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.forms.order_form import STOP_INELIGIBLE, OrderFormValidation, bad_input
from actions.identity import parse_order_id
from bot.db.models import utcnow
from bot.db.views import OrderItemView, OrderView

# Same numbers as the FAQ entries `return_policy` / `defective_item_return`
# (data/faq/faq.yml): 7 days after delivery without a reason; defective items
# up to 30 days, which an agent handles.
RETURN_WINDOW_DAYS = 7
DEFECTIVE_WINDOW_DAYS = 30
MAX_REASON_CHARS = 500


def within_window(order: OrderView, now: Optional[datetime] = None) -> bool:
    """True when the order was delivered at most RETURN_WINDOW_DAYS ago."""
    if order.status != "delivered" or order.delivered_at is None:
        return False
    age = (now or utcnow()) - order.delivered_at
    return age <= timedelta(days=RETURN_WINDOW_DAYS)


def items_text(order: OrderView) -> str:
    """ "1. title (color/size) ×2; 2. ..." — how the shopper picks an item."""
    lines = []
    for number, item in enumerate(order.items, start=1):
        variant = "/".join(v for v in (item.color, item.size) if v)
        suffix = f" ({variant})" if variant else ""
        lines.append(f"{number}. {item.title}{suffix} ×{item.quantity}")
    return "; ".join(lines)


def pick_item(order: OrderView, text: object) -> Optional[OrderItemView]:
    """The item named by its number in the list, its SKU or words of its title."""
    answer = str(text or "").strip().casefold()
    if not answer:
        return None
    digits = "".join(ch for ch in answer if ch.isdigit())
    if digits and len(digits) <= 2 and 1 <= int(digits) <= len(order.items):
        return order.items[int(digits) - 1]
    matches: List[OrderItemView] = [
        item
        for item in order.items
        if item.sku.casefold() in answer
        or any(len(w) > 2 and w in item.title.casefold() for w in answer.split())
        or (len(answer) >= 2 and answer in item.title.casefold())
    ]
    return matches[0] if len(matches) == 1 else None


def item_slots(item: OrderItemView) -> Dict[str, Any]:
    """Slots describing the returned item and its refund (line total)."""
    amount: Decimal = item.line_total
    return {"return_item": item.sku, "return_refund": f"{amount:.2f}"}


class ValidateReturnForm(OrderFormValidation):
    """Order id, proof, item, reason, then a yes/no with the refund amount."""

    FLOW_SLOTS = ["return_item", "return_reason", "return_refund", "confirm"]

    def name(self) -> Text:
        return "validate_return_form"

    def eligibility(
        self, order: OrderView, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[str, Any]:
        """Delivered within the window; a single-item order needs no item question."""
        if not within_window(order):
            dispatcher.utter_message(
                response="utter_return_not_possible",
                order_id=order.id,
                days=RETURN_WINDOW_DAYS,
                defective_days=DEFECTIVE_WINDOW_DAYS,
            )
            return {"form_stop": STOP_INELIGIBLE}
        slots: Dict[str, Any] = {"order_items": items_text(order)}
        if len(order.items) == 1:
            slots.update(item_slots(order.items[0]))
        return slots

    def validate_return_item(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """One item of the order, by number, SKU or title words."""
        order = self._load(_order_id(tracker), dispatcher)
        if order is None:
            return {"return_item": None}
        if any(slot_value == item.sku for item in order.items):
            return {"return_item": slot_value}
        item = pick_item(order, slot_value)
        if item is None:
            return bad_input(
                tracker, dispatcher, "return_item", "utter_return_item_invalid"
            )
        return item_slots(item)

    def validate_return_reason(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """Any short description (2 to MAX_REASON_CHARS characters)."""
        reason = " ".join(str(slot_value or "").split())
        if len(reason) < 2:
            return bad_input(
                tracker, dispatcher, "return_reason", "utter_ask_return_reason"
            )
        return {"return_reason": reason[:MAX_REASON_CHARS]}


def _order_id(tracker: Tracker) -> Optional[int]:
    return parse_order_id(tracker.get_slot("order_id"))
