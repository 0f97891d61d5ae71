"""The identity-attempt repository and its migration, on both backends."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.db.migrate import current_revision, downgrade, upgrade
from bot.db.models import IdentityAttempt, utcnow
from bot.db.repositories.identity_attempts import (
    IdentityAttemptRepository,
    retention_cutoff,
    sender_key,
)
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


def _ages(url: str, now: datetime) -> list:
    """Ages in minutes of the stored attempts, oldest first."""
    with session_scope(url) as session:
        stamps = session.scalars(select(IdentityAttempt.created_at)).all()
    return sorted(((now - s).total_seconds() / 60 for s in stamps), reverse=True)


def test_delete_before_deletes_only_older_attempts_and_counts_them(
    db_url: str,
) -> None:
    now = utcnow().replace(microsecond=0)
    cutoff = now - timedelta(minutes=30)
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        for minutes, succeeded in ((60 * 24 * 40, False), (31, True), (31, False)):
            repo.record(
                "a", 10001, succeeded, created_at=now - timedelta(minutes=minutes)
            )
        for minutes in (30, 29, 0):  # at the cut-off is not before it
            repo.record("b", 10002, False, created_at=now - timedelta(minutes=minutes))
    with session_scope(db_url) as session:
        assert IdentityAttemptRepository(session).delete_before(cutoff) == 3
    assert _ages(db_url, now) == [30, 29, 0]
    with session_scope(db_url) as session:
        assert IdentityAttemptRepository(session).delete_before(cutoff) == 0
    assert len(_ages(db_url, now)) == 3


def test_retention_cutoff_keeps_two_windows() -> None:
    now = datetime(2026, 1, 1, 12, 0)
    assert retention_cutoff(900.0, now) == datetime(2026, 1, 1, 11, 30)
    cutoff = retention_cutoff(60.0)  # default now: the current time
    assert utcnow() - cutoff >= timedelta(seconds=120)


def test_cli_prunes_attempts_the_limiter_no_longer_counts(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("SHOPBOT_IDENTITY_WINDOW", "900")
    now = utcnow()
    with session_scope(db_url) as session:
        repo = IdentityAttemptRepository(session)
        for minutes in (90, 31, 20):
            repo.record("a", 10001, False, created_at=now - timedelta(minutes=minutes))
    assert main(["db", "prune-identity-attempts"]) == 0
    assert capsys.readouterr().out.startswith("2 identity attempts before ")
    assert [round(m) for m in _ages(db_url, now)] == [20]


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
