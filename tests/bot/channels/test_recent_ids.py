"""The bounded memory of handled event ids."""

from __future__ import annotations

import pytest

from bot.channels.recent_ids import RecentIds
from bot.exceptions import ConfigError


def test_an_id_is_new_once_then_seen() -> None:
    ids = RecentIds(capacity=4)
    assert ids.seen("Ev1") is False
    assert ids.seen("Ev1") is True
    assert ids.seen(("C1", "1.0")) is False


def test_memory_is_bounded_and_forgets_the_oldest() -> None:
    ids = RecentIds(capacity=3)
    for key in ("a", "b", "c", "d"):
        ids.seen(key)
    assert len(ids) == 3
    assert ids.seen("a") is False  # forgotten, so new again
    assert ids.seen("d") is True


def test_a_seen_id_is_kept_longer() -> None:
    ids = RecentIds(capacity=2)
    ids.seen("a")
    ids.seen("b")
    ids.seen("a")  # refreshed: "b" is now the oldest
    ids.seen("c")
    assert ids.seen("a") is True
    assert ids.seen("b") is False


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="capacity"):
        RecentIds(capacity=0)
