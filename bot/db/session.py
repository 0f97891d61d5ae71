"""Engines (one per URL, created on first use) and the unit-of-work session scope."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.exceptions import DatabaseError
from bot.settings import Settings

_ENGINES: Dict[str, Engine] = {}
_LOCK = threading.Lock()

HINT_CONNECT = (
    "check that the database server is running and DATABASE_URL is right, and run "
    "`shopbot db upgrade` to create the tables"
)
HINT_INTEGRITY = "the change conflicts with existing rows (duplicate or missing key)"


def default_url() -> str:
    """The configured database URL (env DATABASE_URL, else SQLite under var/)."""
    return Settings.from_env().database_url


def safe_url(url: str) -> str:
    """``url`` with its password masked, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable database URL>"


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def _sqlite_options(parsed: URL) -> Dict[str, Any]:
    options: Dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    database = parsed.database or ""
    if database in ("", ":memory:"):
        # One shared connection, so every session sees the same in-memory database.
        options["poolclass"] = StaticPool
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return options


def _create(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise DatabaseError(f"Invalid database URL {url!r}: {e}") from e
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, future=True, hide_parameters=True, **_sqlite_options(parsed)
        )
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    try:
        # hide_parameters: an error's message must not carry an address or a reason
        return create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)
    except (ArgumentError, ImportError) as e:
        raise DatabaseError(
            f"Cannot create an engine for {safe_url(url)}: {e}; "
            "install the database driver (e.g. psycopg2-binary for PostgreSQL)"
        ) from e


def get_engine(url: str) -> Engine:
    """The engine of ``url``, created on first use and cached per URL.

    SQLite engines allow use from several threads and switch foreign keys on for
    every connection; the parent folder of a database file is created. Other
    backends ping pooled connections before use.

    Args:
        url: SQLAlchemy database URL.

    Returns:
        The shared engine for this URL.

    Raises:
        DatabaseError: the URL is invalid or its driver is missing.
    """
    with _LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = _ENGINES[url] = _create(url)
        return engine


def dispose_engine(url: str | None = None) -> None:
    """Closes pooled connections and forgets cached engines (all when url is None)."""
    with _LOCK:
        urls = list(_ENGINES) if url is None else [url]
        for key in urls:
            engine = _ENGINES.pop(key, None)
            if engine is not None:
                engine.dispose()


def wrap_db_error(error: SQLAlchemyError, url: str) -> DatabaseError:
    """A DatabaseError naming the database, the cause and how to fix it."""
    cause = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if isinstance(error, (OperationalError, ProgrammingError)):
        hint = HINT_CONNECT
    elif isinstance(error, IntegrityError):
        hint = HINT_INTEGRITY
    else:
        hint = "see the cause above"
    return DatabaseError(f"Database error on {safe_url(url)}: {cause}; {hint}.")


def _rollback_quietly(session: Session) -> None:
    # A dead connection fails the rollback too; the original error matters more.
    try:
        session.rollback()
    except SQLAlchemyError:
        pass


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One session per unit of work: commit on success, roll back on error.

    Args:
        url: database URL; default ``Settings.from_env().database_url``.

    Yields:
        A session bound to the URL's engine.

    Raises:
        DatabaseError: the database cannot be reached or a statement failed
            (wraps the SQLAlchemy error, with a hint). ShopbotErrors raised
            inside the block pass through unchanged after the rollback.
    """
    url = url or default_url()
    factory = sessionmaker(bind=get_engine(url), future=True, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except SQLAlchemyError as e:
        _rollback_quietly(session)
        raise wrap_db_error(e, url) from e
    except BaseException:
        _rollback_quietly(session)
        raise
    finally:
        session.close()


__all__ = [
    "default_url",
    "dispose_engine",
    "get_engine",
    "safe_url",
    "session_scope",
    "wrap_db_error",
]
