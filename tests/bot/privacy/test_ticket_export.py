"""`shopbot tickets export`: masked JSONL; the stored transcript stays complete."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.migrate import upgrade
from bot.db.repositories.identity_attempts import sender_key
from bot.db.repositories.tickets import TicketRepository
from bot.db.session import dispose_engine, session_scope
from bot.privacy.export import export_tickets

TRANSCRIPT = [
    {"from": "user", "text": "where is order 10001?"},
    {"from": "bot", "text": "Please give the order's email or last 4 phone digits."},
    {"from": "user", "text": "尾号4821"},
    {"from": "user", "text": "or anna.li@example.com, phone +86 138 0013 4821"},
    {"from": "bot", "text": "Done: order 10001 will be shipped to 88 Century Avenue."},
    {"from": "user", "text": "改到世纪大道88号3栋501室"},
]
SECRETS = ("4821", "anna.li@example.com", "Century Avenue", "世纪大道", "tg-555")


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    upgrade(url)
    with session_scope(url) as session:
        tickets = TicketRepository(session)
        tickets.create("tg-555", "contact_human_agent", TRANSCRIPT)
        tickets.close(tickets.create("tg-556", "closed one", []))
    yield url
    dispose_engine(url)


def test_export_masks_pii_and_hashes_the_conversation(db: str) -> None:
    out = io.StringIO()
    assert export_tickets(db, out) == 1  # open tickets only
    text = out.getvalue()
    assert not any(secret in text for secret in SECRETS)
    ticket = json.loads(text.splitlines()[0])
    assert ticket["conversation_key"] == sender_key("tg-555")
    assert ticket["reason"] == "contact_human_agent"
    assert [line["text"] for line in ticket["transcript"]] == [
        "where is order 10001?",
        "Please give the order's email or last 4 phone digits.",
        "尾号[DIGITS]",
        "or [EMAIL], phone [PHONE]",
        "Done: order 10001 will be shipped to [ADDRESS].",
        "[ADDRESS]",  # "改到" goes along: the street name has no left edge
    ]


def test_the_stored_transcript_stays_complete(db: str) -> None:
    export_tickets(db, io.StringIO())
    with session_scope(db) as session:
        stored = TicketRepository(session).list_open()[0]
    assert list(stored.transcript) == TRANSCRIPT


def test_cli_writes_the_export_file(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("DATABASE_URL", db)
    out = tmp_path / "tickets.jsonl"
    assert main(["tickets", "export", "--out", str(out)]) == 0
    assert "1 open tickets written" in capsys.readouterr().out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "[EMAIL]" in lines[0]
    assert main(["tickets", "export"]) == 0  # stdout
    assert json.loads(capsys.readouterr().out)["id"] == 1
