"""The order-form validators against a real SQLite shop database (see conftest.py)."""

from __future__ import annotations

import asyncio

import pytest
from order_db import make_tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import identity
from actions.forms.cancel_order import ValidateCancelOrderForm
from actions.forms.change_address import ValidateChangeAddressForm, valid_address
from actions.forms.order_form import (
    STOP_ASKED,
    STOP_GAVE_UP,
    STOP_INELIGIBLE,
    is_stop_message,
    parse_yes_no,
)
from actions.forms.refund_status import ValidateRefundStatusForm
from actions.forms.return_order import ValidateReturnForm

pytestmark = pytest.mark.usefixtures("shop_db")


def _responses(dispatcher: CollectingDispatcher) -> list:
    return [m.get("response") for m in dispatcher.messages]


def test_unverified_order_asks_for_proof_and_discloses_nothing() -> None:
    dispatcher = CollectingDispatcher()
    slots = ValidateCancelOrderForm().validate_order_id(
        "10001", dispatcher, make_tracker(), {}
    )
    assert slots["order_id"] == "10001" and slots["order_proof"] is None
    assert dispatcher.messages == []


def test_proof_then_cancel_fee_rule_for_a_paid_order() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"order_id": "10001"})
    slots = ValidateCancelOrderForm().validate_order_proof(
        "尾号4821", dispatcher, tracker, {}
    )
    assert slots["order_proof"] == identity.VERIFIED
    assert slots["verified_customer_id"] == "1"
    [message] = dispatcher.messages
    assert message["response"] == "utter_cancel_fee_rule" and message["fee"] == "0"


def test_verified_customer_is_not_asked_again() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"verified_customer_id": "1"})
    slots = ValidateCancelOrderForm().validate_order_id(
        "10001", dispatcher, tracker, {}
    )
    assert slots["order_proof"] == identity.VERIFIED
    assert _responses(dispatcher) == ["utter_cancel_fee_rule"]


def test_another_customers_order_needs_its_own_proof() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"verified_customer_id": "1"})
    slots = ValidateCancelOrderForm().validate_order_id(
        "10005", dispatcher, tracker, {}
    )
    assert slots["order_proof"] is None
    proof = make_tracker({"verified_customer_id": "1", "order_id": "10005"})
    refused = ValidateCancelOrderForm().validate_order_proof(
        "anna.li@example.com", dispatcher, proof, {}
    )
    assert refused["order_proof"] is None and refused["proof_attempts"] == 1
    assert "utter_cancel_fee_rule" not in _responses(dispatcher)


def test_third_wrong_proof_locks_and_ends_the_form() -> None:
    form = ValidateCancelOrderForm()
    tracker = make_tracker({"order_id": "10005", "proof_attempts": 2})
    slots = form.validate_order_proof("1234", CollectingDispatcher(), tracker, {})
    assert slots["order_proof"] == identity.LOCKED
    locked = make_tracker({"order_proof": identity.LOCKED})
    required = asyncio.run(
        form.required_slots(["order_id", "order_proof", "confirm"], None, locked, {})
    )
    assert required == []


@pytest.mark.parametrize(
    "form,order_id,response",
    [
        (ValidateCancelOrderForm(), "10002", "utter_cancel_not_possible"),
        (ValidateChangeAddressForm(), "10002", "utter_address_change_not_possible"),
        (ValidateReturnForm(), "10004", "utter_return_not_possible"),
        (ValidateReturnForm(), "10001", "utter_return_not_possible"),
    ],
)
def test_ineligible_orders_end_the_form_after_the_proof(form, order_id, response):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"verified_customer_id": "1"})
    slots = form.validate_order_id(order_id, dispatcher, tracker, {})
    assert slots["form_stop"] == STOP_INELIGIBLE
    assert _responses(dispatcher) == [response]


def test_wrong_format_order_id_is_reasked_then_the_form_gives_up() -> None:
    form, dispatcher = ValidateCancelOrderForm(), CollectingDispatcher()
    first = form.validate_order_id("abc", dispatcher, make_tracker(), {})
    assert first == {"order_id": None, "input_attempts": 1}
    tracker = make_tracker({"input_attempts": 2})
    last = form.validate_order_id("12", dispatcher, tracker, {})
    assert last["form_stop"] == STOP_GAVE_UP
    assert _responses(dispatcher) == ["utter_order_id_invalid", "utter_form_gave_up"]


def test_a_new_order_number_replaces_the_slot_and_restarts_the_questions() -> None:
    tracker = make_tracker({"verified_customer_id": "1", "order_id": "10003"})
    slots = ValidateReturnForm().validate_order_id(
        "actually it's order 10001", CollectingDispatcher(), tracker, {}
    )
    assert slots["order_id"] == "10001"
    assert slots["confirm"] is None and slots["return_reason"] is None


def test_cancel_it_uses_the_last_order_discussed() -> None:
    form = ValidateCancelOrderForm()
    tracker = make_tracker({"last_order_id": "10001"}, text="cancel it")
    assert asyncio.run(form.extract_order_id(None, tracker, {})) == {
        "order_id": "10001"
    }
    named = make_tracker(
        {"last_order_id": "10001"},
        text="cancel 10005",
        entities=[{"entity": "order_id", "value": "10005"}],
    )
    assert asyncio.run(form.extract_order_id(None, named, {})) == {}


def test_return_lists_items_and_computes_the_refund_of_the_chosen_one() -> None:
    form, dispatcher = ValidateReturnForm(), CollectingDispatcher()
    tracker = make_tracker({"verified_customer_id": "1"})
    slots = form.validate_order_id("10003", dispatcher, tracker, {})
    assert "form_stop" not in slots
    assert slots["order_items"].startswith("1. Trail shoes (42) ×1; 2. Wool socks")
    chosen = make_tracker({"order_id": "10003"})
    picked = form.validate_return_item("2", dispatcher, chosen, {})
    assert picked == {"return_item": "SO-1", "return_refund": "51.00"}
    by_name = form.validate_return_item("the trail shoes", dispatcher, chosen, {})
    assert by_name["return_refund"] == "399.00"


def test_unknown_item_and_empty_reason_are_reasked() -> None:
    form, dispatcher = ValidateReturnForm(), CollectingDispatcher()
    tracker = make_tracker({"order_id": "10003"})
    assert (
        form.validate_return_item("7", dispatcher, tracker, {})["return_item"] is None
    )
    assert (
        form.validate_return_reason(" ", dispatcher, tracker, {})["return_reason"]
        is None
    )
    reason = form.validate_return_reason("too  small", dispatcher, tracker, {})
    assert reason == {"return_reason": "too small"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Room 5, 88 Jianguo Road, Beijing", "Room 5, 88 Jianguo Road, Beijing"),
        ("12   Main Street", "12 Main Street"),
        ("北京市朝阳区建国路88号5栋", "北京市朝阳区建国路88号5栋"),
        ("abc", None),
        ("my new address please", None),
        ("北京市朝阳区建国路", None),  # no house number
        ("1" * 8, None),
        ("Street 1 " + "x" * 300, None),
    ],
)
def test_valid_address(text, expected) -> None:
    assert valid_address(text) == expected


def test_address_validator_hints_on_bad_input() -> None:
    dispatcher = CollectingDispatcher()
    form = ValidateChangeAddressForm()
    slots = form.validate_new_address("abc", dispatcher, make_tracker(), {})
    assert slots["new_address"] is None
    assert _responses(dispatcher) == ["utter_address_invalid"]


@pytest.mark.parametrize(
    "answer,expected",
    [(True, True), (False, False), ("yes please", True), ("是的", True)]
    + [("no", False), ("不用了", False), ("maybe", None), ("", None)],
)
def test_confirm_accepts_yes_and_no(answer, expected) -> None:
    dispatcher = CollectingDispatcher()
    slots = ValidateCancelOrderForm().validate_confirm(
        answer, dispatcher, make_tracker(), {}
    )
    assert slots == {"confirm": expected}
    assert bool(dispatcher.messages) is (expected is None)


def test_an_order_number_is_not_a_confirmation() -> None:
    tracker = make_tracker(entities=[{"entity": "order_id", "value": "10024"}])
    slots = ValidateCancelOrderForm().validate_confirm(
        "actually it's order 10024", CollectingDispatcher(), tracker, {}
    )
    assert slots == {"confirm": None}


def test_refund_status_form_only_needs_identity() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"verified_customer_id": "2"})
    slots = ValidateRefundStatusForm().validate_order_id(
        "10005", dispatcher, tracker, {}
    )
    assert slots == {
        "order_id": "10005",
        "input_attempts": 0,
        "order_proof": "verified",
    }


def test_parse_yes_no_prefers_no() -> None:
    assert parse_yes_no("no, yes") is False


@pytest.mark.parametrize(
    "text,expected",
    [("stop", True), ("Never mind!", True), ("算了。", True), ("不用了", True)]
    + [("stop sending me emails", False), ("取消", False), ("", False)],
)
def test_is_stop_message(text, expected) -> None:
    assert is_stop_message(text) is expected


RETURN_DOMAIN = {
    "forms": {"return_form": {"required_slots": ["order_id", "return_reason"]}}
}


@pytest.mark.parametrize(
    "text,intent,asked,stops",
    [
        ("stop", "nlu_fallback", "order_id", True),
        ("算了", "deny", "return_reason", True),  # deny is a reason there
        ("算了", "deny", "order_id", False),  # the stop rule handles it
        ("too small", "inform", "return_reason", False),
    ],
)
def test_stop_message_ends_the_form_itself(text, intent, asked, stops) -> None:
    tracker = make_tracker({"requested_slot": asked}, text=text, intent=intent)
    events = asyncio.run(
        ValidateReturnForm().run(CollectingDispatcher(), tracker, RETURN_DOMAIN)
    )
    slots = {e["name"]: e["value"] for e in events}
    assert (slots.get("form_stop") == STOP_ASKED) is stops


def test_malformed_proof_gets_a_hint_and_is_not_a_guess() -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({"order_id": "10005"})
    slots = ValidateCancelOrderForm().validate_order_proof(
        "bob.wu@", dispatcher, tracker, {}
    )
    assert slots == {"order_proof": None, "input_attempts": 1}
    assert _responses(dispatcher) == ["utter_proof_hint"]
