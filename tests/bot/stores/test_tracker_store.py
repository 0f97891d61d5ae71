"""The outage-proof tracker store against a real PostgreSQL.

The outage is real too: the store's engine is pointed at a loopback port where no
server listens (connection refused), then back at PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from sqlalchemy.engine.url import make_url

from bot.deploy.database import drop_postgres_database, ensure_postgres_database
from bot.stores import outage
from bot.stores.tracker_store import SPOOLED, ResilientSQLTrackerStore

URL = "postgresql://postgres@127.0.0.1:5432/shopbot_unit_tracker"
DOMAIN = Domain.from_yaml("version: '3.1'\nintents: [greet]\nresponses: {}")


@pytest.fixture(scope="module")
def database() -> str:
    try:
        ensure_postgres_database(URL)
    except Exception as e:  # noqa: BLE001
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable: {e}")
    yield URL
    drop_postgres_database(URL)


@pytest.fixture
def store(database, tmp_path) -> ResilientSQLTrackerStore:
    parsed = make_url(database)
    made = ResilientSQLTrackerStore(
        domain=DOMAIN,
        dialect="postgresql",
        host=parsed.host,
        port=parsed.port,
        db=parsed.database,
        username=parsed.username,
        spool_path=str(tmp_path / "spool.db"),
    )
    yield made
    made.engine.dispose()


def _break(store: ResilientSQLTrackerStore) -> sa.engine.Engine:
    """Points the store at a port nobody listens on; returns the real engine."""
    real = store.engine
    dead = sa.create_engine("postgresql://postgres@127.0.0.1:1/nowhere")
    store.engine, store.sessionmaker = dead, sa.orm.sessionmaker(bind=dead)
    return real


def _mend(store: ResilientSQLTrackerStore, real: sa.engine.Engine) -> None:
    store.engine, store.sessionmaker = real, sa.orm.sessionmaker(bind=real)


def _users(tracker) -> list:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


async def _turn(store, sender: str, text: str) -> None:
    tracker = await store.get_or_create_tracker(sender)
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 1.0}))
    tracker.update(BotUttered(f"echo {text}"))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)


def test_an_unreachable_database_puts_the_turn_on_hold(store) -> None:
    sender = uuid.uuid4().hex
    asyncio.run(_turn(store, sender, "before"))
    real = _break(store)
    outages = outage.watch()
    held = asyncio.run(store.retrieve(sender))
    assert held.is_paused() and _users(held) == []
    assert [kind for kind, _ in outages] == [outage.READ]
    held.update(UserUttered("during", {"name": "greet", "confidence": 1.0}))
    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(store.save(held))
    assert [kind for kind, _ in outages] == [outage.READ, outage.WRITE]
    assert [e["text"] for e in store.spool.pending(sender)[1]] == ["during"]
    _mend(store, real)
    back = asyncio.run(store.retrieve(sender))
    assert _users(back) == ["before", "during"]
    spooled = [e for e in back.events if (e.metadata or {}).get(SPOOLED)]
    assert len(spooled) == 1
    asyncio.run(store.save(back))
    assert store.spool.pending(sender) == (0, [])
    assert _users(asyncio.run(store.retrieve(sender))) == ["before", "during"]


def test_a_failed_write_spools_the_whole_turn_once(store) -> None:
    sender = uuid.uuid4().hex
    asyncio.run(_turn(store, sender, "first"))
    tracker = asyncio.run(store.retrieve(sender))
    real = _break(store)
    tracker.update(UserUttered("second", {"name": "greet", "confidence": 1.0}))
    tracker.update(BotUttered("echo second"))
    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(store.save(tracker))
    kinds = [e["event"] for e in store.spool.pending(sender)[1]]
    assert kinds == ["user", "bot"]
    _mend(store, real)
    restored = asyncio.run(store.retrieve(sender))
    assert _users(restored) == ["first", "second"]
    asyncio.run(store.save(restored))
    assert _users(asyncio.run(store.retrieve(sender))) == ["first", "second"]
