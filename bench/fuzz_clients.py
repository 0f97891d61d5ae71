"""How bench/fuzz.py sends one case: HTTP (aiohttp, or a bare socket for header
bytes that are not UTF-8) and socket.io (python-socketio AsyncClient), and how a
reply is checked for leaked internals.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple
from urllib.parse import urlsplit

import aiohttp
import socketio

from bench.fuzz_cases import Case
from bench.fuzz_stack import LEAK
from bot.channels.slack_signature import slack_signature


@dataclass
class Outcome:
    """What one payload got: HTTP status (0: connection error, -1: timeout)."""

    target: str
    label: str
    status: int
    seconds: float
    leak: str = ""
    reply: str = ""


@dataclass
class Options:
    """Where and how to send (from the command line)."""

    url: str
    slack_secret: str
    telegram_secret: str
    token: str = ""
    concurrency: int = 8
    timeout: float = 120.0
    max_seconds: float = 3000.0


def leak_in(reply: str, sent: Any) -> str:
    """The first traceback-like text in a reply that the request did not contain."""
    sent_text = (
        sent.decode("utf-8", "replace") if isinstance(sent, bytes) else str(sent)
    )
    for match in LEAK.finditer(reply):
        if match.group(0) not in sent_text:
            return match.group(0)
    return ""


def _headers(case: Case, body: bytes, options: Options) -> Dict[str, str]:
    headers = {"Content-Type": case.content_type}
    if case.target == "slack" and case.auth != "none":
        ts = str(int(time.time()) - (3600 if case.auth == "stale" else 0))
        signature = slack_signature(options.slack_secret, ts, body)
        if case.auth == "forged":
            signature = "v0=" + "0" * 64
        if case.auth == "bad_ts":
            ts = "soon"
        if case.auth == "huge_ts":
            ts = "9" * 400
        headers.update(
            {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}
        )
    if case.target == "telegram" and case.auth != "none":
        secret = options.telegram_secret if case.auth == "valid" else "wrong-secret"
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return headers


def _http_path(case: Case, options: Options) -> str:
    path = {
        "rest": "/webhooks/rest/webhook",
        "slack": "/webhooks/slack/webhook",
        "telegram": "/webhooks/telegram/webhook",
    }.get(case.target, case.path)
    if case.target == "api" and options.token and case.auth != "none":
        token = options.token if case.auth == "valid" else "wrong-token"
        path += f"?token={token}"
    return path


BINARY = {
    "slack": "X-Slack-Signature",
    "telegram": "X-Telegram-Bot-Api-Secret-Token",
}


async def raw_post(
    url: str, path: str, headers: Dict[str, str], body: bytes, timeout: float
) -> Tuple[int, str]:
    """POST over a bare socket, the header named in ``BINARY`` as non-UTF-8 bytes.

    aiohttp only sends str headers (encoded as UTF-8), so invalid bytes need this.
    """
    parsed = urlsplit(url)
    reader, writer = await asyncio.open_connection(parsed.hostname, parsed.port)
    lines = [f"POST {path} HTTP/1.1", f"Host: {parsed.netloc}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines).encode("latin-1", "replace") + b"\r\n\r\n"
    try:
        writer.write(head.replace(b"@BINARY@", b"\xff\xfe\xc3(") + body)
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()
    head, _, rest = answer.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n", 1)[0]
    parts = status_line.split()
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return status, rest.decode("utf-8", "replace")


async def _post(
    http: aiohttp.ClientSession, case: Case, body: bytes, options: Options
) -> Tuple[int, str]:
    path, headers = _http_path(case, options), _headers(case, body, options)
    if case.auth == "binary" and case.target in BINARY:
        headers[BINARY[case.target]] = "@BINARY@"
        return await raw_post(options.url, path, headers, body, options.timeout)
    async with http.post(options.url + path, data=body, headers=headers) as response:
        return response.status, await response.text(errors="replace")


async def send_http(
    http: aiohttp.ClientSession, case: Case, options: Options
) -> List[Outcome]:
    """POSTs each step of an HTTP case; one Outcome per step."""
    outcomes = []
    for body in case.steps:
        started = time.monotonic()
        status, reply = 0, ""
        try:
            status, reply = await _post(http, case, body, options)
        except asyncio.TimeoutError:
            status = -1
        except (aiohttp.ClientError, OSError) as e:
            reply = f"{type(e).__name__}: {e}"
        seconds = time.monotonic() - started
        leak = leak_in(reply, body) if status > 0 else ""
        outcomes.append(Outcome(case.target, case.label, status, seconds, leak, reply))
    return outcomes


class SocketClient:
    """One socket.io connection; collects bot_uttered messages between emits."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.sio = socketio.AsyncClient(reconnection=False)
        self.replies: List[Any] = []
        self.sio.on("bot_uttered", self.replies.append)

    async def ensure_connected(self) -> None:
        """Connects (again) when not connected."""
        if not self.sio.connected:
            await self.sio.connect(
                self.options.url, transports=["polling"], wait_timeout=30
            )

    async def send(self, case: Case) -> List[Outcome]:
        """Emits each step; 200 when the server acknowledged, -1 on no answer."""
        outcomes = []
        for data in case.steps:
            started = time.monotonic()
            status, reply = await self._emit(case, data)
            seconds = time.monotonic() - started
            leak = leak_in(reply, json.dumps(data, default=str)) if status else ""
            outcomes.append(
                Outcome(case.target, case.label, status, seconds, leak, reply)
            )
        return outcomes

    async def _emit(self, case: Case, data: Any) -> tuple:
        self.replies.clear()
        try:
            await self.ensure_connected()
            if case.path not in ("user_uttered", "session_request"):
                await self.sio.emit(case.path, data)  # no handler, so no ack
                await asyncio.sleep(0.2)
                return 200, ""
            if case.path == "user_uttered" and isinstance(data, dict):
                session = {"session_id": data.get("session_id")}
                await self.sio.call("session_request", session, timeout=30)
            await self.sio.call(case.path, data, timeout=self.options.timeout)
        except socketio.exceptions.TimeoutError:
            return -1, ""
        except (socketio.exceptions.SocketIOError, aiohttp.ClientError, OSError) as e:
            await self._drop()
            return 0, f"{type(e).__name__}: {e}"
        return 200, json.dumps(self.replies, ensure_ascii=False, default=str)

    async def _drop(self) -> None:
        try:
            await self.sio.disconnect()
        except Exception:  # noqa: BLE001 (already broken: start over)
            pass
        self.sio = socketio.AsyncClient(reconnection=False)
        self.sio.on("bot_uttered", self.replies.append)
