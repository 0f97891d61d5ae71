"""Telegram over a real Rasa server: webhook updates in, Bot API calls out.

The bot's calls are captured by the fake Bot API (fake_apis.py). The webhook answers
after the bot has replied, but a request that must not be answered is still followed
by a valid "barrier" message, so the assertion does not rely on that.
"""

from __future__ import annotations

import itertools
import json
import random
import time
from typing import Any, Dict, List, Optional

import pytest
import requests
from fake_apis import ApiCall, FakeTelegramApi
from run_async import run_coroutine

from bot.channels.telegram import SECRET_HEADER
from bot.channels.telegram_output import TelegramBot

pytestmark = pytest.mark.integration

GREETING = "Demo Shop assistant"
ASK_ORDER = "order number"
_update_ids = itertools.count(random.randint(10**6, 10**8))


class TelegramShopper:
    """One shopper in a private chat with the bot."""

    def __init__(self, rasa_url: str, secret: str, api: FakeTelegramApi) -> None:
        self.webhook = f"{rasa_url}/webhooks/telegram/webhook"
        self.secret = secret
        self.api = api
        self.chat_id = random.randint(10**8, 10**9)

    def _message(self, **fields: Any) -> Dict[str, Any]:
        return {
            "message_id": random.randint(1, 10**6),
            "date": int(time.time()),
            "chat": {"id": self.chat_id, "type": "private", "first_name": "Test"},
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Test"},
            **fields,
        }

    def update(self, text: Optional[str] = None, **fields: Any) -> Dict[str, Any]:
        """An update with a message from the shopper (text or other fields)."""
        if text is not None:
            fields["text"] = text
        return {"update_id": next(_update_ids), "message": self._message(**fields)}

    def click(self, data: str) -> Dict[str, Any]:
        """An update for a click on an inline button carrying data."""
        query = {
            "id": str(random.randint(1, 10**12)),
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Test"},
            "chat_instance": "42",
            "data": data,
            "message": self._message(text="(the bot's message)"),
        }
        return {"update_id": next(_update_ids), "callback_query": query}

    def post(
        self, body: Any, secret: Optional[str] = "right", content_type: str = ""
    ) -> requests.Response:
        """Posts body (dict → JSON) with the right secret header unless told."""
        raw = json.dumps(body).encode() if isinstance(body, dict) else body
        headers = {"Content-Type": content_type or "application/json"}
        if secret is not None:
            headers[SECRET_HEADER] = self.secret if secret == "right" else secret
        return requests.post(self.webhook, data=raw, headers=headers, timeout=120)

    def says(self, text: str) -> None:
        response = self.post(self.update(text))
        assert response.status_code == 200, response.text

    def wait_for_reply(self, containing: str) -> List[ApiCall]:
        """Waits for a message whose text contains the words; returns all so far."""
        return self.api.wait_for_sent(
            self.chat_id, lambda c: containing in c.params.get("text", "")
        )


def texts(calls: List[ApiCall]) -> List[str]:
    return [c.params.get("text", "") for c in calls]


@pytest.fixture
def shopper(rasa_url: str, channel_env: Dict[str, str], fake_telegram):
    return TelegramShopper(
        rasa_url, channel_env["TELEGRAM_SECRET_TOKEN"], fake_telegram
    )


def test_the_webhook_is_registered_with_the_secret_at_startup(
    rasa_url: str, channel_env: Dict[str, str], fake_telegram: FakeTelegramApi
) -> None:
    calls = fake_telegram.wait_for(
        lambda calls: any(c.method == "setWebhook" for c in calls), timeout=60
    )
    (call,) = [c for c in calls if c.method == "setWebhook"]
    assert call.params["url"] == channel_env["TELEGRAM_WEBHOOK_URL"]
    assert call.params["secret_token"] == channel_env["TELEGRAM_SECRET_TOKEN"]
    assert json.loads(call.params["allowed_updates"]) == [
        "message",
        "edited_message",
        "callback_query",
    ]
    assert channel_env["TELEGRAM_BOT_TOKEN"] in call.path


def test_a_verified_message_is_answered(shopper: TelegramShopper) -> None:
    shopper.says("hi")
    (call,) = shopper.wait_for_reply(GREETING)
    assert call.method == "sendMessage"


def test_start_command_greets(shopper: TelegramShopper) -> None:
    shopper.says("/start")
    assert len(shopper.wait_for_reply(GREETING)) == 1


def test_product_search_offers_an_inline_keyboard_of_products(
    shopper: TelegramShopper,
) -> None:
    shopper.says("I'm looking for a phone case for my iPhone")
    calls = shopper.api.wait_for_sent(
        shopper.chat_id, lambda c: "reply_markup" in c.params
    )
    carousel = next(c for c in calls if "reply_markup" in c.params)
    rows = carousel.params["reply_markup"]["inline_keyboard"]
    assert 1 <= len(rows) <= 3 and all(len(row) == 1 for row in rows)
    assert all(
        row[0]["url"].startswith("http://localhost:8080/product/") for row in rows
    )
    assert all(row[0]["text"].startswith("Details: ") for row in rows)
    lines = carousel.params["text"].splitlines()
    assert len(lines) == len(rows) and all("CNY" in line for line in lines)


@pytest.mark.parametrize(
    "secret",
    [None, "", "wrong", "test-telegram-secret_1234", "TEST-TELEGRAM-SECRET_123"],
    ids=["missing", "empty", "wrong", "longer", "other case"],
)
def test_requests_without_the_right_secret_are_rejected(
    shopper: TelegramShopper, secret: Optional[str]
) -> None:
    response = shopper.post(shopper.update("hi"), secret=secret)
    assert response.status_code in (401, 403), response.text
    shopper.says("where is my order?")
    calls = shopper.wait_for_reply(ASK_ORDER)
    assert not any(GREETING in t for t in texts(calls))


def test_a_redelivered_update_is_answered_once(shopper: TelegramShopper) -> None:
    update = shopper.update("hi")
    assert shopper.post(update).status_code == 200
    assert shopper.post(update).status_code == 200
    shopper.says("where is my order?")
    calls = shopper.wait_for_reply(ASK_ORDER)
    assert sum(GREETING in t for t in texts(calls)) == 1


def test_a_button_click_is_answered_and_acknowledged(shopper: TelegramShopper) -> None:
    click = shopper.click("hi")
    assert shopper.post(click).status_code == 200
    shopper.wait_for_reply(GREETING)
    answers = shopper.api.calls("answerCallbackQuery")
    query_id = click["callback_query"]["id"]
    assert any(c.params.get("callback_query_id") == query_id for c in answers)


BAD_BODIES = {
    "not JSON": (b"not json", 400),
    "empty": (b"", 400),
    "JSON list": (b"[1, 2]", 400),
    "JSON string": (b'"hi"', 400),
    "message not an object": (b'{"update_id": 1, "message": "hi"}', 400),
}


@pytest.mark.parametrize("case", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_bodies_get_a_4xx(shopper: TelegramShopper, case) -> None:
    body, status = case
    response = shopper.post(body)
    assert response.status_code == status, response.text


def test_updates_without_text_are_ignored_and_the_server_keeps_answering(
    shopper: TelegramShopper,
) -> None:
    for body, _ in BAD_BODIES.values():
        assert shopper.post(body).status_code < 500
    sticker = {"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1}
    ignored = [
        shopper.update(sticker=sticker),
        {"update_id": next(_update_ids), "poll": {"id": "1"}},
        {"update_id": next(_update_ids)},
    ]
    for update in ignored:
        response = shopper.post(update)
        assert response.status_code == 200 and response.text == "ignored"
    shopper.says("hi")
    assert len(shopper.wait_for_reply(GREETING)) == 1


def _send(api: FakeTelegramApi, message: Dict[str, Any]) -> List[ApiCall]:
    async def run() -> None:
        bot = TelegramBot("123:ABC", api.url, "https://shop.example")
        try:
            await bot.send_response("77", message)
        finally:
            await bot.session.close()

    run_coroutine(run())
    return api.sent(77)


def test_buttons_become_an_inline_keyboard() -> None:
    api = FakeTelegramApi().start()
    try:
        buttons = [
            {"title": "Yes", "payload": "/affirm"},
            {"title": "No", "payload": "/deny"},
        ]
        (call,) = _send(api, {"text": "Connect you with a human?", "buttons": buttons})
    finally:
        api.stop()
    assert call.params["text"] == "Connect you with a human?"
    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [
                {"text": "Yes", "callback_data": "/affirm"},
                {"text": "No", "callback_data": "/deny"},
            ]
        ]
    }


def test_a_refused_keyboard_falls_back_to_the_text() -> None:
    api = FakeTelegramApi().start()
    api.refuse_url_buttons = True
    product = {"sku": "PH-1", "title": "Phone", "price": "1.00", "currency": "CNY"}
    carousel = {"type": "product_carousel", "products": [product]}
    try:
        refused, sent = _send(api, {"text": "1. Phone — 1.00 CNY", "custom": carousel})
    finally:
        api.stop()
    url = refused.params["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url == "https://shop.example/product/PH-1"
    assert sent.params["text"] == "1. Phone — 1.00 CNY"
    assert "reply_markup" not in sent.params


def test_without_env_the_channel_is_inert(inert_rasa) -> None:
    webhook = f"{inert_rasa.url}/webhooks/telegram/webhook"
    headers = {SECRET_HEADER: "anything"}
    response = requests.post(webhook, json={"update_id": 1}, headers=headers)
    assert response.status_code == 404 and "not configured" in response.text
    health = requests.get(f"{inert_rasa.url}/webhooks/telegram/", timeout=30)
    assert health.json() == {"status": "not configured"}
    log = inert_rasa.log.read_text(errors="replace")
    assert log.count("Telegram channel not configured") == 1
    assert inert_rasa.telegram.calls() == []  # no setWebhook, nothing
