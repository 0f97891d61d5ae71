"""FAQ entries."""

from __future__ import annotations

from typing import Any, Collection, Dict, Iterable, List, Mapping, Tuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.db.models import Faq
from bot.db.views import FaqView

FAQ_FIELDS = (
    "id",
    "category",
    "questions_en",
    "questions_zh",
    "answer_en",
    "answer_zh",
)


def faq_view(row: Faq) -> FaqView:
    """The frozen view of a FAQ row."""
    return FaqView(
        id=row.id,
        category=row.category,
        questions_en=tuple(row.questions_en or ()),
        questions_zh=tuple(row.questions_zh or ()),
        answer_en=row.answer_en,
        answer_zh=row.answer_zh,
    )


class FaqRepository:
    """Reads and writes FAQ entries.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def list_all(self) -> List[FaqView]:
        """Every entry, ordered by id."""
        rows = self.session.scalars(select(Faq).order_by(Faq.id))
        return [faq_view(row) for row in rows]

    def get(self, faq_id: str) -> FaqView | None:
        """The entry with this id, None when unknown."""
        row = self.session.get(Faq, faq_id)
        return faq_view(row) if row is not None else None

    def count(self) -> int:
        """Number of entries."""
        return int(self.session.scalar(select(func.count()).select_from(Faq)))

    def upsert_many(self, entries: Iterable[Mapping[str, Any]]) -> Tuple[int, int]:
        """Inserts new entries and overwrites existing ones (matched by id).

        Args:
            entries: mappings with the keys of ``FAQ_FIELDS``; question lists may
                be lists or tuples.

        Returns:
            (inserted, updated) counts.
        """
        entries = list(entries)
        existing: Dict[str, Faq] = {
            row.id: row for row in self.session.scalars(select(Faq))
        }
        inserted = 0
        for entry in entries:
            row = existing.get(entry["id"])
            if row is None:
                row = existing[entry["id"]] = Faq(id=entry["id"])
                self.session.add(row)
                inserted += 1
            for name in FAQ_FIELDS[1:]:
                value = entry[name]
                setattr(row, name, list(value) if isinstance(value, tuple) else value)
        self.session.flush()
        return inserted, len(entries) - inserted

    def delete_except(self, keep_ids: Collection[str]) -> int:
        """Deletes every entry whose id is not in ``keep_ids``; returns the count."""
        keep = set(keep_ids)
        stale = [i for i in self.session.scalars(select(Faq.id)) if i not in keep]
        if not stale:
            return 0
        self.session.execute(
            delete(Faq).where(Faq.id.in_(stale)),
            execution_options={"synchronize_session": "fetch"},
        )
        return len(stale)
