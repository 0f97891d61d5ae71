import asyncio
from dataclasses import replace
from decimal import Decimal
from typing import List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.product_info import (
    ActionCompareProducts,
    ActionProductInfo,
    details_text,
    not_listed,
    stock_reply,
)
from actions.product_relations import LINK_KINDS, best_match, relation_kind
from actions.services import product_searcher, settings
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView
from bot.retrieval.product_search import ProductFilters

PHONE = ProductView(
    sku="PH-1",
    title_en="Xiaomi 10",
    title_zh="小米10",
    description_en="A phone.",
    description_zh="一部手机。",
    brand="Xiaomi",
    category="phones",
    price=Decimal("1999.00"),
    currency="CNY",
    colors=("black", "blue"),
    stock={"black": 0, "blue": 7},
    attributes={"storage_gb": 256},
)


@pytest.mark.parametrize(
    "filters,response,values",
    [
        (ProductFilters(color="blue"), "utter_product_in_stock", {"units": 7}),
        (ProductFilters(), "utter_product_in_stock", {"units": 7, "variant": "-"}),
        (ProductFilters(color="black"), "utter_product_out_of_stock", {}),
        (
            ProductFilters(color="pink"),
            "utter_product_no_such_variant",
            {"options": "black, blue"},
        ),
        (ProductFilters(size="42"), "utter_product_no_such_variant", {}),
    ],
)
def test_stock_reply_uses_database_stock_of_the_variant(filters, response, values):
    reply = stock_reply(PHONE, "en", filters)
    assert reply["response"] == response
    assert reply["title"] == "Xiaomi 10"
    assert values.items() <= reply.items()


def test_details_list_attributes_and_variants_in_the_shoppers_language() -> None:
    text = details_text(PHONE, "zh")
    assert text.splitlines() == [
        "一部手机。",
        "· storage gb: 256",
        "· colors: black, blue",
    ]


@pytest.mark.parametrize(
    "question,language,expected",
    [
        ("how heavy is the Xiaomi 10?", "en", "weight"),
        ("小米10多重？防水吗", "zh", "重量、防水性能"),
        ("how much storage does it have?", "en", ""),  # storage gb: 256
        ("does it come in blue?", "en", ""),  # no kind of fact asked for
        ("is it waterproof?", "en", "water resistance"),
        ("how long does the battery last, and how much storage?", "en", ""),
        ("what warranty does it have?", "en", ""),  # the shop's policy covers it
    ],
)
def test_facts_asked_for_that_the_page_does_not_give(question, language, expected):
    assert not_listed(PHONE, question, language) == expected
    waterproof = replace(PHONE, description_en="Waterproof to IP68.")
    assert "water" not in not_listed(waterproof, question, language)


def test_comparison_lists_database_facts_per_product() -> None:
    from actions.product_info import comparison_lines

    lines = comparison_lines([PHONE, PHONE], "en").splitlines()
    assert lines == ["· Xiaomi 10 — 1999.00 CNY — Xiaomi — 7 — storage gb 256"] * 2


@pytest.mark.parametrize(
    "text,expected",
    [
        ("how much is the Xiaomi 10?", True),
        ("小米10多少钱", True),
        ("how much is it?", False),
        ("多少钱", False),
    ],
)
def test_a_search_hit_counts_only_when_the_text_names_it(text, expected) -> None:
    from actions.product_info import shares_name_token

    assert shares_name_token(text, PHONE) is expected


# --- relation questions (knowledge graph) ----------------------------------------


@pytest.mark.parametrize(
    "text,kind",
    [
        ("what cases fit the iPhone 15?", "accessory"),
        ("any accessories for it?", "accessory"),
        ("这个有什么配件", "accessory"),
        ("is this charger compatible with my Xiaomi 14?", "compatible"),
        ("does the phone case fit the iPhone 14", "compatible"),
        ("和小米14兼容吗", "compatible"),
        ("anything similar?", "similar"),
        ("有类似的吗", "similar"),
        ("is the Xiaomi 14 waterproof?", None),
        ("这个手机壳是什么材质", None),
    ],
)
def test_relation_kind_from_the_words(text, kind) -> None:
    assert relation_kind(text) == kind


def test_the_title_a_name_covers_best_wins() -> None:
    case = replace(PHONE, sku="PA-1", title_en="ShellMate Case for Xiaomi 10")
    assert best_match("Xiaomi 10", [case, PHONE]) is PHONE
    assert best_match("running shoes", [case, PHONE]) is None


def _ask(text: str, entities=(), intent="product_info", **slots) -> tuple:
    message = {"text": text, "intent": {"name": intent}, "entities": list(entities)}
    tracker = Tracker("s", slots, message, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionProductInfo().run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}


def _product(text: str, value: str) -> dict:
    start = text.index(value)
    end = start + len(value)
    return {"entity": "product", "value": value, "start": start, "end": end}


def _db_related(sku: str, kinds, incoming: bool) -> List[str]:
    with session_scope(settings().database_url) as session:
        repo = ProductRepository(session)
        return [p.sku for k in kinds for p in repo.related(sku, k, incoming=incoming)]


def _cards(messages) -> List[str]:
    [cards] = [m["custom"]["products"] for m in messages if m.get("custom")]
    return [card["sku"] for card in cards]


def test_cases_for_a_named_phone_come_from_the_graph(demo_shop) -> None:
    text = "what cases fit the iPhone 15?"
    messages, slots = _ask(text, [_product(text, "iPhone 15")])
    assert messages[0]["response"] == "utter_product_related"
    assert messages[0]["relation"] == "accessories"
    assert messages[0]["title"] == "Apple iPhone 15 128GB"
    expected = _db_related("PH-0001", LINK_KINDS, incoming=True)
    shown = _cards(messages)
    assert len(shown) == 3 and set(shown) <= set(expected)
    assert messages[1]["text"].startswith("1. ") and "CNY" in messages[1]["text"]
    assert slots["last_product_sku"] == "PH-0001"


def test_accessories_of_the_last_product_in_chinese(demo_shop) -> None:
    messages, _ = _ask("这个有什么配件", last_product_sku="PH-0010")
    assert messages[0]["relation"] == "配件"
    assert messages[0]["title"].startswith("小米14")
    expected = _db_related("PH-0010", LINK_KINDS, incoming=True)
    assert set(_cards(messages)) <= set(expected) and "有货" in messages[1]["text"]


@pytest.mark.parametrize("text", ["anything similar?", "有类似的吗"])
def test_similar_products_come_from_the_graph(demo_shop, text) -> None:
    messages, _ = _ask(text, last_product_sku="SH-0005")
    expected = _db_related("SH-0005", ["similar_to"], False)
    expected += _db_related("SH-0005", ["similar_to"], True)
    shown = _cards(messages)
    assert shown and set(shown) <= set(expected) and "SH-0005" not in shown


def test_no_related_products_is_said_honestly(demo_shop) -> None:
    assert _db_related("GR-0001", LINK_KINDS, incoming=True) == []
    messages, slots = _ask("any accessories for it?", last_product_sku="GR-0001")
    assert [m["response"] for m in messages] == ["utter_product_no_related"]
    assert slots["last_product_sku"] == "GR-0001"


def test_yes_when_an_edge_links_the_two(demo_shop) -> None:
    assert "PH-0010" in _db_related("PA-0044", LINK_KINDS, incoming=False)
    text = "is this charger compatible with my Xiaomi 14?"
    entities = [_product(text, "charger"), _product(text, "Xiaomi 14")]
    messages, _ = _ask(text, entities, last_product_sku="PA-0044")
    [answer] = messages
    assert answer["response"] == "utter_products_linked"
    assert answer["other"].startswith("Xiaomi 14 5G")


def test_no_when_no_edge_links_the_two(demo_shop) -> None:
    linked_either_way = _db_related("PA-0042", LINK_KINDS, False)
    linked_either_way += _db_related("PH-0010", LINK_KINDS, False)
    assert "PH-0010" not in linked_either_way and "PA-0042" not in linked_either_way
    [answer], _ = _ask("和小米14兼容吗", last_product_sku="PA-0042")
    assert answer["response"] == "utter_products_not_linked"
    assert answer["other"].startswith("小米14")


def test_a_card_stock_button_names_the_product_by_sku(demo_shop) -> None:
    text = '/check_stock{"product":"PH-0001"}'
    entities = [{"entity": "product", "value": "PH-0001"}]
    messages, slots = _ask(text, entities, intent="check_stock")
    assert messages[0]["response"] == "utter_product_in_stock"
    assert messages[0]["title"] == "Apple iPhone 15 128GB"
    assert slots["last_product_sku"] == "PH-0001"


def test_a_relation_question_about_nothing_known_asks_which(demo_shop) -> None:
    messages, slots = _ask("any accessories for it?")
    assert [m["response"] for m in messages] == ["utter_ask_which_product"]
    assert slots == {}


@pytest.mark.parametrize("text", ["is it in stock?", "有货吗"])
def test_a_question_naming_no_product_answers_about_the_last_without_a_search(
    demo_shop, monkeypatch, text
) -> None:
    searcher = product_searcher()
    searched: List[str] = []
    real_search = searcher.search
    monkeypatch.setattr(
        searcher,
        "search",
        lambda q, *a, **k: searched.append(q) or real_search(q, *a, **k),
    )
    messages, slots = _ask(text, intent="check_stock", last_product_sku="PH-0001")
    assert messages[0]["title"] in ("Apple iPhone 15 128GB", "苹果 iPhone 15 128GB")
    assert slots["last_product_sku"] == "PH-0001"
    assert searched == []  # no query embedding for a question that names nothing
    _ask("is the iPhone 15 in stock?", intent="check_stock", last_product_sku="GR-0001")
    assert searched == ["is the iPhone 15 in stock?"]


def test_a_fact_the_page_lacks_is_said_before_the_details(demo_shop) -> None:
    text = "how heavy is the iPhone 15 Plus?"
    messages, slots = _ask(text, [_product(text, "iPhone 15 Plus")])
    assert [m["response"] for m in messages] == [
        "utter_product_fact_not_listed",
        "utter_product_details",
    ]
    assert messages[0]["what"] == "weight"
    assert messages[0]["title"] == messages[1]["title"] == "Apple iPhone 15 Plus 128GB"


def test_a_fact_the_page_gives_gets_the_details_alone(demo_shop) -> None:
    text = "how heavy is the Xperia 10 V?"
    messages, _ = _ask(text, [_product(text, "Xperia 10 V")])
    assert [m["response"] for m in messages] == ["utter_product_details"]
    assert "159" in messages[0]["details"]


@pytest.mark.parametrize(
    "text,named,expected",
    [
        # the nearest search hit is a case for the phone asked about
        ("小米14多重", None, "小米14 5G手机"),
        ("what colours does the Xiaomi 14 come in", "Xiaomi 14", "Xiaomi 14 5G"),
        # the case itself is named
        ("how much is the Xiaomi 14 case?", "Xiaomi 14 case", "ShellMate"),
    ],
)
def test_an_accessory_ranked_first_gives_way_to_its_product(
    demo_shop, text, named, expected
) -> None:
    entities = [_product(text, named)] if named else []
    messages, _ = _ask(text, entities)
    assert messages[-1]["title"].startswith(expected)


def test_a_faq_question_naming_no_product_gets_the_faq_answer(demo_shop) -> None:
    # read as ask_price, but it names no product and the FAQ answers it
    messages, slots = _ask("how do I reset my password?", intent="ask_price")
    [message] = messages
    assert "30 minutes" in message["text"] and slots == {}


def test_a_fit_question_with_nothing_compatible_gets_the_details_too(demo_shop):
    # "fit" reads as compatibility, but the answer is on the product's own page
    text = "will the Basico ribbed beanie fit a big head?"
    messages, slots = _ask(text, [_product(text, "Basico ribbed beanie")])
    assert [m["response"] for m in messages] == [
        "utter_product_no_related",
        "utter_product_details",
    ]
    assert "fits most heads" in messages[1]["details"]
    assert slots == {"last_product_sku": "CL-0036"}


@pytest.mark.parametrize(
    "text,named,fact",
    [
        ("how long is the warranty on the Xiaomi 14?", "Xiaomi 14", "1-year warranty"),
        ("小米14保修多久？", "小米14", "保修1年"),
    ],
)
def test_a_policy_fact_comes_from_the_faq_before_the_details(
    demo_shop, text, named, fact
) -> None:
    messages, _ = _ask(text, [_product(text, named)])
    assert fact in messages[0]["text"]
    assert [m.get("response") for m in messages[1:]] == ["utter_product_details"]


def _compare(text: str, names=(), **slots) -> tuple:
    entities = [_product(text, name) for name in names]
    message = {
        "text": text,
        "intent": {"name": "compare_products"},
        "entities": entities,
    }
    tracker = Tracker("s", slots, message, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionCompareProducts().run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}


@pytest.mark.parametrize(
    "text,names,expected",
    [
        (
            "compare the iPhone 15 and the Xiaomi 10",
            ("iPhone 15", "Xiaomi 10"),
            ("Apple iPhone 15 128GB", "Xiaomi 10 5G"),
        ),
        # no entities: the second hit named by a word of its own ("13")
        (
            "which is better, the Xiaomi 14 or the Xiaomi 13?",
            (),
            ("Xiaomi 14 5G", "Xiaomi 13 5G"),
        ),
    ],
)
def test_two_named_products_are_compared(demo_shop, text, names, expected) -> None:
    [message], _ = _compare(text, names)
    assert message["response"] == "utter_product_comparison"
    lines = message["lines"].splitlines()
    assert len(lines) == 2
    assert all(any(f"· {title}" in line for line in lines) for title in expected)


def test_one_named_product_is_compared_with_the_last_one(demo_shop) -> None:
    [message], _ = _compare(
        "how does it compare to the Xiaomi 10?", last_product_sku="PH-0001"
    )
    assert message["response"] == "utter_product_comparison"
    assert "Xiaomi 10" in message["lines"] and "iPhone 15" in message["lines"]


def test_a_question_about_one_product_read_as_a_comparison_gets_its_details(
    demo_shop,
) -> None:
    # the second search hit is another beanie-like item the message does not name
    messages, slots = _compare("is the Basico ribbed beanie warm or just for looks?")
    assert [m["response"] for m in messages] == ["utter_product_details"]
    assert slots == {"last_product_sku": "CL-0036"}


def test_a_comparison_naming_nothing_may_be_a_faq_question(demo_shop) -> None:
    [message], slots = _compare("how do I reset my password?")
    assert "30 minutes" in message["text"] and slots == {}


def test_an_entity_that_names_no_product_finds_none(demo_shop) -> None:
    # the NLU tagged a membership tier as a product: no product's name holds it
    text = "黄金会员的门槛是多少钱"
    messages, slots = _ask(text, [_product(text, "黄金")], intent="ask_price")
    assert "utter_product_price" not in [m.get("response") for m in messages]
    assert slots == {}


@pytest.mark.parametrize(
    "text,intent",
    [
        ("how much is it?", "ask_price"),
        ("这个多少钱", "ask_price"),
        ("price?", "ask_price"),
        ("is it in stock?", "check_stock"),
    ],
)
def test_a_bare_price_or_stock_question_asks_which_product(demo_shop, text, intent):
    # "how much is it?" scores above the FAQ-intent bar against the free-shipping
    # entry, but shares no word with it besides the price words
    messages, _ = _ask(text, intent=intent)
    assert [m.get("response") for m in messages] == ["utter_ask_which_product"]


def test_a_question_naming_nothing_the_faq_cannot_answer_is_refused(demo_shop):
    # not a product question after all: the honest no-answer, not "which product?"
    messages, events = _ask_events("do teachers get a special discount?", "ask_price")
    assert "utter_ask_which_product" not in [m.get("response") for m in messages]
    assert events[-1]["event"] == "followup"
    assert events[-1]["name"] in ("utter_no_answer", "utter_no_answer_suggested")


@pytest.mark.parametrize("text", ["does it come in blue?", "它是什么材质的？"])
def test_a_question_about_a_product_in_mind_asks_which(demo_shop, text) -> None:
    messages, events = _ask_events(text, "product_info")
    assert [m.get("response") for m in messages] == ["utter_ask_which_product"]
    assert events == []


def _ask_events(text: str, intent: str) -> tuple:
    message = {"text": text, "intent": {"name": intent}, "entities": []}
    tracker = Tracker("s", {}, message, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionProductInfo().run(dispatcher, tracker, {}))
    return dispatcher.messages, events
