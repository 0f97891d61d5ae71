"""endpoints.yml for a profile: action endpoint, tracker store, lock store."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

import yaml
from sqlalchemy.engine.url import make_url

from bot.exceptions import ConfigError


def sqlite_tracker_store(db: Path) -> Dict[str, Any]:
    """Rasa's SQL tracker store on an SQLite file (the embedded profile)."""
    return {"type": "SQL", "dialect": "sqlite", "db": str(db)}


def postgres_tracker_store(url: str, spool: Path) -> Dict[str, Any]:
    """Our outage-proof SQL tracker store on PostgreSQL (the scaled profile).

    Args:
        url: SQLAlchemy URL of the tracker database; created on first start
            (through the ``postgres`` maintenance database) when missing.
        spool: SQLite file for events written while PostgreSQL is unreachable.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise ConfigError("SHOPBOT_TRACKER_URL", url, "a postgresql:// URL with a db")
    store: Dict[str, Any] = {
        "type": "bot.stores.tracker_store.ResilientSQLTrackerStore",
        "dialect": "postgresql",
        "url": parsed.host or "127.0.0.1",  # Rasa passes `url` on as the host
        "port": parsed.port or 5432,
        "db": parsed.database,
        "login_db": "postgres",
        "spool_path": str(spool),
    }
    if parsed.username:
        store["username"] = parsed.username
    if parsed.password:
        # written to a file only the owner can read; never logged
        store["password"] = parsed.password
    return store


def redis_lock_store(url: str) -> Dict[str, Any]:
    """Rasa's Redis lock store (several Rasa servers, one conversation at a time)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme != "redis" or not parts.hostname:
        raise ConfigError("SHOPBOT_REDIS_URL", url, "redis://host:port/db")
    db = parts.path.strip("/") or "0"
    store: Dict[str, Any] = {
        "type": "redis",
        "url": parts.hostname,
        "port": parts.port or 6379,
        "db": int(db) if db.isdigit() else 0,
        "key_prefix": "shopbot",
    }
    if parts.password:
        store["password"] = parts.password
    return store


def write_endpoints(
    path: Path,
    action_url: str,
    tracker_store: Dict[str, Any],
    lock_store: Optional[Dict[str, Any]] = None,
) -> Path:
    """Writes an endpoints.yml (mode 600: it may hold a database password)."""
    config: Dict[str, Any] = {
        "action_endpoint": {"url": action_url},
        "tracker_store": tracker_store,
    }
    if lock_store:
        config["lock_store"] = lock_store
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path
