"""Session-wide fixtures shared by the whole test suite."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

# Admin connection used to create and drop the throwaway test database.
PG_ADMIN_URL = os.environ.get(
    "SHOPBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database, dropped at the end of the session.

    Skips when PostgreSQL is unreachable, except under CI (env CI set): fails.
    """
    import psycopg2

    try:
        admin = psycopg2.connect(PG_ADMIN_URL, connect_timeout=3)
    except psycopg2.OperationalError as e:
        message = f"PostgreSQL unreachable at {PG_ADMIN_URL}: {e}".strip()
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    admin.autocommit = True
    name = f"shopbot_test_{uuid.uuid4().hex[:12]}"
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()  # a fault test restarts PostgreSQL: no connection lives that long
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        admin = psycopg2.connect(PG_ADMIN_URL, connect_timeout=10)
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def demo_settings() -> Settings:
    """Settings of the demo shop under the repository's var/ (`make data index`).

    Skips when it is not built, except under CI (env CI set): fails.
    """
    settings = Settings.from_env({**os.environ, "SHOPBOT_HOME": str(ROOT)})
    ready = settings.var_dir / ".index-ready"
    if not ready.exists():
        message = f"{ready} is missing: run `make data index` first"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return settings
