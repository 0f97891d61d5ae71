"""The order actions after a form: database effects and what the shopper is told."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from order_db import make_tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import identity
from actions.handoff import ActionHandoff
from actions.orders import ActionCancelOrder, ActionChangeAddress, ActionStopForm
from actions.returns import ActionCreateReturn, ActionTrackRefund
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.returns import ReturnRepository
from bot.db.repositories.tickets import TicketRepository
from bot.db.session import session_scope

VERIFIED_ANNA = {"order_proof": identity.VERIFIED, "verified_customer_id": "1"}


def _run(action, slots, **message):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots, **message)
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}


def _order(url, order_id):
    with session_scope(url) as session:
        return OrderRepository(session).get(order_id)


def test_confirmed_cancel_cancels_and_remembers_the_order(shop_db) -> None:
    slots = {**VERIFIED_ANNA, "order_id": "10001", "confirm": True}
    messages, events = _run(ActionCancelOrder(), slots)
    assert messages[0]["response"] == "utter_order_cancelled"
    assert _order(shop_db, 10001).status == "cancelled"
    assert events["last_order_id"] == "10001" and events["order_id"] is None


@pytest.mark.parametrize(
    "slots,response",
    [
        ({"confirm": False}, "utter_nothing_changed"),
        ({"confirm": True, "verified_customer_id": "2"}, "utter_how_can_i_help"),
        ({"confirm": True, "order_proof": identity.LOCKED}, "utter_proof_locked"),
        ({"confirm": True, "form_stop": "stopped"}, "utter_form_stopped"),
    ],
)
def test_cancel_changes_nothing_without_yes_and_proof(shop_db, slots, response):
    slots = {**VERIFIED_ANNA, "order_id": "10001", **slots}
    messages, _ = _run(ActionCancelOrder(), slots)
    assert [m["response"] for m in messages] == [response]
    assert _order(shop_db, 10001).status == "paid"


def test_shipped_order_is_not_cancelled_even_if_confirmed(shop_db) -> None:
    slots = {**VERIFIED_ANNA, "order_id": "10002", "confirm": True}
    messages, _ = _run(ActionCancelOrder(), slots)
    assert messages[0]["response"] == "utter_cancel_not_possible"
    assert _order(shop_db, 10002).status == "shipped"


def test_return_creates_an_rma_with_the_item_amount(shop_db) -> None:
    slots = {**VERIFIED_ANNA, "order_id": "10003", "confirm": True}
    slots.update(return_item="SO-1", return_reason="too small")
    messages, _ = _run(ActionCreateReturn(), slots)
    assert messages[0]["response"] == "utter_return_created"
    assert messages[0]["amount"] == "51.00"
    with session_scope(shop_db) as session:
        [rma] = ReturnRepository(session).for_order(10003)
    assert rma.refund_amount == Decimal("51.00") and rma.reason == "too small"
    assert rma.items[0]["sku"] == "SO-1" and rma.items[0]["quantity"] == 2
    status, _ = _run(ActionTrackRefund(), {**VERIFIED_ANNA, "order_id": "10003"})
    assert status[0]["response"] == "utter_refund_status"
    assert f"{rma.rma_id}: return requested, refund of 51.00 CNY" in status[0]["lines"]


def test_refund_status_without_returns(shop_db) -> None:
    messages, _ = _run(ActionTrackRefund(), {**VERIFIED_ANNA, "order_id": "10001"})
    assert messages[0]["response"] == "utter_no_returns"


def test_address_change_is_written(shop_db) -> None:
    slots = {**VERIFIED_ANNA, "order_id": "10001", "confirm": True}
    slots["new_address"] = "Room 7, 12 Century Avenue"
    messages, _ = _run(ActionChangeAddress(), slots)
    assert messages[0]["response"] == "utter_address_changed"
    assert _order(shop_db, 10001).address_line == "Room 7, 12 Century Avenue"


def test_stop_clears_the_form(shop_db) -> None:
    messages, events = _run(ActionStopForm(), {"order_id": "10001"})
    assert messages[0]["response"] == "utter_form_stopped"
    assert events["order_id"] is None and events["confirm"] is None


def test_handoff_opens_a_ticket_and_clears_the_form(shop_db) -> None:
    message = {"text": "human", "intent": "contact_human_agent"}
    messages, events = _run(ActionHandoff(), {"order_id": "10001"}, **message)
    assert messages[0]["response"] == "utter_handoff"
    with session_scope(shop_db) as session:
        ticket = TicketRepository(session).get(messages[0]["ticket_id"])
    assert ticket.reason == "contact_human_agent"
    assert events["order_id"] is None


def test_the_action_server_registers_every_form_action() -> None:
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    names = set(executor.actions)
    expected = {"validate_cancel_order_form", "validate_return_form"}
    expected |= {"validate_change_address_form", "validate_refund_status_form"}
    expected |= {"action_cancel_order", "action_create_return", "action_stop_form"}
    expected |= {"action_track_refund", "action_change_address"}
    assert expected <= names
