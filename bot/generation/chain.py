"""The grounded-answer chain of DESIGN §7 for questions the NLU could not place.

1. FAQ and product passages are retrieved; the extractive selector picks the unit
   that answers, or decides that none does → no answer. (The selector also guards
   FAQ hits: on held-out questions the FAQ threshold alone answered 10-20 % of the
   unanswerable ones.)
2. A clear FAQ hit (the FAQ retriever's threshold and margin) that the selector
   confirms → the FAQ's own answer, as is.
3. Otherwise, by strategy: "extractive" quotes the unit; "rephrase" lets the
   generator reword it (guardrail; if rejected, timed out or failed: the quote);
   "generate" lets the generator answer from the passages (guardrail; if
   rejected, timed out or failed: no answer).

No answer means the caller says so honestly and offers a human.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from typing import List, Sequence, Tuple

from bot.db.views import ProductView
from bot.generation.extractive import Candidate, ExtractiveSelector
from bot.generation.generator import GenerationError, Generator
from bot.generation.guardrail import Guardrail, citations
from bot.generation.passages import Passage, PassageRetriever, product_passage
from bot.generation.prompts import build_messages, clean_output, declined
from bot.retrieval.faq_retriever import FaqHit

logger = logging.getLogger(__name__)

STRATEGIES = ("extractive", "rephrase", "generate")
MAX_PASSAGES = 3  # passages in a "generate" prompt: prompt length is latency


@dataclass(frozen=True)
class Source:
    """A passage shown to the shopper as the source of an answer."""

    number: int
    id: str
    title: str


@dataclass(frozen=True)
class GroundedAnswer:
    """The chain's outcome.

    Attributes:
        kind: "faq", "extractive", "generated" or "none".
        text: the answer ("" for none); generated answers keep their [n] marks.
        sources: the passages the answer comes from.
        reason: why there is no answer, or why a rewording was not used.
        seconds: wall time of the chain.
        passages: the passage texts given to the generator (for the bench).
        suggestions: with no answer, the ids of the FAQ entries nearest to the
            question ("did you mean …?"), best first.
    """

    kind: str
    text: str = ""
    sources: Tuple[Source, ...] = ()
    reason: str = ""
    seconds: float = 0.0
    passages: Tuple[str, ...] = ()
    suggestions: Tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        """Whether the shopper gets an answer."""
        return self.kind != "none"


class GroundedAnswerer:
    """Runs the chain.

    Args:
        passages: retrieves FAQ and product passages.
        selector: the extractive selector (decides whether anything answers).
        guardrail: checks generated text.
        generator: the generator; None behaves as strategy "extractive".
        strategy: "extractive", "rephrase" or "generate".
        time_budget: seconds a generation may take.
        max_new_tokens: generated tokens at most.
        suggest_threshold: lowest FAQ retrieval score of an entry suggested
            when there is no answer.
        max_suggestions: entries suggested at most (0: none).
    """

    def __init__(
        self,
        passages: PassageRetriever,
        selector: ExtractiveSelector,
        guardrail: Guardrail,
        generator: Generator | None = None,
        strategy: str = "extractive",
        time_budget: float = 4.0,
        max_new_tokens: int = 64,
        suggest_threshold: float = 1.0,
        max_suggestions: int = 0,
    ) -> None:
        if strategy not in STRATEGIES:
            raise ValueError(f"Unknown strategy {strategy!r}; allowed: {STRATEGIES}")
        self.passages, self.selector, self.guardrail = passages, selector, guardrail
        self.generator, self.strategy = generator, strategy
        self.time_budget, self.max_new_tokens = time_budget, max_new_tokens
        self.suggest_threshold = suggest_threshold
        self.max_suggestions = max_suggestions

    def answer(self, question: str, language: str) -> GroundedAnswer:
        """The grounded answer to ``question`` in ``language`` ("en"/"zh"), or a
        ``GroundedAnswer`` of kind "none" with the reason."""
        started = time.monotonic()
        result = self._answer(" ".join(question.split())[:2000], language)
        return replace(result, seconds=time.monotonic() - started)

    def _answer(self, question: str, language: str) -> GroundedAnswer:
        if not question:
            return GroundedAnswer("none", reason="empty")
        hits = self.passages.faq_hits(question)
        result = self._answer_from(question, language, hits)
        if result.answered:
            return result
        return replace(result, suggestions=self._suggestions(question))

    def _suggestions(self, question: str) -> Tuple[str, ...]:
        """The nearest FAQ entries, for a "did you mean …?" when nothing answers.

        On the calibration questions (``data/faq/heldout.yml`` and
        ``bench/data/generation/calibration*.yml``) the chain refuses 87 of 228
        answerable FAQ questions; for 92 % of those the right entry is among the
        3 best scoring >= 0.65, while 54 % of the near-topic questions nobody
        answers get suggestions (related entries, never an answer).
        """
        near = self.passages.faq_retriever.suggestions(
            question, self.suggest_threshold, self.max_suggestions
        )
        return tuple(near)

    def _answer_from(
        self, question: str, language: str, hits: Sequence[FaqHit]
    ) -> GroundedAnswer:
        faq, entries = self.passages.faq_passages(hits, language)
        products = self.passages.products(question)
        candidate = self.selector.select(question, language, faq, entries, products)
        if candidate is None:
            return GroundedAnswer("none", reason="not_supported")
        if self._clear_faq_hit(hits, candidate):
            return _quote("faq", candidate.passage, candidate.unit)
        quote = _quote("extractive", candidate.passage, candidate.unit)
        if self.generator is None or self.strategy == "extractive":
            return quote
        if self.strategy == "rephrase":
            reworded = self._generate(
                question, language, [candidate.passage], "rephrase", candidate.unit
            )
            return (
                reworded
                if reworded.answered
                else replace(quote, reason=reworded.reason)
            )
        pool = _pool(candidate, faq, products, language)
        return self._generate(question, language, pool, "answer")

    def _clear_faq_hit(self, hits: Sequence[FaqHit], candidate: Candidate) -> bool:
        """The selected passage is the FAQ retriever's own answer (its threshold
        and margin): the FAQ text is the answer, nothing to reword."""
        retriever = self.passages.faq_retriever
        if not hits or candidate.passage.id != f"faq:{hits[0].faq_id}":
            return False
        return (
            hits[0].score >= retriever.threshold and hits[0].margin >= retriever.margin
        )

    def _generate(
        self,
        question: str,
        language: str,
        pool: Sequence[Passage],
        task: str,
        unit: str | None = None,
    ) -> GroundedAnswer:
        """Generate from the pool (or from ``unit`` alone) and apply the guardrail."""
        texts = [unit] if unit is not None else [p.text for p in pool]
        messages = build_messages(question, texts, language, task)
        try:
            result = self.generator.generate(
                messages, self.max_new_tokens, self.time_budget
            )
        except GenerationError as e:
            logger.warning("generation failed: %s", e)
            return GroundedAnswer("none", reason="error", passages=tuple(texts))
        text = clean_output(result.text)
        if task == "rephrase" and text and not citations(text):
            text += " [1]"  # one passage: a rewording can only come from [1]
        if result.timed_out:
            return GroundedAnswer("none", reason="timeout", passages=tuple(texts))
        if declined(text):
            return GroundedAnswer("none", reason="declined", passages=tuple(texts))
        verdict = self.guardrail.check(text, texts, language)
        if not verdict.ok:
            reason = "rejected:" + ",".join(verdict.reasons)
            return GroundedAnswer(
                "none", text=text, reason=reason, passages=tuple(texts)
            )
        sources = tuple(
            Source(n, pool[n - 1].id, pool[n - 1].title) for n in citations(text)
        )
        return GroundedAnswer("generated", text, sources, passages=tuple(texts))


def _quote(kind: str, passage: Passage, unit: str) -> GroundedAnswer:
    return GroundedAnswer(
        kind, unit, (Source(1, passage.id, passage.title),), passages=(unit,)
    )


def _pool(
    candidate: Candidate,
    faq: Sequence[Passage],
    products: Sequence[ProductView],
    language: str,
) -> List[Passage]:
    """The selected passage first, then the other retrieved ones, at most
    ``MAX_PASSAGES``."""
    others = [*faq, *(product_passage(p, language) for p in products)]
    pool = [candidate.passage]
    pool += [p for p in others if p.id != candidate.passage.id]
    return pool[:MAX_PASSAGES]
