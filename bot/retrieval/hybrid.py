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

from bot.db.views import FaqView
from bot.exceptions import ConfigError
from bot.retrieval.bm25_index import Bm25Index
from bot.retrieval.faq_retriever import FAQ_INDEX, FaqHit, faq_rows
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


class HybridFaqRetriever:
    """Ranks FAQ entries by fusing dense phrasing similarity with BM25.

    Same surface as `FaqRetriever` (`rank`, `answer`, `load`). With fusion "dense"
    it ranks like `FaqRetriever`; "bm25" ranks by BM25 alone (then `score` is still
    the dense cosine, for the threshold).

    Args:
        index: the dense FAQ row index.
        bm25: the BM25 index over the same rows.
        embedder: the embedder the dense index was built with.
        threshold: minimum dense cosine (`HybridFaqHit.score`) to answer.
        margin: minimum fused lead over the next entry to answer.
        fusion: "rrf", "weighted", "dense" or "bm25".
        dense_weight: weight of the dense system in "weighted" (BM25 gets 1 − it).
        aggregation: row → entry score: "max" or "mean2" (mean of the best two).
    """

    def __init__(
        self,
        index: VectorIndex,
        bm25: Bm25Index,
        embedder,  # Embedder | UseEmbedder
        threshold: float,
        margin: float = 0.0,
        fusion: str = "rrf",
        dense_weight: float = 0.5,
        aggregation: str = "max",
    ) -> None:
        if fusion not in FUSIONS:
            raise ConfigError("fusion", fusion, ", ".join(FUSIONS))
        if aggregation not in AGGREGATIONS:
            raise ConfigError("aggregation", aggregation, ", ".join(AGGREGATIONS))
        if not 0.0 <= dense_weight <= 1.0:
            raise ConfigError("dense_weight", dense_weight, "a number in [0, 1]")
        self.index, self.bm25, self.embedder = index, bm25, embedder
        self.threshold, self.margin = threshold, margin
        self.fusion, self.dense_weight = fusion, dense_weight
        self.aggregation = aggregation

    @classmethod
    def load(
        cls, index_dir: Path, embedder, threshold: float, margin: float = 0.0, **options
    ) -> HybridFaqRetriever:
        """Loads the persisted dense (`faq/`) and BM25 (`faq_bm25/`) FAQ indexes."""
        index = VectorIndex.load(
            index_dir / FAQ_INDEX, embedder.model_id, embedder.dimension
        )
        bm25 = Bm25Index.load(index_dir / FAQ_BM25_INDEX)
        return cls(index, bm25, embedder, threshold, margin, **options)

    def entry_scores(self, question: str) -> Tuple[Dict[str, float], Dict[str, float]]:
        """Dense and BM25 entry scores for question (every row is searched)."""
        vector = self.embedder.embed([question], "query")
        rows = self.index.search(vector, len(self.index))[0]
        dense = aggregate_rows(rows, self.aggregation)
        lexical = dict(self.bm25.search(question, len(self.bm25)))
        return dense, lexical

    def _fuse(
        self, dense: Dict[str, float], lexical: Dict[str, float]
    ) -> List[Tuple[str, float]]:
        by_score = sorted(dense.items(), key=lambda item: -item[1])
        if self.fusion == "dense" or (self.fusion == "bm25" and not lexical):
            return by_score
        if self.fusion == "bm25":
            ranked = sorted(lexical.items(), key=lambda item: -item[1])
            return ranked + [(d, 0.0) for d, _ in by_score if d not in lexical]
        if self.fusion == "rrf":
            by_lexical = sorted(lexical, key=lambda d: -lexical[d])
            return reciprocal_rank_fusion([[d for d, _ in by_score], by_lexical])
        weights = [self.dense_weight, 1.0 - self.dense_weight]
        return weighted_fusion([dense, lexical], weights)

    def rank(self, question: str, k: int = 20) -> List[HybridFaqHit]:
        """FAQ entries in fused order, best first (no threshold); [] for empty text."""
        if not question or not question.strip() or len(self.index) == 0:
            return []
        dense, lexical = self.entry_scores(question)
        fused = self._fuse(dense, lexical)[:k]
        hits = []
        for i, (faq_id, score) in enumerate(fused):
            nxt = fused[i + 1] if i + 1 < len(fused) else None
            hits.append(
                HybridFaqHit(
                    faq_id=faq_id,
                    score=dense.get(faq_id, 0.0),
                    runner_up_score=dense.get(nxt[0], 0.0) if nxt else 0.0,
                    fused=score,
                    runner_up_fused=nxt[1] if nxt else 0.0,
                )
            )
        return hits

    def answer(self, question: str) -> HybridFaqHit | None:
        """The best entry when its dense cosine clears the threshold and its fused
        lead clears the margin, else None."""
        hits = self.rank(question)
        if not hits:
            return None
        best = hits[0]
        if best.score >= self.threshold and best.fused_margin >= self.margin:
            return best
        return None
