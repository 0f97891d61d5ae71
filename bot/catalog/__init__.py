"""Shop content: catalog and FAQ files → database, and demo customers/orders.

Importing ``bot.catalog`` is cheap; the names below load their module on first use.

Example:
    >>> from bot.catalog import ensure_schema, ingest_catalog, ingest_faq
    >>> ensure_schema()
    >>> print(ingest_catalog("data/catalog/products.csv").summary())
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Catalog": "bot.catalog.catalog_file",
    "load_catalog": "bot.catalog.catalog_file",
    "FaqFile": "bot.catalog.faq_file",
    "load_faq": "bot.catalog.faq_file",
    "IngestReport": "bot.catalog.ingest",
    "ensure_schema": "bot.catalog.ingest",
    "ingest_catalog": "bot.catalog.ingest",
    "ingest_faq": "bot.catalog.ingest",
    "generate_demo_data": "bot.catalog.demo_data",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bot.catalog' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
