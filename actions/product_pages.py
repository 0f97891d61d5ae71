"""Pages of a product search: sort words, "show more" paging, lines and cards.

A search shows ``PAGE_SIZE`` products and remembers the SKUs shown in the
``search_shown`` slot and the order asked for ("cheapest first", "销量最高") in
``search_sort``; "show more" / "换一批" shows the next page of the same search,
skipping what was shown. Every card carries a "Details" link to the storefront
page and an "In stock?" postback (``/check_stock{"product":"<sku>"}``) that
``actions/product_info.py`` resolves by SKU.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from rasa_sdk.executor import CollectingDispatcher

from actions.services import product_searcher
from bot.db.views import ProductView
from bot.exceptions import ConfigError
from bot.retrieval.product_search import ProductFilters

STOCK_TEXT = {
    "en": ("in stock ({n})", "out of stock"),
    "zh": ("有货（{n} 件）", "暂时缺货"),
}
PAGE_SIZE = 3
# "cheapest first" / "most popular": the orders `sort_products` knows
SORT_ORDERS = ("price_asc", "price_desc", "popular")
SORT_POOL = 12  # a sorted listing orders the best 12 matches (4 pages)

# Checked in this order: "sort by price from high to low" is descending, not "by
# price"; "from cheapest to most expensive" is ascending.
SORT_WORDS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("price_asc", ("cheapest to", "cheap to expensive", "从便宜到贵")),
    (
        "price_desc",
        (
            "most expensive",
            "priciest",
            "high to low",
            "highest price",
            "highest first",
            "price descending",
            "最贵",
            "从高到低",
            "由高到低",
            "高到低",
            "价格降序",
            "贵的在前",
        ),
    ),
    (
        "popular",
        (
            "most popular",
            "popular first",
            "best seller",
            "bestseller",
            "best-seller",
            "best selling",
            "best-selling",
            "top selling",
            "top-selling",
            "sort by popularity",
            "by popularity",
            "销量最高",
            "销量高",
            "销量排序",
            "按销量",
            "最受欢迎",
            "最热门",
            "卖得最好",
            "最畅销",
            "热销",
        ),
    ),
    (
        "price_asc",
        (
            "cheapest",
            "lowest price",
            "low to high",
            "price ascending",
            "sort by price",
            "sorted by price",
            "order by price",
            "by price",
            "least expensive",
            "最便宜",
            "从低到高",
            "由低到高",
            "低到高",
            "价格升序",
            "按价格",
            "便宜的在前",
        ),
    ),
)
# words of a bare sort follow-up ("sort them by price, cheapest first"), so it
# counts as a refinement of the last search rather than a new one
SORT_REFINE_WORDS = frozenset(
    "sort sorted order ordered by first cheapest lowest highest most popular"
    " popularity best seller sellers bestseller bestsellers selling top expensive"
    " priciest low high to from price prices ascending descending them results list"
    " please can you".split()
)
SORT_REFINE_ZH = frozenset(
    "按 排序 排 价格 从 到 低 高 由 最 便宜 贵 销量 最高 受欢迎 热门 卖 得 好 畅销"
    " 热销 升序 降序 在前 一下 帮 我 给 排个序 的".split()
)


def sort_order(text: str) -> Optional[str]:
    """The order a message asks for: "price_asc", "price_desc", "popular" or None."""
    lowered = text.casefold()
    for order, words in SORT_WORDS:
        if any(word in lowered for word in words):
            return order
    return None


def without_sort_words(text: str) -> str:
    """The text without its sort phrases ("cheapest wireless earbuds" → "wireless
    earbuds"), so they don't steer the relevance ranking; a text without
    them is left as it is ("first aid kit")."""
    if sort_order(text) is None:
        return " ".join(text.split())
    result = text
    for _, words in SORT_WORDS:
        for word in sorted(words, key=len, reverse=True):
            result = re.sub(re.escape(word), " ", result, flags=re.IGNORECASE)
    result = re.sub(r"\b(?:sort|sorted|first|from)\b", " ", result, flags=re.IGNORECASE)
    result = re.sub(r"价格|排序|排一下", " ", result)
    # "最便宜的手机壳" leaves "的手机壳"
    return " ".join(result.split()).strip("的 ")


def sort_products(products: Sequence[ProductView], order: str) -> List[ProductView]:
    """Products re-ordered by price (ascending/descending) or popularity (desc).

    The sort is stable: products of equal price or popularity keep their relevance
    order, so the best match among the cheapest comes first.

    Args:
        products: candidates in relevance order (``ProductSearcher.candidates``).
        order: one of ``SORT_ORDERS``.

    Raises:
        ConfigError: for an unknown order.
    """
    if order == "price_asc":
        return sorted(products, key=lambda p: p.price)
    if order == "price_desc":
        return sorted(products, key=lambda p: -p.price)
    if order == "popular":
        return sorted(products, key=lambda p: -p.popularity)
    raise ConfigError("sort order", order, ", ".join(SORT_ORDERS))


def next_page(
    ranked: Sequence[ProductView], shown: Sequence[str]
) -> Tuple[List[ProductView], bool]:
    """The next ``PAGE_SIZE`` products not shown yet, and whether more remain."""
    seen = set(shown)
    fresh = [p for p in ranked if p.sku not in seen]
    return fresh[:PAGE_SIZE], len(fresh) > PAGE_SIZE


LABELS = {
    "en": {"details": "Details", "stock": "In stock?"},
    "zh": {"details": "详情", "stock": "有货吗"},
}


def stock_payload(sku: str) -> str:
    """The postback asking for a product's stock, in Rasa's ``/intent{...}`` form."""
    return "/check_stock" + json.dumps({"product": sku}, separators=(",", ":"))


def card_buttons(sku: str, language: str) -> List[Dict[str, str]]:
    """A card's buttons: the storefront page link and an "In stock?" postback."""
    labels = LABELS.get(language, LABELS["en"])
    return [
        {"title": labels["details"], "url": f"/product/{sku}", "type": "web_url"},
        {"title": labels["stock"], "payload": stock_payload(sku)},
    ]


def is_sku(value: Any) -> bool:
    """True for an SKU of the indexed catalog (what the card postbacks send)."""
    return isinstance(value, str) and value.strip() in product_searcher().facets()


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
                "buttons": card_buttons(p.sku, language),
            }
            for p in products
        ],
    }


def show_products(
    dispatcher: CollectingDispatcher,
    products: List[ProductView],
    language: str,
    filters: ProductFilters,
    more: bool = False,
    first: int = 1,
) -> None:
    """The result lines (numbered from ``first``) with the carousel, then a "Show
    more" button if more remain.

    The button goes in a message of its own: Slack and Telegram send a carousel
    only when its message has no buttons (``bot/channels/carousel.py``).
    """
    lines = [
        product_line(first + i, p, language, filters) for i, p in enumerate(products)
    ]
    dispatcher.utter_message(
        text="\n".join(lines), json_message=carousel(products, language)
    )
    if more:
        dispatcher.utter_message(response="utter_more_products_available")
