"""Fuzzing benchmark: N generated payloads against every channel and the HTTP API.

Sends the cases of bench/fuzz_cases.py (REST webhook, socket.io, Slack and Telegram
webhooks — signed/forged, with/without the secret — and /model/parse,
/conversations/<id>/tracker/events) to a running stack with bounded concurrency,
then checks the server is still alive and a normal conversation still works.
Reports per target: payloads, status histogram, 5xx, connection errors, timeouts,
replies holding traceback / exception text, max latency. Prints a table and writes
bench/results/fuzz.json. Target: 0 5xx, no crash, no traceback in a reply.

    python bench/fuzz.py --start [--count 10000] [--seed 0]   # own servers
    python bench/fuzz.py --url http://127.0.0.1:5005 --slack-secret ... \\
        --telegram-secret ... [--token ...]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fuzz_cases import Case, cases  # noqa: E402
from bench.fuzz_clients import Options, Outcome, SocketClient, send_http  # noqa: E402
from bench.fuzz_stack import TRACEBACK, Stack  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "fuzz.json"
MAX_EXAMPLES = 10


async def run_cases(all_cases: List[Case], options: Options) -> List[Outcome]:
    """Sends every case with ``concurrency`` workers; stops after max_seconds."""
    queue: asyncio.Queue = asyncio.Queue()
    for case in all_cases:
        queue.put_nowait(case)
    outcomes: List[Outcome] = []
    deadline = time.monotonic() + options.max_seconds
    timeout = aiohttp.ClientTimeout(total=options.timeout)

    async def worker(http: aiohttp.ClientSession) -> None:
        client = SocketClient(options)
        while not queue.empty() and time.monotonic() < deadline:
            case = queue.get_nowait()
            try:
                if case.target == "socketio":
                    outcomes.extend(await client.send(case))
                else:
                    outcomes.extend(await send_http(http, case, options))
            except Exception as e:  # noqa: BLE001 - a client bug must not stop the run
                reply = f"client error {type(e).__name__}: {e}"
                outcomes.append(Outcome(case.target, case.label, 0, 0.0, "", reply))
                client = SocketClient(options)
        if client.sio.connected:
            await client.sio.disconnect()

    async with aiohttp.ClientSession(timeout=timeout) as http:
        await asyncio.gather(*(worker(http) for _ in range(options.concurrency)))
    return outcomes


def summarize(outcomes: List[Outcome]) -> Dict[str, Dict[str, Any]]:
    """Per target (and "all"): counts, status histogram, 5xx, leaks, latencies."""
    groups: Dict[str, List[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.target].append(outcome)
        groups["all"].append(outcome)
    table = {}
    for target, group in sorted(groups.items()):
        statuses = Counter(o.status for o in group)
        bad = [o for o in group if o.status >= 500 or o.leak or o.status == -1]
        table[target] = {
            "payloads": len(group),
            "statuses": {str(k): v for k, v in sorted(statuses.items())},
            "5xx": sum(v for k, v in statuses.items() if k >= 500),
            "connection_errors": statuses.get(0, 0),
            "timeouts": statuses.get(-1, 0),
            "leaky_replies": sum(1 for o in group if o.leak),
            "tracebacks": sum(1 for o in group if TRACEBACK.search(o.leak)),
            "max_latency_s": round(max(o.seconds for o in group), 3),
            "labels_5xx": dict(Counter(o.label for o in group if o.status >= 500)),
            "examples": [
                {**asdict(o), "reply": o.reply[:300]} for o in bad[:MAX_EXAMPLES]
            ],
        }
    return table


@dataclass
class Health:
    """The stack after the run."""

    status_ok: bool = False
    conversation_ok: bool = False
    conversation_reply: str = ""
    log_tracebacks: Dict[str, int] = field(default_factory=dict)
    fake_api_leaks: int = 0


async def check_health(options: Options) -> Health:
    """GET /status, then a normal REST conversation must still get a reply."""
    health = Health()
    timeout = aiohttp.ClientTimeout(total=options.timeout)
    token = f"?token={options.token}" if options.token else ""
    async with aiohttp.ClientSession(timeout=timeout) as http:
        try:
            async with http.get(f"{options.url}/status{token}") as response:
                health.status_ok = response.status == 200
            body = {"sender": f"fuzz-health-{time.time_ns()}", "message": "hi"}
            url = f"{options.url}/webhooks/rest/webhook"
            async with http.post(url, json=body) as response:
                replies = await response.json() if response.status == 200 else []
            health.conversation_reply = json.dumps(replies, ensure_ascii=False)[:300]
            health.conversation_ok = any(r.get("text") for r in replies)
        except (aiohttp.ClientError, asyncio.TimeoutError) as e:
            health.conversation_reply = f"{type(e).__name__}: {e}"
    return health


def print_table(
    table: Dict[str, Dict[str, Any]], health: Health, seconds: float
) -> None:
    """The summary table and the health check."""
    head = f"{'target':<10}{'payloads':>9}{'5xx':>6}{'conn':>6}{'t/o':>6}"
    print(head + f"{'tb':>5}{'leaks':>7}{'max s':>8}  statuses")
    for target, row in table.items():
        statuses = " ".join(f"{k}:{v}" for k, v in row["statuses"].items())
        print(
            f"{target:<10}{row['payloads']:>9}{row['5xx']:>6}"
            f"{row['connection_errors']:>6}{row['timeouts']:>6}{row['tracebacks']:>5}"
            f"{row['leaky_replies']:>7}{row['max_latency_s']:>8.2f}  {statuses}"
        )
    print(f"wall time {seconds:.0f} s; /status ok: {health.status_ok}; ", end="")
    print(f"normal conversation ok: {health.conversation_ok}")
    if health.log_tracebacks:
        print(f"tracebacks in server logs: {health.log_tracebacks}")
    if health.fake_api_leaks:
        print(f"Slack/Telegram posts with traceback text: {health.fake_api_leaks}")


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--start", action="store_true", help="start our own stack")
    where.add_argument("--url", help="base URL of a running Rasa server")
    parser.add_argument(
        "--model", type=Path, default=ROOT / "models" / "shopbot.tar.gz"
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=120.0, help="per request")
    parser.add_argument("--max-seconds", type=float, default=3000.0)
    parser.add_argument("--targets", nargs="*", help="rest socketio slack telegram api")
    parser.add_argument(
        "--slack-secret", default=os.environ.get("SLACK_SIGNING_SECRET", "")
    )
    parser.add_argument(
        "--telegram-secret", default=os.environ.get("TELEGRAM_SECRET_TOKEN", "")
    )
    parser.add_argument("--token", default="", help="Rasa HTTP API token, if set")
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> Dict[str, Any]:
    """Fuzzes (starting a stack with --start), checks health, writes the JSON."""
    stack = Stack() if args.start else None
    try:
        url = stack.start(args.model) if stack else args.url.rstrip("/")
        options = Options(
            url,
            stack.SLACK_SECRET if stack else args.slack_secret,
            stack.TELEGRAM_SECRET if stack else args.telegram_secret,
            args.token,
            args.concurrency,
            args.timeout,
            args.max_seconds,
        )
        started = time.monotonic()
        all_cases = cases(args.seed, args.count, args.targets)
        outcomes = asyncio.run(run_cases(all_cases, options))
        seconds = time.monotonic() - started
        health = asyncio.run(check_health(options))
        if stack:
            logs = stack.log_tracebacks()
            health.log_tracebacks = {k: sum(v.values()) for k, v in logs.items()}
            health.fake_api_leaks = stack.fake_api_leaks()
    finally:
        if stack:
            stack.stop()
    table = summarize(outcomes)
    print_table(table, health, seconds)
    result = {
        "seed": args.seed,
        "count": args.count,
        "sent": len(outcomes),
        "concurrency": args.concurrency,
        "wall_seconds": round(seconds, 1),
        "targets": table,
        "health": asdict(health),
        "log_traceback_lines": {k: dict(v) for k, v in logs.items()} if stack else {},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return result


def failed(result: Dict[str, Any]) -> bool:
    """Any 5xx, timeout or traceback; exception text in a channel's reply (the
    HTTP API's 400s quote Rasa's exception messages: reported, not failed);
    /status or a normal conversation not working afterwards."""
    targets, health = result["targets"], result["health"]
    total = targets.get("all", {})
    bad = total.get("5xx", 1) or total.get("timeouts", 1) or total.get("tracebacks", 1)
    channels = [row for name, row in targets.items() if name not in ("all", "api")]
    bad = bad or any(row["leaky_replies"] for row in channels)
    return bool(bad or not (health["status_ok"] and health["conversation_ok"]))


def main() -> None:
    """Exit status 1 when the run failed (see ``failed``)."""
    sys.exit(1 if failed(run(parse_args())) else 0)


if __name__ == "__main__":
    main()
