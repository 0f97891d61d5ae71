"""action_recommend_products on the real demo shop (a copy of var/shop.db) and the
persisted product index, through the action server's services.

Without `make data index` the tests skip (and fail under CI).
"""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.recommend import (
    ActionRecommendProducts,
    named_product_query,
    verified_customer,
)
from bot.db.repositories import OrderRepository, ProductRepository
from bot.db.session import dispose_engine, session_scope
from bot.db.views import ProductView

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = (
    "utter_recommend_from_history",
    "utter_recommend_popular_in",
    "utter_recommend_popular",
    "utter_no_products",
    "utter_temporary_error",
)


def _clear_services() -> None:
    services.settings.cache_clear()
    services._product_searcher.cache_clear()
    services._recommender.cache_clear()


@pytest.fixture
def demo_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The actions' database: a private copy of the demo shop; indexes from var/."""
    var = ROOT / "var"
    if not (var / ".index-ready").exists():
        message = f"{var / '.index-ready'} is missing: run `make data index` first"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    shutil.copy(var / "shop.db", tmp_path / "shop.db")
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    monkeypatch.setenv("SHOPBOT_HOME", str(ROOT))
    monkeypatch.setenv("DATABASE_URL", url)
    _clear_services()
    yield url
    _clear_services()
    dispose_engine(url)


def _tracker(text: str, entities=(), **slots: Any) -> Tracker:
    message = {
        "text": text,
        "intent": {"name": "recommend_product"},
        "entities": [_entity(text, *e) for e in entities],
    }
    return Tracker("s", slots, message, [], False, None, {}, "action_listen")


def _entity(text: str, entity: str, words: str, value: str = None, role=None) -> Dict:
    start = text.index(words)
    found = {"entity": entity, "value": value or words, "start": start}
    found["end"] = start + len(words)
    return {**found, "role": role} if role else found


def _run(tracker: Tracker) -> Tuple[List[Dict], Dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRecommendProducts().run(dispatcher, tracker, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events}


def _catalog(url: str) -> Dict[str, ProductView]:
    with session_scope(url) as session:
        return {p.sku: p for p in ProductRepository(session).list_all()}


def _bought(url: str, customer: int) -> set:
    with session_scope(url) as session:
        return set(OrderRepository(session).skus_bought(customer))


def _most_popular(url: str, category: str, n: int = 3) -> List[str]:
    eligible = [
        p for p in _catalog(url).values() if p.category == category and p.total_stock
    ]
    eligible.sort(key=lambda p: (-p.popularity, p.sku))
    return [p.sku for p in eligible[:n]]


def _shown(messages: List[Dict]) -> List[str]:
    return [card["sku"] for card in messages[1]["custom"]["products"]]


@pytest.mark.parametrize(
    "text,words,language,name",
    [
        ("what's popular in phones", "phones", "en", "phones"),
        ("推荐一款手机", "手机", "zh", "手机"),
    ],
)
def test_anonymous_shopper_gets_the_most_popular_of_the_category(
    demo_url, text, words, language, name
) -> None:
    tracker = _tracker(text, [("category", words, "phones")], language=language)
    messages, slots = _run(tracker)
    assert messages[0]["response"] == "utter_recommend_popular_in"
    assert messages[0]["category"] == name
    expected = _most_popular(demo_url, "phones")
    assert _shown(messages) == expected and slots == {"last_product_sku": expected[0]}
    catalog = _catalog(demo_url)
    lines = messages[1]["text"].splitlines()
    assert lines[0].startswith(f"1. {catalog[expected[0]].title(language)} — ")
    assert lines[2].endswith((")", "件）"))  # in stock: "(n)" / "有货（n 件）"
    assert ("有货" in lines[0]) == (language == "zh")


@pytest.mark.parametrize(
    "text,customer,language",
    [("what would you recommend for me?", 1, "en"), ("有什么推荐的吗", 4, "zh")],
)
def test_verified_customer_gets_items_from_their_history(
    demo_url, text, customer, language
) -> None:
    tracker = _tracker(text, language=language, verified_customer_id=str(customer))
    messages, slots = _run(tracker)
    assert messages[0]["response"] == "utter_recommend_from_history"
    shown = _shown(messages)
    assert len(shown) == 3 and not set(shown) & _bought(demo_url, customer)
    assert slots["last_product_sku"] == shown[0]
    first = _catalog(demo_url)[shown[0]]
    assert messages[1]["text"].startswith(f"1. {first.title(language)} — ")
    assert messages[1]["custom"]["type"] == "product_carousel"


def test_anonymous_without_category_gets_the_shop_bestsellers(demo_url) -> None:
    messages, _ = _run(_tracker("what's trending right now"))
    assert messages[0]["response"] == "utter_recommend_popular"
    catalog = _catalog(demo_url).values()
    ranked = sorted(
        (p for p in catalog if p.total_stock), key=lambda p: (-p.popularity, p.sku)
    )
    assert _shown(messages) == [p.sku for p in ranked[:3]]


def test_price_entities_bound_the_recommendations(demo_url) -> None:
    text = "recommend phones between 2000 and 4000 yuan"
    entities = [
        ("category", "phones"),
        ("price", "2000", None, "min"),
        ("price", "4000", None, "max"),
    ]
    messages, _ = _run(_tracker(text, entities, verified_customer_id="1"))
    catalog = _catalog(demo_url)
    shown = [catalog[sku] for sku in _shown(messages)]
    assert shown and all(p.category == "phones" for p in shown)
    assert all(2000 <= p.price <= 4000 for p in shown)


def test_a_named_product_narrows_to_the_search_matches(demo_url) -> None:
    text = "recommend running shoes for beginners"
    tracker = _tracker(text, [("product", "running shoes")], verified_customer_id="1")
    assert named_product_query(tracker) == text
    messages, _ = _run(tracker)
    catalog = _catalog(demo_url)
    assert {catalog[sku].category for sku in _shown(messages)} == {"shoes"}
    assert not set(_shown(messages)) & _bought(demo_url, 1)


def test_nothing_matching_says_so(demo_url) -> None:
    text = "best phone under 1 yuan"
    entities = [("category", "phone", "phones"), ("price", "1", None, "max")]
    messages, slots = _run(_tracker(text, entities))
    assert [m["response"] for m in messages] == ["utter_no_products"]
    assert slots == {}


def test_database_failure_is_a_temporary_error(demo_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    services.settings.cache_clear()
    messages, slots = _run(_tracker("what's popular"))
    assert [m["response"] for m in messages] == ["utter_temporary_error"]
    assert slots == {}
    dispose_engine(f"sqlite:///{tmp_path / 'empty.db'}")


@pytest.mark.parametrize(
    "value,expected", [("7", 7), (None, None), ("", None), ("abc", None)]
)
def test_verified_customer_slot(value, expected) -> None:
    assert verified_customer(_tracker("x", verified_customer_id=value)) == expected


def test_domain_and_rule_use_the_action_with_both_languages() -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert ActionRecommendProducts().name() in domain["actions"]
    for name in RESPONSES:
        variants = domain["responses"][name]
        languages = {
            (v.get("condition") or [{}])[0].get("value", "en") for v in variants
        }
        assert languages == {"en", "zh"}, name
    assert "{category}" in str(domain["responses"]["utter_recommend_popular_in"])
    rules = yaml.safe_load((ROOT / "data/rules/products.yml").read_text("utf-8"))
    steps = [
        r["steps"]
        for r in rules["rules"]
        if {"intent": "recommend_product"} in r["steps"]
    ]
    assert steps == [
        [{"intent": "recommend_product"}, {"action": ActionRecommendProducts().name()}]
    ]
