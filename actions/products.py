"""Product search: semantic search with filters; price and stock from the DB.

A search remembers what was looked for and its constraints in the ``search_*``
slots, so a follow-up ("in red?", "cheaper ones", "换成黑色的") changes one
constraint and searches again; a message naming another product starts afresh;
a search naming nothing ("I want to buy something") hands over to the
``product_search_form`` (``actions/forms/product_search.py``). A search shows 3
products, sorted by price or popularity when asked ("cheapest first", "销量最高");
"show more" pages on (``actions/product_pages.py``).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import entity_values, latest_intent, latest_text, shopper_language
from actions.forms.product_search import (
    ANY_SIZE,
    FILLER_WORDS,
    FILLER_ZH,
    constraint_slots,
    residual_words,
    what_named,
    without_constraints,
)
from actions.product_pages import (
    PAGE_SIZE,
    SORT_POOL,
    SORT_REFINE_WORDS,
    SORT_REFINE_ZH,
    next_page,
    show_products,
    sort_order,
    sort_products,
    without_sort_words,
)
from actions.services import product_searcher
from bot.db.views import ProductView
from bot.exceptions import ShopbotError
from bot.retrieval.product_search import ProductFilters

logger = logging.getLogger(__name__)


def _first(values: List[Any]) -> str | None:
    return str(values[0]) if values else None


def _price(values: List[Any]) -> Decimal | None:
    for value in values:
        if value is None:
            continue
        try:
            return Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            continue
    return None


# What a search remembers; a new search clears all of them.
SEARCH_SLOTS = (
    "search_what",
    "search_category",
    "search_brand",
    "search_color",
    "search_size",
    "search_price_min",
    "search_price_max",
    "search_sort",
)
# Slots of an unfinished form, the cheapest price and the SKUs shown (all pages).
STATE_SLOTS = (
    "search_pending",
    "search_size_options",
    "search_lowest_shown",
    "search_shown",
)
CHEAPER_WORDS = ("cheaper", "less expensive", "lower price", "more affordable")
CHEAPER_WORDS += ("便宜", "实惠", "价格低", "低一点", "低点")
CHEAPER_STEP = Decimal("0.01")
FORM = "product_search_form"
# words of a follow-up that only changes a constraint ("what about in red?")
REFINE_WORDS = (
    FILLER_WORDS
    | frozenset(
        "only under below over above less than more cheaper cheap expensive size sizes"
        " color colour about how got yuan rmb cny price budget within those these"
        " instead maybe or and too also same but bigger smaller larger then".split()
    )
    | SORT_REFINE_WORDS
)
REFINE_ZH = (
    FILLER_ZH
    | frozenset(
        "换成 换个 换 改成 改 有没有 有无 颜色 尺码 码 号 以内 以下 以上 左右"
        " 元 块 钱 便宜 实惠 更 再 还 就 只 那 这 那种 这种 款 的话 呢 吧 啊"
        " 价格 低 预算 不超过".split()
    )
    | SORT_REFINE_ZH
)


@dataclass(frozen=True)
class SearchPlan:
    """What the search action does for a message.

    Attributes:
        kind: "new", "refine", "form" (the form finished), "ask" (start the
            form) or "stopped" (the shopper stopped the form).
        query: the text searched for ("" unless searching).
        slots: the ``search_*`` slot values after this message.
    """

    kind: str
    query: str = ""
    slots: Dict[str, Any] = field(default_factory=dict)


def names_nothing(tracker: Tracker) -> bool:
    """True when the last message, without colour/size/price, names no product."""
    return not residual_words(without_constraints(tracker), REFINE_WORDS, REFINE_ZH)


def asks_cheaper(text: str) -> bool:
    """True for "cheaper ones" / "便宜点的" (not for a sort: "最便宜的在前")."""
    lowered = text.casefold()
    return not sort_order(text) and any(word in lowered for word in CHEAPER_WORDS)


def _refined(tracker: Tracker, given: Dict[str, Any]) -> Dict[str, Any]:
    slots = {name: tracker.get_slot(name) for name in SEARCH_SLOTS}
    slots.update(given)
    slots["search_sort"] = sort_order(latest_text(tracker)) or slots["search_sort"]
    lowest = _price([tracker.get_slot("search_lowest_shown")])
    if (
        asks_cheaper(latest_text(tracker))
        and lowest
        and "search_price_max" not in given
    ):
        slots["search_price_max"] = str(lowest - CHEAPER_STEP)
    return slots


def _fresh(tracker: Tracker, given: Dict[str, Any]) -> Dict[str, Any]:
    slots: Dict[str, Any] = dict.fromkeys(SEARCH_SLOTS)
    slots.update(given)
    slots["search_category"] = _first(entity_values(tracker, "category"))
    slots["search_brand"] = _first(entity_values(tracker, "brand"))
    slots["search_sort"] = sort_order(latest_text(tracker))
    what = without_sort_words(without_constraints(tracker))
    slots["search_what"] = what or None
    return slots


def plan_search(tracker: Tracker) -> SearchPlan:
    """New search, refinement of the last one, or the form's turn to ask.

    A message naming a product, category or brand is a new search; one giving
    only a colour, size, budget or "cheaper" refines the last search; one naming
    nothing at all starts the form (only for ``search_product``).
    """
    if tracker.latest_action_name == FORM and tracker.get_slot("search_pending"):
        if tracker.get_slot("form_stop"):
            return SearchPlan("stopped")
        what = tracker.get_slot("search_what")
        if what:
            slots = {name: tracker.get_slot(name) for name in SEARCH_SLOTS}
            return SearchPlan("form", what, slots)
    given = constraint_slots(tracker)
    text = latest_text(tracker)
    if not what_named(tracker) and names_nothing(tracker):
        refines = given or asks_cheaper(text) or sort_order(text)
        if refines and tracker.get_slot("search_what"):
            return SearchPlan(
                "refine", tracker.get_slot("search_what"), _refined(tracker, given)
            )
        if latest_intent(tracker) == "search_product":
            return SearchPlan("ask", "", {**dict.fromkeys(SEARCH_SLOTS), **given})
    query = without_sort_words(text) or text
    return SearchPlan("new", query[:2000], _fresh(tracker, given))


def filters_from_slots(slots: Dict[str, Any]) -> ProductFilters:
    """Search filters from the ``search_*`` slot values ("any" size: no filter)."""
    size = slots.get("search_size")
    return ProductFilters(
        category=slots.get("search_category"),
        brand=slots.get("search_brand"),
        color=slots.get("search_color"),
        size=None if size == ANY_SIZE else size,
        price_min=_price([slots.get("search_price_min")]),
        price_max=_price([slots.get("search_price_max")]),
    )


def search_events(
    slots: Dict[str, Any], products: List[ProductView]
) -> List[Dict[str, Any]]:
    """Slot events remembering a finished search (and forgetting the form)."""
    events = [SlotSet(name, slots.get(name)) for name in SEARCH_SLOTS]
    state: Dict[str, Any] = dict.fromkeys(STATE_SLOTS)
    if products:
        state["search_lowest_shown"] = str(min(p.price for p in products))
        state["search_shown"] = [p.sku for p in products]
    return events + [SlotSet(name, value) for name, value in state.items()]


def _scoped(slots: Dict[str, Any], products: List[ProductView]) -> Dict[str, Any]:
    # follow-ups stay in the category of what was shown ("in red?" after running
    # shoes must not drift to red T-shirts)
    if slots.get("search_category") or not products:
        return slots
    counts = Counter(p.category for p in products)
    return {**slots, "search_category": counts.most_common(1)[0][0]}


def forget_search() -> List[Dict[str, Any]]:
    """Slot events clearing the search and the form (after "stop")."""
    names = SEARCH_SLOTS + STATE_SLOTS + ("form_stop", "input_attempts")
    return [SlotSet(name, None) for name in names]


def filters_from_entities(tracker: Tracker) -> ProductFilters:
    """Category, brand, color, size and price bounds from the last message."""
    return ProductFilters(
        category=_first(entity_values(tracker, "category")),
        brand=_first(entity_values(tracker, "brand")),
        color=_first(entity_values(tracker, "color")),
        size=_first(entity_values(tracker, "size")),
        price_min=_price(entity_values(tracker, "price", role="min")),
        price_max=_price(entity_values(tracker, "price", role="max")),
    )


class ActionSearchProducts(Action):
    """Finds the top 3 products for the search so far, honouring its constraints."""

    def name(self) -> str:
        return "action_search_products"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        plan = plan_search(tracker)
        if plan.kind == "stopped":
            dispatcher.utter_message(response="utter_product_search_stopped")
            return forget_search()
        if plan.kind == "ask":
            # the rules run the product_search_form next: it asks what
            events = [SlotSet(name, value) for name, value in plan.slots.items()]
            events += [SlotSet(name, None) for name in ("form_stop", "input_attempts")]
            events.append(SlotSet("search_size_options", None))
            return events + [SlotSet("search_pending", True)]
        filters = filters_from_slots(plan.slots)
        sort = plan.slots.get("search_sort")
        ranked = ranked_products(plan.query, filters, sort, dispatcher)
        if ranked is None:
            return []
        products, more = next_page(ranked, [])
        events = search_events(_scoped(plan.slots, products), products)
        if plan.kind == "form":
            events += [SlotSet("form_stop", None), SlotSet("input_attempts", 0)]
        if not products:
            dispatcher.utter_message(response="utter_no_products")
            return events
        dispatcher.utter_message(response="utter_products_found")
        show_products(dispatcher, products, language, filters, more)
        return events + [SlotSet("last_product_sku", products[0].sku)]


def ranked_products(
    query: str,
    filters: ProductFilters,
    sort: Optional[str],
    dispatcher: CollectingDispatcher,
    shown: int = 0,
) -> Optional[List[ProductView]]:
    """Products for the search in the order shown: relevance, or the sort asked for.

    Relevance returns enough products for the page after ``shown`` ones (plus one,
    to tell whether more remain); a sort orders the best ``SORT_POOL`` matches.
    None (and an apology sent) when the search failed.
    """
    try:
        searcher = product_searcher()
        if sort:
            pool = searcher.candidates(query, filters, limit=SORT_POOL)
            return sort_products(pool, sort)
        return searcher.search(query, filters, k=shown + PAGE_SIZE + 1)
    except ShopbotError:
        logger.exception("product search failed")
        dispatcher.utter_message(response="utter_temporary_error")
        return None


class ActionShowMoreProducts(Action):
    """ "Show more" / "换一批": the next 3 products of the last search.

    Same query, filters and sort; the products already shown are skipped.
    """

    def name(self) -> str:
        return "action_show_more_products"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        what = tracker.get_slot("search_what")
        if not what:
            dispatcher.utter_message(response="utter_show_more_no_search")
            return []
        slots = {name: tracker.get_slot(name) for name in SEARCH_SLOTS}
        shown = list(tracker.get_slot("search_shown") or [])
        filters = filters_from_slots(slots)
        sort = slots.get("search_sort")
        ranked = ranked_products(what, filters, sort, dispatcher, len(shown))
        if ranked is None:
            return []
        products, more = next_page(ranked, shown)
        if not products:
            dispatcher.utter_message(response="utter_no_more_products")
            return []
        language = shopper_language(tracker)
        show_products(dispatcher, products, language, filters, more, len(shown) + 1)
        lowest = min(p.price for p in products)
        previous = _price([tracker.get_slot("search_lowest_shown")])
        return [
            SlotSet("search_shown", shown + [p.sku for p in products]),
            SlotSet("search_lowest_shown", str(min(lowest, previous or lowest))),
            SlotSet("last_product_sku", products[0].sku),
        ]


class ActionStopProductSearch(Action):
    """After "stop" / "算了" in the product search form: stops, forgets the search."""

    def name(self) -> str:
        return "action_stop_product_search"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response="utter_product_search_stopped")
        return forget_search()
