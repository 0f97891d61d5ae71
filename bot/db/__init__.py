"""Shop database: models, sessions, migrations, repositories and views.

Importing ``bot.db`` (or ``bot.db.views``) is cheap: SQLAlchemy and Alembic load
only when a name below is first used.

Example:
    >>> from bot.db import ProductRepository, ensure_schema, session_scope
    >>> ensure_schema()
    >>> with session_scope() as session:
    ...     phone = ProductRepository(session).get("PHN-001")
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "get_engine": "bot.db.session",
    "dispose_engine": "bot.db.session",
    "session_scope": "bot.db.session",
    "ensure_schema": "bot.db.migrate",
    "upgrade": "bot.db.migrate",
    "downgrade": "bot.db.migrate",
    "CustomerRepository": "bot.db.repositories",
    "FaqRepository": "bot.db.repositories",
    "OrderRepository": "bot.db.repositories",
    "ProductRepository": "bot.db.repositories",
    "ReturnRepository": "bot.db.repositories",
    "TicketRepository": "bot.db.repositories",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bot.db' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
