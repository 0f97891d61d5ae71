"""Full vs incremental index build after a one-product change.

On a temporary SQLite copy of the demo shop (data/catalog/products.csv and
data/faq/faq.yml), with the base embedder for the FAQ index too (no fine-tuning
in the timings): a full build (`build_indexes(reuse=False)`), a rebuild with
nothing changed, and a rebuild after one product's English description changed
(re-ingested from a modified CSV). Per build: seconds and texts embedded, per
index and in total (the FAQ encoder step is 0 s here).

    python bench/index_update.py [--out bench/results/index_update.json]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.catalog.ingest import ingest_catalog, ingest_faq  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.retrieval.build import build_indexes  # noqa: E402
from bot.retrieval.embedder import make_embedder  # noqa: E402
from bot.settings import Settings  # noqa: E402

CATALOG = ROOT / "data" / "catalog" / "products.csv"
FAQ = ROOT / "data" / "faq" / "faq.yml"
RESULTS = ROOT / "bench" / "results" / "index_update.json"


def timed_build(settings: Settings, embedder, reuse: bool) -> Dict[str, float]:
    """One build_indexes call: total seconds and per-index seconds / embedded."""
    start = time.perf_counter()
    report = build_indexes(settings, embedder, reuse=reuse)
    row: Dict[str, float] = {"seconds": time.perf_counter() - start}
    for name, info in report.items():
        for key in ("seconds", "embedded", "vectors"):
            if key in info:
                row[f"{name}.{key}"] = info[key]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'shop.db'}"
        upgrade(url)
        ingest_catalog(CATALOG, url=url)
        ingest_faq(FAQ, url=url)
        settings = dataclasses.replace(
            Settings.from_env(),
            var_dir=Path(tmp) / "var",
            database_url=url,
            faq_embedder="base",
        )
        embedder = make_embedder(
            settings.embedder,
            threads=settings.torch_threads,
            dtype=settings.embedder_dtype,
        )
        embedder.embed(["warm-up"], "query")  # model loading is not index time
        runs = {"full": timed_build(settings, embedder, reuse=False)}
        runs["unchanged"] = timed_build(settings, embedder, reuse=True)
        with open(CATALOG, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        rows[0]["description_en"] += " Now with a free clear case in the box."
        changed = Path(tmp) / "products.csv"
        with open(changed, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        ingest_catalog(changed, url=url)
        runs["one product changed"] = timed_build(settings, embedder, reuse=True)
    print(f"model {embedder.model_id}, {len(rows)} products, faq {FAQ.name}")
    print(f"{'build':<22} {'total s':>8} {'prod s':>7} {'prod emb':>8} {'faq emb':>8}")
    for name, row in runs.items():
        print(
            f"{name:<22} {row['seconds']:8.2f} {row['products.seconds']:7.2f} "
            f"{row['products.embedded']:8.0f} {row['faq.embedded']:8.0f}"
        )
    payload = {"model": embedder.model_id, "products": len(rows), "runs": runs}
    args.out.write_text(json.dumps(payload, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
