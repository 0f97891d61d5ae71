"""Schema migrations with Alembic, configured in code (no alembic.ini).

The migration scripts live inside the package (``bot/db/migrations``), so an
installed shopbot can migrate any database it is pointed at.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from bot.db.session import default_url, get_engine, safe_url, wrap_db_error
from bot.exceptions import DatabaseError

if TYPE_CHECKING:  # alembic is imported on use only
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic config for ``url`` with the package's script location.

    Args:
        url: SQLAlchemy database URL.

    Returns:
        ``alembic.config.Config`` usable with ``alembic.command`` functions.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolates '%': escape it (URL-encoded passwords).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _run(url: str | None, command_name: str, revision: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    url = url or default_url()
    config = alembic_config(url)
    try:
        with get_engine(url).begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, command_name)(config, revision)
    except SQLAlchemyError as e:
        raise wrap_db_error(e, url) from e
    except CommandError as e:
        raise DatabaseError(
            f"Cannot {command_name} {safe_url(url)} to {revision!r}: {e}; the "
            "database may have been migrated by a newer shopbot version"
        ) from e


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Migrates the database to ``revision`` (default: the newest schema).

    Args:
        url: database URL; default ``Settings.from_env().database_url``.
        revision: Alembic revision to reach.

    Raises:
        DatabaseError: the database cannot be reached or a migration failed.
    """
    _run(url, "upgrade", revision)


def downgrade(url: str | None = None, revision: str = "base") -> None:
    """Reverts the database to ``revision`` (default: drops every table).

    Args:
        url: database URL; default ``Settings.from_env().database_url``.
        revision: Alembic revision to go back to.

    Raises:
        DatabaseError: the database cannot be reached or a migration failed.
    """
    _run(url, "downgrade", revision)


def current_revision(url: str | None = None) -> str | None:
    """The Alembic revision the database is at, None when never migrated."""
    from alembic.runtime.migration import MigrationContext

    url = url or default_url()
    try:
        with get_engine(url).connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as e:
        raise wrap_db_error(e, url) from e


def ensure_schema(url: str | None = None) -> None:
    """Creates or migrates the shop schema so it matches this version of shopbot.

    Idempotent: an up-to-date database is left alone.

    Args:
        url: database URL; default ``Settings.from_env().database_url``.
    """
    upgrade(url)
