"""The stack bench/fuzz.py starts with --start, and what it finds in its logs.

An action server and a Rasa server on free loopback ports, set up as
tests/integration/conftest.py does, with the Slack and Telegram channels pointed at
the fake APIs of tests/integration/fake_apis.py.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Dict

ROOT = Path(__file__).resolve().parents[1]
# Replies must not show our internals: a traceback, "Error: ..." or an exception
# name (TRACEBACK is the worse kind: code paths and lines).
LEAK = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|\bError: "
    r"|\b[A-Z][A-Za-z]*(?:Error|Exception)\b"
)
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+")


def traceback_summary(log: Path) -> Counter:
    """The exception line of each traceback in a server log, counted."""
    found: Counter = Counter()
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    for number, line in enumerate(lines):
        if "Traceback (most recent call last)" not in line:
            continue
        for after in lines[number + 1 : number + 200]:
            if after and not after.startswith((" ", "Traceback", "During", "The ")):
                found[after[:160]] += 1
                break
    return found


class Stack:
    """Fake Slack/Telegram APIs, an action server and a Rasa server (as the tests)."""

    SLACK_SECRET = "fuzz-slack-signing-secret"
    TELEGRAM_SECRET = "fuzz-telegram-secret_123"

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "tests" / "integration"))
        from fake_apis import FakeSlackApi, FakeTelegramApi

        from bot.runner import Processes, free_port, write_endpoints
        from bot.settings import Settings

        self.tmp = Path(tempfile.mkdtemp(prefix="shopbot-fuzz-"))
        self.slack, self.telegram = FakeSlackApi().start(), FakeTelegramApi().start()
        env = {
            "SLACK_BOT_TOKEN": "xoxb-fuzz-token",
            "SLACK_SIGNING_SECRET": self.SLACK_SECRET,
            "SLACK_API_URL": self.slack.url,
            "TELEGRAM_BOT_TOKEN": "123456789:FUZZ-token_for-the-fake-bot-api",
            "TELEGRAM_SECRET_TOKEN": self.TELEGRAM_SECRET,
            "TELEGRAM_WEBHOOK_URL": "https://shop.example/webhooks/telegram/webhook",
            "TELEGRAM_API_URL": self.telegram.url,
            "SHOPBOT_PUBLIC_URL": "http://localhost:8080",
        }
        settings = Settings.from_env({**os.environ, "SHOPBOT_HOME": str(ROOT)})
        self.procs = Processes(settings, log_dir=self.tmp / "logs", extra_env=env)
        self.ports = (free_port(), free_port())
        self.endpoints = write_endpoints(
            self.tmp / "endpoints.yml", self.ports[0], self.tmp / "tracker.db"
        )

    def start(self, model: Path) -> str:
        """Starts both servers; returns the Rasa server's base URL."""
        self.procs.start_actions(self.ports[0])
        self.procs.start_rasa(self.ports[1], model, self.endpoints)
        return f"http://127.0.0.1:{self.ports[1]}"

    def fake_api_leaks(self) -> int:
        """Posts to the fake Slack / Telegram APIs that hold traceback text."""
        calls = self.slack.calls() + self.telegram.calls()
        return sum(1 for c in calls if LEAK.search(json.dumps(c.params, default=str)))

    def log_tracebacks(self) -> Dict[str, Counter]:
        """Traceback exception lines per server log."""
        logs = sorted((self.tmp / "logs").glob("*.log"))
        return {log.stem: traceback_summary(log) for log in logs}

    def stop(self) -> None:
        """Stops the servers and the fakes (logs stay in self.tmp)."""
        self.procs.stop()
        self.slack.stop()
        self.telegram.stop()
