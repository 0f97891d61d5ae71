"""endpoints.yml of the profiles."""

from __future__ import annotations

import stat

import pytest
import yaml

from bot.deploy.endpoints import (
    postgres_tracker_store,
    redis_lock_store,
    sqlite_tracker_store,
    write_endpoints,
)
from bot.exceptions import ConfigError


def test_postgres_tracker_store_is_ours_with_the_url_parts(tmp_path) -> None:
    url = "postgresql://bot:s3cret@db.internal:6432/trackers"
    store = postgres_tracker_store(url, tmp_path / "spool.db")
    assert store["type"] == "bot.stores.tracker_store.ResilientSQLTrackerStore"
    assert (store["url"], store["port"], store["db"]) == (
        "db.internal",
        6432,
        "trackers",
    )
    assert (store["username"], store["password"]) == ("bot", "s3cret")
    assert store["login_db"] == "postgres"


@pytest.mark.parametrize(
    "url", ["sqlite:///x.db", "postgresql://127.0.0.1:5432", "mysql://h/db"]
)
def test_tracker_store_needs_a_postgres_database(url, tmp_path) -> None:
    with pytest.raises(ConfigError, match="SHOPBOT_TRACKER_URL"):
        postgres_tracker_store(url, tmp_path / "spool.db")


@pytest.mark.parametrize(
    "url, expected",
    [
        ("redis://127.0.0.1:6379/1", ("127.0.0.1", 6379, 1)),
        ("redis://cache", ("cache", 6379, 0)),
    ],
)
def test_redis_lock_store(url, expected) -> None:
    store = redis_lock_store(url)
    assert store["type"] == "redis"
    assert (store["url"], store["port"], store["db"]) == expected


def test_redis_lock_store_rejects_other_schemes() -> None:
    with pytest.raises(ConfigError, match="SHOPBOT_REDIS_URL"):
        redis_lock_store("http://127.0.0.1:6379")


def test_written_endpoints_are_private_and_complete(tmp_path) -> None:
    path = write_endpoints(
        tmp_path / "endpoints.yml",
        "http://127.0.0.1:5055/webhook",
        sqlite_tracker_store(tmp_path / "tracker.db"),
        redis_lock_store("redis://127.0.0.1:6379/1"),
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    config = yaml.safe_load(path.read_text())
    assert config["action_endpoint"] == {"url": "http://127.0.0.1:5055/webhook"}
    assert config["tracker_store"]["dialect"] == "sqlite"
    assert config["lock_store"]["type"] == "redis"
