import asyncio
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import List

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.product_pages import (
    carousel,
    next_page,
    product_line,
    sort_order,
    sort_products,
    without_sort_words,
)
from actions.products import (
    SEARCH_SLOTS,
    ActionSearchProducts,
    ActionShowMoreProducts,
    ActionStopProductSearch,
    filters_from_entities,
    filters_from_slots,
    plan_search,
)
from actions.services import fetch_products
from bot.db.views import ProductView
from bot.exceptions import ConfigError
from bot.language import detect_language
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
        "buttons": [
            {"title": "详情", "url": "/product/SH-1", "type": "web_url"},
            {"title": "有货吗", "payload": '/check_stock{"product":"SH-1"}'},
        ],
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


# --- sorting, "show more" pages and card buttons --------------------------------


@pytest.mark.parametrize(
    "text,order",
    [
        ("sort by price", "price_asc"),
        ("cheapest wireless earbuds", "price_asc"),
        ("from low to high", "price_asc"),
        ("sort by price from high to low", "price_desc"),
        ("most expensive first", "price_desc"),
        ("yoga mats from cheapest to most expensive", "price_asc"),
        ("from most expensive to cheapest", "price_desc"),
        ("most popular", "popular"),
        ("show me the best sellers", "popular"),
        ("按价格从低到高", "price_asc"),
        ("最便宜的", "price_asc"),
        ("价格从高到低", "price_desc"),
        ("销量最高", "popular"),
        ("最受欢迎的", "popular"),
        ("show me running shoes", None),
        ("有没有更便宜的", None),
    ],
)
def test_sort_order_from_the_words(text: str, order) -> None:
    assert sort_order(text) == order


@pytest.mark.parametrize(
    "text,rest",
    [
        ("cheapest wireless earbuds", "wireless earbuds"),
        ("most popular running shoes first", "running shoes"),
        ("最便宜的手机壳", "手机壳"),
        ("sort by price", ""),
        ("first aid kit", "first aid kit"),
    ],
)
def test_sort_words_are_not_searched(text: str, rest: str) -> None:
    assert without_sort_words(text) == rest


@pytest.mark.parametrize("text", ["sort by price", "cheapest first", "按价格从低到高"])
def test_a_bare_sort_after_a_search_refines_it(text: str) -> None:
    plan = plan_search(
        _search_tracker(text, search_lowest_shown="199.00", search_sort=None, **LAST)
    )
    assert plan.kind == "refine" and plan.query == "running shoes"
    assert plan.slots["search_sort"] == "price_asc"
    assert plan.slots["search_price_max"] is None  # a sort is not "cheaper"


def test_a_refinement_keeps_the_sort_and_a_new_search_drops_it() -> None:
    text = "in red?"
    entities = [_ent("color", "red", text)]
    tracker = _search_tracker(text, entities, search_sort="popular", **LAST)
    refined = plan_search(tracker)
    assert refined.kind == "refine" and refined.slots["search_sort"] == "popular"
    text = "cheapest wireless earbuds"
    entities = [_ent("product", "wireless earbuds", text)]
    tracker = _search_tracker(text, entities, search_sort="popular", **LAST)
    fresh = plan_search(tracker)
    assert fresh.kind == "new" and fresh.query == "wireless earbuds"
    assert fresh.slots["search_sort"] == "price_asc"
    assert fresh.slots["search_what"] == "wireless earbuds"


PRICES = ["499.00", "79.00", "1999.00", "79.00", "25.50", "1499.00"]
RANKED = [
    replace(SHOE, sku=f"SH-{i}", price=Decimal(price), popularity=(7 * i) % 11)
    for i, price in enumerate(PRICES)
]


def test_sort_by_price_both_ways_and_by_popularity() -> None:
    ascending = [p.price for p in sort_products(RANKED, "price_asc")]
    assert ascending == sorted(Decimal(p) for p in PRICES)
    descending = [p.price for p in sort_products(RANKED, "price_desc")]
    assert descending == sorted((Decimal(p) for p in PRICES), reverse=True)
    popular = [p.popularity for p in sort_products(RANKED, "popular")]
    assert popular == sorted(popular, reverse=True)


def test_equal_prices_keep_their_relevance_order() -> None:
    cheap = [p.sku for p in sort_products(RANKED, "price_asc")][1:3]
    assert cheap == ["SH-1", "SH-3"]


def test_an_unknown_sort_order_is_refused() -> None:
    with pytest.raises(ConfigError, match="sort order"):
        sort_products(RANKED, "by_colour")


def test_next_page_skips_what_was_shown() -> None:
    ranked = [replace(SHOE, sku=f"SH-{i}") for i in range(1, 8)]
    page, more = next_page(ranked, ["SH-1", "SH-3"])
    assert [p.sku for p in page] == ["SH-2", "SH-4", "SH-5"] and more
    page, more = next_page(ranked, ["SH-1", "SH-2", "SH-3", "SH-4"])
    assert [p.sku for p in page] == ["SH-5", "SH-6", "SH-7"] and not more


# --- over the demo shop (var/: database and indexes) -----------------------------

ROOT = Path(__file__).resolve().parents[2]


def _act(action, tracker: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}


def _search(text: str, entities=(), **slots) -> tuple:
    tracker = _search_tracker(text, list(entities), **slots)
    return _act(ActionSearchProducts(), tracker)


def _more(slots: dict, text: str = "show me more") -> tuple:
    kept = {k: v for k, v in slots.items() if k != "last_product_sku"}
    tracker = _search_tracker(text, intent="show_more", **kept)
    return _act(ActionShowMoreProducts(), tracker)


def _shown(messages) -> List[ProductView]:
    [cards] = [m["custom"] for m in messages if m.get("custom")]
    return fetch_products([card["sku"] for card in cards["products"]])


def test_page_two_differs_and_keeps_the_filters(demo_shop) -> None:
    text = "phone cases under 60 yuan"
    entities = [_ent("product", "phone cases", text), _ent("price", "60", text, "max")]
    messages, slots = _search(text, entities)
    first = _shown(messages)
    assert messages[-1]["response"] == "utter_more_products_available"
    more_messages, more_slots = _more(slots)
    second = _shown(more_messages)
    assert len(first) == len(second) == 3
    assert not {p.sku for p in first} & {p.sku for p in second}
    for product in first + second:  # facts from the database
        assert product.price <= Decimal("60")
        assert product.category == "phone_accessories"
    assert more_messages[0]["text"].startswith("4. ")
    assert more_slots["search_shown"] == [p.sku for p in first + second]


def test_another_batch_in_chinese(demo_shop) -> None:
    text = "我想买手机壳"
    messages, slots = _search(text, [_ent("product", "手机壳", text)])
    more_messages, _ = _more(slots, "换一批")
    first, second = _shown(messages), _shown(more_messages)
    assert "有货" in more_messages[0]["text"] or "缺货" in more_messages[0]["text"]
    assert not {p.sku for p in first} & {p.sku for p in second}
    assert {p.category for p in first + second} == {"phone_accessories"}


@pytest.mark.parametrize(
    "text,product",
    [("cheapest phone case", "phone case"), ("最便宜的手机壳", "手机壳")],
)
def test_cheapest_first_holds_across_pages(demo_shop, text, product) -> None:
    messages, slots = _search(text, [_ent("product", product, text)])
    assert slots["search_sort"] == "price_asc"
    more_messages, _ = _more(slots)
    prices = [p.price for p in _shown(messages) + _shown(more_messages)]
    assert len(prices) == 6 and prices == sorted(prices)


def test_sort_follow_up_re_orders_the_last_search(demo_shop) -> None:
    text = "show me running shoes"
    _, slots = _search(text, [_ent("product", "running shoes", text)])
    kept = {k: v for k, v in slots.items() if k != "last_product_sku"}
    messages, resorted = _search("价格从高到低", **kept)
    prices = [p.price for p in _shown(messages)]
    assert prices == sorted(prices, reverse=True)
    assert resorted["search_sort"] == "price_desc"
    assert resorted["search_what"] == slots["search_what"]
    messages, _ = _search("most popular", **kept)
    popularity = [p.popularity for p in _shown(messages)]
    assert popularity == sorted(popularity, reverse=True)
    assert {p.category for p in _shown(messages)} == {"shoes"}


def test_cards_carry_details_and_stock_buttons(demo_shop) -> None:
    text = "show me running shoes"
    messages, _ = _search(text, [_ent("product", "running shoes", text)])
    [cards] = [m["custom"]["products"] for m in messages if m.get("custom")]
    for card in cards:
        details, stock = card["buttons"]
        assert details["url"] == f"/product/{card['sku']}"
        assert stock["payload"] == '/check_stock{"product":"' + card["sku"] + '"}'
    assert messages[1]["text"].startswith("1. ")  # text for channels without cards


def test_show_more_without_a_search_asks_what(demo_shop) -> None:
    messages, slots = _more({})
    assert [m["response"] for m in messages] == ["utter_show_more_no_search"]
    assert slots == {}


def test_show_more_when_everything_was_shown(demo_shop) -> None:
    text = "most popular running shoes"
    messages, slots = _search(text, [_ent("product", "running shoes", text)])
    while messages[-1].get("response") == "utter_more_products_available":
        messages, more = _more(slots)
        slots = {**slots, **more}
    messages, more = _more(slots)
    assert [m["response"] for m in messages] == ["utter_no_more_products"]
    assert more == {}


@pytest.mark.parametrize(
    "response,placeholders",
    [
        ("utter_more_products_available", ()),
        ("utter_no_more_products", ()),
        ("utter_show_more_no_search", ()),
        ("utter_product_related", ("{title}", "{relation}")),
        ("utter_product_no_related", ("{title}", "{relation}")),
        ("utter_products_linked", ("{title}", "{other}")),
        ("utter_products_not_linked", ("{title}", "{other}")),
    ],
)
def test_page_and_relation_responses_exist_in_both_languages(
    response: str, placeholders
) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    variants = domain["responses"][response]
    by_language = {
        (v.get("condition") or [{}])[0].get("value", "en"): v for v in variants
    }
    assert set(by_language) == {"en", "zh"}
    for variant in by_language.values():
        assert all(p in variant["text"] for p in placeholders)
        for button in variant.get("buttons", []):
            assert button["payload"].startswith("/show_more")
            # a digit in the payload: the reply stays in the shopper's language
            assert detect_language(button["payload"], "zh") == "zh"
