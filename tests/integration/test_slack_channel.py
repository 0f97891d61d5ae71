"""Slack over a real Rasa server: signed Events API requests in, chat.postMessage out.

The bot's replies are captured by the fake Slack Web API (fake_apis.py). A request
that must not be answered is followed by a valid "barrier" message from the same
shopper: replies come in order, so once the barrier's reply is there, a reply to
the earlier request would be there too.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Dict, List, Optional
from urllib.parse import urlencode

import pytest
import requests
from fake_apis import ApiCall, FakeSlackApi
from run_async import run_coroutine

from bot.channels.slack_output import SlackOutput
from bot.channels.slack_signature import slack_signature

pytestmark = pytest.mark.integration

GREETING = "Demo Shop assistant"
ASK_ORDER = "order number"


class SlackShopper:
    """One shopper writing to the bot in a direct message."""

    def __init__(self, rasa_url: str, secret: str, api: FakeSlackApi) -> None:
        self.webhook = f"{rasa_url}/webhooks/slack/webhook"
        self.secret = secret
        self.api = api
        self.user = f"U{uuid.uuid4().hex[:10].upper()}"
        self.channel = f"D{uuid.uuid4().hex[:10].upper()}"

    def event(self, text: str) -> Dict[str, Any]:
        """An Events API callback: the shopper wrote text in the DM."""
        return {
            "type": "event_callback",
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "event_id": f"Ev{uuid.uuid4().hex[:12].upper()}",
            "event_time": int(time.time()),
            "authorizations": [{"user_id": "UBOT"}],
            "event": {
                "type": "message",
                "channel_type": "im",
                "channel": self.channel,
                "user": self.user,
                "text": text,
                "ts": f"{time.time():.6f}",
            },
        }

    def post(
        self,
        body: Any,
        content_type: str = "application/json",
        timestamp: Optional[str] = None,
        signature: Optional[str] = "sign",
        headers: Optional[Dict[str, str]] = None,
    ) -> requests.Response:
        """Posts body (dict → JSON), signed correctly unless told otherwise."""
        raw = json.dumps(body).encode() if isinstance(body, dict) else body
        timestamp = str(int(time.time())) if timestamp is None else timestamp
        sent = {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp}
        if signature == "sign":
            signature = slack_signature(self.secret, timestamp, raw)
        if signature is not None:
            sent["X-Slack-Signature"] = signature
        sent.update(headers or {})
        return requests.post(self.webhook, data=raw, headers=sent, timeout=60)

    def says(self, text: str) -> None:
        """Sends text, signed; Slack wants a quick 200."""
        response = self.post(self.event(text))
        assert response.status_code == 200, response.text

    def posts(self) -> List[ApiCall]:
        return self.api.posts(self.channel)

    def wait_for_reply(self, containing: str) -> List[ApiCall]:
        """Waits for a post whose text contains the words; returns all posts so far."""
        return self.api.wait_for_post(
            self.channel, lambda p: containing in p.params.get("text", "")
        )


def texts(posts: List[ApiCall]) -> List[str]:
    return [p.params.get("text", "") for p in posts]


@pytest.fixture
def shopper(rasa_url: str, channel_env: Dict[str, str], fake_slack) -> SlackShopper:
    return SlackShopper(rasa_url, channel_env["SLACK_SIGNING_SECRET"], fake_slack)


def test_a_signed_message_is_answered_in_the_same_dm(shopper: SlackShopper) -> None:
    shopper.says("hi")
    (post,) = shopper.wait_for_reply(GREETING)
    assert post.headers["Authorization"] == "Bearer xoxb-test-token"
    assert "as_user" not in post.params  # refused for new Slack apps


def test_product_search_answers_with_product_blocks(shopper: SlackShopper) -> None:
    shopper.says("I'm looking for a phone case for my iPhone")
    posts = shopper.api.wait_for_post(shopper.channel, lambda p: "blocks" in p.params)
    carousel = next(p for p in posts if "blocks" in p.params)
    sections = [b for b in carousel.params["blocks"] if b["type"] == "section"]
    buttons = [
        e
        for b in carousel.params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert 1 <= len(sections) <= 3 and len(buttons) == len(sections)
    assert all("CNY" in s["text"]["text"] for s in sections)
    assert all(b["url"].startswith("http://localhost:8080/product/") for b in buttons)
    assert "CNY" in carousel.params["text"]  # the notification fallback
    assert any("Here is what I found" in t for t in texts(posts))


FORGED = {
    "bad signature": dict(signature="v0=" + "0" * 64),
    "missing signature": dict(signature=None),
    "missing timestamp": dict(timestamp=""),
    "stale timestamp": dict(age=301),  # signed right, but too old: a replay
    "future timestamp": dict(age=-3600),
}


@pytest.mark.parametrize("forgery", FORGED.values(), ids=FORGED.keys())
def test_forged_requests_are_rejected_and_never_answered(
    shopper: SlackShopper, forgery: Dict[str, Any]
) -> None:
    if "age" in forgery:
        timestamp = str(int(time.time()) - forgery["age"])
        body = json.dumps(shopper.event("hi")).encode()
        signature = slack_signature(shopper.secret, timestamp, body)
        response = shopper.post(body, timestamp=timestamp, signature=signature)
    else:
        response = shopper.post(shopper.event("hi"), **forgery)
    assert response.status_code in (401, 403), response.text
    shopper.says("where is my order?")
    posts = shopper.wait_for_reply(ASK_ORDER)
    assert not any(GREETING in t for t in texts(posts))


def test_signature_over_another_body_is_rejected(shopper: SlackShopper) -> None:
    timestamp = str(int(time.time()))
    signed = slack_signature(shopper.secret, timestamp, b"{}")
    response = shopper.post(shopper.event("hi"), timestamp=timestamp, signature=signed)
    assert response.status_code == 403
    shopper.says("where is my order?")
    assert not any(GREETING in t for t in texts(shopper.wait_for_reply(ASK_ORDER)))


def test_retries_and_redeliveries_get_no_second_reply(shopper: SlackShopper) -> None:
    event = shopper.event("hi")
    assert shopper.post(event).status_code == 200
    shopper.wait_for_reply(GREETING)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    response = shopper.post(event, headers=retry)
    assert response.status_code == 200
    assert response.headers.get("X-Slack-No-Retry") == "1"
    other = {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_error"}
    assert shopper.post(event, headers=other).status_code == 200
    assert shopper.post(event).status_code == 200  # same event_id, no retry header
    shopper.says("where is my order?")
    posts = shopper.wait_for_reply(ASK_ORDER)
    assert sum(GREETING in t for t in texts(posts)) == 1


def test_url_verification_echoes_the_challenge_only_when_signed(
    shopper: SlackShopper,
) -> None:
    body = {"type": "url_verification", "token": "x", "challenge": "3eZbrw1aBm2r"}
    response = shopper.post(body)
    assert response.status_code == 200
    assert response.json() == {"challenge": "3eZbrw1aBm2r"}
    assert shopper.post(body, signature=None).status_code == 401


def _click(shopper: SlackShopper, action: Dict[str, Any]) -> requests.Response:
    payload = {
        "type": "block_actions",
        "user": {"id": shopper.user},
        "channel": {"id": shopper.channel},
        "message": {"ts": f"{time.time():.6f}"},
        "actions": [action],
    }
    form = urlencode({"payload": json.dumps(payload)}).encode()
    return shopper.post(form, content_type="application/x-www-form-urlencoded")


def test_a_button_click_is_the_shoppers_message(shopper: SlackShopper) -> None:
    link = {"type": "button", "action_id": "product_details_0", "url": "http://x/"}
    assert _click(shopper, link).status_code == 200  # opens a page: no message
    button = {"type": "button", "action_id": "button_0", "value": "hi"}
    assert _click(shopper, button).status_code == 200
    posts = shopper.wait_for_reply(GREETING)
    assert len(posts) == 1


BAD_BODIES = {
    "not JSON": ("application/json", b"not json", 400),
    "empty": ("application/json", b"", 400),
    "not UTF-8": ("application/json", b"\xff\xfe{", 400),
    "JSON list": ("application/json", b"[1, 2]", 400),
    "unknown type": ("application/json", b'{"type": "app_rate_limited"}', 200),
    "event not an object": (
        "application/json",
        b'{"type": "event_callback", "event_id": "EvBAD1", "event": "x"}',
        200,
    ),
    "unknown event type": (
        "application/json",
        b'{"type": "event_callback", "event_id": "EvBAD2",'
        b' "event": {"type": "reaction_added", "user": "U1"}}',
        200,
    ),
    "message without user": (
        "application/json",
        b'{"type": "event_callback", "event_id": "EvBAD3",'
        b' "event": {"type": "message", "channel_type": "im", "text": "hi"}}',
        200,
    ),
    "form without payload": ("application/x-www-form-urlencoded", b"a=b", 400),
    "form payload not JSON": ("application/x-www-form-urlencoded", b"payload=x", 400),
    "form payload odd": (
        "application/x-www-form-urlencoded",
        b'payload={"actions": [1]}',
        400,
    ),
    "plain text": ("text/plain", b"hello", 415),
}


@pytest.mark.parametrize("case", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_bodies_get_a_4xx_or_are_ignored(shopper: SlackShopper, case) -> None:
    content_type, body, status = case
    response = shopper.post(body, content_type=content_type)
    assert response.status_code == status, response.text


def test_the_server_keeps_answering_after_bad_bodies(shopper: SlackShopper) -> None:
    for content_type, body, _ in BAD_BODIES.values():
        assert shopper.post(body, content_type=content_type).status_code < 500
    shopper.says("hi")
    assert len(shopper.wait_for_reply(GREETING)) == 1


def _carousel_with_image() -> Dict[str, Any]:
    product = {"sku": "PH-0001", "title": "Apple iPhone 15", "price": "5999.00"}
    product.update(currency="CNY", in_stock=True, image_url="/img/ph-0001.png")
    return {"type": "product_carousel", "products": [product]}


def test_an_image_slack_cannot_fetch_falls_back_to_cards_without_it() -> None:
    api = FakeSlackApi().start()
    api.refuse_images = True
    try:
        output = SlackOutput("xoxb-t", api.url, "https://shop.example")
        message = {"text": "1. Apple iPhone 15", "custom": _carousel_with_image()}
        run_coroutine(output.send_response("D1", message))
        refused, sent = api.posts("D1")
    finally:
        api.stop()
    assert refused.params["blocks"][0]["accessory"]["image_url"] == (
        "https://shop.example/img/ph-0001.png"
    )
    assert "accessory" not in sent.params["blocks"][0]
    assert sent.params["blocks"][1]["elements"][0]["url"] == (
        "https://shop.example/product/PH-0001"
    )
    assert sent.params["text"] == "1. Apple iPhone 15"


def test_buttons_are_posted_as_an_actions_block() -> None:
    api = FakeSlackApi().start()
    try:
        output = SlackOutput("xoxb-t", api.url, "https://shop.example")
        buttons = [{"title": "Yes", "payload": "/affirm"}]
        message = {"text": "Shall I connect you with a human?", "buttons": buttons}
        run_coroutine(output.send_response("D2", message))
        (post,) = api.posts("D2")
    finally:
        api.stop()
    section, actions = post.params["blocks"]
    assert section["text"]["text"] == "Shall I connect you with a human?"
    assert actions["elements"][0]["value"] == "/affirm"


def test_without_env_the_channel_is_inert(inert_rasa) -> None:
    webhook = f"{inert_rasa.url}/webhooks/slack/webhook"
    response = requests.post(webhook, json={"type": "url_verification"}, timeout=30)
    assert response.status_code == 404 and "not configured" in response.text
    health = requests.get(f"{inert_rasa.url}/webhooks/slack/", timeout=30)
    assert health.json() == {"status": "not configured"}
    log = inert_rasa.log.read_text(errors="replace")
    assert log.count("Slack channel not configured") == 1
    assert inert_rasa.slack.calls() == []
