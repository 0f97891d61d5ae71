"""A seeded sample of bench/fuzz.py's payloads against the real servers.

REST, socket.io, Slack (signed and forged), Telegram (with and without the secret)
and the HTTP API: no 5xx, every socket.io message acknowledged, no traceback or
exception text in any channel's reply (nor in what the bot posts to Slack /
Telegram; the HTTP API's 400s may quote an exception message, not a traceback; bad
bodies get a 400 from bot.deploy.api_guard, where Rasa alone answered 500), and
afterwards the server still answers /status and a normal conversation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Dict

import pytest
from fake_apis import FakeSlackApi, FakeTelegramApi
from run_async import run_coroutine

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.fuzz import check_health, run_cases, summarize  # noqa: E402
from bench.fuzz_cases import cases  # noqa: E402
from bench.fuzz_clients import Options  # noqa: E402
from bench.fuzz_stack import LEAK  # noqa: E402

pytestmark = pytest.mark.integration

SEED = 8
COUNT = 400  # payloads over all targets (bench/fuzz.py sends 10,000)


@pytest.fixture(scope="module")
def fuzzed(rasa_url: str, channel_env: Dict[str, str]) -> Dict[str, Dict]:
    """The summary table of one fuzzing run over every target."""
    options = Options(
        rasa_url,
        channel_env["SLACK_SIGNING_SECRET"],
        channel_env["TELEGRAM_SECRET_TOKEN"],
        concurrency=4,
        max_seconds=3600,  # pytest's own timeout ends a stuck run first
    )
    outcomes = run_coroutine(run_cases(cases(SEED, COUNT), options))
    return summarize(outcomes)


def test_every_target_was_fuzzed(fuzzed: Dict[str, Dict]) -> None:
    assert set(fuzzed) == {"all", "api", "rest", "slack", "socketio", "telegram"}
    assert fuzzed["all"]["payloads"] == COUNT


@pytest.mark.parametrize("target", ["rest", "slack", "socketio", "telegram"])
def test_channels_give_no_server_errors_timeouts_or_leaks(
    fuzzed: Dict[str, Dict], target: str
) -> None:
    row = fuzzed[target]
    problems = json.dumps(row["examples"], ensure_ascii=False)[:3000]
    assert row["5xx"] == 0, problems
    assert row["timeouts"] == 0, problems
    assert row["connection_errors"] == 0, problems
    assert row["leaky_replies"] == 0, problems


def test_http_api_gives_no_timeouts_or_tracebacks(fuzzed: Dict[str, Dict]) -> None:
    row = fuzzed["api"]
    problems = json.dumps(row["examples"], ensure_ascii=False)[:3000]
    assert row["timeouts"] == 0 and row["connection_errors"] == 0, problems
    assert row["tracebacks"] == 0, problems  # its 400s quote exception messages


def test_http_api_gives_no_server_errors(fuzzed: Dict[str, Dict]) -> None:
    assert fuzzed["api"]["5xx"] == 0, fuzzed["api"]["labels_5xx"]


def test_bot_posts_to_slack_and_telegram_leak_nothing(
    fuzzed: Dict[str, Dict], fake_slack: FakeSlackApi, fake_telegram: FakeTelegramApi
) -> None:
    posts = fake_slack.calls() + fake_telegram.calls()
    leaks = [c.params for c in posts if LEAK.search(json.dumps(c.params, default=str))]
    assert leaks == []


def test_server_is_alive_and_still_converses(
    fuzzed: Dict[str, Dict], rasa_url: str, channel_env: Dict[str, str]
) -> None:
    options = Options(rasa_url, "", "")
    health = run_coroutine(check_health(options))
    assert health.status_ok and health.conversation_ok, health.conversation_reply
