"""The whole bot on the generation benchmark's questions: what a shopper is told.

``bench/generation.py`` measures the fallback chain alone. A real question first
meets the NLU: a FAQ intent goes to ``action_answer_faq``, a product question to
the catalog actions, and only ``nlu_fallback`` / ``out_of_scope`` to the chain.
This benchmark starts the action server and a Rasa server with the trained model
(``models/shopbot.tar.gz``, as ``make run`` serves it), sends every question of
the chosen sets as a new shopper over the REST channel, and sorts each reply:

- correct: the reply holds the question's key fact;
- refused: an honest "I don't know" (``utter_no_answer`` family, with or without
  "did you mean …?" buttons) or "could you rephrase?" (``utter_default``);
- other: anything else: a related but wrong answer, a flow that asks for an
  order number, a product list …

Per set and language: correct / refused / other on the answerable questions,
refused / other on the unanswerable ones, whether the right FAQ entry was among
the "did you mean …?" buttons, numbers the bot said that appear nowhere in the
shop's data (FAQ and catalog records) nor in the question, and reply latency
p50 / p95. Every reply is kept in the JSON for reading, with the NLU's intent.

    python bench/bot_answers.py [--sets SET ...]  (default: every set in SETS)
        [--url http://127.0.0.1:5005] [--out bench/results/bot_answers.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Sequence, Set

import requests
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generation import (  # noqa: E402
    DATA,
    _numbers,
    environment,
    load_questions,
    percentile,
    shop_records,
    sources_of,
)

from bot.generation.calibration import has_key  # noqa: E402
from bot.runner import Processes, free_port, write_endpoints  # noqa: E402
from bot.settings import Settings  # noqa: E402

MODEL = ROOT / "models" / "shopbot.tar.gz"
RESULTS = ROOT / "bench" / "results" / "bot_answers.json"
SETS = ("questions_blind3", "questions_blind2", "questions_blind", "questions")
REFUSALS = (
    "utter_no_answer",
    "utter_no_answer_suggested",
    "utter_did_you_mean",
    "utter_default",
    "utter_product_fact_not_listed",
)
LANGS = ("en", "zh", "all")


def domain_texts(domain: Path, names: Sequence[str] = ()) -> List[str]:
    """Every variation of the domain's responses (of ``names`` only, if given)."""
    responses = yaml.safe_load(domain.read_text(encoding="utf-8"))["responses"]
    return [
        v["text"].strip()
        for name, variations in responses.items()
        if not names or name in names
        for v in variations
        if v.get("text")
    ]


def refusal_patterns(domain: Path) -> List[re.Pattern]:
    """The honest no-answer responses as the bot sends them ({slots} filled in)."""
    return [
        re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(text)), re.S)
        for text in domain_texts(domain, REFUSALS)
    ]


def ask(url: str, text: str) -> tuple[List[dict], float]:
    """The bot's replies to one message from a new shopper, and the wall time."""
    started = time.monotonic()
    response = requests.post(
        f"{url}/webhooks/rest/webhook",
        json={"sender": f"bench-{uuid.uuid4().hex[:12]}", "message": text},
        timeout=120,
    )
    response.raise_for_status()
    return response.json(), time.monotonic() - started


def parse(url: str, text: str) -> dict:
    """The NLU's reading of a message (``/model/parse``): intent and confidence,
    kept in each record to tell routing misses from answer misses."""
    response = requests.post(f"{url}/model/parse", json={"text": text}, timeout=120)
    response.raise_for_status()
    intent = response.json().get("intent") or {}
    return {"name": intent.get("name"), "confidence": intent.get("confidence")}


def classify(
    item: dict,
    replies: List[dict],
    refusals: List[re.Pattern],
    shop_numbers: Set[str],
) -> dict:
    """One record: the replies, their class, offered buttons, and numbers said
    that neither the shop's data nor the question holds."""
    texts = [r.get("text", "") for r in replies if r.get("text")]
    buttons = [b.get("payload", "") for r in replies for b in r.get("buttons", [])]
    said = "\n".join(texts)
    refused = any(p.fullmatch(t.strip()) for p in refusals for t in texts)
    correct = "key" in item and not refused and has_key(said, item["key"])
    kind = "correct" if correct else "refused" if refused else "other"
    unsupported = _numbers(said) - shop_numbers - _numbers(item["q"])
    return {
        "q": item["q"],
        "lang": item["lang"],
        "answerable": "key" in item,
        "expected": sources_of(item),
        "class": kind,
        "replies": texts,
        "buttons": buttons,
        "unsupported_numbers": sorted(unsupported),
    }


def metrics(rows: List[dict]) -> Dict[str, Dict[str, float]]:
    """Shares per language and overall."""
    out = {}
    for lang in LANGS:
        sel = [r for r in rows if lang in (r["lang"], "all")]
        ans = [r for r in sel if r["answerable"]]
        una = [r for r in sel if not r["answerable"]]
        refused_faq = [
            r
            for r in ans
            if r["class"] == "refused"
            and any(s.startswith("faq:") for s in r["expected"])
        ]
        out[lang] = {
            "questions": len(sel),
            "correct": _share(ans, "correct"),
            "refused": _share(ans, "refused"),
            "other": _share(ans, "other"),
            "unanswerable_refused": _share(una, "refused"),
            "unanswerable_other": _share(una, "other"),
            "refused_faq_with_right_button": sum(
                bool(r["buttons"]) and r["right_button"] for r in refused_faq
            )
            / max(1, len(refused_faq)),
            "unsupported_numbers": sum(bool(r["unsupported_numbers"]) for r in sel)
            / max(1, len(sel)),
            "p50_s": percentile([r["seconds"] for r in sel], 0.5),
            "p95_s": percentile([r["seconds"] for r in sel], 0.95),
        }
    return out


def _share(rows: List[dict], kind: str) -> float:
    return sum(r["class"] == kind for r in rows) / max(1, len(rows))


def run_set(url: str, path: Path, refusals, shop_numbers, faq_questions) -> List[dict]:
    """Every question of one set, each from a new shopper."""
    rows = []
    for item in load_questions(path):
        replies, seconds = ask(url, item["q"])
        row = classify(item, replies, refusals, shop_numbers)
        offered = {faq_questions.get(b) for b in row["buttons"]}
        row["right_button"] = bool(offered & set(row["expected"]))
        row["seconds"] = round(seconds, 3)
        row["intent"] = parse(url, item["q"])
        rows.append(row)
    return rows


def stock_counts(settings: Settings) -> List[str]:
    """Every product's stock per variant and in all, as text."""
    from bot.db.repositories.products import ProductRepository
    from bot.db.session import session_scope

    with session_scope(settings.database_url) as session:
        products = ProductRepository(session).list_all()
        return [
            f"{p.total_stock} {' '.join(map(str, p.stock.values()))}" for p in products
        ]


def faq_button_ids(database_url: str) -> Dict[str, str]:
    """FAQ question text → ``faq:<id>`` (a suggestion button's payload is one)."""
    from bot.db.repositories.faq import FaqRepository
    from bot.db.session import session_scope

    with session_scope(database_url) as session:
        return {
            q: f"faq:{e.id}"
            for e in FaqRepository(session).list_all()
            for q in e.questions_en + e.questions_zh
        }


def print_table(results: Dict[str, dict]) -> None:
    head = (
        f"{'set':17} {'lang':4} {'n':>3} {'correct':>7} {'refused':>7} {'other':>6} "
        f"{'∅ref':>6} {'∅other':>6} {'btn✓':>5} {'num?':>5} {'p50 s':>6} {'p95 s':>6}"
    )
    print(head + "\n" + "-" * len(head))
    for name, result in results.items():
        for lang, m in result["metrics"].items():
            print(
                f"{name:17} {lang:4} {m['questions']:3d} {m['correct']:7.3f} "
                f"{m['refused']:7.3f} {m['other']:6.3f} "
                f"{m['unanswerable_refused']:6.3f} {m['unanswerable_other']:6.3f} "
                f"{m['refused_faq_with_right_button']:5.2f} "
                f"{m['unsupported_numbers']:5.2f} {m['p50_s']:6.2f} {m['p95_s']:6.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--url", default="", help="a running Rasa server (else start)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    settings = Settings.from_env({**os.environ, "SHOPBOT_HOME": str(ROOT)})
    # numbers the shop's data and the bot's own responses hold (stock is live data)
    texts = list(shop_records(settings.database_url).values()) + stock_counts(settings)
    texts += domain_texts(ROOT / "domain.yml")
    shop_numbers = set().union(*(_numbers(text) for text in texts))
    refusals = refusal_patterns(ROOT / "domain.yml")
    faq_questions = faq_button_ids(settings.database_url)
    with tempfile.TemporaryDirectory() as tmp:
        procs = Processes(settings, log_dir=Path(tmp) / "logs")
        try:
            url = args.url or _start(procs, Path(tmp))
            ask(url, "hi")  # warm: the first message loads lazily held models
            results = {}
            for name in args.sets:
                rows = run_set(
                    url, DATA / f"{name}.yml", refusals, shop_numbers, faq_questions
                )
                results[name] = {"metrics": metrics(rows), "records": rows}
        finally:
            procs.stop()
    print_table(results)
    payload = {"environment": environment(), "model": str(MODEL.name), "sets": results}
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {args.out}")


def _start(procs: Processes, tmp: Path) -> str:
    if not MODEL.exists():
        raise SystemExit(f"{MODEL} is missing: run `make train` first")
    action_port, rasa_port = free_port(), free_port()
    endpoints = write_endpoints(tmp / "endpoints.yml", action_port, tmp / "tracker.db")
    procs.start_actions(action_port)
    procs.start_rasa(rasa_port, MODEL, endpoints)
    return f"http://127.0.0.1:{rasa_port}"


if __name__ == "__main__":
    main()
