"""FAQ answers by nearest phrasing: one index over every phrasing in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Sequence, Tuple

from bot.db.views import FaqView
from bot.retrieval.embedder import Embedder, make_embedder
from bot.retrieval.vector_index import VectorIndex

if TYPE_CHECKING:
    from bot.settings import Settings

FAQ_INDEX = "faq"


@dataclass(frozen=True)
class FaqHit:
    """The best FAQ entry for a question and how clearly it won."""

    faq_id: str
    score: float
    runner_up_score: float

    @property
    def margin(self) -> float:
        """Lead of the best entry over the best different entry."""
        return self.score - self.runner_up_score


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


def build_faq_index(
    entries: Sequence[FaqView], embedder: Embedder, include_answers: bool = True
) -> VectorIndex:
    """Embeds every English and Chinese phrasing, and by default both answers (a
    question that uses the answer's words finds it; held-out top-1 EN / ZH: +2.4 /
    +1.2 points with 5 phrasings per language, equal with 11; bench/retrieval.py
    "+answers"); rows map to FAQ ids."""
    texts, ids = faq_rows(entries, include_answers)
    return VectorIndex.build(embedder.embed(texts, "query"), ids, embedder.model_id)


class FaqRetriever:
    """Finds the FAQ entry whose phrasings are nearest to a question.

    Args:
        index: the FAQ phrasing index.
        embedder: the embedder the index was built with.
        threshold: minimum cosine score to answer.
        margin: minimum lead over the runner-up entry to answer.
    """

    def __init__(
        self, index: VectorIndex, embedder: Embedder, threshold: float, margin: float
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.threshold = threshold
        self.margin = margin

    @classmethod
    def load(
        cls, index_dir: Path, embedder: Embedder, threshold: float, margin: float
    ) -> FaqRetriever:
        """Loads the persisted FAQ index built with the same embedder."""
        index = VectorIndex.load(
            index_dir / FAQ_INDEX, embedder.model_id, embedder.dimension
        )
        return cls(index, embedder, threshold, margin)

    def rank(self, question: str, k: int = 20) -> List[FaqHit]:
        """FAQ entries by their best phrasing score, best first (no threshold);
        ``k`` phrasing rows are searched, several per entry."""
        rows = self.index.search(self.embedder.embed([question], "query"), k)[0]
        best: Dict[str, float] = {}
        for faq_id, score in rows:
            best[faq_id] = max(score, best.get(faq_id, -1.0))
        ranked = sorted(best.items(), key=lambda item: -item[1])
        hits = []
        for i, (faq_id, score) in enumerate(ranked):
            runner_up = ranked[i + 1][1] if i + 1 < len(ranked) else 0.0
            hits.append(FaqHit(faq_id, score, runner_up))
        return hits

    def suggestions(self, question: str, threshold: float, limit: int) -> List[str]:
        """Ids of up to ``limit`` entries scoring at least ``threshold``, best
        first: the "did you mean …?" offered when no answer clears the bar."""
        if limit <= 0 or not question.strip():
            return []
        return near_entries(self.rank(question), threshold, limit)

    def answer(self, question: str) -> FaqHit | None:
        """The best entry when it clears the threshold and the margin, else None."""
        if not question or not question.strip():
            return None
        return self.best(self.rank(question))

    def best(self, hits: Sequence[FaqHit]) -> FaqHit | None:
        """The first of ranked hits when it clears the threshold and the margin."""
        if hits and hits[0].score >= self.threshold and hits[0].margin >= self.margin:
            return hits[0]
        return None


def near_entries(hits: Sequence[FaqHit], threshold: float, limit: int) -> List[str]:
    """Ids of the first ``limit`` ranked hits scoring at least ``threshold``."""
    return [h.faq_id for h in hits if h.score >= threshold][: max(limit, 0)]


def load_faq_retriever(
    settings: Settings, embedder: Embedder | None = None
) -> FaqRetriever:
    """The persisted FAQ retriever with the settings' FAQ encoder and thresholds.

    Args:
        settings: shopbot settings (``faq_embedder``, thresholds, index folder).
        embedder: the retrieval embedder already loaded; reused when the FAQ index
            was built with it (``SHOPBOT_FAQ_EMBEDDER=base``).
    """
    ref = settings.faq_embedder_ref
    if embedder is None or ref != embedder.model_id:
        embedder = make_embedder(
            ref, threads=settings.torch_threads, dtype=settings.embedder_dtype
        )
    return FaqRetriever.load(
        settings.index_dir, embedder, settings.faq_threshold, settings.faq_margin
    )
