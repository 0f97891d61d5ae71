"""Attacks over REST with the real servers: order enumeration and the proof limiter.

One sender guesses proofs for many orders (restarting the conversation to get
past the per-session lock, as an attacker would): no reply ever holds order
data, and after ``SHOPBOT_IDENTITY_MAX_FAILURES`` failures the bot refuses to
check even a correct proof. Senders rotating their id hit the per-order limit.
Another shopper's own valid proof still works. Each test forgets its attempts.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Dict, Iterator, List

import pytest
import requests

from actions.orders import STATUS_TEXT
from bot.db.models import utcnow
from bot.db.repositories.identity_attempts import IdentityAttemptRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.session import session_scope
from bot.db.views import OrderView

pytestmark = pytest.mark.integration

RATE_LIMITED = "can't check more identity details"


def texts(replies: List[Dict]) -> str:
    """All reply texts joined, for assertions."""
    return "\n".join(r.get("text", "") for r in replies)


class Shopper:
    """One REST sender with a known id (the limiter keys on it)."""

    def __init__(self, rasa_url: str) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = f"sec-{uuid.uuid4().hex[:10]}"

    def say(self, text: str) -> str:
        response = requests.post(
            self.url, json={"sender": self.sender, "message": text}, timeout=120
        )
        assert response.status_code == 200, response.text
        return texts(response.json())


def order_data(order: OrderView) -> List[str]:
    """Strings that only a reply disclosing the order would contain."""
    found = [order.customer_name, order.customer_email, order.address_line]
    found += [v for v in (order.carrier, order.tracking_number) if v]
    found += [f"Order {order.id}:", f"订单 {order.id} 的状态"]
    found += [t["en"].split("{")[0].strip() for t in STATUS_TEXT.values()]
    return [s for s in found if s]


def assert_no_order_data(reply: str, orders: List[OrderView]) -> None:
    for order in orders:
        leaked = [s for s in order_data(order) if s in reply]
        assert not leaked, f"order {order.id} leaked {leaked} in {reply!r}"


@pytest.fixture(scope="module")
def orders(settings) -> List[OrderView]:
    """Demo orders, highest id first (other tests pick from the low end)."""
    with session_scope(settings.database_url) as session:
        repo = OrderRepository(session)
        found = [repo.get(i) for i in range(10400, 10000, -1)]
    return [o for o in found if o is not None]


@pytest.fixture
def forget(settings) -> Iterator[Dict[str, list]]:
    """Senders and orders whose attempts are deleted after the test."""
    keys: Dict[str, list] = {"senders": [], "orders": []}
    yield keys
    with session_scope(settings.database_url) as session:
        repo = IdentityAttemptRepository(session)
        for sender in keys["senders"]:
            repo.forget(sender_id=sender)
        for order_id in keys["orders"]:
            repo.forget(order_id=order_id)


def failures(settings, **key: object) -> int:
    since = utcnow() - timedelta(seconds=settings.identity.window)
    with session_scope(settings.database_url) as session:
        return IdentityAttemptRepository(session).failures_since(since, **key)


def test_one_sender_enumerating_orders_gets_nothing_and_is_throttled(
    rasa_url, settings, orders, forget
) -> None:
    limit = settings.identity.max_failures
    victims, mine = orders[: limit + 3], orders[limit + 3]
    attacker = Shopper(rasa_url)
    forget["senders"].append(attacker.sender)
    replies = []
    for n, order in enumerate(victims):
        attacker.say("/restart")  # past the per-conversation lock of 3 tries
        replies.append(attacker.say(f"where is my order {order.id}"))
        replies.append(attacker.say(f"guess{n}@example.com"))
        replies.append(attacker.say(f"{n:04d}"))
    for reply in replies:
        assert_no_order_data(reply, victims)
    assert RATE_LIMITED in "\n".join(replies)
    # refused proofs are not even checked: exactly `limit` failures were recorded
    assert failures(settings, sender_id=attacker.sender) == limit
    # now even the right email is refused for this sender, politely, with a human
    attacker.say("/restart")
    attacker.say(f"where is my order {victims[-1].id}")
    refused = attacker.say(victims[-1].customer_email)
    assert RATE_LIMITED in refused and "human" in refused
    assert_no_order_data(refused, victims)
    # another shopper's own valid proof still works
    shopper = Shopper(rasa_url)
    forget["senders"].append(shopper.sender)
    shopper.say(f"where is my order {mine.id}")
    assert f"Order {mine.id}:" in shopper.say(mine.customer_email)


def test_rotating_sender_ids_hits_the_per_order_limit(
    rasa_url, settings, orders, forget
) -> None:
    target = orders[settings.identity.max_failures + 5]
    forget["orders"].append(target.id)
    for n in range(settings.identity.max_order_failures):
        guesser = Shopper(rasa_url)
        guesser.say(f"where is my order {target.id}")
        assert_no_order_data(guesser.say(f"rotating{n}@example.com"), [target])
    assert failures(settings, order_id=target.id) >= (
        settings.identity.max_order_failures
    )
    last = Shopper(rasa_url)
    last.say(f"where is my order {target.id}")
    refused = last.say(target.customer_email)
    assert RATE_LIMITED in refused
    assert_no_order_data(refused, [target])


def test_verified_for_my_order_is_refused_another_customers(
    rasa_url, settings, orders, forget
) -> None:
    mine = orders[settings.identity.max_failures + 6]
    theirs = next(o for o in orders[20:] if o.customer_id != mine.customer_id)
    shopper = Shopper(rasa_url)
    forget["senders"].append(shopper.sender)
    shopper.say(f"where is my order {mine.id}")
    assert f"Order {mine.id}:" in shopper.say(mine.customer_email)
    asked = shopper.say(f"where is my order {theirs.id}")
    assert "email" in asked
    refused = shopper.say(mine.customer_email)
    assert "doesn't match" in refused
    for reply in (asked, refused):
        assert_no_order_data(reply, [theirs])
