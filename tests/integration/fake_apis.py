"""Fake Slack Web API and Telegram Bot API servers on loopback that record every call.

Each runs a stdlib HTTP server on a free 127.0.0.1 port in a daemon thread, answers
like the real API would for the methods the bot uses, and keeps every call
(method, decoded parameters, headers) for the tests to assert on.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qs

Calls = List["ApiCall"]


@dataclass(frozen=True)
class ApiCall:
    """One recorded request: API method, decoded parameters, headers, URL path."""

    method: str
    params: Dict[str, Any]
    headers: Dict[str, str]
    path: str


def _decode_body(content_type: str, raw: bytes) -> Dict[str, Any]:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/json":
        value = json.loads(raw or b"{}")
        return value if isinstance(value, dict) else {"_body": value}
    if kind == "application/x-www-form-urlencoded":
        return {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
    return {"_raw": raw.decode("utf-8", errors="replace")}


class FakeApi:
    """Base class: serves, records, and lets tests wait for calls."""

    def __init__(self) -> None:
        self._calls: Calls = []
        self._changed = threading.Condition()
        self._server: Optional[ThreadingHTTPServer] = None

    def method_of(self, path: str) -> str:
        """The API method named by a request path."""
        raise NotImplementedError

    def answer(self, call: ApiCall) -> Tuple[int, Dict[str, Any]]:
        """HTTP status and JSON body for a call."""
        raise NotImplementedError

    def start(self) -> FakeApi:
        """Starts serving on a free loopback port."""
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                params = _decode_body(self.headers.get("Content-Type", ""), raw)
                call = ApiCall(
                    api.method_of(self.path), params, dict(self.headers), self.path
                )
                status, body = api.record(call)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stops serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:<port>``."""
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def record(self, call: ApiCall) -> Tuple[int, Dict[str, Any]]:
        """Keeps the call, wakes waiting tests, returns the answer."""
        answer = self.answer(call)
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()
        return answer

    def calls(self, method: Optional[str] = None) -> Calls:
        """All calls so far (of one method)."""
        with self._changed:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, done: Callable[[Calls], bool], timeout: float = 180) -> Calls:
        """Waits until done(all calls) holds; returns all calls. Fails after timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done(list(self._calls)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    methods = [c.method for c in self._calls][-20:]
                    raise AssertionError(f"expected calls never came; last: {methods}")
                self._changed.wait(remaining)
            return list(self._calls)


class FakeSlackApi(FakeApi):
    """The Slack Web API under ``{origin}/api/``.

    Attributes:
        refuse_images: answer ``invalid_blocks`` to messages with image accessories,
            as Slack does when it cannot fetch an image.
    """

    refuse_images = False

    @property
    def url(self) -> str:
        """The base URL to give slack_sdk (SLACK_API_URL)."""
        return f"{self.origin}/api/"

    def method_of(self, path: str) -> str:
        return path.split("?", 1)[0].rsplit("/", 1)[-1]

    def answer(self, call: ApiCall) -> Tuple[int, Dict[str, Any]]:
        if call.method != "chat.postMessage":
            return 200, {"ok": True}
        blocks = call.params.get("blocks") or []
        if self.refuse_images and any("accessory" in b for b in blocks):
            return 200, {"ok": False, "error": "invalid_blocks"}
        ts = f"{time.time():.6f}"
        return 200, {"ok": True, "channel": call.params.get("channel"), "ts": ts}

    def posts(self, channel: str) -> Calls:
        """chat.postMessage calls to one channel, in order."""
        return [
            c
            for c in self.calls("chat.postMessage")
            if c.params.get("channel") == channel
        ]

    def wait_for_post(
        self, channel: str, has: Callable[[ApiCall], bool], timeout: float = 180
    ) -> Calls:
        """Waits for a post to channel for which has(post) holds; returns its posts."""
        self.wait_for(lambda _: any(has(p) for p in self.posts(channel)), timeout)
        return self.posts(channel)


class FakeTelegramApi(FakeApi):
    """The Telegram Bot API (``{origin}/bot<token>/<method>``).

    Attributes:
        refuse_url_buttons: answer 400 BUTTON_URL_INVALID to keyboards with URL
            buttons, as Telegram does for URLs it will not link (e.g. localhost).
    """

    refuse_url_buttons = False

    def __init__(self) -> None:
        super().__init__()
        self._message_ids = iter(range(1, 10**9))

    @property
    def url(self) -> str:
        """The server to give aiogram (TELEGRAM_API_URL)."""
        return self.origin

    def method_of(self, path: str) -> str:
        return path.split("?", 1)[0].rsplit("/", 1)[-1]

    def answer(self, call: ApiCall) -> Tuple[int, Dict[str, Any]]:
        markup = call.params.get("reply_markup")
        if isinstance(markup, str):  # aiogram sends it as a JSON string form field
            call.params["reply_markup"] = markup = json.loads(markup)
        if call.method == "getMe":
            me = {"id": 1, "is_bot": True, "first_name": "Shop", "username": "shopbot"}
            return 200, {"ok": True, "result": me}
        if not call.method.startswith("send"):
            return 200, {"ok": True, "result": True}
        rows = (markup or {}).get("inline_keyboard") or []
        if self.refuse_url_buttons and any("url" in b for row in rows for b in row):
            bad = {"ok": False, "error_code": 400}
            return 400, {**bad, "description": "Bad Request: BUTTON_URL_INVALID"}
        chat = str(call.params.get("chat_id"))
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(chat) if chat.lstrip("-").isdigit() else chat},
            "text": call.params.get("text", ""),
        }
        message["chat"]["type"] = "private"
        return 200, {"ok": True, "result": message}

    def sent(self, chat_id: int) -> Calls:
        """send* calls to one chat, in order."""
        return [
            c
            for c in self.calls()
            if c.method.startswith("send") and c.params.get("chat_id") == str(chat_id)
        ]

    def wait_for_sent(
        self, chat_id: int, has: Callable[[ApiCall], bool], timeout: float = 180
    ) -> Calls:
        """Waits for a send* call to chat for which has(call) holds; returns them."""
        self.wait_for(lambda _: any(has(c) for c in self.sent(chat_id)), timeout)
        return self.sent(chat_id)
