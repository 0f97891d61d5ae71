"""Generated product tags vs the hand-written ones of the demo catalog.

The hand-written tags of data/catalog/products.csv are hidden and generated again
by `bot.catalog.tagging.ProductTagger` (field tags + zero-shot). Reference: each
product's hand-written tags that generation can produce at all, i.e. those in the
tag vocabulary (data/catalog/tag_vocabulary.yml) plus the product's own brand and
compatible-model tags. House brands (Basico, ShellMate, ...) have no hand-written
brand tag, so the brand rule costs precision here by design.

Products are split by SKU order into two interleaved halves (every category in
both): the zero-shot threshold and the number of zero-shot tags are chosen on the
"tune" half (best micro-F1 of all generated tags), and precision / recall / F1
are reported on the "test" half for field tags alone, zero-shot tags alone, both,
and both with the module defaults.

    python bench/tagging.py [--out bench/results/tagging.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence, Set

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.catalog import tagging  # noqa: E402
from bot.catalog.catalog_file import load_catalog  # noqa: E402
from bot.retrieval.embedder import make_embedder  # noqa: E402
from bot.settings import Settings  # noqa: E402

CATALOG = ROOT / "data" / "catalog" / "products.csv"
RESULTS = ROOT / "bench" / "results" / "tagging.json"
THRESHOLDS = [round(0.78 + 0.005 * i, 3) for i in range(29)]  # 0.78 … 0.92
MAX_ZERO_SHOT = (1, 2, 3, 4, 5)


def prf(predicted: Sequence[Set[str]], gold: Sequence[Set[str]]) -> Dict[str, float]:
    """Micro precision, recall and F1 over products, plus tags per product."""
    tp = sum(len(p & g) for p, g in zip(predicted, gold, strict=True))
    n_pred, n_gold = sum(map(len, predicted)), sum(map(len, gold))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    per = n_pred / len(predicted) if predicted else 0.0
    return {"precision": p, "recall": r, "f1": f1, "tags_per_product": per}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    settings = Settings.from_env()
    catalog = load_catalog(CATALOG)
    hidden = [dict(p, tags=[]) for p in catalog.products]
    brands = sorted({p["brand"] for p in hidden})
    vocabulary = tagging.load_vocabulary()
    embedder = make_embedder(
        settings.embedder, threads=settings.torch_threads, dtype=settings.embedder_dtype
    )
    tagger = tagging.ProductTagger(embedder, vocabulary)
    start = time.perf_counter()
    scores = tagger.similarities(hidden)
    seconds = time.perf_counter() - start
    fields = [set(tagging.field_tags(p, vocabulary, brands)) for p in hidden]
    gold = []
    for product, derived in zip(catalog.products, fields, strict=True):
        own = {tagging.slug(product["brand"])} | (derived - set(vocabulary.names))
        gold.append(set(product["tags"]) & (set(vocabulary.names) | own))

    def predict(rows: List[int], threshold: float, k: int, field: bool, zero: bool):
        tagger.threshold, tagger.max_zero_shot = threshold, k
        out = []
        for i in rows:
            found = list(fields[i]) if field else []
            found += tagger.zero_shot(scores[i]) if zero else []
            out.append(set(list(dict.fromkeys(found))[: tagger.max_tags]))
        return out

    tune = list(range(0, len(hidden), 2))
    test = list(range(1, len(hidden), 2))
    gold_tune, gold_test = [gold[i] for i in tune], [gold[i] for i in test]
    sweep = [
        (prf(predict(tune, t, k, True, True), gold_tune)["f1"], t, k)
        for t in THRESHOLDS
        for k in MAX_ZERO_SHOT
    ]
    best_f1, threshold, k = max(sweep)
    rows = {
        "field tags": predict(test, threshold, k, True, False),
        "zero-shot": predict(test, threshold, k, False, True),
        "field + zero-shot": predict(test, threshold, k, True, True),
        "defaults": predict(
            test, tagging.ZERO_SHOT_THRESHOLD, tagging.ZERO_SHOT_MAX, True, True
        ),
    }
    table = {name: prf(pred, gold_test) for name, pred in rows.items()}
    print(
        f"{len(hidden)} products ({len(tune)} tune / {len(test)} test), "
        f"{len(vocabulary.names)} vocabulary tags, model {embedder.model_id}; "
        f"reference tags per test product {sum(map(len, gold_test)) / len(test):.2f}"
    )
    print(f"chosen on tune: threshold {threshold}, max zero-shot {k}, F1 {best_f1:.3f}")
    print(f"{'test half':<20} {'P':>6} {'R':>6} {'F1':>6} {'tags':>6}")
    for name, m in table.items():
        print(
            f"{name:<20} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
            f"{m['tags_per_product']:6.2f}"
        )
    payload = {
        "catalog": str(CATALOG.relative_to(ROOT)),
        "products": len(hidden),
        "vocabulary": len(vocabulary.names),
        "model": embedder.model_id,
        "embed_seconds": seconds,
        "chosen": {"threshold": threshold, "max_zero_shot": k, "tune_f1": best_f1},
        "defaults": {
            "threshold": tagging.ZERO_SHOT_THRESHOLD,
            "max_zero_shot": tagging.ZERO_SHOT_MAX,
            "max_tags": tagging.MAX_TAGS,
        },
        "test": table,
    }
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_absolute() else args.out}")


if __name__ == "__main__":
    main()
