"""PostgreSQL databases of the scaled profile: created when missing, data loaded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.db.session import safe_url
from bot.exceptions import DatabaseError


def ensure_postgres_database(url: str) -> bool:
    """Creates the database of a postgresql:// URL when missing; True if created.

    Connects to the server's ``postgres`` maintenance database to do so.
    """
    parsed = make_url(url)
    name = parsed.database
    if not name or not name.replace("_", "").isalnum():
        raise DatabaseError(f"unusable database name in {safe_url(url)}")
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            )
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            return not exists
    except SQLAlchemyError as e:
        raise DatabaseError(
            f"cannot reach PostgreSQL at {safe_url(url)}: {type(e).__name__}; "
            "start it or set DATABASE_URL / SHOPBOT_TRACKER_URL"
        ) from e
    finally:
        admin.dispose()


def drop_postgres_database(url: str) -> None:
    """Drops the database of a postgresql:// URL (tests and benchmarks)."""
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(
                text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
            )
    finally:
        admin.dispose()


def prepare_shop_database(url: str, data_dir: Path) -> bool:
    """Schema up to date and, when it has no products, the demo shop loaded.

    Args:
        url: the shop database (PostgreSQL in the scaled profile).
        data_dir: the shop's content (catalog/products.csv, faq/faq.yml).

    Returns:
        True when the demo shop was loaded now.
    """
    from bot.catalog.demo_data import generate_demo_data
    from bot.catalog.ingest import ingest_catalog, ingest_faq
    from bot.db.migrate import upgrade
    from bot.db.repositories.products import ProductRepository
    from bot.db.session import session_scope

    if make_url(url).get_backend_name() == "postgresql":
        ensure_postgres_database(url)
    upgrade(url)
    with session_scope(url) as session:
        if ProductRepository(session).count() > 0:
            return False
    ingest_catalog(data_dir / "catalog" / "products.csv", url)
    ingest_faq(data_dir / "faq" / "faq.yml", url)
    generate_demo_data(url)
    return True
