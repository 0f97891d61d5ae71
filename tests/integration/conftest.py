"""Real servers for the integration tests.

The action server and a Rasa server with the trained model, on free loopback ports,
against the prepared demo database and indexes. The Rasa server's Slack and Telegram
channels talk to fake Web / Bot API servers on loopback (fake_apis.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Callable, Dict, Iterator, List, NamedTuple

import pytest
import requests
from fake_apis import FakeSlackApi, FakeTelegramApi

from bot.runner import Processes, child_env, free_port, wait_for, write_endpoints
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "shopbot.tar.gz"

# Test credentials of the Slack and Telegram channels (fake APIs only).
SLACK_TOKEN = "xoxb-test-token"
SLACK_SECRET = "test-slack-signing-secret"
TELEGRAM_TOKEN = "123456789:TEST-token_for-the-fake-bot-api"
TELEGRAM_SECRET = "test-telegram-secret_123"
TELEGRAM_WEBHOOK = "https://shop.example/webhooks/telegram/webhook"


def _require(path: Path, how: str) -> None:
    if not path.exists():
        message = f"{path} is missing: {how}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env({**os.environ, "SHOPBOT_HOME": str(ROOT)})


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlackApi]:
    """A fake Slack Web API on loopback, recording the bot's posts."""
    api = FakeSlackApi().start()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def fake_telegram() -> Iterator[FakeTelegramApi]:
    """A fake Telegram Bot API on loopback, recording the bot's calls."""
    api = FakeTelegramApi().start()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def channel_env(
    fake_slack: FakeSlackApi, fake_telegram: FakeTelegramApi
) -> Dict[str, str]:
    """Env of the Rasa server: Slack and Telegram configured against the fakes."""
    return {
        "SLACK_BOT_TOKEN": SLACK_TOKEN,
        "SLACK_SIGNING_SECRET": SLACK_SECRET,
        "SLACK_API_URL": fake_slack.url,
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK,
        "TELEGRAM_API_URL": fake_telegram.url,
        "SHOPBOT_PUBLIC_URL": "http://localhost:8080",
    }


@pytest.fixture(scope="session")
def rasa_url(
    settings: Settings, tmp_path_factory, channel_env: Dict[str, str]
) -> Iterator[str]:
    """Base URL of a Rasa server whose actions run on a real action server."""
    _require(MODEL, "run `make train` first")
    _require(settings.index_dir / "faq", "run `make index` first")
    tmp = tmp_path_factory.mktemp("servers")
    procs = Processes(settings, log_dir=tmp / "logs", extra_env=channel_env)
    action_port, rasa_port = free_port(), free_port()
    endpoints = write_endpoints(tmp / "endpoints.yml", action_port, tmp / "tracker.db")
    try:
        procs.start_actions(action_port)
        procs.start_rasa(rasa_port, MODEL, endpoints)
        yield f"http://127.0.0.1:{rasa_port}"
    except Exception:
        for log in sorted((tmp / "logs").glob("*.log")):
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}")
        raise
    finally:
        procs.stop()


Chat = Callable[[str], List[Dict]]


@pytest.fixture
def chat(rasa_url: str) -> Chat:
    """Sends messages as one new shopper; returns the bot's replies to each."""
    sender = f"test-{uuid.uuid4().hex[:8]}"

    def send(text: str) -> List[Dict]:
        response = requests.post(
            f"{rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=120,
        )
        assert response.status_code == 200, response.text
        return response.json()

    return send


class InertServer(NamedTuple):
    """A Rasa server without channel credentials, its log, fakes it must not call."""

    url: str
    log: Path
    slack: FakeSlackApi
    telegram: FakeTelegramApi


@pytest.fixture(scope="session")
def inert_rasa(settings: Settings, tmp_path_factory) -> Iterator[InertServer]:
    """`rasa run` with our credentials.yml and no Slack/Telegram env (no model).

    Only the API URLs point at fakes of its own, so any call they receive is a leak.
    """
    fake_slack, fake_telegram = FakeSlackApi().start(), FakeTelegramApi().start()
    tmp = tmp_path_factory.mktemp("inert")
    (tmp / "models").mkdir()
    unset = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "TELEGRAM_BOT_TOKEN")
    unset += ("TELEGRAM_SECRET_TOKEN", "TELEGRAM_WEBHOOK_URL")
    env = {**child_env(settings), **{name: "" for name in unset}}
    env.update(SLACK_API_URL=fake_slack.url, TELEGRAM_API_URL=fake_telegram.url)
    port = free_port()
    endpoints = write_endpoints(tmp / "endpoints.yml", free_port(), tmp / "tracker.db")
    args = [str(Path(sys.executable).with_name("rasa")), "run", "--enable-api"]
    args += ["--port", str(port), "--model", str(tmp / "models")]
    args += ["--credentials", str(ROOT / "credentials.yml")]
    args += ["--endpoints", str(endpoints)]
    log = tmp / "rasa.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/webhooks/slack/", 300, proc)
        yield InertServer(f"http://127.0.0.1:{port}", log, fake_slack, fake_telegram)
    finally:
        fake_slack.stop()
        fake_telegram.stop()
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
