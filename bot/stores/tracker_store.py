"""An SQL tracker store that keeps conversations intact through database outages.

Rasa's own SQLTrackerStore, plus:

* pooled connections are pinged before use, so the store recovers by itself after a
  database restart (no Rasa restart);
* when the database cannot be read, the turn gets a conversation *on hold* (paused,
  so no policy runs on an empty history) and the outage is reported to the channel
  guard, which answers with a temporary-error message;
* events that cannot be written are spooled on local disk (bot.stores.spool) and
  appended to the conversation at its next turn once the database is back.

Use it in endpoints.yml (``shopbot deploy`` writes this for the scaled profile)::

    tracker_store:
      type: bot.stores.tracker_store.ResilientSQLTrackerStore
      dialect: postgresql
      url: 127.0.0.1
      db: shopbot_tracker
      username: postgres
      login_db: postgres
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import (
    ActionExecuted,
    ConversationPaused,
    Event,
    SessionStarted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import SQLAlchemyError

from bot.stores import outage
from bot.stores.spool import EventSpool, default_spool

logger = logging.getLogger(__name__)

SPOOLED = "shopbot_spooled"  # metadata flag of events replayed from the spool


class ResilientSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that reports outages, holds and spools instead of forgetting.

    Args:
        spool_path: SQLite file of the spool (default ``<var>/spool/events.db``).
        **kwargs: SQLTrackerStore's arguments (dialect, host, port, db, …).
    """

    def __init__(self, spool_path: Optional[Text] = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        url = self.engine.url
        self.engine.dispose()
        # pre-ping: after a database restart every pooled connection is dead
        self.engine = sa.create_engine(
            url, pool_pre_ping=True, **create_engine_kwargs(url)
        )
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self.spool: EventSpool = (
            EventSpool(Path(spool_path)) if spool_path else default_spool()
        )
        self._stored: Dict[str, int] = {}  # events of each tracker already in the DB
        self._replayed: Dict[str, int] = {}  # last spool id appended to a tracker

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The conversation, with spooled events appended; on hold when unreachable."""
        try:
            tracker = await super().retrieve(sender_id)
        except SQLAlchemyError as e:
            logger.warning("tracker store unreachable (%s); turn on hold", type(e))
            outage.report(outage.READ, e)
            return self._on_hold(sender_id)
        self._stored[sender_id] = len(tracker.events) if tracker else 0
        return self._with_spooled(sender_id, tracker)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores new events; spools them when the database is unreachable."""
        sender_id = tracker.sender_id
        try:
            await super().save(tracker)
        except SQLAlchemyError as e:
            logger.warning("tracker store unreachable (%s); events spooled", type(e))
            outage.report(outage.WRITE, e)
            self.spool.add(sender_id, self._unsaved(tracker))
            self._stored[sender_id] = len(tracker.events)
            raise  # FailSafeTrackerStore keeps the tracker in memory meanwhile
        self._stored[sender_id] = len(tracker.events)
        replayed = self._replayed.pop(sender_id, 0)
        if replayed:
            self.spool.discard(sender_id, replayed)

    def _on_hold(self, sender_id: Text) -> DialogueStateTracker:
        # a started session (so no session start runs) that is paused (so no
        # policy predicts from a history it cannot see)
        events: List[Event] = [
            ActionExecuted("action_session_start"),
            SessionStarted(),
            ActionExecuted("action_listen"),
            ConversationPaused(),
        ]
        self._stored[sender_id] = len(events)
        return DialogueStateTracker.from_events(sender_id, events, self.domain.slots)

    def _unsaved(self, tracker: DialogueStateTracker) -> List[Dict[str, Any]]:
        new = list(tracker.events)[self._stored.get(tracker.sender_id, 0) :]
        if tracker.is_paused():  # on hold: only what the shopper said matters
            new = [e for e in new if isinstance(e, UserUttered)]
        return [e.as_dict() for e in new]

    def _with_spooled(
        self, sender_id: Text, tracker: Optional[DialogueStateTracker]
    ) -> Optional[DialogueStateTracker]:
        last_id, events = self.spool.pending(sender_id)
        if not events:
            return tracker
        if tracker is None:
            tracker = DialogueStateTracker(sender_id, self.domain.slots)
        for data in events:
            event = Event.from_parameters(data)
            if event is None:
                continue
            event.metadata = {**(event.metadata or {}), SPOOLED: True}
            tracker.update(event)
            if isinstance(event, UserUttered):
                tracker.update(ActionExecuted("action_listen"))
        self._replayed[sender_id] = last_id
        # still spooled until saved: a failing save must not spool them twice
        self._stored[sender_id] = len(tracker.events)
        logger.info("appended %d spooled events to a conversation", len(events))
        return tracker
