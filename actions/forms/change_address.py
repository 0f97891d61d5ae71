"""Validates the change-address form: an unshipped order of yours, a sane address."""

from __future__ import annotations

import re
from typing import Any, Dict, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.forms.order_form import STOP_INELIGIBLE, OrderFormValidation, bad_input
from bot.db.views import OrderView

# Same rule as the FAQ entry `change_delivery_address`: only before shipment.
CHANGEABLE_STATUSES = ("pending", "paid")
MIN_ADDRESS_CHARS = 8
MAX_ADDRESS_CHARS = 200  # fits orders.address_line (300) with room for the city

_STREET_NUMBER = re.compile(r"\d+\s*[A-Za-z]{2,}|[A-Za-z]{2,}\.?\s*\d+")
_ZH_MARKERS = re.compile(r"[省市区县镇乡村路街道巷弄号楼栋室]")
_HAS_HAN = re.compile(r"[\u4e00-\u9fff]")


def valid_address(text: object) -> str | None:
    """The address with whitespace normalized, or None when it does not look like one.

    An address is 8–200 characters and has a street with a house number
    ("12 Main Street", "Room 5, 88 Jianguo Road") or, in Chinese, address
    markers and a number ("解放大道199号").
    """
    address = " ".join(str(text or "").split())
    if not MIN_ADDRESS_CHARS <= len(address) <= MAX_ADDRESS_CHARS:
        return None
    if _HAS_HAN.search(address):
        ok = bool(_ZH_MARKERS.search(address)) and any(c.isdigit() for c in address)
    else:
        ok = bool(_STREET_NUMBER.search(address))
    return address if ok else None


class ValidateChangeAddressForm(OrderFormValidation):
    """Order id, proof, the new address, then a yes/no."""

    FLOW_SLOTS = ["new_address", "confirm"]

    def name(self) -> Text:
        return "validate_change_address_form"

    def eligibility(
        self, order: OrderView, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[str, Any]:
        """Only orders that have not shipped can go to another address."""
        if order.status not in CHANGEABLE_STATUSES:
            dispatcher.utter_message(
                response="utter_address_change_not_possible", order_id=order.id
            )
            return {"form_stop": STOP_INELIGIBLE}
        return {}

    def validate_new_address(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """A plausible street address; re-asked with a hint otherwise."""
        address = valid_address(slot_value)
        if address is None:
            return bad_input(
                tracker, dispatcher, "new_address", "utter_address_invalid"
            )
        return {"new_address": address}
