"""Fuzzed requests per target (REST, socket.io, Slack, Telegram, HTTP API).

Built from the texts and bodies of bench/fuzz_payloads.py; pure functions of a seeded
``random.Random``. ``cases(seed, count)`` is what bench/fuzz.py sends.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import quote, urlencode

from bench.fuzz_payloads import (
    HUGE_CHARS,
    conversation,
    malformed_json,
    odd_value,
    random_text,
)


@dataclass(frozen=True)
class Case:
    """One fuzzed request (or socket.io emit) and what it exercises.

    Attributes:
        target: rest | socketio | slack | telegram | api.
        label: the payload family, for the report.
        steps: HTTP bodies sent in order as one sender (a form flow has several);
            for socket.io, the emitted data objects.
        content_type: Content-Type of the HTTP bodies.
        auth: how to authenticate: "valid", "none" or a forgery ("forged",
            "stale", "bad_ts", "huge_ts" for Slack; "wrong" for Telegram and the
            API token; "binary": header bytes that are not UTF-8).
        path: HTTP path (api target), or the socket.io event name.
    """

    target: str
    label: str
    steps: Tuple[Any, ...]
    content_type: str = "application/json"
    auth: str = "valid"
    path: str = ""


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _wrong_shape(rng: random.Random, text: str, sender: str) -> Tuple[str, Any]:
    """A REST body with wrong types, missing or extra fields."""
    return rng.choice(
        [
            ("message_odd_type", {"sender": sender, "message": odd_value(rng)}),
            ("sender_odd_type", {"sender": odd_value(rng), "message": text}),
            ("missing_message", {"sender": sender}),
            ("missing_sender", {"message": text}),
            ("extra_fields", {"sender": sender, "message": text, "x": [1], "": None}),
            ("metadata_odd", {"sender": sender, "message": text, "metadata": "{{"}),
            (
                "input_channel_odd",
                {"sender": sender, "message": text, "input_channel": {}},
            ),
            ("sender_huge", {"sender": "s" * HUGE_CHARS, "message": text}),
            ("not_object", [sender, text]),
        ]
    )


def rest_case(rng: random.Random, n: int) -> Case:
    """A REST webhook request: mostly well-formed with fuzzed text, else malformed."""
    sender = f"fuzz-rest-{n}"
    roll = rng.random()
    if roll < 0.15:
        flow = conversation(rng)
        steps = tuple(_dump({"sender": sender, "message": m}) for m in flow.messages)
        return Case("rest", flow.family, steps)
    if roll < 0.60:
        family, text = random_text(rng)
        return Case("rest", family, (_dump({"sender": sender, "message": text}),))
    if roll < 0.80:
        label, body = _wrong_shape(rng, random_text(rng)[1], sender)
        return Case("rest", label, (_dump(body),))
    raw = malformed_json(rng)
    return Case("rest", raw.label, (raw.body,), raw.content_type)


def socketio_case(rng: random.Random, n: int) -> Case:
    """A socket.io emit: user_uttered with fuzzed text, or bogus events / data."""
    session = f"fuzz-sio-{n}"
    roll = rng.random()
    if roll < 0.15:
        flow = conversation(rng)
        steps = tuple({"message": m, "session_id": session} for m in flow.messages)
        return Case("socketio", flow.family, steps, path="user_uttered")
    if roll < 0.65:
        family, text = random_text(rng)
        data = {"message": text, "session_id": session}
        if rng.random() < 0.3:
            data["metadata"] = rng.choice(["{not json", {"page": "/x"}, [1], 5])
        return Case("socketio", family, (data,), path="user_uttered")
    label, event, data = rng.choice(
        [
            ("data_odd_type", "user_uttered", odd_value(rng)),
            (
                "message_odd_type",
                "user_uttered",
                {"message": odd_value(rng), "session_id": session},
            ),
            (
                "session_odd_type",
                "user_uttered",
                {"message": "hi", "session_id": odd_value(rng)},
            ),
            ("missing_session", "user_uttered", {"message": "hi"}),
            ("extra_args", "user_uttered", ({"message": "hi"}, "second", 3)),
            ("session_request_odd", "session_request", odd_value(rng)),
            ("session_request_huge", "session_request", {"session_id": "s" * 5000}),
            (
                "unknown_event",
                rng.choice(["bot_uttered", "x" * 300, "session_confirm", "消息"]),
                {},
            ),
        ]
    )
    return Case("socketio", label, (data,), path=event)


def slack_event(rng: random.Random, n: int, text: Any) -> Dict[str, Any]:
    """An Events API callback: a direct message (or mention) from a user."""
    kind = rng.choice(["message", "message", "app_mention"])
    event = {"type": kind, "channel": f"D{n:08d}", "user": f"U{n:08d}", "text": text}
    event.update(ts=f"{1700000000 + n}.000100", channel_type="im")
    body = {"type": "event_callback", "event_id": f"Ev{n:010d}", "event": event}
    body["authed_users"] = rng.choice([["UBOT"], [], ["(.*)", "<@", 5], None])
    return body


def _slack_malformed(rng: random.Random, n: int, text: str) -> Tuple[str, Any]:
    good = slack_event(rng, n, text)
    return rng.choice(
        [
            ("event_odd_type", {**good, "event": odd_value(rng)}),
            ("text_odd_type", slack_event(rng, n, odd_value(rng))),
            (
                "user_odd_type",
                {**good, "event": {**good["event"], "user": odd_value(rng)}},
            ),
            (
                "channel_odd",
                {**good, "event": {**good["event"], "channel": odd_value(rng)}},
            ),
            (
                "ts_odd",
                {**good, "event": {**good["event"], "thread_ts": odd_value(rng)}},
            ),
            ("event_id_odd", {**good, "event_id": odd_value(rng)}),
            ("authorizations_odd", {**good, "authed_users": [], "authorizations": [5]}),
            (
                "url_verification",
                {"type": "url_verification", "challenge": odd_value(rng)},
            ),
            ("unknown_type", {"type": odd_value(rng)}),
            ("not_object", [good]),
        ]
    )


def _slack_interaction(rng: random.Random, n: int, text: str) -> Tuple[str, bytes]:
    action = {"type": rng.choice(["button", "static_select", "overflow", "x"])}
    action.update(value=text, selected_option=rng.choice([{"value": text}, None, 5]))
    payload: Any = {
        "type": "block_actions",
        "user": {"id": f"U{n}"},
        "actions": [action],
    }
    payload.update(channel={"id": f"D{n}"}, message={"ts": "1.2"})
    label, value = rng.choice(
        [
            ("interaction", json.dumps(payload, ensure_ascii=False)),
            ("interaction_user_odd", json.dumps({**payload, "user": odd_value(rng)})),
            (
                "interaction_actions_odd",
                json.dumps({**payload, "actions": odd_value(rng)}),
            ),
            ("interaction_channel_odd", json.dumps({**payload, "channel": "c"})),
            ("interaction_not_json", text),
        ]
    )
    form = urlencode({"payload": value}) if label != "interaction_no_payload" else "x=1"
    return label, form.encode("utf-8", "surrogatepass")


def slack_case(rng: random.Random, n: int) -> Case:
    """A Slack webhook request: signed (most) so it reaches the parser, or forged."""
    modes = ["valid", "none", "forged", "stale", "bad_ts", "huge_ts", "binary"]
    auth = rng.choices(modes, [70, 6, 6, 5, 5, 4, 4])[0]
    family, text = random_text(rng)
    roll = rng.random()
    if roll < 0.55:
        return Case("slack", family, (_dump(slack_event(rng, n, text)),), auth=auth)
    if roll < 0.80:
        label, body = _slack_malformed(rng, n, text)
        return Case("slack", label, (_dump(body),), auth=auth)
    if roll < 0.92:
        label, form = _slack_interaction(rng, n, text)
        return Case("slack", label, (form,), "application/x-www-form-urlencoded", auth)
    raw = malformed_json(rng)
    return Case("slack", raw.label, (raw.body,), raw.content_type, auth)


def telegram_update(n: int, text: Any, chat: Any = None) -> Dict[str, Any]:
    """A Bot API update with a private text message."""
    chat = {"id": 100000 + n, "type": "private"} if chat is None else chat
    sender = {"id": 100000 + n, "is_bot": False, "first_name": "Fuzz"}
    message = {"message_id": n, "date": 1700000000, "chat": chat, "from": sender}
    return {"update_id": 500000 + n, "message": {**message, "text": text}}


def _telegram_malformed(rng: random.Random, n: int, text: str) -> Tuple[str, Any]:
    good = telegram_update(n, text)
    query = {"id": str(n), "from": good["message"]["from"], "data": text}
    return rng.choice(
        [
            ("text_odd_type", telegram_update(n, odd_value(rng))),
            ("chat_odd", telegram_update(n, text, odd_value(rng))),
            ("message_odd", {"update_id": n, "message": odd_value(rng)}),
            ("update_id_odd", {**good, "update_id": odd_value(rng)}),
            ("edited_message", {"update_id": n, "edited_message": good["message"]}),
            (
                "callback_query",
                {
                    "update_id": n,
                    "callback_query": {**query, "message": good["message"]},
                },
            ),
            ("callback_no_message", {"update_id": n, "callback_query": query}),
            (
                "callback_id_odd",
                {"update_id": n, "callback_query": {**query, "id": odd_value(rng)}},
            ),
            ("callback_odd", {"update_id": n, "callback_query": odd_value(rng)}),
            ("unknown_fields", {**good, "poll": {"id": 1}, "x" * 50: [None]}),
            ("empty_update", {}),
            ("not_object", [good]),
        ]
    )


def telegram_case(rng: random.Random, n: int) -> Case:
    """A Telegram webhook request, with the right, a wrong or no secret header."""
    auth = rng.choices(["valid", "none", "wrong", "binary"], [80, 7, 7, 6])[0]
    family, text = random_text(rng)
    roll = rng.random()
    if roll < 0.55:
        return Case("telegram", family, (_dump(telegram_update(n, text)),), auth=auth)
    if roll < 0.85:
        label, body = _telegram_malformed(rng, n, text)
        return Case("telegram", label, (_dump(body),), auth=auth)
    raw = malformed_json(rng)
    return Case("telegram", raw.label, (raw.body,), raw.content_type, auth)


def _tracker_event(rng: random.Random, text: str) -> Any:
    return rng.choice(
        [
            {"event": "slot", "name": "order_id", "value": text},
            {"event": "slot", "name": "verified_customer_id", "value": odd_value(rng)},
            {"event": "slot", "name": text, "value": 1},
            {"event": "user", "text": text, "parse_data": odd_value(rng)},
            {"event": "bot", "text": text},
            {"event": rng.choice(["bogus", "", None, 5])},
            {"event": "action", "name": odd_value(rng)},
            [{"event": "slot", "name": "language", "value": "zh"}, {"event": 1}],
            odd_value(rng),
        ]
    )


def api_case(rng: random.Random, n: int) -> Case:
    """The HTTP API: /model/parse and /conversations/<id>/tracker/events."""
    auth = rng.choices(["valid", "none", "wrong"], [80, 10, 10])[0]
    family, text = random_text(rng)
    if rng.random() < 0.5:
        body: Any = rng.choice([{"text": text}, {"text": odd_value(rng)}, {}, [text]])
        if rng.random() < 0.15:
            raw = malformed_json(rng)
            return Case(
                "api", raw.label, (raw.body,), raw.content_type, auth, "/model/parse"
            )
        return Case(
            "api", f"parse:{family}", (_dump(body),), auth=auth, path="/model/parse"
        )
    conversation_id = rng.choice([f"fuzz-api-{n}", text[:200] or "x", "..%2F..%2Fetc"])
    path = f"/conversations/{quote(conversation_id, safe='')}/tracker/events"
    return Case(
        "api",
        f"events:{family}",
        (_dump(_tracker_event(rng, text)),),
        auth=auth,
        path=path,
    )


CASE_MAKERS: Dict[str, Callable[[random.Random, int], Case]] = {
    "rest": rest_case,
    "socketio": socketio_case,
    "slack": slack_case,
    "telegram": telegram_case,
    "api": api_case,
}
# share of the payloads per target
TARGET_WEIGHTS = {"rest": 32, "socketio": 20, "slack": 20, "telegram": 18, "api": 10}


def cases(seed: int, count: int, targets: Optional[List[str]] = None) -> List[Case]:
    """Cases holding ``count`` payloads in all (a flow's steps count one each).

    Args:
        seed: seed of the random generator (same seed, same cases).
        count: number of payloads (requests or emits).
        targets: subset of CASE_MAKERS; all by default.
    """
    rng = random.Random(seed)
    names = sorted(targets or CASE_MAKERS)
    weights = [TARGET_WEIGHTS[name] for name in names]
    made: List[Case] = []
    total = 0
    while total < count:
        name = rng.choices(names, weights)[0]
        case = CASE_MAKERS[name](rng, len(made))
        case = replace(case, steps=case.steps[: count - total])
        made.append(case)
        total += len(case.steps)
    return made
