"""Recommendations: from the order history of a verified customer, else popular.

A shopper proved to be a customer (slot ``verified_customer_id``, set by the
identity step of the order flows) gets products co-purchased with and similar to
what they bought, never the same items; anyone else gets the most popular
products of the asked category (or of the shop). Category, brand, colour/size
and price entities of the message constrain both. A message naming a product
("recommend running shoes") first narrows the candidates to the catalog search's
best matches, then ranks those for the customer.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import entity_values, shopper_language
from actions.forms.product_search import without_constraints
from actions.product_pages import show_products
from actions.products import filters_from_entities
from actions.services import product_searcher, recommender
from bot.exceptions import ShopbotError
from bot.retrieval.product_search import ProductFilters
from bot.retrieval.recommend import Recommendation
from bot.web.i18n import category_name

logger = logging.getLogger(__name__)

TOP_K = 3


def verified_customer(tracker: Tracker) -> Optional[int]:
    """The verified customer's id, None when the shopper is not identified."""
    value = tracker.get_slot("verified_customer_id")
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def named_product_query(tracker: Tracker) -> Optional[str]:
    """The text to search for when the message names a product, else None.

    Only a ``product`` entity counts: "recommend running shoes" narrows by
    relevance, while "best sellers in electronics" (a category) or "what's popular"
    rank the whole catalog.
    """
    if not entity_values(tracker, "product"):
        return None
    return " ".join(without_constraints(tracker).split())[:2000] or None


def intro(result: Recommendation, filters: ProductFilters, language: str) -> dict:
    """The ``utter_message`` arguments of the line saying why these products."""
    if result.basis == "history":
        return {"response": "utter_recommend_from_history"}
    if filters.category:
        name = category_name(filters.category, language)
        name = name.lower() if language == "en" else name  # "Popular in phones"
        return {"response": "utter_recommend_popular_in", "category": name}
    return {"response": "utter_recommend_popular"}


class ActionRecommendProducts(Action):
    """Recommends the top 3 products and says why (past orders or popularity)."""

    def name(self) -> str:
        return "action_recommend_products"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        filters = filters_from_entities(tracker)
        try:
            result = self._recommend(tracker, filters)
        except ShopbotError:
            logger.exception("recommendation failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if not result.products:
            dispatcher.utter_message(response="utter_no_products")
            return []
        dispatcher.utter_message(**intro(result, filters, language))
        show_products(dispatcher, result.products, language, filters)
        return [SlotSet("last_product_sku", result.products[0].sku)]

    @staticmethod
    def _recommend(tracker: Tracker, filters: ProductFilters) -> Recommendation:
        query = named_product_query(tracker)
        within = product_searcher().rank(query) if query else None
        customer = verified_customer(tracker)
        return recommender().recommend(customer, filters, k=TOP_K, within=within)
