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
from typing import Dict, List

from bot.exceptions import ShopbotError
from bot.settings import Settings


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
        SHOPBOT_HOME=str(settings.home),
        SHOPBOT_VAR_DIR=str(settings.var_dir),
        DATABASE_URL=settings.database_url,
    )
    return env


def write_endpoints(path: Path, action_port: int, tracker_db: Path) -> Path:
    """An endpoints.yml pointing at this action server and an SQLite tracker store."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "action_endpoint:\n"
        f'  url: "http://127.0.0.1:{action_port}/webhook"\n'
        "tracker_store:\n"
        "  type: SQL\n"
        '  dialect: "sqlite"\n'
        f'  db: "{tracker_db}"\n'
    )
    return path


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

    def start_actions(self, port: int) -> subprocess.Popen:
        """The rasa-sdk action server on port."""
        args = [sys.executable, "-m", "rasa_sdk", "--actions", "actions"]
        proc = self._start("actions", args + ["--port", str(port)])
        wait_for(f"http://127.0.0.1:{port}/health", 120, proc)
        return proc

    def start_rasa(self, port: int, model: Path, endpoints: Path) -> subprocess.Popen:
        """The Rasa server (REST + socket.io channels, HTTP API) on port."""
        rasa = str(Path(sys.executable).with_name("rasa"))
        args = [rasa, "run", "--enable-api", "--cors", "*", "--port", str(port)]
        args += ["--model", str(model), "--endpoints", str(endpoints)]
        args += ["--credentials", str(self.settings.home / "credentials.yml")]
        proc = self._start("rasa", args)
        wait_for(f"http://127.0.0.1:{port}/status", 300, proc)
        return proc

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


def run_demo(settings: Settings, web_port: int = 8080) -> None:
    """Serves the demo shop until Ctrl-C (or SIGTERM), then stops all children."""
    # explicit handlers: a shell that starts us in the background ignores SIGINT
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    model = settings.home / "models" / "shopbot.tar.gz"
    if not model.exists():
        raise ShopbotError(f"No trained model at {model}; run `make train` first.")
    procs = Processes(settings, log_dir=settings.var_dir / "logs")
    endpoints = write_endpoints(
        settings.var_dir / "endpoints.yml", 5055, settings.var_dir / "tracker.db"
    )
    try:
        print("starting the action server …", flush=True)
        procs.start_actions(5055)
        print("starting the Rasa server (loading the model) …", flush=True)
        procs.start_rasa(5005, model, endpoints)
        procs.start_web(web_port, 5005)
        print(f"\n  demo shop:  http://localhost:{web_port}")
        print("  Rasa REST:  http://localhost:5005/webhooks/rest/webhook")
        print("  actions:    http://localhost:5055/health")
        print(f"  logs:       {settings.var_dir / 'logs'}\n  Ctrl-C stops everything.")
        while all(p.poll() is None for p in procs.children):
            time.sleep(1)
        print("a child process exited; stopping", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nstopping …")
    finally:
        procs.stop()
