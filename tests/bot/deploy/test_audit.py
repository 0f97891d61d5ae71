"""Auditing a stored conversation against what was sent and received."""

from __future__ import annotations

from bot.deploy.audit import audit_conversation

LISTEN = ("action", "action_listen")


def _turn(text: str, *bot: str):
    return [("user", text)] + [("bot", b) for b in bot] + [LISTEN]


def test_an_intact_conversation() -> None:
    events = [LISTEN] + _turn("hi", "Hello!") + _turn("bye", "Bye", "See you")
    audit = audit_conversation(events, ["hi", "bye"], [["Hello!"], ["Bye", "See you"]])
    assert audit.intact


def test_lost_and_duplicated_messages() -> None:
    events = _turn("hi", "Hello!") + _turn("hi", "Hello!")
    audit = audit_conversation(events, ["hi", "bye"], [["Hello!"], ["Bye"]])
    assert (audit.lost, audit.duplicated) == (1, 1)
    assert not audit.intact


def test_out_of_order_messages() -> None:
    events = _turn("b", "x") + _turn("a", "y")
    assert audit_conversation(events, ["a", "b"], [["y"], ["x"]]).out_of_order == 1


def test_a_message_inside_another_turn_is_interleaved() -> None:
    events = [("user", "a"), ("user", "b"), ("bot", "x"), LISTEN, ("bot", "y"), LISTEN]
    audit = audit_conversation(events, ["a", "b"], [["x"], ["y"]])
    assert audit.interleaved >= 1


def test_stored_replies_must_be_the_received_ones() -> None:
    events = _turn("hi", "Hello!")
    audit = audit_conversation(events, ["hi"], [["Something else"]])
    assert audit.reply_mismatch == 1 and "turn 0" in audit.problems[0]
