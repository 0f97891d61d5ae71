"""Real servers for the integration tests.

The action server and a Rasa server with the trained model, on free loopback ports,
against the prepared demo database and indexes.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import pytest
import requests

from bot.runner import Processes, free_port, write_endpoints
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "shopbot.tar.gz"


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
def rasa_url(settings: Settings, tmp_path_factory) -> Iterator[str]:
    """Base URL of a Rasa server whose actions run on a real action server."""
    _require(MODEL, "run `make train` first")
    _require(settings.index_dir / "faq", "run `make index` first")
    tmp = tmp_path_factory.mktemp("servers")
    procs = Processes(settings, log_dir=tmp / "logs")
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
