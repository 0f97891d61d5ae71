"""FAQ and hand-off ticket repositories on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from bot.db.repositories import FaqRepository, TicketRepository
from bot.db.session import session_scope

ENTRIES = [
    {
        "id": "shipping_time",
        "category": "shipping",
        "questions_en": ["How long does shipping take?", "when will it arrive"],
        "questions_zh": ["发货要多久？"],
        "answer_en": "Orders ship within 24 hours.",
        "answer_zh": "订单24小时内发货。",
    },
    {
        "id": "returns_window",
        "category": "returns",
        "questions_en": ["Can I return an item?"],
        "questions_zh": ["可以退货吗？"],
        "answer_en": "Within 30 days of delivery.",
        "answer_zh": "签收后30天内可退货。",
    },
]


def test_faq_round_trip(db_url: str):
    with session_scope(db_url) as session:
        assert FaqRepository(session).upsert_many(ENTRIES) == (2, 0)
    with session_scope(db_url) as session:
        repo = FaqRepository(session)
        assert [f.id for f in repo.list_all()] == ["returns_window", "shipping_time"]
        faq = repo.get("shipping_time")
        assert repo.count() == 2
        assert repo.get("nope") is None
    assert faq.questions_en == ("How long does shipping take?", "when will it arrive")
    assert faq.answer("zh") == "订单24小时内发货。"


def test_faq_upsert_and_delete_except(db_url: str):
    changed = dict(ENTRIES[0], answer_en="Orders ship the same day.")
    with session_scope(db_url) as session:
        repo = FaqRepository(session)
        repo.upsert_many(ENTRIES)
        assert repo.upsert_many([changed]) == (0, 1)
        assert repo.delete_except(["shipping_time"]) == 1
        assert repo.delete_except(["shipping_time"]) == 0
    with session_scope(db_url) as session:
        faqs = FaqRepository(session).list_all()
    assert [(f.id, f.answer_en) for f in faqs] == [
        ("shipping_time", "Orders ship the same day.")
    ]


def test_tickets_open_list_close(db_url: str):
    transcript = [
        {"sender": "user", "text": "我要找人工"},
        {"sender": "bot", "text": "好的"},
    ]
    with session_scope(db_url) as session:
        repo = TicketRepository(session)
        first = repo.create("conv-1", "asked for a human", transcript)
        second = repo.create("conv-2", "no grounded answer", [], datetime(2026, 1, 1))
    assert second == first + 1
    with session_scope(db_url) as session:
        repo = TicketRepository(session)
        ticket = repo.get(first)
        assert [t.id for t in repo.list_open()] == [second, first]  # oldest first
        assert repo.close(second) is True
        assert repo.close(999) is False
        assert [t.id for t in repo.list_open()] == [first]
        assert repo.get(999) is None
    assert ticket.transcript == tuple(transcript)
    assert (ticket.conversation_id, ticket.status) == ("conv-1", "open")
