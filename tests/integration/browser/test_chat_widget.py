"""The chat widget in Chromium, talking to the real Rasa server over socket.io."""

from __future__ import annotations

import re

import pytest
import requests

from bot.db.repositories.faq import FaqRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope

pytestmark = pytest.mark.integration


def shipped_order(settings):
    """A shipped demo order (it has a carrier and a tracking number)."""
    with session_scope(settings.database_url) as session:
        repo = OrderRepository(session)
        for order_id in range(10001, 10401):
            order = repo.get(order_id)
            if order is not None and order.status == "shipped":
                return order
    raise AssertionError("the demo data has no shipped order")


def test_order_tracking_through_the_form(page, widget, settings, screenshot) -> None:
    order = shipped_order(settings)
    page.goto("/")
    widget.open()
    assert "order number" in widget.ask("where is my order?", "order number")
    asked = widget.ask(str(order.id), "email")
    assert order.tracking_number not in asked
    status = widget.ask(order.customer_email, order.tracking_number)
    assert f"Order {order.id}" in status and order.carrier in status
    screenshot(page, "widget-order-status")


def test_chinese_faq_question_gets_the_chinese_answer(
    page, widget, settings, screenshot
) -> None:
    with session_scope(settings.database_url) as session:
        answers = {e.answer("zh"): e for e in FaqRepository(session).list_all()}
    page.goto("/?lang=zh")
    widget.open()
    assert page.locator(".sbw-input").get_attribute("placeholder") == "输入消息…"
    before = widget.say("你们包邮吗？")
    reply = widget.wait_reply(before)
    assert reply in answers, reply
    assert answers[reply].category == "shipping"
    screenshot(page, "widget-faq-zh")


def test_carousel_card_links_to_the_product_page(
    page, widget, settings, screenshot
) -> None:
    page.goto("/")
    widget.open()
    before = widget.say("I'm looking for a phone case for my iPhone")
    page.wait_for_selector(".sbw-card", timeout=180_000)
    lines = widget.wait_reply(before, "CNY")
    cards = page.locator(".sbw-card")
    assert 1 <= cards.count() <= 3
    assert len(re.findall(r"^\d\. ", lines, flags=re.M)) == cards.count()
    first = cards.first
    sku = first.get_attribute("data-sku")
    with session_scope(settings.database_url) as session:
        product = ProductRepository(session).get(sku)
    assert first.locator(".sbw-card-title").inner_text() == product.title_en
    price = f"{product.price} {product.currency}"
    assert first.locator(".sbw-card-price").inner_text().startswith(price)
    assert first.locator("img").evaluate("img => img.naturalWidth") > 0
    screenshot(page, "widget-carousel")
    first.locator("a.sbw-card-link").click()
    page.wait_for_url(f"**/product/{sku}")
    assert page.locator("h1.product-title").inner_text() == product.title_en
    # the conversation continues on the new page: same session, transcript restored
    page.wait_for_selector(".sbw-panel", state="visible")
    assert page.locator(".sbw-card").count() == cards.count()
    screenshot(page, "widget-carousel-product-page")


def test_question_on_a_product_page_is_about_that_product(
    page, widget, settings, screenshot
) -> None:
    with session_scope(settings.database_url) as session:
        phone = ProductRepository(session).get("PH-0008")
    page.goto("/product/PH-0008")
    widget.open()
    reply = widget.ask("is it in stock?", phone.title_en)
    assert f"is in stock: {phone.total_stock} left" in reply
    screenshot(page, "widget-product-context")


def test_quick_reply_buttons_send_their_payload(page, widget, rasa_url) -> None:
    page.goto("/")
    widget.open()
    widget.ask("hi", "Demo Shop")
    session_id = page.evaluate("JSON.parse(localStorage.getItem('shopbot-session-id'))")
    # the bot offers buttons (none of the demo's responses has any): Rasa's HTTP API
    # sends a bot message with buttons through the socket.io output channel
    event = {
        "event": "bot",
        "text": "Anything else?",
        "data": {"buttons": [{"title": "Say hello", "payload": "/greet"}]},
    }
    response = requests.post(
        f"{rasa_url}/conversations/{session_id}/tracker/events",
        params={"output_channel": "socketio", "execute_side_effects": "true"},
        json=event,
        timeout=60,
    )
    assert response.status_code == 200, response.text
    button = page.locator(".sbw-button", has_text="Say hello")
    button.wait_for()
    before = widget.bot_count()
    button.click()
    assert page.locator(".sbw-user").last.inner_text() == "Say hello"
    assert "Demo Shop" in widget.wait_reply(before, "Demo Shop")
    assert button.is_disabled()


FAKE_SPEECH = """
window.SpeechRecognition = class {
  start() { setTimeout(() => this.onresult({results: [[{transcript: "hi"}]]}), 50);
            setTimeout(() => this.onend(), 100); }
  stop() { this.onend(); }
};
window.webkitSpeechRecognition = window.SpeechRecognition;
"""
NO_SPEECH = "delete window.SpeechRecognition; delete window.webkitSpeechRecognition;"


def test_microphone_hidden_without_the_web_speech_api(browser, web_url) -> None:
    context = browser.new_context(base_url=web_url)
    context.add_init_script(NO_SPEECH)
    page = context.new_page()
    page.goto("/")
    page.click(".sbw-launcher")
    assert page.locator(".sbw-mic").is_hidden()
    assert page.locator(".sbw-send").is_visible()
    context.close()


def test_microphone_sends_what_was_said(browser, web_url) -> None:
    # A stand-in recognizer: headless Chromium has no microphone or speech service.
    context = browser.new_context(base_url=web_url)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    page.goto("/")
    page.click(".sbw-launcher")
    page.click(".sbw-mic")
    page.locator(".sbw-user", has_text="hi").wait_for()
    page.locator(".sbw-bot", has_text="Demo Shop").wait_for(timeout=180_000)
    context.close()
