"""Starts and stops the demo's processes: action server, Rasa server, web page."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List

from bot.exceptions import ShopbotError
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.deploy.stack import Stack


def free_port() -> int:
    """A TCP port on loopback that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(settings: Settings) -> Dict[str, str]:
    """Environment of child processes: offline models, one thread per process."""
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        USE_TF="0",
        OMP_NUM_THREADS="1",
        TF_INTRA_OP_PARALLELISM_THREADS="1",
        TF_INTER_OP_PARALLELISM_THREADS="1",
        TF_CPP_MIN_LOG_LEVEL="2",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        # no telemetry or error reports to Rasa's servers: they can carry user data
        RASA_TELEMETRY_ENABLED="false",
        # Sanic (Rasa, rasa-sdk) keeps idle connections longer than its clients do
        # (aiohttp 15 s, nginx 4 s), so a client never reuses one being closed
        # ("Cannot write to closing transport" between Rasa and the actions)
        SANIC_KEEP_ALIVE_TIMEOUT="75",
        SHOPBOT_HOME=str(settings.home),
        SHOPBOT_VAR_DIR=str(settings.var_dir),
        DATABASE_URL=settings.database_url,
    )
    return env


def write_endpoints(path: Path, action_port: int, tracker_db: Path) -> Path:
    """An endpoints.yml pointing at this action server and an SQLite tracker store."""
    from bot.deploy.endpoints import sqlite_tracker_store
    from bot.deploy.endpoints import write_endpoints as write

    action_url = f"http://127.0.0.1:{action_port}/webhook"
    return write(path, action_url, sqlite_tracker_store(tracker_db))


def wait_for(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    """Polls url until it answers 200; raises when the time runs out or proc dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ShopbotError(f"process for {url} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise ShopbotError(f"{url} did not come up within {timeout:.0f} s")


class Processes:
    """The demo's child processes; stops them all (SIGTERM, then SIGKILL) on exit."""

    def __init__(
        self,
        settings: Settings,
        log_dir: Path | None = None,
        extra_env: Dict[str, str] | None = None,
    ) -> None:
        self.settings = settings
        # extra_env: e.g. the channels' SLACK_* / TELEGRAM_* variables in tests
        self.env = {**child_env(settings), **(extra_env or {})}
        self.log_dir = log_dir
        self.children: List[subprocess.Popen] = []

    @property
    def logging_config(self) -> Path:
        """Logging config of our servers: personal data masked (bot.privacy)."""
        return self.settings.home / "bot" / "privacy" / "logging.yml"

    def _start(self, name: str, args: List[str]) -> subprocess.Popen:
        out = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115
        try:
            proc = subprocess.Popen(
                args,
                cwd=self.settings.home,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT if out else None,
                start_new_session=True,
            )
        finally:
            if out is not None:
                out.close()  # the child holds its own copy of the descriptor
        self.children.append(proc)
        return proc

    def spawn_actions(self, port: int, name: str = "actions") -> subprocess.Popen:
        """Starts the rasa-sdk action server on port (not waiting for it)."""
        args = [sys.executable, "-m", "rasa_sdk", "--actions", "actions"]
        # rasa-sdk 3.6 spells this flag with an underscore
        args += ["--logging-config_file", str(self.logging_config)]
        return self._start(name, args + ["--port", str(port)])

    def start_actions(self, port: int, name: str = "actions") -> subprocess.Popen:
        """The rasa-sdk action server on port, once it answers."""
        proc = self.spawn_actions(port, name)
        wait_for(f"http://127.0.0.1:{port}/health", 120, proc)
        return proc

    def spawn_rasa(
        self, port: int, model: Path, endpoints: Path, name: str = "rasa"
    ) -> subprocess.Popen:
        """Starts a Rasa server (channels, HTTP API) on loopback (not waiting).

        The HTTP API asks for SHOPBOT_RASA_TOKEN when that is set (bot.deploy.rasa_run
        passes it without showing it in the process list).
        """
        args = [sys.executable, "-m", "bot.deploy.rasa_run", "run", "--enable-api"]
        args += ["--cors", "*", "--interface", "127.0.0.1", "--port", str(port)]
        args += ["--model", str(model), "--endpoints", str(endpoints)]
        args += ["--credentials", str(self.settings.home / "credentials.yml")]
        args += ["--logging-config-file", str(self.logging_config)]
        return self._start(name, args)

    def start_rasa(
        self, port: int, model: Path, endpoints: Path, name: str = "rasa"
    ) -> subprocess.Popen:
        """A Rasa server on port, once its model is loaded."""
        proc = self.spawn_rasa(port, model, endpoints, name)
        # "/" needs no API token; Rasa listens only once the model is loaded
        wait_for(f"http://127.0.0.1:{port}/", 300, proc)
        return proc

    def spawn(self, name: str, args: List[str]) -> subprocess.Popen:
        """Starts any other child (nginx) with the same environment and log."""
        return self._start(name, args)

    def start_web(self, port: int, rasa_port: int) -> subprocess.Popen:
        """The storefront on port; its chat widget talks to the Rasa server."""
        args = [sys.executable, "-m", "bot.web.server", "--port", str(port)]
        args += ["--rasa-url", f"http://localhost:{rasa_port}"]
        proc = self._start("web", args + ["--database-url", self.settings.database_url])
        # /healthz needs no database: a shop DB outage shows as a 503 page, not here
        wait_for(f"http://127.0.0.1:{port}/healthz", 30, proc)
        return proc

    def stop(self) -> None:
        """Stops every child: SIGTERM to its process group, SIGKILL after 10 s."""
        for proc in self.children:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in self.children:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.children.clear()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(stack: Stack, ready_file: Path | None = None) -> None:
    """Starts a deployment (bot.deploy.stack.Stack), serves until Ctrl-C or SIGTERM.

    Args:
        stack: the Stack to run.
        ready_file: written with the public URL once everything answers
            (``shopbot deploy --detach`` waits for it).
    """
    # explicit handlers: a shell that starts us in the background ignores SIGINT
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        print(f"starting the {stack.settings.deploy.profile} profile …", flush=True)
        stack.start()
        layout = stack.layout
        if layout.web_port:
            print(f"\n  demo shop:  http://localhost:{layout.web_port}")
        print(f"  Rasa REST:  http://localhost:{layout.port}/webhooks/rest/webhook")
        print(f"  actions:    http://localhost:{layout.action_port}/webhook")
        print(f"  logs:       {stack.run_dir / 'logs'}\n  Ctrl-C stops everything.")
        if ready_file is not None:
            ready_file.write_text(stack.url)
        while stack.alive():
            time.sleep(1)
        print("a child process exited; stopping", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nstopping …")
    finally:
        stack.stop()
        if ready_file is not None:
            ready_file.unlink(missing_ok=True)
