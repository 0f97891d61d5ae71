"""A small bounded memory of ids already handled, to drop redelivered webhooks."""

from __future__ import annotations

from collections import OrderedDict
from typing import Hashable

from bot.exceptions import ConfigError


class RecentIds:
    """Remembers the last ``capacity`` ids; the oldest are forgotten first.

    Slack and Telegram redeliver an event when our answer was slow or lost; the
    event keeps its id, so remembering recent ids stops a second reply. Bounded
    so that a long-running server does not grow without limit.
    """

    def __init__(self, capacity: int = 1024) -> None:
        if capacity < 1:
            raise ConfigError("capacity", capacity, "an integer >= 1")
        self.capacity = capacity
        self._ids: OrderedDict[Hashable, None] = OrderedDict()

    def seen(self, key: Hashable) -> bool:
        """True when key was seen before; otherwise remembers it and returns False."""
        if key in self._ids:
            self._ids.move_to_end(key)
            return True
        self._ids[key] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return False

    def __len__(self) -> int:
        return len(self._ids)
