"""The storefront's pages in Chromium: grid, categories, search, product page, 404."""

from __future__ import annotations

import pytest

from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.web.storefront import GRID_SIZE

pytestmark = pytest.mark.integration


def card_skus(page) -> list:
    return page.locator(".product-card").evaluate_all(
        "cards => cards.map((c) => c.dataset.sku)"
    )


def test_home_shows_the_product_grid(page, settings, screenshot) -> None:
    page.goto("/")
    with session_scope(settings.database_url) as session:
        expected = [p.sku for p in ProductRepository(session).browse(limit=GRID_SIZE)]
    assert card_skus(page) == expected
    first = page.locator(".product-card").first
    assert first.locator("img").evaluate("img => img.naturalWidth") > 0
    assert page.locator(".sbw-launcher").is_visible()
    screenshot(page, "storefront-home")


def test_category_navigation_filters_the_grid(page, screenshot) -> None:
    page.goto("/")
    page.click('.categories a[data-category="phones"]')
    page.wait_for_url("**/category/phones")
    categories = page.locator(".product-card").evaluate_all(
        "cards => cards.map((c) => c.dataset.category)"
    )
    assert categories and set(categories) == {"phones"}
    assert page.locator("h1").inner_text() == "Phones"
    screenshot(page, "storefront-category-phones")


def test_search_box_finds_products(page, settings, screenshot) -> None:
    page.goto("/")
    page.fill(".search input[name=q]", "iPhone case")
    page.press(".search input[name=q]", "Enter")
    page.wait_for_url("**/?q=iPhone+case")
    with session_scope(settings.database_url) as session:
        expected = [p.sku for p in ProductRepository(session).browse("iPhone case")]
    assert expected, "the demo catalog has iPhone cases"
    assert card_skus(page) == expected
    assert page.locator("h1").inner_text() == "Results for “iPhone case”"
    screenshot(page, "storefront-search")


def test_product_page_in_english_and_chinese(page, settings, screenshot) -> None:
    with session_scope(settings.database_url) as session:
        phone = ProductRepository(session).get("PH-0008")
    page.goto("/product/PH-0008")
    assert page.locator("h1.product-title").inner_text() == phone.title_en
    assert (
        f"{phone.price} {phone.currency}" in page.locator(".product-price").inner_text()
    )
    assert ", ".join(phone.colors) in page.locator(".product-colors").inner_text()
    for color in phone.colors:
        row = page.locator(f'.variants tr[data-variant="{color}"] td').nth(1)
        units = phone.stock_for(color=color)
        assert row.inner_text() == (str(units) if units else "Sold out")
    page.click(".lang-switch a[data-lang=zh]")
    page.wait_for_url("**/product/PH-0008?lang=zh")
    assert page.locator("h1.product-title").inner_text() == phone.title_zh
    assert page.locator(".product-description").inner_text() == phone.description_zh
    assert page.locator(".sbw-launcher").inner_text() == "在线客服"
    screenshot(page, "storefront-product-zh")
    page.goto("/product/PH-0008")  # the choice is remembered (cookie)
    assert page.locator("h1.product-title").inner_text() == phone.title_zh


def test_unknown_pages_get_a_404_page(page, screenshot) -> None:
    for path in ("/product/NO-SUCH-SKU", "/no/such/page", "/category/unknown"):
        response = page.goto(path)
        assert response.status == 404, path
        assert page.locator("h1").inner_text() == "Page not found"
    screenshot(page, "storefront-404")
    page.click("text=Back to the shop")
    page.wait_for_url("**/")
    assert page.locator(".product-card").count() > 0
