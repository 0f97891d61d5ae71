"""Storefront UI texts in English and Simplified Chinese, and the page language."""

from __future__ import annotations

from typing import Dict, Mapping, Optional

LANGUAGES = ("en", "zh")
LANG_COOKIE = "shopbot_lang"

TEXTS: Dict[str, Dict[str, str]] = {
    "en": {
        "shop_name": "Demo Shop",
        "all_products": "All products",
        "search": "Search",
        "search_placeholder": "Search products…",
        "results_for": "Results for “{query}”",
        "no_results": "No products match your search.",
        "price": "Price",
        "colors": "Colors",
        "sizes": "Sizes",
        "stock": "Stock",
        "in_stock": "In stock",
        "sold_out": "Sold out",
        "units": "{n} in stock",
        "details": "Details",
        "variant": "Variant",
        "specs": "Specifications",
        "brand": "Brand",
        "not_found": "Page not found",
        "not_found_text": "We could not find that page.",
        "back_home": "Back to the shop",
        "unavailable": "The shop is temporarily unavailable. Please try again soon.",
    },
    "zh": {
        "shop_name": "演示商城",
        "all_products": "全部商品",
        "search": "搜索",
        "search_placeholder": "搜索商品…",
        "results_for": "“{query}”的搜索结果",
        "no_results": "没有找到符合条件的商品。",
        "price": "价格",
        "colors": "颜色",
        "sizes": "尺码",
        "stock": "库存",
        "in_stock": "有货",
        "sold_out": "缺货",
        "units": "库存 {n} 件",
        "details": "详情",
        "variant": "款式",
        "specs": "规格参数",
        "brand": "品牌",
        "not_found": "页面不存在",
        "not_found_text": "没有找到这个页面。",
        "back_home": "返回商店",
        "unavailable": "商店暂时无法访问，请稍后再试。",
    },
}

CATEGORY_NAMES: Dict[str, Dict[str, str]] = {
    "beauty": {"en": "Beauty", "zh": "美妆"},
    "clothing": {"en": "Clothing", "zh": "服装"},
    "electronics": {"en": "Electronics", "zh": "数码电子"},
    "groceries": {"en": "Groceries", "zh": "食品杂货"},
    "home": {"en": "Home", "zh": "家居"},
    "phone_accessories": {"en": "Phone accessories", "zh": "手机配件"},
    "phones": {"en": "Phones", "zh": "手机"},
    "shoes": {"en": "Shoes", "zh": "鞋靴"},
    "sports": {"en": "Sports", "zh": "运动户外"},
}


def category_name(category: str, lang: str) -> str:
    """Display name of a category; a shop's own categories show as written."""
    names = CATEGORY_NAMES.get(category)
    if names is None:
        return category.replace("_", " ").capitalize()
    return names[lang]


def page_language(
    query_lang: Optional[str], cookies: Mapping[str, str], accept_language: str
) -> str:
    """The page language: ?lang=, else the language cookie, else the browser's.

    Args:
        query_lang: the ``lang`` query parameter (None when absent).
        cookies: the request's cookies.
        accept_language: the Accept-Language header ("" when absent).

    Returns:
        "en" or "zh".
    """
    for candidate in (query_lang, cookies.get(LANG_COOKIE)):
        if candidate in LANGUAGES:
            return str(candidate)
    return "zh" if accept_language.strip().lower().startswith("zh") else "en"
