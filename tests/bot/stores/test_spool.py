"""The on-disk spool of events written during an outage."""

from __future__ import annotations

from bot.stores.spool import EventSpool


def test_events_come_back_in_order_per_sender_until_discarded(tmp_path) -> None:
    spool = EventSpool(tmp_path / "spool" / "events.db")
    spool.add("a", [{"event": "user", "text": "one"}])
    spool.add("b", [{"event": "user", "text": "other"}])
    spool.add("a", [{"event": "user", "text": "two"}])
    last, events = spool.pending("a")
    assert [e["text"] for e in events] == ["one", "two"]
    assert sorted(spool.senders()) == ["a", "b"]
    spool.discard("a", last)
    assert spool.pending("a") == (0, [])
    assert spool.pending("b")[1] == [{"event": "user", "text": "other"}]


def test_a_new_spool_file_reads_what_another_process_wrote(tmp_path) -> None:
    EventSpool(tmp_path / "events.db").add("a", [{"event": "user", "text": "kept"}])
    assert EventSpool(tmp_path / "events.db").pending("a")[1][0]["text"] == "kept"
