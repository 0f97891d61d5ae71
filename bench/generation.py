"""Grounded-answer benchmark: unseen questions → correct / invented / refused, latency.

Runs every question of bench/data/generation/questions.yml (written for this
benchmark, never indexed or used for calibration) through the fallback chain of
bot.generation on the demo database and indexes (var/), once per strategy:

- extractive: quote the unit the selector picks (no model);
- rephrase: the generator rewords that quote (guardrail; else the quote);
- generate: the generator answers from the top passages (guardrail; else none).

Per strategy and language: answered-correctly rate (answerable questions whose
answer cites an expected source and holds the key fact), wrong-answer rate,
invented-fact rate (answers with a number or catalog brand absent from the cited
sources' database records: a check independent of the guardrail's), refusal rate
on the unanswerable questions, and chain latency p50 / p95 (wall and process CPU
time; 1 torch thread, models warm). Every answer is kept in the JSON for reading.
With no answer, the chain's "did you mean …?" FAQ suggestions are scored too:
``suggested_right`` (refused FAQ questions whose entry is among them) and
``suggested_unanswerable`` (unanswerable questions offered any entry).

``--calibrate`` instead fits the selector's weights and thresholds on
data/faq/heldout.yml and bench/data/generation/calibration*.yml and prints them
(the defaults of ``SelectorConfig`` come from this).

    python bench/generation.py [--strategies extractive rephrase generate]
        [--model qwen-bf16] [--backend transformers|openai --endpoint URL]
        [--time-budget 4] [--limit N] [--out bench/results/generation.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Dict, List

import yaml

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
    ("TOKENIZERS_PARALLELISM", "false"),
):
    os.environ.setdefault(_var, _value)

from bot.db.repositories.faq import FaqRepository  # noqa: E402
from bot.db.repositories.products import ProductRepository  # noqa: E402
from bot.db.session import session_scope  # noqa: E402
from bot.generation.calibration import (  # noqa: E402
    fit_faq,
    fit_products,
    has_key,
    outcome,
    records,
)
from bot.generation.chain import GroundedAnswer  # noqa: E402
from bot.generation.facts import normalize  # noqa: E402
from bot.generation.generator import make_generator  # noqa: E402
from bot.generation.guardrail import strip_citations  # noqa: E402
from bot.generation.service import build_answerer  # noqa: E402
from bot.retrieval.embedder import make_embedder  # noqa: E402
from bot.retrieval.faq_retriever import load_faq_retriever  # noqa: E402
from bot.retrieval.product_search import ProductSearcher  # noqa: E402
from bot.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "generation"
RESULTS = ROOT / "bench" / "results" / "generation.json"
CALIBRATION = RESULTS.with_name("generation_calibration.json")
STRATEGIES = ("extractive", "rephrase", "generate")
LANGS = ("en", "zh", "all")
TARGETS = {"answered_correctly": 0.80, "invented_rate": 0.0}
TARGETS.update({"refusal_unanswerable": 0.95, "p95_s": 2.5})


def load_questions(path: Path) -> List[dict]:
    """The questions; ``key`` present ⇔ answerable."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def sources_of(item: dict) -> List[str]:
    """The passage ids that hold the answer (``source``: one id or a list)."""
    source = item.get("source") or []
    return [source] if isinstance(source, str) else list(source)


def shop_records(database_url: str) -> Dict[str, str]:
    """Passage id → the full database record as text (what "not invented" means)."""
    records: Dict[str, str] = {}
    with session_scope(database_url) as session:
        for e in FaqRepository(session).list_all():
            records[f"faq:{e.id}"] = " ".join([e.answer_en, e.answer_zh])
        for p in ProductRepository(session).list_all():
            fields = [p.title_en, p.title_zh, p.description_en, p.description_zh]
            fields += [p.brand, str(p.price), p.currency, json.dumps(p.attributes)]
            records[f"product:{p.sku}"] = " ".join(fields + list(p.colors + p.sizes))
    return records


def _numbers(text: str) -> set:
    found = re.findall(r"\d+(?:\.\d+)?", normalize(text).replace(",", ""))
    return {format(float(n), "g") for n in found}


def invented_facts(
    answer: GroundedAnswer, records: Dict[str, str], brands
) -> List[str]:
    """Numbers and catalog brands in the answer missing from its sources' records."""
    source = " ".join(records.get(s.id, "") for s in answer.sources)
    body = strip_citations(answer.text)
    missing = sorted(_numbers(body) - _numbers(source))
    missing += [
        b
        for b in brands
        if b.lower() in body.lower() and b.lower() not in source.lower()
    ]
    return missing


def run_strategy(answerer, questions: List[dict], records, brands) -> List[dict]:
    """One record per question (a first, untimed call warms the retrieval up).

    ``seconds`` is wall time; ``cpu_s`` the process CPU time of the same call,
    which contention from other processes does not inflate.
    """
    answerer.answer(questions[0]["q"], questions[0]["lang"])
    rows = []
    for item in questions:
        cpu = time.process_time()
        answer = answerer.answer(item["q"], item["lang"])
        cpu = time.process_time() - cpu
        rows.append(_record(item, answer, cpu, records, brands))
    return rows


def _record(item: dict, answer: GroundedAnswer, cpu: float, records, brands) -> dict:
    cited = {s.id for s in answer.sources}
    correct = answer.answered and bool(set(sources_of(item)) & cited)
    invented = invented_facts(answer, records, brands) if answer.answered else []
    return {
        "q": item["q"],
        "lang": item["lang"],
        "answerable": "key" in item,
        "kind": answer.kind,
        "text": answer.text,
        "sources": [s.id for s in answer.sources],
        "expected": sources_of(item),
        "reason": answer.reason,
        "seconds": round(answer.seconds, 3),
        "cpu_s": round(cpu, 3),
        "correct": correct and has_key(answer.text, item.get("key", [])),
        "invented": invented,
        "suggestions": list(answer.suggestions),
        "suggested_right": bool(
            {f"faq:{s}" for s in answer.suggestions} & set(sources_of(item))
        ),
    }


def percentile(values: List[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0


def metrics(rows: List[dict]) -> Dict[str, Dict[str, float]]:
    """Rates per language and overall."""
    out = {}
    for lang in LANGS:
        sel = [r for r in rows if lang in (r["lang"], "all")]
        ans = [r for r in sel if r["answerable"]]
        una = [r for r in sel if not r["answerable"]]
        answered = [r for r in sel if r["kind"] != "none"]
        times = [r["seconds"] for r in sel]
        out[lang] = {
            "questions": len(sel),
            "answered_correctly": sum(r["correct"] for r in ans) / max(1, len(ans)),
            "wrong_answer": sum(r["kind"] != "none" and not r["correct"] for r in ans)
            / max(1, len(ans)),
            "invented_rate": sum(bool(r["invented"]) for r in sel) / max(1, len(sel)),
            "refusal_unanswerable": sum(r["kind"] == "none" for r in una)
            / max(1, len(una)),
            "generated_share": sum(r["kind"] == "generated" for r in answered)
            / max(1, len(answered)),
            # "did you mean …?": refused FAQ questions whose entry is offered,
            # and unanswerable questions offered any entry
            "suggested_right": _share(
                [r for r in ans if r["kind"] == "none" and _faq_source(r)],
                "suggested_right",
            ),
            "suggested_unanswerable": _share(una, "suggestions"),
            "p50_s": percentile(times, 0.5),
            "p95_s": percentile(times, 0.95),
            "cpu_p50_s": percentile([r["cpu_s"] for r in sel], 0.5),
            "cpu_p95_s": percentile([r["cpu_s"] for r in sel], 0.95),
        }
    return out


def _faq_source(row: dict) -> bool:
    return any(s.startswith("faq:") for s in row["expected"])


def _share(rows: List[dict], key: str) -> float:
    return sum(bool(r[key]) for r in rows) / max(1, len(rows))


def print_table(results: Dict[str, dict]) -> None:
    head = (
        f"{'strategy':11} {'lang':4} {'correct':>7} {'wrong':>6} {'invent':>6} "
        f"{'refuse':>6} {'gen%':>5} {'p50 s':>6} {'p95 s':>6} {'cpu50':>6} {'cpu95':>6}"
        f" {'sugg✓':>6} {'sugg∅':>6}"
    )
    print(head + "\n" + "-" * len(head))
    for name, result in results.items():
        for lang, m in result["metrics"].items():
            print(
                f"{name:11} {lang:4} {m['answered_correctly']:7.3f} "
                f"{m['wrong_answer']:6.3f} {m['invented_rate']:6.3f} "
                f"{m['refusal_unanswerable']:6.3f} {m['generated_share']:5.2f} "
                f"{m['p50_s']:6.2f} {m['p95_s']:6.2f} "
                f"{m['cpu_p50_s']:6.2f} {m['cpu_p95_s']:6.2f} "
                f"{m['suggested_right']:6.3f} {m['suggested_unanswerable']:6.3f}"
            )
    print("targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))


def services(settings: Settings):
    """Embedder, FAQ retriever and product searcher as the action server has them."""
    embedder = make_embedder(
        settings.embedder, threads=1, dtype=settings.embedder_dtype
    )
    faq = load_faq_retriever(settings, embedder)

    def fetch(skus):
        with session_scope(settings.database_url) as session:
            return ProductRepository(session).get_many(list(skus))

    return embedder, faq, ProductSearcher.load(settings.index_dir, embedder, fetch)


def environment() -> Dict[str, object]:
    """CPU, load, thread settings, library versions and date of the run."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    env: Dict[str, object] = {"cpu_count": os.cpu_count(), "loadavg": os.getloadavg()}
    env.update(python=platform.python_version(), platform=platform.platform())
    env.update(date=time.strftime("%Y-%m-%d %H:%M:%S %z"), nice=os.nice(0))
    for package in ("torch", "transformers"):
        try:
            env[package] = version(package)
        except PackageNotFoundError:
            env[package] = None
    return env


def heldout_questions() -> List[dict]:
    """data/faq/heldout.yml as labelled questions (source None: unanswerable)."""
    data = yaml.safe_load((ROOT / "data/faq/heldout.yml").read_text("utf-8"))
    return [
        {"q": q, "lang": lang, "source": f"faq:{item['id']}" if item["id"] else None}
        for item in data["heldout"]
        for lang in ("en", "zh")
        for q in item.get(f"questions_{lang}", [])
    ]


def calibrate(answerer) -> dict:
    """Fits the selector (bot.generation.calibration) and prints the result."""
    product_questions = load_questions(DATA / "calibration.yml")
    product_questions += load_questions(DATA / "calibration_products.yml")
    product_config, product_rows = fit_products(answerer, product_questions)
    faq_questions = heldout_questions() + load_questions(DATA / "calibration_faq.yml")
    config, per_language = fit_faq(records(answerer, faq_questions), product_config)
    summary = {"config": asdict(config), "products": outcome(product_rows, config)}
    summary.update(per_language)
    print(json.dumps(summary, indent=2))
    return summary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--strategies", nargs="+", default=list(STRATEGIES), choices=STRATEGIES
    )
    parser.add_argument(
        "--backend", default="transformers", choices=("transformers", "openai")
    )
    parser.add_argument("--model", default="qwen-bf16")
    parser.add_argument("--endpoint", default="")
    parser.add_argument("--time-budget", type=float, default=4.0)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--limit", type=int, default=0, help="first N questions only")
    parser.add_argument(
        "--questions", type=Path, default=DATA / "questions.yml", help="test set"
    )
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON to write")
    return parser


def warm_up(generator) -> None:
    """Load the model and run one generation, so no question pays for either."""
    if generator is not None and hasattr(generator, "load"):
        generator.load()
        generator.generate([{"role": "user", "content": "Hi"}], 4, 60.0)


def run(settings: Settings, services_, generator, args) -> dict:
    """Every strategy over the questions; returns the JSON payload."""
    embedder, faq, searcher = services_
    questions = load_questions(args.questions)[: args.limit or None]
    records = shop_records(settings.database_url)
    brands = sorted(_brands(settings.database_url))
    payload = {"environment": environment(), "time_budget_s": args.time_budget}
    warm_up(generator)
    results = {}
    for strategy in args.strategies:
        options = replace(settings.generation, strategy=strategy)
        s = replace(settings, generation=options)
        answerer = build_answerer(s, faq, searcher, embedder, generator)
        rows = run_strategy(answerer, questions, records, brands)
        results[strategy] = {"metrics": metrics(rows), "records": rows}
    answerable = sum("key" in q for q in questions)
    name = generator.name if generator else "none"
    print(f"{len(questions)} questions ({answerable} answerable), generator {name}")
    print_table(results)
    payload.update(loadavg_end=os.getloadavg(), generator=name, targets=TARGETS)
    return {**payload, "strategies": results}


def main() -> None:
    args = _parser().parse_args()
    base = Settings.from_env()
    options = replace(
        base.generation,
        backend=args.backend,
        model=args.model,
        endpoint=args.endpoint,
        time_budget=args.time_budget,
        max_new_tokens=args.max_new_tokens,
    )
    settings = replace(base, generation=options)
    embedder, faq, searcher = services(settings)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    if args.calibrate:
        answerer = build_answerer(settings, faq, searcher, embedder, None)
        payload = {"calibration": calibrate(answerer)}
        CALIBRATION.write_text(json.dumps(payload, indent=2))
        print(f"wrote {CALIBRATION.relative_to(ROOT)}")
        return
    # the extractive strategy quotes without a model: load one only when needed
    needs_model = any(s != "extractive" for s in args.strategies)
    generator = make_generator(options) if needs_model else None
    payload = run(settings, (embedder, faq, searcher), generator, args)
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {args.out}")


def _brands(database_url: str) -> set:
    with session_scope(database_url) as session:
        return {p.brand for p in ProductRepository(session).list_all() if p.brand}


if __name__ == "__main__":
    main()
