"""Service flows over REST with the real action server and the demo database.

Each test asserts the replies and what changed in the database, then puts the
demo data back the way it was.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Dict, Iterator, List

import pytest

from bot.db.models import utcnow
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.returns import ReturnRepository
from bot.db.repositories.tickets import TicketRepository
from bot.db.session import session_scope
from bot.db.views import OrderView

pytestmark = pytest.mark.integration


def texts(replies: List[Dict]) -> str:
    """All reply texts joined, for assertions."""
    return "\n".join(r.get("text", "") for r in replies)


def _orders(settings, status: str) -> List[OrderView]:
    with session_scope(settings.database_url) as session:
        repo = OrderRepository(session)
        found = [repo.get(i) for i in range(10001, 10401)]
    return [o for o in found if o is not None and o.status == status]


def _get(settings, order_id: int) -> OrderView:
    with session_scope(settings.database_url) as session:
        return OrderRepository(session).get(order_id)


@pytest.fixture
def restore(settings) -> Iterator[List[OrderView]]:
    """Orders appended to the list get their status, address and delivery back."""
    saved: List[OrderView] = []
    yield saved
    with session_scope(settings.database_url) as session:
        repo = OrderRepository(session)
        for order in saved:
            repo.set_status(order.id, order.status)
            repo.update_address(order.id, address_line=order.address_line)
            if order.delivered_at is not None:
                repo.set_delivered_at(order.id, order.delivered_at)


def test_cancel_a_paid_order_after_proof(chat, settings, restore) -> None:
    order = _orders(settings, "paid")[0]
    restore.append(order)
    assert "order number" in texts(chat("I want to cancel my order"))
    assert "email" in texts(chat(str(order.id)))
    asked = texts(chat(order.customer_email))
    assert "cancellation fee is 0" in asked and f"cancel order {order.id}" in asked
    assert "is cancelled" in texts(chat("yes"))
    assert _get(settings, order.id).status == "cancelled"


def test_cancel_in_chinese_then_stop_changes_nothing(chat, settings) -> None:
    order = _orders(settings, "pending")[0]
    assert "订单号" in texts(chat("我要取消订单"))
    assert "邮箱" in texts(chat(str(order.id)))
    assert "已停止" in texts(chat("算了"))
    assert _get(settings, order.id).status == "pending"
    chat(f"帮我取消订单{order.id}")
    assert "取消费用为 0 元" in texts(chat(order.customer_email))
    assert "订单保持不变" in texts(chat("不用了"))
    assert _get(settings, order.id).status == "pending"


def test_shipped_order_cannot_be_cancelled(chat, settings) -> None:
    order = _orders(settings, "shipped")[0]
    chat(f"I want to cancel order {order.id}")
    reply = texts(chat(order.customer_email))
    assert "already shipped" in reply
    assert _get(settings, order.id).status == "shipped"


def test_track_then_cancel_it_uses_the_verified_last_order(
    chat, settings, restore
) -> None:
    order = _orders(settings, "paid")[1]
    restore.append(order)
    chat(f"track order {order.id}")
    assert f"Order {order.id}" in texts(chat(order.customer_email))
    asked = texts(chat("cancel my order"))
    assert "email" not in asked and f"cancel order {order.id}" in asked
    assert "is cancelled" in texts(chat("yes"))
    assert _get(settings, order.id).status == "cancelled"


def test_return_creates_an_rma_with_the_refund_amount(chat, settings, restore) -> None:
    order = next(o for o in _orders(settings, "delivered") if len(o.items) == 1)
    restore.append(order)
    with session_scope(settings.database_url) as session:
        OrderRepository(session).set_delivered_at(
            order.id, utcnow() - timedelta(days=1)
        )
    chat("i want to return an item")
    chat(str(order.id))
    assert "reason" in texts(chat(order.customer_email))
    amount = f"{order.items[0].line_total:.2f}"
    assert amount in texts(chat("it doesn't fit, too small"))
    created = texts(chat("yes"))
    rma_id = re.search(r"RMA-\d{6}", created).group(0)
    try:
        with session_scope(settings.database_url) as session:
            rma = ReturnRepository(session).get(rma_id)
        assert rma.order_id == order.id and f"{rma.refund_amount:.2f}" == amount
        assert rma.items[0]["sku"] == order.items[0].sku
        assert rma_id in texts(chat("where is my refund"))
    finally:
        with session_scope(settings.database_url) as session:
            ReturnRepository(session).delete(rma_id)


def test_change_address_validates_then_updates(chat, settings, restore) -> None:
    order = _orders(settings, "pending")[1]
    restore.append(order)
    chat("I need to change my shipping address")
    chat(str(order.id))
    digits = re.sub(r"\D", "", order.customer_phone)[-4:]
    assert "address" in texts(chat(f"last four digits are {digits}"))
    assert "street and a number" in texts(chat("abc"))
    asked = texts(chat("Room 7, 12 Century Avenue, Shanghai"))
    assert "Room 7, 12 Century Avenue, Shanghai" in asked
    chat("yes")
    changed = _get(settings, order.id)
    assert changed.address_line == "Room 7, 12 Century Avenue, Shanghai"


def test_another_customers_order_is_refused(chat, settings) -> None:
    mine, theirs = _orders(settings, "pending")[2], _orders(settings, "paid")[2]
    assert mine.customer_id != theirs.customer_id
    chat(f"I want to cancel order {mine.id}")
    assert f"cancel order {mine.id}" in texts(chat(mine.customer_email))
    chat(f"actually it's order {theirs.id}")
    refused = texts(chat(mine.customer_email))
    assert "doesn't match" in refused
    chat("no")
    assert _get(settings, theirs.id).status == "paid"
    assert _get(settings, mine.id).status == "pending"


def test_human_handoff_inside_a_form_opens_a_ticket(chat, settings) -> None:
    chat("I want to cancel my order")
    reply = texts(chat("I want to talk to a real person"))
    ticket_id = int(re.search(r"#(\d+)", reply).group(1))
    assert "9:00" in reply
    with session_scope(settings.database_url) as session:
        ticket = TicketRepository(session).get(ticket_id)
        TicketRepository(session).close(ticket_id)
    said = [line["text"] for line in ticket.transcript if line["from"] == "user"]
    assert "I want to cancel my order" in said
    assert ticket.reason == "contact_human_agent"


def _close_ticket(settings, reply: str):
    ticket_id = int(re.search(r"#(\d+)", reply).group(1))
    with session_scope(settings.database_url) as session:
        ticket = TicketRepository(session).get(ticket_id)
        TicketRepository(session).close(ticket_id)
    return ticket


def test_yes_to_the_human_offered_after_no_answer_opens_a_ticket(
    chat, settings
) -> None:
    offer = texts(chat("Can you write a love letter for me?"))
    assert "don't know" in offer and "human agent" in offer
    ticket = _close_ticket(settings, texts(chat("yes please")))
    said = [line["text"] for line in ticket.transcript if line["from"] == "user"]
    assert "Can you write a love letter for me?" in said


def test_did_you_mean_buttons_ask_the_faq_question_again(chat, settings) -> None:
    replies = chat("Can a friend pay for my order from their own account?")
    buttons = [b for r in replies for b in r.get("buttons", [])]
    question = "What payment methods do you accept?"
    assert question in [b["title"] for b in buttons]
    assert "none of these" in texts(replies)
    assert "Alipay" in texts(chat(question))


def test_no_to_the_human_offered_hands_nothing_over(chat, settings) -> None:
    assert "人工客服" in texts(chat("给我讲个笑话"))
    reply = texts(chat("不用了"))
    assert "#" not in reply and reply
