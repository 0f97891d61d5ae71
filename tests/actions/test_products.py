import asyncio
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.products import (
    SEARCH_SLOTS,
    ActionSearchProducts,
    ActionStopProductSearch,
    carousel,
    filters_from_entities,
    filters_from_slots,
    plan_search,
    product_line,
)
from bot.db.views import ProductView
from bot.retrieval.product_search import ProductFilters

SHOE = ProductView(
    sku="SH-1",
    title_en="Trail running shoes",
    title_zh="越野跑鞋",
    description_en="",
    description_zh="",
    brand="Nike",
    category="shoes",
    price=Decimal("499.00"),
    currency="CNY",
    colors=("blue", "red"),
    sizes=("41", "42"),
    stock={"blue/41": 3, "blue/42": 0, "red/41": 0, "red/42": 5},
)


def _tracker(entities) -> Tracker:
    message = {"text": "x", "intent": {"name": "search_product"}, "entities": entities}
    return Tracker("s", {}, message, [], False, None, {}, "")


@pytest.mark.parametrize(
    "filters,language,expected",
    [
        (ProductFilters(), "en", "1. Trail running shoes — 499.00 CNY — in stock (8)"),
        (
            ProductFilters(size="42"),
            "en",
            "1. Trail running shoes — 499.00 CNY — in stock (5)",
        ),
        (ProductFilters(color="blue", size="42"), "en", "— out of stock"),
        (ProductFilters(color="red"), "zh", "1. 越野跑鞋 — 499.00 CNY — 有货（5 件）"),
    ],
)
def test_product_line_reports_stock_of_the_asked_variant(filters, language, expected):
    assert product_line(1, SHOE, language, filters).endswith(expected)


def test_filters_from_entities_reads_roles_and_ignores_bad_prices() -> None:
    tracker = _tracker(
        [
            {"entity": "color", "value": "red"},
            {"entity": "category", "value": "shoes"},
            {"entity": "price", "role": "min", "value": "about"},
            {"entity": "price", "role": "max", "value": "1,000"},
        ]
    )
    assert filters_from_entities(tracker) == ProductFilters(
        category="shoes", color="red", price_max=Decimal("1000")
    )


def test_carousel_payload_has_what_a_card_needs() -> None:
    [card] = carousel([SHOE], "zh")["products"]
    assert card == {
        "sku": "SH-1",
        "title": "越野跑鞋",
        "price": "499.00",
        "currency": "CNY",
        "in_stock": True,
        "image_url": "",
    }


def _search_tracker(
    text: str,
    entities=(),
    intent: str = "search_product",
    latest_action: str = "action_listen",
    **slots,
) -> Tracker:
    message = {"text": text, "intent": {"name": intent}, "entities": list(entities)}
    return Tracker("s", slots, message, [], False, None, {}, latest_action)


def _ent(entity: str, value: str, text: str, role: str = None) -> dict:
    start = text.index(value)
    found = {
        "entity": entity,
        "value": value,
        "start": start,
        "end": start + len(value),
    }
    return {**found, "role": role} if role else found


LAST = {"search_what": "running shoes", "search_color": "blue", "search_size": "42"}


def test_a_message_naming_the_product_is_a_new_search_forgetting_the_old() -> None:
    text = "red phone case under 100 yuan"
    entities = [
        _ent("color", "red", text),
        _ent("product", "phone case", text),
        _ent("price", "100", text, role="max"),
    ]
    plan = plan_search(_search_tracker(text, entities, **LAST))
    assert plan.kind == "new" and plan.query == text
    assert plan.slots["search_what"] == "phone case under yuan"
    assert plan.slots["search_color"] == "red"
    assert plan.slots["search_price_max"] == "100"
    assert plan.slots["search_size"] is None  # the old size is gone


@pytest.mark.parametrize(
    "text,entity,changed",
    [
        ("in red?", ("color", "red"), {"search_color": "red"}),
        ("换成黑色的", ("color", "黑色"), {"search_color": "黑色"}),
        ("有没有大号的", ("size", "大号"), {"search_size": "大号"}),
        ("under 50", ("price", "50"), {"search_price_max": "50"}),
    ],
)
def test_a_follow_up_changes_one_constraint_and_keeps_the_product(
    text, entity, changed
) -> None:
    role = "max" if entity[0] == "price" else None
    entities = [_ent(entity[0], entity[1], text, role=role)]
    plan = plan_search(_search_tracker(text, entities, **LAST))
    assert plan.kind == "refine" and plan.query == "running shoes"
    expected = {**dict.fromkeys(SEARCH_SLOTS), **LAST, **changed}
    assert plan.slots == expected


@pytest.mark.parametrize("text", ["cheaper ones", "便宜点的", "有没有更便宜的"])
def test_cheaper_searches_below_the_cheapest_shown(text: str) -> None:
    tracker = _search_tracker(text, search_lowest_shown="199.00", **LAST)
    plan = plan_search(tracker)
    assert plan.kind == "refine" and plan.slots["search_price_max"] == "198.99"


@pytest.mark.parametrize("text", ["I want to buy something", "我想买点东西", "in red?"])
def test_a_search_naming_nothing_asks_what(text: str) -> None:
    entities = [_ent("color", "red", text)] if "red" in text else []
    plan = plan_search(_search_tracker(text, entities))
    assert plan.kind == "ask"
    assert plan.slots["search_what"] is None
    assert plan.slots.get("search_color") == ("red" if entities else None)


def test_a_vague_recommendation_is_still_searched() -> None:
    plan = plan_search(
        _search_tracker("what do you recommend?", intent="recommend_product")
    )
    assert plan.kind == "new"


def test_after_the_form_the_search_uses_its_slots() -> None:
    tracker = _search_tracker(
        "随便",
        intent="inform",
        latest_action="product_search_form",
        search_pending=True,
        search_what="a hoodie",
        search_size="any",
        search_color="red",
    )
    plan = plan_search(tracker)
    assert plan.kind == "form" and plan.query == "a hoodie"
    assert filters_from_slots(plan.slots) == ProductFilters(color="red")


def test_stopped_form_is_reported() -> None:
    tracker = _search_tracker(
        "stop",
        latest_action="product_search_form",
        search_pending=True,
        form_stop="stopped",
    )
    assert plan_search(tracker).kind == "stopped"


class _Searcher:
    def __init__(self, products) -> None:
        self.products, self.calls = products, []

    def search(self, query, filters, k=3):
        self.calls.append((query, filters))
        return self.products


def _run(tracker: Tracker, products, monkeypatch) -> tuple:
    searcher = _Searcher(products)
    monkeypatch.setattr("actions.products.product_searcher", lambda: searcher)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSearchProducts().run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}, searcher


def test_search_keeps_carousel_text_and_last_product_sku(monkeypatch) -> None:
    text = "show me running shoes"
    tracker = _search_tracker(text, [_ent("product", "running shoes", text)])
    messages, slots, searcher = _run(tracker, [SHOE], monkeypatch)
    assert [m.get("response") for m in messages] == ["utter_products_found", None]
    assert messages[1]["text"].startswith("1. Trail running shoes — 499.00 CNY")
    assert messages[1]["custom"]["type"] == "product_carousel"
    assert slots["last_product_sku"] == "SH-1"
    assert slots["search_lowest_shown"] == "499.00"
    assert slots["search_pending"] is None
    assert slots["search_category"] == "shoes"  # follow-ups stay in the category
    assert searcher.calls == [(text, ProductFilters())]


def test_refined_search_uses_the_remembered_product(monkeypatch) -> None:
    tracker = _search_tracker("in red?", [_ent("color", "red", "in red?")], **LAST)
    messages, slots, searcher = _run(tracker, [], monkeypatch)
    assert searcher.calls == [("running shoes", ProductFilters(color="red", size="42"))]
    assert [m.get("response") for m in messages] == ["utter_no_products"]
    assert "last_product_sku" not in slots and slots["search_color"] == "red"


def test_search_naming_nothing_hands_over_to_the_form(monkeypatch) -> None:
    tracker = _search_tracker("I want to buy something")
    messages, slots, searcher = _run(tracker, [SHOE], monkeypatch)
    assert messages == [] and searcher.calls == []
    assert slots["search_pending"] is True


def test_stop_action_forgets_the_search() -> None:
    dispatcher = CollectingDispatcher()
    tracker = _search_tracker("stop", **LAST)
    events = asyncio.run(ActionStopProductSearch().run(dispatcher, tracker, {}))
    assert [m["response"] for m in dispatcher.messages] == [
        "utter_product_search_stopped"
    ]
    assert all(e["value"] is None for e in events)
