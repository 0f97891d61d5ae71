"""Starts and stops a profile's processes on one machine.

embedded: one action server, one Rasa server (SQLite tracker store, in-memory lock
store). scaled: M action servers and N Rasa servers behind nginx, trackers in
PostgreSQL, conversations locked in Redis, the shop database in PostgreSQL.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from bot.deploy.database import ensure_postgres_database, prepare_shop_database
from bot.deploy.endpoints import (
    postgres_tracker_store,
    redis_lock_store,
    sqlite_tracker_store,
    write_endpoints,
)
from bot.deploy.nginx import FAIL_TIMEOUT_S, nginx_binary, write_nginx_config
from bot.exceptions import ShopbotError
from bot.runner import Processes, free_port, wait_for
from bot.settings import Settings

RASA_BASE_PORT = 5101
ACTION_BASE_PORT = 5201


@dataclass
class Layout:
    """Ports of one deployment on loopback."""

    port: int  # public Rasa API and channels (nginx when scaled)
    action_port: int  # the action endpoint Rasa calls (nginx when scaled)
    rasa_ports: List[int] = field(default_factory=list)
    action_ports: List[int] = field(default_factory=list)
    web_port: Optional[int] = None

    @classmethod
    def plan(
        cls,
        settings: Settings,
        free: bool = False,
        web_port: Optional[int] = None,
    ) -> Layout:
        """The layout of settings.deploy; free=True takes free ports (tests)."""
        deploy = settings.deploy
        if deploy.profile == "embedded":
            port = free_port() if free else deploy.port
            action_port = free_port() if free else deploy.action_port
            return cls(port, action_port, [port], [action_port], web_port)
        rasa = range(deploy.rasa_servers)
        actions = range(deploy.action_servers)
        if free:
            return cls(
                free_port(),
                free_port(),
                [free_port() for _ in rasa],
                [free_port() for _ in actions],
                web_port,
            )
        return cls(
            deploy.port,
            deploy.action_port,
            [RASA_BASE_PORT + i for i in rasa],
            [ACTION_BASE_PORT + i for i in actions],
            web_port,
        )


class Stack:
    """One running deployment: its processes, ports and files.

    Args:
        settings: the settings; ``settings.deploy`` picks the profile.
        model: the trained Rasa model.
        run_dir: endpoints.yml, nginx.conf, logs, the SQLite tracker store.
        layout: the ports (Layout.plan).
        extra_env: more environment for every child (channel credentials).
    """

    def __init__(
        self,
        settings: Settings,
        model: Path,
        run_dir: Path,
        layout: Layout,
        extra_env: Optional[Dict[str, str]] = None,
    ) -> None:
        self.settings = settings
        self.model = model
        self.run_dir = run_dir
        self.layout = layout
        env = {"SHOPBOT_PROFILE": settings.deploy.profile, **(extra_env or {})}
        if not settings.deploy.rasa_token and not self.scaled:
            # the HTTP API can write any slot (even the verified customer): never
            # open, not even on loopback; the operator finds the token in run_dir
            env["SHOPBOT_RASA_TOKEN"] = _new_token(run_dir / "api-token")
        self.procs = Processes(settings, log_dir=run_dir / "logs", extra_env=env)
        self.rasa: List[subprocess.Popen] = []
        self.actions: List[subprocess.Popen] = []
        self.endpoints = run_dir / "endpoints.yml"

    @property
    def scaled(self) -> bool:
        return self.settings.deploy.profile == "scaled"

    @property
    def url(self) -> str:
        """Base URL of the Rasa API and channels."""
        return f"http://127.0.0.1:{self.layout.port}"

    def start(self) -> Stack:
        """Prepares the stores, starts every process and waits until all answer."""
        if not self.model.exists():
            raise ShopbotError(f"No trained model at {self.model}; run `make train`.")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        if self.scaled:
            self._check_scaled()
        # migrations of an update apply here; an empty database gets the demo shop
        prepare_shop_database(self.settings.database_url, self.settings.data_dir)
        self._write_endpoints()
        for i, port in enumerate(self.layout.action_ports):
            self.actions.append(self.procs.spawn_actions(port, f"actions-{i + 1}"))
        for i, port in enumerate(self.layout.rasa_ports):
            self.rasa.append(
                self.procs.spawn_rasa(port, self.model, self.endpoints, f"rasa-{i + 1}")
            )
        for port, proc in zip(self.layout.action_ports, self.actions, strict=True):
            wait_for(f"http://127.0.0.1:{port}/health", 180, proc)
        for port, proc in zip(self.layout.rasa_ports, self.rasa, strict=True):
            wait_for(f"http://127.0.0.1:{port}/", 600, proc)
        if self.scaled:
            conf = write_nginx_config(
                self.run_dir,
                port=self.layout.port,
                action_port=self.layout.action_port,
                rasa_servers=[f"127.0.0.1:{p}" for p in self.layout.rasa_ports],
                action_servers=[f"127.0.0.1:{p}" for p in self.layout.action_ports],
            )
            nginx = self.procs.spawn("nginx", [nginx_binary(), "-c", str(conf)])
            wait_for(f"{self.url}/", 30, nginx)
        if self.layout.web_port:
            self.procs.start_web(self.layout.web_port, self.layout.port)
        return self

    def _write_endpoints(self) -> None:
        action_url = f"http://127.0.0.1:{self.layout.action_port}/webhook"
        if not self.scaled:
            store = sqlite_tracker_store(self.run_dir / "tracker.db")
            write_endpoints(self.endpoints, action_url, store)
            return
        deploy = self.settings.deploy
        ensure_postgres_database(deploy.tracker_url)
        spool = self.settings.var_dir / "spool" / "events.db"
        write_endpoints(
            self.endpoints,
            action_url,
            postgres_tracker_store(deploy.tracker_url, spool),
            redis_lock_store(deploy.redis_url),
        )

    def _check_scaled(self) -> None:
        if not self.settings.deploy.rasa_token:
            raise ShopbotError(
                "the scaled profile protects the Rasa HTTP API: set SHOPBOT_RASA_TOKEN "
                "(e.g. `export SHOPBOT_RASA_TOKEN=$(openssl rand -hex 24)`)"
            )
        nginx_binary()  # says how to install it when missing
        _check_redis(self.settings.deploy.redis_url)

    def kill_action_server(self, index: int) -> None:
        """SIGKILLs one action server (fault tests)."""
        _kill(self.actions[index], signal.SIGKILL)

    def restart_action_server(self, index: int) -> None:
        """Starts action server index again on its port."""
        port = self.layout.action_ports[index]
        proc = self.procs.spawn_actions(port, f"actions-{index + 1}")
        self.actions[index] = proc
        wait_for(f"http://127.0.0.1:{port}/health", 180, proc)
        if self.scaled:  # nginx skips a server that failed until its fail_timeout
            time.sleep(FAIL_TIMEOUT_S + 1)

    def restart_rasa_server(self, index: int) -> None:
        """Stops Rasa server index (SIGTERM) and starts it again on its port."""
        _kill(self.rasa[index], signal.SIGTERM)
        port = self.layout.rasa_ports[index]
        proc = self.procs.spawn_rasa(
            port, self.model, self.endpoints, f"rasa-{index + 1}"
        )
        self.rasa[index] = proc
        wait_for(f"http://127.0.0.1:{port}/", 600, proc)

    def alive(self) -> bool:
        """True while every child runs."""
        return all(p.poll() is None for p in self.procs.children)

    def stop(self) -> None:
        """Stops every process of the stack."""
        self.procs.stop()


def _new_token(path: Path) -> str:
    """A random API token, written to path (mode 600) for the operator."""
    token = secrets.token_hex(24)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(token + "\n")
    return token


def _kill(proc: subprocess.Popen, sig: int) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def _check_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as e:
        raise ShopbotError(
            f"cannot reach Redis for the lock store ({type(e).__name__}); start it "
            "or set SHOPBOT_REDIS_URL"
        ) from e
