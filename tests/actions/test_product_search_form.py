"""The product search form validator against a real SQLite shop database."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms.order_form import STOP_ASKED
from actions.forms.product_search import (
    ANY_SIZE,
    ValidateProductSearchForm,
    infer_category,
    is_any_answer,
    is_vague,
    price_role,
    size_options,
)
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope

FORM = ValidateProductSearchForm()
DOMAIN_SLOTS = ["search_what", "search_size"]


def _product(sku: str, title: str, category: str, sizes: tuple) -> Dict[str, Any]:
    return {
        "sku": sku,
        "title_en": title,
        "title_zh": title,
        "brand": "Acme",
        "category": category,
        "price": Decimal("99.00"),
        "currency": "CNY",
        "sizes": list(sizes),
        "stock": {"default": 5},
    }


@pytest.fixture(autouse=True)
def catalog(shop_db: str) -> str:
    """Hoodies come in sizes (clothing); phone cases don't; in the conftest's
    "shoes" (trail shoes, socks) no product has sizes."""
    rows = [
        _product("HO-1", "Basico Hoodie", "clothing", ("S", "M", "L")),
        _product("HO-2", "Zip Hoodie", "clothing", ("M", "L", "XL")),
        _product("JA-1", "Rain Jacket", "clothing", ()),
        _product("PC-1", "Clear Phone Case", "phone_accessories", ()),
        _product("PC-2", "Leather Phone Case", "phone_accessories", ()),
    ]
    with session_scope(shop_db) as session:
        ProductRepository(session).upsert_many(rows)
    return shop_db


def _tracker(
    text: str = "",
    intent: str = "inform",
    entities: Optional[List[Dict[str, Any]]] = None,
    **slots: Any,
) -> Tracker:
    message = {"text": text, "intent": {"name": intent}, "entities": entities or []}
    loop = {"name": "product_search_form"}
    return Tracker("t", slots, message, [], False, None, loop, "action_listen")


def _entity(entity: str, value: str, text: str, role: str = None) -> Dict[str, Any]:
    start = text.index(value) if value in text else 0
    found = {"entity": entity, "value": value, "start": start}
    found["end"] = start + len(value)
    return {**found, "role": role} if role else found


@pytest.mark.parametrize(
    "text,vague",
    [
        ("I want to buy something", True),
        ("我想买点东西", True),
        ("随便", True),
        ("", True),
        ("a phone case", False),
        ("一双跑鞋", False),
        ("looking for a gift for my mom", False),
    ],
)
def test_is_vague_only_when_nothing_is_named(text: str, vague: bool) -> None:
    assert is_vague(text) is vague


@pytest.mark.parametrize(
    "text,expected",
    [("any", True), ("随便！", True), ("都可以", True), ("Whatever.", True)]
    + [("M", False), ("any red ones", False)],
)
def test_is_any_answer(text: str, expected: bool) -> None:
    assert is_any_answer(text) is expected


def test_size_options_come_from_the_database() -> None:
    assert size_options("clothing") == ["S", "M", "L", "XL"]
    assert size_options("phone_accessories") == []
    assert size_options("shoes") == []  # the conftest's shoes have no sizes
    assert size_options(None) == []


@pytest.mark.parametrize(
    "what,category",
    [("hoodies", "clothing"), ("a phone case", "phone_accessories"), ("kayak", None)]
    + [("一双 Zip Hoodie", "clothing"), ("男士Hoodie", "clothing")],
)
def test_infer_category_by_matching_product_words(what: str, category: str) -> None:
    assert infer_category(what) == category


def test_required_slots_ask_a_size_only_where_it_matters() -> None:
    def required(**slots: Any) -> List[str]:
        coro = FORM.required_slots([], CollectingDispatcher(), _tracker(**slots), {})
        return asyncio.run(coro)

    assert required() == ["search_what"]
    assert required(search_what="hoodie", search_size_options="S, M") == [
        "search_what",
        "search_size",
    ]
    assert required(search_what="hoodie", search_size_options="S", search_size="S") == [
        "search_what",
        "search_size",
    ]
    assert required(form_stop=STOP_ASKED) == []


def test_what_of_a_sized_category_leads_to_the_size_question() -> None:
    text = "a hoodie please"
    tracker = _tracker(text, entities=[_entity("product", "hoodie", text)])
    slots = FORM.validate_search_what(text, CollectingDispatcher(), tracker, {})
    assert slots["search_what"] == text
    assert slots["search_size_options"] == "S, M, L, XL"


def test_what_without_sizes_and_its_constraints_are_kept() -> None:
    text = "red phone case under 100"
    entities = [
        _entity("color", "red", text),
        _entity("product", "phone case", text),
        _entity("price", "100", text, role="max"),
    ]
    tracker = _tracker(text, "search_product", entities)
    slots = FORM.validate_search_what(text, CollectingDispatcher(), tracker, {})
    assert slots["search_what"] == text and slots["search_size_options"] is None
    assert slots["search_color"] == "red" and slots["search_price_max"] == "100"


def test_a_vague_answer_is_asked_again_keeping_the_colour() -> None:
    text = "something red"
    tracker = _tracker(text, entities=[_entity("color", "red", text)])
    slots = FORM.validate_search_what(text, CollectingDispatcher(), tracker, {})
    assert slots == {"search_what": None, "search_color": "red"}


def test_a_size_given_with_the_what_is_not_asked_again() -> None:
    text = "hoodie in size L"
    tracker = _tracker(text, entities=[_entity("size", "L", text)])
    slots = FORM.validate_search_what(text, CollectingDispatcher(), tracker, {})
    assert slots["search_size"] == "L" and slots["search_size_options"]


@pytest.mark.parametrize(
    "intent,asked,expected",
    [
        ("inform", "search_what", {"search_what": "a hoodie"}),
        ("search_product", "search_what", {"search_what": "a hoodie"}),
        ("delivery_period", "search_what", {}),  # a digression: the rules answer it
        ("deny", "search_what", {}),
        ("inform", None, {}),  # the form is only starting
        ("inform", "search_size", {}),  # not an answer to "which size?"
    ],
)
def test_extract_search_what(intent: str, asked: str, expected: Dict) -> None:
    tracker = _tracker("a hoodie", intent, requested_slot=asked)
    coro = FORM.extract_search_what(CollectingDispatcher(), tracker, {})
    assert asyncio.run(coro) == expected


def test_a_new_product_at_the_size_question_replaces_the_old_one() -> None:
    text = "actually show me phone cases"
    entities = [_entity("product", "phone cases", text)]
    tracker = _tracker(text, "search_product", entities, requested_slot="search_size")
    coro = FORM.extract_search_what(CollectingDispatcher(), tracker, {})
    assert asyncio.run(coro) == {"search_what": text, "search_size": None}


@pytest.mark.parametrize(
    "text,intent,entities,expected",
    [
        ("随便", "inform", [], {"search_size": ANY_SIZE}),
        ("any size is fine", "deny", [], {"search_size": ANY_SIZE}),
        ("size L", "inform", [_entity("size", "L", "size L")], {"search_size": "L"}),
        ("m", "inform", [], {"search_size": "m"}),
        ("do you ship abroad?", "delivery_options", [], {}),
    ],
)
def test_extract_search_size(text, intent, entities, expected) -> None:
    tracker = _tracker(text, intent, entities, requested_slot="search_size")
    coro = FORM.extract_search_size(CollectingDispatcher(), tracker, {})
    assert asyncio.run(coro) == expected


def test_validate_search_size_matches_the_category_sizes() -> None:
    tracker = _tracker(search_size_options="S, M, L")
    dispatcher = CollectingDispatcher()
    assert FORM.validate_search_size("m", dispatcher, tracker, {}) == {
        "search_size": "M",
        "input_attempts": 0,
    }
    assert FORM.validate_search_size(ANY_SIZE, dispatcher, tracker, {}) == {
        "search_size": ANY_SIZE
    }
    assert dispatcher.messages == []


def test_an_unknown_size_gets_a_hint_then_counts_as_any() -> None:
    dispatcher = CollectingDispatcher()
    tracker = _tracker(search_size_options="S, M, L")
    slots = FORM.validate_search_size("XXXL", dispatcher, tracker, {})
    assert slots == {"search_size": None, "input_attempts": 1}
    assert [m["response"] for m in dispatcher.messages] == ["utter_search_size_invalid"]
    tracker = _tracker(search_size_options="S, M, L", input_attempts=1)
    slots = FORM.validate_search_size("XXXL", CollectingDispatcher(), tracker, {})
    assert slots == {"search_size": ANY_SIZE, "input_attempts": 0}


@pytest.mark.parametrize("text", ["stop", "算了", "never mind!"])
def test_stop_typed_inside_the_form_ends_it(text: str) -> None:
    tracker = _tracker(text, "inform", requested_slot="search_what")
    events = asyncio.run(FORM.run(CollectingDispatcher(), tracker, {}))
    assert {e["name"]: e["value"] for e in events} == {
        "form_stop": STOP_ASKED,
        "requested_slot": None,
    }


@pytest.mark.parametrize(
    "text,value,ner_role,expected",
    [
        ("under 50", "50", "min", "max"),  # short messages confuse the NLU
        ("no less than 250 yuan", "250", "max", "min"),
        ("not over 700", "700", None, "max"),
        ("200以内的", "200", None, "max"),
        ("300块以上", "300", None, "min"),
        ("between 100 and 300", "300", "max", "max"),
        ("about 1500", "1500", None, None),
    ],
)
def test_price_role_from_the_words_around_the_price(
    text: str, value: str, ner_role: Optional[str], expected: Optional[str]
) -> None:
    entity = _entity("price", value, text, role=ner_role)
    assert price_role(text, entity) == expected


def test_a_size_answer_is_validated_and_ends_the_form() -> None:
    text = "M"
    tracker = _tracker(
        text,
        entities=[_entity("size", "M", text)],
        requested_slot="search_size",
        search_what="a hoodie",
        search_size_options="S, M, L",
    )
    # both slots are filled and listed: Rasa ends the form (nothing left to ask)
    domain = {"forms": {"product_search_form": {"required_slots": DOMAIN_SLOTS}}}
    events = asyncio.run(FORM.run(CollectingDispatcher(), tracker, domain))
    assert {e["name"]: e["value"] for e in events} == {
        "search_size": "M",
        "input_attempts": 0,
    }
