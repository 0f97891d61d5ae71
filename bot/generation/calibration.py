"""Fitting the extractive selector's weights and thresholds on labelled questions.

A labelled question is ``{"q", "lang", "source"}`` (``source``: the passage id that
answers it, or None when nothing in the shop does) with an optional ``key`` (facts
the quoted unit must hold). The fit keeps >= 95 % refusals on the unanswerable
questions and then maximizes right minus wrong answers. ``bench/generation.py
--calibrate`` runs it on held-out questions; the results are the defaults of
``SelectorConfig``.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace
from typing import Dict, Iterable, List, Sequence, Tuple

from bot.generation.chain import GroundedAnswerer
from bot.generation.extractive import SelectorConfig
from bot.generation.facts import normalize
from bot.generation.guardrail import strip_citations

MIN_REFUSAL = 0.95
OVERLAP_WEIGHTS = (0.0, 0.05, 0.1, 0.2, 0.3)
NAME_THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
UNIT_THRESHOLDS = tuple(round(0.80 + 0.005 * i, 3) for i in range(40))
ANSWER_WEIGHTS = (0.0, 0.5, 1.0, 2.0)
COVERAGE_WEIGHTS = (0.0, 0.05, 0.1, 0.2)
GAP_WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
CLOSED = {"en": 99.0, "zh": 99.0}  # no FAQ answers while products are fitted


def has_key(text: str, keys: Sequence[str]) -> bool:
    """Whether ``text`` holds one of the key facts; a number only as a whole
    number ("7" is not found in "7-15" or "17"), with or without zero decimals
    ("1899" is the price "1899.00", not "1899.5")."""
    text = normalize(strip_citations(text))
    for key in map(normalize, keys):
        if re.fullmatch(r"\d+(?:\.\d+)?", key):
            number = rf"(?<![\d.-]){re.escape(key)}(?:\.0+)?(?![\d]|[.-]\d)"
            if re.search(number, text):
                return True
        elif key in text:
            return True
    return False


def records(answerer: GroundedAnswerer, questions: Iterable[dict]) -> List[dict]:
    """Per question: the unthresholded product and FAQ candidates' features."""
    rows = []
    for item in questions:
        q, lang = item["q"], item["lang"]
        hits = answerer.passages.faq_hits(q)
        faq, entries = answerer.passages.faq_passages(hits, lang)
        products = answerer.passages.products(q)
        found = answerer.selector.candidates(q, lang, faq, entries, products)
        cands = [(c.passage.id, c.unit, c.features) for c in found]
        rows.append({**item, "cands": cands})
    return rows


def decide(row: dict, config: SelectorConfig) -> Tuple[str, str] | None:
    """(passage id, unit) the selector quotes under ``config``, or None."""
    for passage_id, unit, features in row["cands"]:
        if config.accepts(passage_id, features, row["lang"]):
            return passage_id, unit
    return None


def outcome(rows: Sequence[dict], config: SelectorConfig) -> Dict[str, float]:
    """Right / wrong answer rates on the answerable rows, refusal rate on the rest."""
    right = wrong = refused = 0
    for row in rows:
        got = decide(row, config)
        if not row.get("source"):
            refused += got is None
        elif got is not None:
            ok = _right(row, got)
            right, wrong = right + ok, wrong + (not ok)
    answerable = sum(bool(r.get("source")) for r in rows)
    return {
        "right": right / max(1, answerable),
        "wrong": wrong / max(1, answerable),
        "refusal": refused / max(1, len(rows) - answerable),
    }


def objective(result: Dict[str, float]) -> Tuple[bool, float, float, float]:
    """Refusals first, then right minus wrong, then fewer wrong, then more refusals."""
    enough = result["refusal"] >= MIN_REFUSAL
    margin = result["right"] - result["wrong"]
    return (enough, margin, -result["wrong"], result["refusal"])


def fit_products(
    answerer: GroundedAnswerer, questions: Sequence[dict]
) -> Tuple[SelectorConfig, List[dict]]:
    """Overlap weight, name and unit thresholds on product questions (the unit
    chosen per product depends on the weight, so records are redone per weight)."""
    best: Tuple[tuple, SelectorConfig, List[dict]] | None = None
    for weight in OVERLAP_WEIGHTS:
        answerer.selector.config = SelectorConfig(
            faq_threshold=CLOSED, overlap_weight=weight
        )
        rows = records(answerer, questions)
        for name, unit in itertools.product(NAME_THRESHOLDS, UNIT_THRESHOLDS):
            config = replace(
                answerer.selector.config, name_threshold=name, unit_threshold=unit
            )
            score = objective(outcome(rows, config))
            if best is None or score > best[0]:
                best = (score, config, rows)
    answerer.selector.config = best[1]
    return best[1], best[2]


class FaqTable:
    """One language's labelled rows, arranged to score every FAQ threshold at once.

    The product candidate is decided first and does not depend on the FAQ weights,
    so per row only the FAQ candidate's score changes with them.
    """

    def __init__(self, rows: Sequence[dict], config: SelectorConfig) -> None:
        import numpy as np

        self.features: List[Dict[str, float] | None] = []
        product_answered, product_right, faq_right = [], [], []
        for row in rows:
            product = next(
                (c for c in row["cands"] if c[0].startswith("product:")), None
            )
            faq = next(
                (c for c in row["cands"] if not c[0].startswith("product:")), None
            )
            taken = product is not None and config.accepts(
                product[0], product[2], row["lang"]
            )
            product_answered.append(taken)
            product_right.append(taken and _right(row, product))
            self.features.append(faq[2] if faq is not None else None)
            faq_right.append(faq is not None and _right(row, faq))
        self.answerable = np.array([bool(r.get("source")) for r in rows])
        self.product_answered = np.array(product_answered, dtype=bool)
        self.product_right = np.array(product_right, dtype=bool)
        self.faq_right = np.array(faq_right, dtype=bool)

    def scores(self, config: SelectorConfig):
        """The FAQ candidates' scores under ``config`` (-inf: no candidate)."""
        import numpy as np

        return np.array(
            [-math.inf if f is None else config.faq_score(f) for f in self.features]
        )

    def best_bar(
        self, config: SelectorConfig
    ) -> Tuple[float, Tuple[bool, float, float, float]]:
        """The FAQ threshold with the best ``objective``, and that objective."""
        import numpy as np

        scores = self.scores(config)
        finite = np.unique(scores[np.isfinite(scores)])
        if finite.size == 0:
            bars = np.array([math.inf])
        else:  # every threshold that decides the rows differently
            middles = (finite[1:] + finite[:-1]) / 2
            bars = np.round(np.r_[finite[0] - 1e-3, middles, finite[-1] + 1e-3], 4)
        faq = (~self.product_answered)[None, :] & (scores[None, :] >= bars[:, None])
        answerable = self.answerable[None, :]
        right = (self.product_right & self.answerable).sum() + (
            faq & self.faq_right & answerable
        ).sum(axis=1)
        answered = (self.product_answered & self.answerable).sum() + (
            faq & answerable
        ).sum(axis=1)
        refused = (~self.answerable & ~self.product_answered)[None, :] & ~faq
        n_answerable = max(1, int(self.answerable.sum()))
        n_other = max(1, int((~self.answerable).sum()))
        results = [
            objective(
                {
                    "right": r / n_answerable,
                    "wrong": (a - r) / n_answerable,
                    "refusal": f / n_other,
                }
            )
            for r, a, f in zip(right, answered, refused.sum(axis=1), strict=True)
        ]
        best = max(range(len(bars)), key=results.__getitem__)
        return float(bars[best]), results[best]


def _right(row: dict, candidate: tuple) -> bool:
    """Whether a (passage id, unit, ...) candidate answers the row right."""
    keys = row.get("key")
    return candidate[0] == row.get("source") and (
        not keys or has_key(candidate[1], keys)
    )


def fit_faq(
    rows: Sequence[dict], base: SelectorConfig
) -> Tuple[SelectorConfig, Dict[str, Dict[str, float]]]:
    """One set of FAQ weights and a threshold per language on FAQ questions: the
    weights whose languages all reach the refusal floor, then the most right minus
    wrong answers summed over the languages."""
    tables = {
        lang: FaqTable([r for r in rows if r["lang"] == lang], base)
        for lang in ("en", "zh")
    }
    best: Tuple[tuple, SelectorConfig] | None = None
    grid = itertools.product(ANSWER_WEIGHTS, COVERAGE_WEIGHTS, GAP_WEIGHTS)
    for a, c, g in grid:
        weighted = replace(base, answer_weight=a, coverage_weight=c, gap_weight=g)
        bars, feasible, total = {}, True, 0.0
        for lang, table in tables.items():
            bars[lang], (enough, margin, *_) = table.best_bar(weighted)
            feasible, total = feasible and enough, total + margin
        if best is None or (feasible, total) > best[0]:
            best = ((feasible, total), replace(weighted, faq_threshold=bars))
    config = best[1]
    per_language = {
        lang: outcome([r for r in rows if r["lang"] == lang], config)
        for lang in ("en", "zh")
    }
    return config, per_language
