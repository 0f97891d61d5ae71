"""Ingestion of a catalog file and a FAQ file into the shop database.

Each file is validated completely before the database is touched; catalog rows
without tags then get generated ones (``bot.catalog.tagging``, when a tagger is
given); the writes happen in one transaction, so a failure leaves the database as
it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.catalog.catalog_file import load_catalog
from bot.catalog.faq_file import load_faq
from bot.db.migrate import ensure_schema
from bot.db.repositories import FaqRepository, ProductRepository
from bot.db.session import session_scope

if TYPE_CHECKING:
    from bot.catalog.tagging import ProductTagger

__all__ = ["IngestReport", "ensure_schema", "ingest_catalog", "ingest_faq"]

UPSERT_CHUNK = 200  # rows per upsert call: one progress-bar step


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
        tagged: rows that had no tags and got generated ones (catalog only).
    """

    kind: str
    file: str
    rows: int
    inserted: int
    updated: int
    relations: int = 0
    removed: int = 0
    tagged: int = 0

    def summary(self) -> str:
        """One line for the CLI, e.g. ``catalog products.csv: 120 rows ...``."""
        text = (
            f"{self.kind} {Path(self.file).name}: {self.rows} rows "
            f"({self.inserted} new, {self.updated} updated"
        )
        if self.kind == "catalog":
            text += f", {self.relations} relations"
        if self.tagged:
            text += f", {self.tagged} tagged"
        if self.removed:
            text += f", {self.removed} removed"
        return text + ")"


def ingest_catalog(
    path: str | Path,
    url: str | None = None,
    tagger: ProductTagger | None = None,
    progress: bool = False,
) -> IngestReport:
    """Validates a CSV/JSON catalog, then upserts its products in one transaction.

    The file is the whole catalog: its relations replace every stored relation.
    Products missing from the file are kept (orders may reference them).

    Args:
        path: the catalog file (see ``bot.catalog.catalog_file``).
        url: database URL; default ``Settings.from_env().database_url``. The
            schema must exist (``ensure_schema(url)``).
        tagger: generates tags for rows whose ``tags`` are empty, before anything
            is written; None stores such rows without tags.
        progress: a tqdm bar over the rows written.

    Returns:
        Counts of what was written.

    Raises:
        DataValidationError: the file is invalid (nothing was written).
        DatabaseError: the database failed (the transaction was rolled back).
    """
    from tqdm import tqdm

    catalog = load_catalog(path)
    rows, tagged = (
        tagger.fill_missing(catalog.products) if tagger else (catalog.products, 0)
    )
    inserted = updated = 0
    with (
        session_scope(url) as session,
        tqdm(
            total=len(rows), desc="ingest: products", unit="row", disable=not progress
        ) as bar,
    ):
        products = ProductRepository(session)
        for start in range(0, len(rows), UPSERT_CHUNK):  # one transaction throughout
            new, old = products.upsert_many(rows[start : start + UPSERT_CHUNK])
            inserted, updated = inserted + new, updated + old
            bar.update(min(UPSERT_CHUNK, len(rows) - start))
        relations = products.replace_relations(catalog.relations)
    return IngestReport(
        kind="catalog",
        file=catalog.file,
        rows=len(catalog.products),
        inserted=inserted,
        updated=updated,
        relations=relations,
        tagged=tagged,
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
