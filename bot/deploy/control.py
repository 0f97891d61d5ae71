"""``shopbot deploy``: a profile in the foreground, detached, or stopped."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.exceptions import ShopbotError
from bot.settings import Settings


def _with_overrides(args: argparse.Namespace) -> Settings:
    """Settings from the env, the command-line flags taking the place of their
    variables (so they are validated the same way, and the databases default
    to the chosen profile's)."""
    env = dict(os.environ)
    flags = {
        "SHOPBOT_PROFILE": args.profile,
        "SHOPBOT_RASA_SERVERS": args.rasa,
        "SHOPBOT_ACTION_SERVERS": args.actions,
    }
    env.update({key: str(value) for key, value in flags.items() if value})
    return Settings.from_env(env)


def deploy(args: argparse.Namespace) -> None:
    """Runs, detaches or stops the profile the arguments and env select."""
    from bot.deploy.stack import Layout, Stack
    from bot.runner import serve

    settings = _with_overrides(args)
    run_dir = settings.var_dir / "deploy" / settings.deploy.profile
    pid_file, ready_file = run_dir / "deploy.pid", run_dir / "ready"
    if args.stop:
        stop_detached(pid_file)
        return
    if args.detach:
        detach(args, settings, run_dir, pid_file, ready_file)
        return
    layout = Layout.plan(settings, web_port=args.web_port or None)
    model = settings.home / "models" / "shopbot.tar.gz"
    serve(Stack(settings, model, run_dir, layout), ready_file=ready_file)


def detach(
    args: argparse.Namespace,
    settings: Settings,
    run_dir: Path,
    pid_file: Path,
    ready_file: Path,
) -> None:
    """Starts the same profile in the background; returns once it answers."""
    run_dir.mkdir(parents=True, exist_ok=True)
    ready_file.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "bot.cli", "deploy", "--profile"]
    argv += [settings.deploy.profile, "--rasa", str(settings.deploy.rasa_servers)]
    argv += ["--actions", str(settings.deploy.action_servers)]
    argv += ["--web-port", str(args.web_port)]
    log = run_dir / "deploy.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    pid_file.write_text(str(proc.pid))
    deadline = time.monotonic() + 900
    while not ready_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise ShopbotError(
                f"the {settings.deploy.profile} profile did not start; see {log}"
            )
        time.sleep(1)
    print(f"{settings.deploy.profile} profile running at {ready_file.read_text()}")
    print(f"stop it with: shopbot deploy --profile {settings.deploy.profile} --stop")


def stop_detached(pid_file: Path) -> None:
    """Stops a detached profile (SIGTERM; it stops its own children)."""
    if not pid_file.exists():
        print("no detached deployment of this profile is running")
        return
    pid = int(pid_file.read_text())
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.5)
    pid_file.unlink(missing_ok=True)
    print("stopped")
