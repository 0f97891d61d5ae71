"""Every message gets a reply: the channel guard."""

from __future__ import annotations

import asyncio

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sqlalchemy.exc import OperationalError

from bot.channels import guard
from bot.channels.guard import TEMPORARY_ERROR, guarded
from bot.stores import outage
from bot.stores.spool import EventSpool


def _handle(on_new_message, text: str) -> list:
    output = CollectingOutputChannel()
    message = UserMessage(text, output, "shopper-1", input_channel="rest")
    asyncio.run(guarded(on_new_message)(message))
    return [m.get("text") for m in output.messages]


def test_a_normal_turn_is_left_alone() -> None:
    async def reply(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "hello")

    assert _handle(reply, "hi") == ["hello"]


def test_a_turn_on_hold_gets_the_temporary_error_in_the_shoppers_language() -> None:
    async def on_hold(message: UserMessage) -> None:
        outage.report(outage.READ, OperationalError("select", {}, Exception("down")))

    assert _handle(on_hold, "where is my order") == [TEMPORARY_ERROR["en"]]
    assert _handle(on_hold, "我的订单到哪了") == [TEMPORARY_ERROR["zh"]]


def test_a_failed_write_alone_adds_nothing() -> None:
    async def answered(message: UserMessage) -> None:
        await message.output_channel.send_text_message(message.sender_id, "done")
        outage.report(outage.WRITE, OperationalError("insert", {}, Exception("down")))

    assert _handle(answered, "hi") == ["done"]


def test_a_store_failure_spools_the_message_and_apologizes(
    tmp_path, monkeypatch
) -> None:
    spool = EventSpool(tmp_path / "events.db")
    monkeypatch.setattr(guard, "default_spool", lambda: spool)

    async def locked(message: UserMessage) -> None:
        raise ConnectionError("redis is down")

    assert _handle(locked, "cancel my order") == [TEMPORARY_ERROR["en"]]
    assert spool.pending("shopper-1")[1][0]["text"] == "cancel my order"


def test_a_bug_gets_an_apology_but_no_spooling(tmp_path, monkeypatch) -> None:
    spool = EventSpool(tmp_path / "events.db")
    monkeypatch.setattr(guard, "default_spool", lambda: spool)

    async def broken(message: UserMessage) -> None:
        raise KeyError("bug")

    assert _handle(broken, "hi") == [TEMPORARY_ERROR["en"]]
    assert spool.pending("shopper-1") == (0, [])
