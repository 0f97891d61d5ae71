"""Events of turns that could not be stored, kept on local disk until they can be.

A small SQLite file per machine (several Rasa servers on one machine share it);
the tracker store appends a sender's spooled events to the conversation once the
database is back, so nothing a shopper said during an outage is lost.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path
from typing import Any, Dict, List, Tuple

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS spool ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " sender_id TEXT NOT NULL,"
    " event TEXT NOT NULL,"
    " created REAL NOT NULL)"
)


class EventSpool:
    """Spooled tracker events per sender, in arrival order.

    Args:
        path: the SQLite file (created with its folder on first use).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        if not self._ready:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)
            self._ready = True
        return connection

    def add(self, sender_id: str, events: List[Dict[str, Any]]) -> None:
        """Appends events (as Rasa event dicts) to the sender's spool."""
        if not events:
            return
        rows = [(sender_id, json.dumps(e), time.time()) for e in events]
        with self._lock, closing(self._connect()) as connection:
            connection.executemany(
                "INSERT INTO spool (sender_id, event, created) VALUES (?, ?, ?)", rows
            )

    def pending(self, sender_id: str) -> Tuple[int, List[Dict[str, Any]]]:
        """The sender's spooled events and the id of the last one (0 when none)."""
        with self._lock, closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT id, event FROM spool WHERE sender_id = ? ORDER BY id",
                (sender_id,),
            ).fetchall()
        if not rows:
            return 0, []
        return int(rows[-1][0]), [json.loads(event) for _, event in rows]

    def discard(self, sender_id: str, up_to_id: int) -> None:
        """Forgets the sender's events up to id (they are stored for good now)."""
        with self._lock, closing(self._connect()) as connection:
            connection.execute(
                "DELETE FROM spool WHERE sender_id = ? AND id <= ?",
                (sender_id, up_to_id),
            )

    def senders(self) -> List[str]:
        """Senders with spooled events."""
        with self._lock, closing(self._connect()) as connection:
            rows = connection.execute("SELECT DISTINCT sender_id FROM spool").fetchall()
        return [row[0] for row in rows]


_DEFAULT: Dict[Path, EventSpool] = {}


def default_spool() -> EventSpool:
    """The spool under this process's var folder (``<var>/spool/events.db``)."""
    from bot.settings import Settings

    path = Settings.from_env().var_dir / "spool" / "events.db"
    if path not in _DEFAULT:
        _DEFAULT[path] = EventSpool(path)
    return _DEFAULT[path]
