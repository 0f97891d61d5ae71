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
# wide enough for any encoder: fine-tuned cosines sit lower than the base ones
FAQ_THRESHOLDS = tuple(round(1.00 + 0.005 * i, 3) for i in range(300))
CLOSED = {"en": 99.0, "zh": 99.0}  # no FAQ answers while products are fitted


def has_key(text: str, keys: Sequence[str]) -> bool:
    """Whether ``text`` holds one of the key facts; a number only as a whole
    number ("7" is not found in "7-15" or "17")."""
    text = normalize(strip_citations(text))
    for key in map(normalize, keys):
        if re.fullmatch(r"\d+(?:\.\d+)?", key):
            if re.search(rf"(?<![\d.-]){re.escape(key)}(?![\d]|[.-]\d)", text):
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
            keys = row.get("key")
            ok = got[0] == row["source"] and (not keys or has_key(got[1], keys))
            right, wrong = right + ok, wrong + (not ok)
    answerable = sum(bool(r.get("source")) for r in rows)
    return {
        "right": right / max(1, answerable),
        "wrong": wrong / max(1, answerable),
        "refusal": refused / max(1, len(rows) - answerable),
    }


def objective(result: Dict[str, float]) -> Tuple[bool, float, float]:
    """Refusals first, then right minus wrong, then fewer wrong."""
    enough = result["refusal"] >= MIN_REFUSAL
    return (enough, result["right"] - result["wrong"], -result["wrong"])


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


def fit_faq(
    rows: Sequence[dict], base: SelectorConfig
) -> Tuple[SelectorConfig, Dict[str, Dict[str, float]]]:
    """One pair of FAQ weights and a threshold per language on FAQ questions."""
    best: Tuple[float, SelectorConfig] | None = None
    for a, c in itertools.product(ANSWER_WEIGHTS, COVERAGE_WEIGHTS):
        weighted = replace(base, answer_weight=a, coverage_weight=c)
        bars, total = {}, 0.0
        for lang in ("en", "zh"):
            own = [r for r in rows if r["lang"] == lang]
            bar = max(
                FAQ_THRESHOLDS,
                key=lambda t, own=own: objective(
                    outcome(own, replace(weighted, faq_threshold={"en": t, "zh": t}))
                ),
            )
            bars[lang] = bar
            total += objective(outcome(own, replace(weighted, faq_threshold=bars)))[1]
        if best is None or total > best[0]:
            best = (total, replace(weighted, faq_threshold=bars))
    config = best[1]
    per_language = {
        lang: outcome([r for r in rows if r["lang"] == lang], config)
        for lang in ("en", "zh")
    }
    return config, per_language
