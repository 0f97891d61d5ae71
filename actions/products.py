"""Product search: semantic search with entity filters; price and stock from the DB."""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import entity_values, latest_text, shopper_language
from actions.services import product_searcher
from bot.db.views import ProductView
from bot.exceptions import ShopbotError
from bot.retrieval.product_search import ProductFilters

logger = logging.getLogger(__name__)

STOCK_TEXT = {
    "en": ("in stock ({n})", "out of stock"),
    "zh": ("有货（{n} 件）", "暂时缺货"),
}


def _first(values: List[Any]) -> str | None:
    return str(values[0]) if values else None


def _price(values: List[Any]) -> Decimal | None:
    for value in values:
        try:
            return Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            continue
    return None


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


def product_line(
    rank: int, product: ProductView, language: str, filters: ProductFilters
) -> str:
    """One result line: rank, title, price and the stock of the asked color/size."""
    available, sold_out = STOCK_TEXT[language]
    units = product.stock_for(color=filters.color, size=filters.size)
    stock = available.format(n=units) if units else sold_out
    price = f"{product.price} {product.currency}"
    return f"{rank}. {product.title(language)} — {price} — {stock}"


def carousel(products: List[ProductView], language: str) -> Dict[str, Any]:
    """A channel-neutral carousel payload (the web widget renders it as cards)."""
    return {
        "type": "product_carousel",
        "products": [
            {
                "sku": p.sku,
                "title": p.title(language),
                "price": str(p.price),
                "currency": p.currency,
                "in_stock": p.total_stock > 0,
                "image_url": p.image_url,
            }
            for p in products
        ],
    }


class ActionSearchProducts(Action):
    """Finds the top 3 products for the message, honouring its constraints."""

    def name(self) -> str:
        return "action_search_products"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        filters = filters_from_entities(tracker)
        try:
            query = latest_text(tracker)[:2000]
            products = product_searcher().search(query, filters, k=3)
        except ShopbotError:
            logger.exception("product search failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if not products:
            dispatcher.utter_message(response="utter_no_products")
            return []
        dispatcher.utter_message(response="utter_products_found")
        lines = [
            product_line(i + 1, p, language, filters) for i, p in enumerate(products)
        ]
        dispatcher.utter_message(
            text="\n".join(lines), json_message=carousel(products, language)
        )
        return [SlotSet("last_product_sku", products[0].sku)]
