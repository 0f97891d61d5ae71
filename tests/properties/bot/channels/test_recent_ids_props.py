"""RecentIds against a plain list model: same answers, never above capacity."""

from __future__ import annotations

from typing import List

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.recent_ids import RecentIds

KEYS = st.one_of(
    st.integers(-3, 12), st.text(max_size=2), st.tuples(st.text(max_size=1))
)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 6), st.lists(KEYS, max_size=60))
def test_recent_ids_behave_like_an_lru_list(capacity: int, keys: List[object]) -> None:
    recent, model = RecentIds(capacity), []
    for key in keys:
        expected = key in model
        if expected:
            model.remove(key)
        model.append(key)
        del model[:-capacity]
        assert recent.seen(key) is expected
        assert len(recent) == len(model) <= capacity
