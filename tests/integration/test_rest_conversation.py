"""Conversations over Rasa's REST channel with the real action server and database."""

from __future__ import annotations

import re
from typing import Dict, List

import pytest

from bot.db.repositories.faq import FaqRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.session import session_scope
from bot.db.views import OrderView

pytestmark = pytest.mark.integration


def texts(replies: List[Dict]) -> str:
    """All reply texts joined, for assertions."""
    return "\n".join(r.get("text", "") for r in replies)


def _order(settings, status: str, skip: int = 0) -> OrderView:
    found = []
    with session_scope(settings.database_url) as session:
        repo = OrderRepository(session)
        for order_id in range(10001, 10401):
            order = repo.get(order_id)
            if order is not None and order.status == status:
                found.append(order)
    return found[skip]


def test_order_status_only_after_matching_email(chat, settings) -> None:
    order = _order(settings, "shipped")
    assert "Demo Shop" in texts(chat("hi"))
    assert "order number" in texts(chat("where is my order?"))
    asked = texts(chat(str(order.id)))
    assert "email" in asked and order.tracking_number not in asked
    refused = texts(chat("not.me@example.com"))
    assert "doesn't match" in refused
    assert order.tracking_number not in refused and order.carrier not in refused
    status = texts(chat(order.customer_email))
    assert f"Order {order.id}" in status
    assert order.tracking_number in status and order.carrier in status


def test_another_customers_order_is_never_revealed(chat, settings) -> None:
    mine, theirs = _order(settings, "delivered", 0), _order(settings, "shipped", 1)
    assert mine.customer_id != theirs.customer_id
    chat(f"where is my order {theirs.id}")
    replies = [
        texts(chat(proof)) for proof in ("verified", mine.customer_email, "1234")
    ]
    assert all(theirs.tracking_number not in r for r in replies)
    assert "Too many attempts" in replies[-1]
    # even the right proof is refused once the attempts are used up
    chat(f"where is my order {theirs.id}")
    assert theirs.tracking_number not in texts(chat(theirs.customer_email))


def test_chinese_faq_question_is_answered_in_chinese(chat, settings) -> None:
    reply = texts(chat("你们包邮吗？"))
    with session_scope(settings.database_url) as session:
        answers = {e.answer("zh"): e for e in FaqRepository(session).list_all()}
    assert reply in answers, reply
    assert answers[reply].category == "shipping"


def test_chinese_order_tracking_asks_in_chinese(chat, settings) -> None:
    order = _order(settings, "paid")
    reply = texts(chat(f"我的订单{order.id}到哪了"))
    assert "邮箱" in reply
    assert "已付款" in texts(chat(order.customer_email))


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "x" * 10_000,
        "😀🎉👍",
        "hello 你好 can I 退货 please",
        "<script>alert(1)</script>",
    ],
)
def test_bad_input_gets_a_polite_reply(chat, message: str) -> None:
    replies = chat(message)
    assert replies, "every message gets a reply"
    assert all("Traceback" not in r.get("text", "") for r in replies)


def test_product_search_reads_price_and_stock_from_the_database(chat) -> None:
    reply = texts(chat("I'm looking for a phone case for my iPhone"))
    lines = [line for line in reply.splitlines() if re.match(r"^\d\. ", line)]
    assert 1 <= len(lines) <= 3
    assert all("CNY" in line for line in lines)


def _product(settings, sku: str):
    from bot.db.repositories.products import ProductRepository

    with session_scope(settings.database_url) as session:
        return ProductRepository(session).get(sku)


def test_price_then_stock_of_the_product_discussed_last(chat, settings) -> None:
    phone = _product(settings, "PH-0008")  # Xiaomi 10 5G: blue 7, black 0 in the demo
    price = texts(chat("how much is the Xiaomi 10?"))
    assert f"{phone.price} {phone.currency}" in price
    assert phone.title_en in price
    stock = texts(chat("is it in stock in blue?"))
    assert phone.title_en in stock
    assert str(phone.stock_for(color="blue")) in stock
