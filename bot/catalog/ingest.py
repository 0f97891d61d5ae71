"""Ingestion of a catalog file and a FAQ file into the shop database.

Each file is validated completely before the database is touched; the writes then
happen in one transaction, so a failure leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.catalog.catalog_file import load_catalog
from bot.catalog.faq_file import load_faq
from bot.db.migrate import ensure_schema
from bot.db.repositories import FaqRepository, ProductRepository
from bot.db.session import session_scope

__all__ = ["IngestReport", "ensure_schema", "ingest_catalog", "ingest_faq"]


@dataclass(frozen=True)
class IngestReport:
    """What an ingestion wrote.

    Attributes:
        kind: "catalog" or "faq".
        file: the ingested file.
        rows: valid rows in the file.
        inserted: rows that were new.
        updated: rows that overwrote stored ones (same SKU / FAQ id).
        relations: relation edges stored (catalog only; they replace the old ones).
        removed: stored rows deleted because the file no longer has them (FAQ
            only; products are never deleted, orders may reference them).
    """

    kind: str
    file: str
    rows: int
    inserted: int
    updated: int
    relations: int = 0
    removed: int = 0

    def summary(self) -> str:
        """One line for the CLI, e.g. ``catalog products.csv: 120 rows ...``."""
        text = (
            f"{self.kind} {Path(self.file).name}: {self.rows} rows "
            f"({self.inserted} new, {self.updated} updated"
        )
        if self.kind == "catalog":
            text += f", {self.relations} relations"
        if self.removed:
            text += f", {self.removed} removed"
        return text + ")"


def ingest_catalog(path: str | Path, url: str | None = None) -> IngestReport:
    """Validates a CSV/JSON catalog, then upserts its products in one transaction.

    The file is the whole catalog: its relations replace every stored relation.
    Products missing from the file are kept (orders may reference them).

    Args:
        path: the catalog file (see ``bot.catalog.catalog_file``).
        url: database URL; default ``Settings.from_env().database_url``. The
            schema must exist (``ensure_schema(url)``).

    Returns:
        Counts of what was written.

    Raises:
        DataValidationError: the file is invalid (nothing was written).
        DatabaseError: the database failed (the transaction was rolled back).
    """
    catalog = load_catalog(path)
    with session_scope(url) as session:
        products = ProductRepository(session)
        inserted, updated = products.upsert_many(catalog.products)
        relations = products.replace_relations(catalog.relations)
    return IngestReport(
        kind="catalog",
        file=catalog.file,
        rows=len(catalog.products),
        inserted=inserted,
        updated=updated,
        relations=relations,
    )


def ingest_faq(
    path: str | Path, url: str | None = None, prune: bool = True
) -> IngestReport:
    """Validates a FAQ file, then upserts its entries in one transaction.

    Args:
        path: the ``faq.yml`` file (see ``bot.catalog.faq_file``).
        url: database URL; default ``Settings.from_env().database_url``. The
            schema must exist (``ensure_schema(url)``).
        prune: delete stored entries whose id is not in the file, so removed
            answers are no longer given.

    Returns:
        Counts of what was written.

    Raises:
        DataValidationError: the file is invalid (nothing was written).
        DatabaseError: the database failed (the transaction was rolled back).
    """
    faq = load_faq(path)
    with session_scope(url) as session:
        repository = FaqRepository(session)
        inserted, updated = repository.upsert_many(faq.entries)
        removed = (
            repository.delete_except([e["id"] for e in faq.entries]) if prune else 0
        )
    return IngestReport(
        kind="faq",
        file=faq.file,
        rows=len(faq.entries),
        inserted=inserted,
        updated=updated,
        removed=removed,
    )
