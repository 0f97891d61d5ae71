"""The identity-attempt repository and its migration, on both backends."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.db.migrate import current_revision, downgrade, upgrade
from bot.db.models import IdentityAttempt, utcnow
from bot.db.repositories.identity_attempts import IdentityAttemptRepository, sender_key
from bot.db.session import session_scope
from bot.exceptions import ShopbotError


def test_sender_key_is_the_sha256_of_the_sender_id() -> None:
    expected = hashlib.sha256(b"telegram-42").hexdigest()
    assert sender_key("telegram-42") == expected and len(expected) == 64


def test_record_stores_only_the_hashed_sender(db_url: str) -> None:
    with session_scope(db_url) as session:
        IdentityAttemptRepository(session).record("alice-chat", 10001, False)
    with session_scope(db_url) as session:
        row = session.scalars(select(IdentityAttempt)).one()
        assert row.sender_key == sender_key("alice-chat")
        assert "alice-chat" not in (row.sender_key, str(row.order_id))
        assert (row.order_id, row.succeeded) == (10001, False)


def test_failures_since_counts_failures_in_the_window_by_sender_or_order(
    db_url: str,
) -> None:
    now = utcnow()
    old = now - timedelta(hours=1)
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        for order_id in (10001, 10002, 10003):
            repo.record("mallory", order_id, False, created_at=now)
        repo.record("mallory", 10004, False, created_at=old)
        repo.record("mallory", 10005, True, created_at=now)
        repo.record("eve", 10001, False, created_at=now)
    since = now - timedelta(minutes=15)
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        assert repo.failures_since(since, sender_id="mallory") == 3
        assert repo.failures_since(since, sender_id="eve") == 1
        assert repo.failures_since(since, sender_id="nobody") == 0
        assert repo.failures_since(since, order_id=10001) == 2
        assert repo.failures_since(since, sender_id="eve", order_id=10002) == 0
        assert repo.failures_since(old, sender_id="mallory") == 4


def test_failures_since_needs_a_key(db_url: str) -> None:
    with session_scope(db_url) as session:
        with pytest.raises(ShopbotError, match="sender_id or an order_id"):
            IdentityAttemptRepository(session).failures_since(utcnow())


def test_delete_before_keeps_recent_attempts(db_url: str) -> None:
    now = utcnow()
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        repo.record("a", 10001, False, created_at=now - timedelta(days=40))
        repo.record("a", 10001, False, created_at=now)
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        assert repo.delete_before(now - timedelta(days=30)) == 1
        assert repo.failures_since(now - timedelta(days=60), sender_id="a") == 1


def test_forget_deletes_by_sender_or_order(db_url: str) -> None:
    now = utcnow()
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        for sender, order_id in (("a", 10001), ("a", 10002), ("b", 10001)):
            repo.record(sender, order_id, False, created_at=now)
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        assert repo.forget(sender_id="a", order_id=10002) == 1
        assert repo.forget(order_id=10001) == 2
        assert repo.forget(sender_id="b") == 0
        with pytest.raises(ShopbotError, match="sender_id or an order_id"):
            repo.forget()


def test_migration_0002_downgrades_to_0001(tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/m.db"
    upgrade(url)
    assert current_revision(url) == "0002"
    downgrade(url, "0001")
    assert current_revision(url) == "0001"
    upgrade(url)
    assert current_revision(url) == "0002"
