"""Hybrid FAQ ranking: dense phrasing similarity fused with BM25 over the same rows.

Two fusions: reciprocal rank fusion (rank-based, parameter-free apart from k=60) and a
weighted sum of per-query min-max normalized scores. Neither fused score is comparable
across queries, so the answer decision stays on the *dense cosine* of the winning
entry (`HybridFaqHit.score`), which is what the answer threshold is calibrated on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Sequence, Tuple

from bot.config_errors import ConfigError  # noqa: F401  (re-exported below)
from bot.db.views import FaqView
from bot.retrieval.bm25_index import Bm25Index
from bot.retrieval.faq_retriever import FAQ_INDEX, FaqHit
from bot.retrieval.vector_index import VectorIndex

FAQ_BM25_INDEX = "faq_bm25"
RRF_K = 60
FUSIONS = ("rrf", "weighted", "dense", "bm25")
AGGREGATIONS = ("max", "mean2")


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], k: int = RRF_K
) -> List[Tuple[str, float]]:
    """Reciprocal rank fusion: score(d) = Σ_rankings 1 / (k + rank(d)), ranks from 1.

    Args:
        rankings: document ids per system, best first (a system may omit documents).
        k: damping constant (60 in Cormack et al. 2009).

    Returns:
        (doc_id, fused score), best first; ties keep first-seen order.
    """
    fused: Dict[str, float] = {}
    for ranking in rankings:
        for rank, doc_id in enumerate(ranking, start=1):
            fused[doc_id] = fused.get(doc_id, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda item: -item[1])


def min_max(scores: Mapping[str, float]) -> Dict[str, float]:
    """Scales scores to [0, 1] per query; all-equal scores become 1.0."""
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    if high - low <= 1e-12:
        return {doc_id: 1.0 for doc_id in scores}
    return {doc_id: (s - low) / (high - low) for doc_id, s in scores.items()}


def weighted_fusion(
    systems: Sequence[Mapping[str, float]], weights: Sequence[float]
) -> List[Tuple[str, float]]:
    """Weighted sum of min-max normalized scores; a missing document counts 0.

    Args:
        systems: doc_id → raw score, one mapping per system.
        weights: one weight per system (not required to sum to 1).

    Returns:
        (doc_id, fused score), best first.
    """
    if len(systems) != len(weights):
        raise ValueError(f"{len(systems)} systems but {len(weights)} weights")
    fused: Dict[str, float] = {}
    for scores, weight in zip(systems, weights, strict=True):
        for doc_id, s in min_max(scores).items():
            fused[doc_id] = fused.get(doc_id, 0.0) + weight * s
    return sorted(fused.items(), key=lambda item: -item[1])


def aggregate_rows(
    rows: Iterable[Tuple[str, float]], how: str = "max"
) -> Dict[str, float]:
    """Per document: its best row score ("max") or the mean of its best two ("mean2").

    A document with a single row keeps that row's score under "mean2".
    """
    per_doc: Dict[str, List[float]] = {}
    for doc_id, score in rows:
        per_doc.setdefault(doc_id, []).append(score)
    if how == "max":
        return {d: max(s) for d, s in per_doc.items()}
    if how == "mean2":
        return {d: sum(sorted(s)[-2:]) / len(s[-2:]) for d, s in per_doc.items()}
    raise ConfigError("aggregation", how, ", ".join(AGGREGATIONS))


def faq_rows(
    entries: Sequence[FaqView], include_answers: bool = False
) -> Tuple[List[str], List[str]]:
    """Texts and FAQ ids of the index rows: every phrasing (EN + ZH), and optionally
    the two answers as extra rows mapping to the same id."""
    texts: List[str] = []
    ids: List[str] = []
    for entry in entries:
        extra = (entry.answer_en, entry.answer_zh) if include_answers else ()
        for text in [*entry.questions_en, *entry.questions_zh, *extra]:
            texts.append(text)
            ids.append(entry.id)
    return texts, ids


def build_faq_indexes(
    entries: Sequence[FaqView],
    embedder,  # Embedder | UseEmbedder
    index_kind: str = "query",
    include_answers: bool = False,
) -> Tuple[VectorIndex, Bm25Index]:
    """Builds the dense and the BM25 index over the same FAQ rows.

    Args:
        entries: the FAQ.
        embedder: any object with the `Embedder` surface.
        index_kind: prefix kind for the indexed rows ("query" matches the phrasings
            as questions, as `build_faq_index` does; "passage" is e5's asymmetric use).
        include_answers: also index each answer (EN and ZH) as a row of its id.
    """
    texts, ids = faq_rows(entries, include_answers)
    vectors = embedder.embed(texts, index_kind)
    return VectorIndex.build(vectors, ids, embedder.model_id), Bm25Index.build(
        texts, ids
    )


@dataclass(frozen=True)
class HybridFaqHit(FaqHit):
    """A FAQ entry in fused order.

    `score` is the dense cosine of the entry (best phrasing, or mean of the best two
    with aggregation "mean2") — the calibrated score the answer threshold applies
    to; `runner_up_score` is the dense cosine of the next entry in fused order (so
    `margin` may be negative). `fused` / `runner_up_fused` are the fused scores.
    """

    fused: float = 0.0
    runner_up_fused: float = 0.0

    @property
    def fused_margin(self) -> float:
        """Lead of this entry over the next one in fused score."""
        return self.fused - self.runner_up_fused
