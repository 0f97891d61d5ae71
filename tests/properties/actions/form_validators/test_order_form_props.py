"""Form validators on arbitrary answers: never raise, always ``{slot: value | None}``.

Every validate_* method of every order form gets hypothesis-made slot values,
trackers and latest messages; the shop database is the small seeded one of
conftest.py. Slots that only the action server sets (attempt counters, the verified
customer) get values of their own type; everything a shopper can type is arbitrary.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Optional

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms.cancel_order import ValidateCancelOrderForm
from actions.forms.change_address import ValidateChangeAddressForm
from actions.forms.order_status import ValidateOrderStatusForm
from actions.forms.refund_status import ValidateRefundStatusForm
from actions.forms.return_order import ValidateReturnForm

SURROGATES = st.sampled_from(["\ud800", "\udfff"])
TEXT = st.text(st.one_of(st.characters(), SURROGATES), max_size=60)
INJECTIONS = st.sampled_from(
    ["'; DROP TABLE orders;--", "' OR 1=1 --", "{{7*7}}", "${7*7}", "{slot}", "%(x)s"]
    + ["../../etc/passwd", "my email is <script>", "1e5", "-10001", "10001.0"]
    + ["１００２３", "10003", "anna@example.com", "4821", "尾号7777", "x" * 5000]
)
TYPED = st.one_of(
    TEXT, INJECTIONS, st.none(), st.booleans(), st.integers(), st.floats()
)
ANSWER = st.one_of(TYPED, st.lists(TYPED, max_size=3))
ORDER_IDS = st.one_of(st.sampled_from(["10001", "10002", "10003", "10004"]), TYPED)
SLOTS = st.fixed_dictionaries(
    {},
    optional={
        "order_id": ORDER_IDS,
        "order_proof": st.one_of(TYPED, st.sampled_from(["verified", "locked"])),
        "proof_attempts": st.one_of(st.none(), st.integers(0, 5).map(float)),
        "input_attempts": st.one_of(st.none(), st.integers(0, 5).map(float)),
        "verified_customer_id": st.sampled_from([None, "1", "2"]),
        "last_order_id": st.sampled_from([None, "10001", "10003"]),
        "requested_slot": st.sampled_from([None, "order_id", "order_proof", "confirm"]),
        "confirm": st.one_of(st.none(), st.booleans()),
    },
)
ENTITIES = st.lists(
    st.fixed_dictionaries(
        {"entity": st.sampled_from(["order_id", "email"]), "value": TYPED}
    ),
    max_size=2,
)
FORMS = [
    ValidateCancelOrderForm,
    ValidateChangeAddressForm,
    ValidateRefundStatusForm,
    ValidateReturnForm,
    ValidateOrderStatusForm,
]
VALIDATORS = sorted(
    {
        (form, name)
        for form in FORMS
        for name in dir(form)
        if name.startswith("validate_")
    },
    key=lambda pair: (pair[0].__name__, pair[1]),
)


def _tracker(slots: Dict[str, Any], text: Any, entities: list) -> Tracker:
    message = {"text": text, "intent": {"name": "inform"}, "entities": entities}
    return Tracker("prop-sender", dict(slots), message, [], False, None, {}, "")


def _check(result: Optional[Dict[str, Any]], slot: str) -> None:
    assert isinstance(result, dict), result
    assert slot in result
    assert all(isinstance(key, str) for key in result)
    json.dumps(result)  # every value is plain data (or None)


@pytest.mark.parametrize(
    "form, method", VALIDATORS, ids=[f"{f.__name__}.{m}" for f, m in VALIDATORS]
)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(answer=ANSWER, slots=SLOTS, text=TYPED, entities=ENTITIES)
@example(
    answer="'; DROP TABLE orders;--", slots={"order_id": "10001"}, text="", entities=[]
)
@example(answer="{{7*7}}", slots={"order_id": "10003"}, text="{slot}", entities=[])
def test_validators_return_slot_dicts_for_any_answer(
    form: type,
    method: str,
    answer: Any,
    slots: Dict[str, Any],
    text: Any,
    entities: list,
) -> None:
    slot = method[len("validate_") :]
    dispatcher = CollectingDispatcher()
    result = getattr(form(), method)(
        answer, dispatcher, _tracker(slots, text, entities), {}
    )
    _check(result, slot)
    for message in dispatcher.messages:
        assert message.get("response", "").startswith("utter_")
