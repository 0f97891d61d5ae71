"""Load benchmark: concurrent shoppers holding scripted conversations, then an audit.

For each profile (embedded: 1 Rasa + 1 action server on SQLite; scaled: N Rasa + M
action servers behind nginx on PostgreSQL + Redis; diet: the embedded profile with a
stock DIET model trained from config-diet.yml) it starts the stack on loopback,
warms it up, lets C shoppers each send T turns over REST (a scripted multi-turn
conversation: order status with identity proof, FAQ, product search, context
questions; half in English, half in Chinese), and reports turns/s, latency
p50/p95/p99, errors (non-200, no reply, or an apology) and the CPU time per turn of
each role (Rasa, actions, PostgreSQL, Redis, nginx, this load generator, the whole
machine: where a profile's time goes and whether cores were left idle). Then it
reads every conversation back from the tracker store and checks that each is
complete and in order: no lost, duplicated, reordered or interleaved turns, and the
stored bot messages of each turn are the ones the shopper received
(bot.deploy.audit).

Prints a table and writes bench/results/load.json.

    python bench/load.py [--shoppers 50] [--turns 20] [--profiles embedded scaled diet]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
    ("SQLALCHEMY_SILENCE_UBER_WARNING", "1"),
):
    os.environ.setdefault(_var, _value)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from bench.cpu_account import CpuAccount  # noqa: E402
from bot.db.repositories.orders import OrderRepository  # noqa: E402
from bot.db.session import session_scope  # noqa: E402
from bot.deploy.audit import audit_conversation, stored_events  # noqa: E402
from bot.deploy.stack import Layout, Stack  # noqa: E402
from bot.settings import DeploySettings, Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "load.json"
APOLOGIES = ("problem on our side", "something went wrong", "technical problem")
APOLOGIES_ZH = ("出了点问题", "技术故障")

EN = [
    "hi",
    "where is my order {order}",
    "{email}",
    "how long does delivery take?",
    "I'm looking for running shoes",
    "is it in stock?",
    "thanks",
    "what is your refund policy",
    "can I pay with paypal?",
    "where is my order {order}",
    "I want a red phone case under 100 yuan",
    "how much is it?",
    "do you have wireless earbuds?",
    "do you ship internationally?",
    "show me some hoodies",
    "how do I return an item?",
    "can you track order {order} for me",
    "what payment methods do you accept",
    "I need a backpack",
    "thank you, bye",
]
ZH = [
    "你好",
    "我的订单{order}到哪了",
    "{email}",
    "发货要多久",
    "我想买一个手机壳",
    "有货吗",
    "谢谢",
    "怎么退货",
    "可以用支付宝付款吗",
    "查一下订单{order}",
    "我要买红色的T恤，100元以内",
    "多少钱",
    "有没有无线耳机",
    "运费怎么算",
    "给我看看运动鞋",
    "退款多久到账",
    "帮我查订单{order}",
    "支持哪些付款方式",
    "我想买一个背包",
    "好的，再见",
]


@dataclasses.dataclass
class Shopper:
    sender: str
    texts: List[str]
    latencies: List[float] = dataclasses.field(default_factory=list)
    replies: List[List[str]] = dataclasses.field(default_factory=list)
    errors: List[str] = dataclasses.field(default_factory=list)


def _orders(database_url: str, count: int) -> List[Tuple[int, str]]:
    """(order id, customer email) of the first demo orders, one per shopper."""
    found: List[Tuple[int, str]] = []
    with session_scope(database_url) as session:
        repo = OrderRepository(session)
        for order_id in range(10001, 10001 + 4 * count):
            order = repo.get(order_id)
            if order is not None:
                found.append((order.id, order.customer_email))
            if len(found) == count:
                break
    return found


def make_shoppers(
    run: str, orders: Sequence[Tuple[int, str]], turns: int
) -> List[Shopper]:
    """One scripted conversation per order; even shoppers English, odd Chinese."""
    shoppers = []
    for i, (order_id, email) in enumerate(orders):
        script = EN if i % 2 == 0 else ZH
        texts = [
            script[t % len(script)].format(order=order_id, email=email)
            for t in range(turns)
        ]
        shoppers.append(Shopper(f"load-{run}-{i:03d}", texts))
    return shoppers


def _is_apology(texts: Sequence[str]) -> bool:
    joined = " ".join(texts)
    return any(a in joined for a in APOLOGIES) or any(a in joined for a in APOLOGIES_ZH)


async def _converse(
    http: aiohttp.ClientSession, url: str, shopper: Shopper, deadline: float
) -> None:
    for text in shopper.texts:
        if time.monotonic() > deadline:
            shopper.errors.append("time limit")
            return
        start = time.perf_counter()
        try:
            async with http.post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": shopper.sender, "message": text},
            ) as response:
                body = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as e:
            shopper.errors.append(type(e).__name__)
            shopper.replies.append([])
            continue
        shopper.latencies.append(time.perf_counter() - start)
        texts = [m.get("text", "") for m in body] if isinstance(body, list) else []
        shopper.replies.append(texts)
        if status != 200:
            shopper.errors.append(f"HTTP {status}")
        elif not body:
            shopper.errors.append("no reply")
        elif _is_apology(texts):
            shopper.errors.append("apology")


async def drive(url: str, shoppers: List[Shopper], time_limit: float) -> float:
    """All shoppers at once, each turn after the previous reply; wall seconds."""
    timeout = aiohttp.ClientTimeout(total=300)
    connector = aiohttp.TCPConnector(limit=len(shoppers) + 4)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        deadline = time.monotonic() + time_limit
        start = time.perf_counter()
        await asyncio.gather(*(_converse(http, url, s, deadline) for s in shoppers))
        return time.perf_counter() - start


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def tracker_url(stack: Stack) -> str:
    if stack.scaled:
        return stack.settings.deploy.tracker_url
    return f"sqlite:///{stack.run_dir / 'tracker.db'}"


def audit(stack: Stack, shoppers: Sequence[Shopper]) -> Dict[str, int]:
    """Sums the per-conversation audits of the tracker store."""
    engine = create_engine(tracker_url(stack))
    totals = {"lost": 0, "duplicated": 0, "out_of_order": 0, "interleaved": 0}
    totals.update(reply_mismatch=0, conversations_intact=0)
    try:
        for shopper in shoppers:
            events = stored_events(engine, shopper.sender)
            sent = shopper.texts[: len(shopper.replies)]
            result = audit_conversation(events, sent, shopper.replies, shopper.sender)
            for key in ("lost", "duplicated", "out_of_order", "interleaved"):
                totals[key] += getattr(result, key)
            totals["reply_mismatch"] += result.reply_mismatch
            totals["conversations_intact"] += int(result.intact)
            for problem in result.problems[:2]:
                print(f"  {shopper.sender}: {problem}", file=sys.stderr)
    finally:
        engine.dispose()
    return totals


def profile_settings(profile: str, args: argparse.Namespace) -> Settings:
    env = dict(os.environ)
    env["SHOPBOT_PROFILE"] = "scaled" if profile == "scaled" else "embedded"
    env.setdefault("SHOPBOT_RASA_TOKEN", uuid.uuid4().hex)
    if profile == "scaled":
        env["DATABASE_URL"] = args.pg_database
        env["SHOPBOT_TRACKER_URL"] = args.pg_tracker
    settings = Settings.from_env(env)
    deploy = dataclasses.replace(
        settings.deploy, rasa_servers=args.rasa, action_servers=args.actions
    )
    return dataclasses.replace(settings, deploy=deploy)


def diet_model(settings: Settings) -> Path:
    """The stock DIET bot (config-diet.yml, same data), trained once."""
    out = settings.var_dir / "bench" / "load" / "diet-model"
    model = out / "diet.tar.gz"
    if not model.exists():
        print("training the DIET bot (config-diet.yml) …", flush=True)
        rasa = str(Path(sys.executable).with_name("rasa"))
        subprocess.run(
            [rasa, "train", "--config", "config-diet.yml", "--out", str(out)]
            + ["--fixed-model-name", "diet"],
            cwd=settings.home,
            check=True,
        )
    return model


def run_profile(profile: str, args: argparse.Namespace) -> Dict[str, object]:
    settings = profile_settings(profile, args)
    model = ROOT / "models" / "shopbot.tar.gz"
    if profile == "diet":
        model = diet_model(settings)
    run = f"{profile}-{uuid.uuid4().hex[:6]}"
    run_dir = settings.var_dir / "bench" / "load" / run
    stack = Stack(settings, model, run_dir, Layout.plan(settings, free=True))
    print(f"[{profile}] starting …", flush=True)
    started = time.perf_counter()
    stack.start()
    try:
        print(f"[{profile}] up in {time.perf_counter() - started:.0f} s", flush=True)
        orders = _orders(settings.database_url, args.shoppers + 4)
        warm = make_shoppers(f"{run}-warm", orders[-4:], 6)
        asyncio.run(drive(stack.url, warm, args.time_limit))
        shoppers = make_shoppers(run, orders[: args.shoppers], args.turns)
        account = CpuAccount(
            {
                "rasa": [p.pid for p in stack.rasa],
                "actions": [p.pid for p in stack.actions],
                "driver": [os.getpid()],  # this load generator
            }
        )
        before = account.snapshot()
        seconds = asyncio.run(drive(stack.url, shoppers, args.time_limit))
        after = account.snapshot()
        latencies = [x for s in shoppers for x in s.latencies]
        errors = [e for s in shoppers for e in s.errors]
        turns = sum(len(s.replies) for s in shoppers)
        result: Dict[str, object] = {
            "profile": profile,
            "rasa_servers": len(stack.layout.rasa_ports),
            "action_servers": len(stack.layout.action_ports),
            "shoppers": len(shoppers),
            "turns": turns,
            "seconds": round(seconds, 1),
            "turns_per_s": round(turns / seconds, 2),
            "p50_ms": round(1000 * statistics.median(latencies)),
            "p95_ms": round(1000 * _percentile(latencies, 0.95)),
            "p99_ms": round(1000 * _percentile(latencies, 0.99)),
            "errors": len(errors),
            "error_kinds": {k: errors.count(k) for k in sorted(set(errors))},
            "alive_after": stack.alive(),
            "cpu": CpuAccount.per_turn(before, after, turns),
        }
        result.update(audit(stack, shoppers))
        return result
    finally:
        stack.stop()


def print_table(results: Sequence[Dict[str, object]]) -> None:
    head = f"{'profile':<9} {'rasa':>4} {'act':>3} {'shop':>4} {'turns':>5} "
    head += f"{'turns/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'err':>4} "
    head += f"{'lost':>4} {'dup':>3} {'order':>5} {'intlv':>5} {'reply':>5}"
    print(head)
    for r in results:
        print(
            f"{r['profile']:<9} {r['rasa_servers']:>4} {r['action_servers']:>3} "
            f"{r['shoppers']:>4} {r['turns']:>5} {r['turns_per_s']:>7} "
            f"{r['p50_ms']:>6} {r['p95_ms']:>6} {r['p99_ms']:>6} {r['errors']:>4} "
            f"{r['lost']:>4} {r['duplicated']:>3} {r['out_of_order']:>5} "
            f"{r['interleaved']:>5} {r['reply_mismatch']:>5}"
        )
    print("CPU ms per turn (busy: share of the machine's cores in use)")
    roles = ("rasa", "actions", "postgres", "redis", "nginx", "driver", "machine")
    print(f"{'profile':<9} " + " ".join(f"{role:>8}" for role in roles) + "    busy")
    for r in results:
        cpu = r["cpu"]
        cells = " ".join(f"{cpu[f'{role}_cpu_ms_per_turn']:>8}" for role in roles)
        print(f"{r['profile']:<9} {cells} {cpu['machine_busy_share']:>7.0%}")


def main(argv: Sequence[str] | None = None) -> int:
    defaults = DeploySettings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shoppers", type=int, default=50)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--profiles", nargs="+", default=["embedded", "scaled", "diet"])
    parser.add_argument("--rasa", type=int, default=defaults.rasa_servers)
    parser.add_argument("--actions", type=int, default=defaults.action_servers)
    parser.add_argument("--time-limit", type=float, default=1200, help="per profile")
    parser.add_argument(
        "--pg-database", default="postgresql://postgres@127.0.0.1:5432/shopbot_bench"
    )
    parser.add_argument(
        "--pg-tracker",
        default="postgresql://postgres@127.0.0.1:5432/shopbot_bench_tracker",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = [run_profile(profile, args) for profile in args.profiles]
    print_table(results)
    by_name = {r["profile"]: r for r in results}
    summary: Dict[str, object] = {}
    if "embedded" in by_name and "scaled" in by_name:
        speedup = by_name["scaled"]["turns_per_s"] / by_name["embedded"]["turns_per_s"]
        summary["scaled_vs_embedded"] = round(speedup, 2)
        print(f"scaled / embedded turns/s: {speedup:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "shoppers": args.shoppers,
        "turns_per_shopper": args.turns,
        "results": results,
        **summary,
    }
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
