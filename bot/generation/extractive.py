"""Extractive selection: the passage unit that best answers a question, or none.

An answer quoted from the shop's own text cannot invent a fact; what can go wrong is
quoting a passage that does not answer the question. So the selector decides
*whether* to answer, from retrieval evidence only (the generator is not trusted
with that, DESIGN §5):

- FAQ passages: ``dense + w_a·answer + w_c·coverage − w_g·gap``, where
  dense is the entry's best phrasing cosine, answer the cosine of the question with
  the answer text, coverage the IDF-weighted share of the question's words found in
  the entry's phrasings and answers, gap the IDF of the rarest question word the
  entry never uses (relative to an unseen word's: "student" in "is there a student
  discount?" against the member-price entry); answered above a per-language
  threshold. Coverage averages the words, so one missing word that is the point of
  the question hardly lowers it; the gap is that word.
- Product passages: only for a product the question names (IDF-weighted share of
  its title's words in the question); the unit (price line, description sentence,
  attribute line) most similar to the question is quoted when its cosine clears a
  threshold and it shares a word with what is asked or gives the kind of fact
  asked for (``bot.generation.answer_types``).

Weights and thresholds are calibrated by ``bench/generation.py --calibrate`` on
held-out questions that are not the benchmark's (``data/faq/heldout.yml``,
``bench/data/generation/calibration*.yml``).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Iterable, List, Mapping, Sequence

from bot.db.views import FaqView, ProductView
from bot.generation.answer_types import asked_types, gives
from bot.generation.passages import Passage, product_passage
from bot.retrieval.text_tokens import tokenize

CACHE_SIZE = 4096  # unit vectors kept (the FAQ answers and a few hundred products)
QUANTITY = re.compile(
    r"\bhow (?:much|many|long|far|big|heavy|thin|thick|tall|wide|large|loud|quiet|"
    r"fast|old|often|soon)\b|\bwhat(?:'s| is| are)? the\b.*\b(?:size|weight|"
    r"capacity|dpi|length|wattage|power|speed|number|price|cost|resolution)\b|"
    r"多少|几|多久|多长|多大|多重|多远|多高|多厚|多宽|多快",
    re.IGNORECASE,
)
_ZH_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# A variant's capacity or pack size in a title: "128GB", "8GB+256GB", "1.5 kg", "5G".
_VARIANT = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:gb|tb|ml|l|g|kg|mm|cm|m|mah)\b(?:\s?\+\s?\d+\s?(?:gb|tb)\b)?",
    re.IGNORECASE,
)
_MODEL_CODE = re.compile(r"[a-z]-?\d")
_CODE_JOINT = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")  # note|13|pro
_CN_NUMERAL = r"[一二两三四五六七八九十百千万]+(?:个|天|年|月|小时|分钟|米|厘米|克|升)"


@dataclass(frozen=True)
class SelectorConfig:
    """Weights and thresholds of the selection (see the module docstring).

    Attributes:
        faq_threshold: per language, minimum combined FAQ score.
        answer_weight: weight of the question-answer cosine.
        coverage_weight: weight of the lexical coverage.
        gap_weight: weight of the lexical gap (subtracted).
        name_threshold: minimum share of a product's title words in the question.
        unit_threshold: minimum product unit score (cosine + weighted overlap).
        overlap_weight: weight of the overlap of the unit with what the question
            asks beyond the product's name.
    """

    faq_threshold: Mapping[str, float] = field(
        default_factory=lambda: {"en": 1.6981, "zh": 1.707}
    )
    answer_weight: float = 1.0
    coverage_weight: float = 0.05
    gap_weight: float = 0.1
    name_threshold: float = 0.5
    unit_threshold: float = 0.94
    overlap_weight: float = 0.1

    def faq_bar(self, language: str) -> float:
        """The FAQ threshold of a language (English's for unknown languages)."""
        return self.faq_threshold.get(language, self.faq_threshold["en"])

    def faq_score(self, features: Mapping[str, float]) -> float:
        """dense + w_a·answer + w_c·coverage − w_g·gap."""
        score = features["dense"] + self.answer_weight * features["answer"]
        score += self.coverage_weight * features["coverage"]
        return score - self.gap_weight * features["gap"]

    def product_score(self, features: Mapping[str, float]) -> float:
        """unit cosine + w_o·overlap, where a unit giving the kind of fact asked
        for (``answer_types``) counts as overlapping fully."""
        overlap = max(features["overlap"], features["typed"])
        return features["unit"] + self.overlap_weight * overlap

    def accepts(self, passage_id: str, features: Mapping[str, float], language: str):
        """Whether a candidate with these features is quoted. A product unit must
        also share a word with what the question asks beyond the name, give the
        kind of fact asked for ("made of" → material), or give a number to a
        quantity question ("how thin", "多少")."""
        if not passage_id.startswith("product:"):
            return self.faq_score(features) >= self.faq_bar(language)
        asks = (
            features["overlap"] > 0
            or features["typed"] > 0
            or (features["quantity"] > 0 and features["numeric"] > 0)
        )
        return (
            asks
            and features["name"] >= self.name_threshold
            and self.product_score(features) >= self.unit_threshold
        )


OPEN = SelectorConfig(
    faq_threshold={"en": -math.inf, "zh": -math.inf},
    name_threshold=-math.inf,
    unit_threshold=-math.inf,
)  # answers with the best candidate whatever its score (for measurements)


@dataclass(frozen=True)
class Candidate:
    """A quotable unit and the evidence for it.

    Attributes:
        passage: the passage the unit comes from.
        unit: the text to quote.
        score: the combined score compared with the threshold.
        features: the parts of the score, for calibration and logs.
    """

    passage: Passage
    unit: str
    score: float
    features: Dict[str, float]


class LexicalStats:
    """Inverse document frequencies over the shop's texts (FAQ entries, products)."""

    def __init__(self, documents: Iterable[str]) -> None:
        docs = [set(tokenize(d)) for d in documents]
        self.count = len(docs)
        self.df = Counter(t for d in docs for t in d)

    def idf(self, token: str) -> float:
        """log((N + 1) / (df + 0.5)): unseen words weigh most."""
        return math.log((self.count + 1) / (self.df.get(token, 0) + 0.5))

    def coverage(self, text: str, document: str) -> float:
        """IDF-weighted share of the words of ``text`` that occur in ``document``."""
        tokens = set(tokenize(text))
        total = sum(self.idf(t) for t in tokens)
        if total <= 0:
            return 0.0
        doc = token_set(document)
        return sum(self.idf(t) for t in tokens if t in doc) / total

    def gap(self, text: str, document: str) -> float:
        """IDF of the rarest word of ``text`` missing from ``document``, over an
        unseen word's IDF (0: none missing; 1: a word the shop never uses). Numbers
        and one-letter words do not count; a Chinese word counts as found when one
        of its character pairs is (快递员 ~ 快递)."""
        doc = token_set(document)
        worst = 0.0
        for word in set(tokenize(text, bigrams=False)):
            if len(word) < 2 or _has_digit(word) or word in doc:
                continue
            pairs = (word[i : i + 2] for i in range(len(word) - 1))
            if _ZH_WORD.fullmatch(word) and any(p in doc for p in pairs):
                continue
            worst = max(worst, self.idf(word))
        return worst / self.unseen_idf

    def is_model_code(self, token: str) -> bool:
        """Whether a token is a model code (a letter then digits: "bt-500", "a55",
        not a size such as "67w" or "1tb") that only one text of the shop uses."""
        if len(token) < 3 or self.df[token] != 1:
            return False
        return _MODEL_CODE.search(token) is not None

    @property
    def unseen_idf(self) -> float:
        """The IDF of a word no shop text uses (the largest)."""
        return math.log((self.count + 1) / 0.5)

    def rest_overlaps(
        self, question: str, name: str, units: Sequence[str]
    ) -> List[float]:
        """Per unit, the IDF-weighted share of the question's words other than the
        product's name words (what is asked about it) that the unit contains."""
        name_tokens = set(tokenize(name))
        rest = [t for t in set(tokenize(question)) if t not in name_tokens]
        total = sum(self.idf(t) for t in rest)
        if total <= 0:
            return [0.0] * len(units)
        out = []
        for unit in units:
            tokens = set(tokenize(unit))
            out.append(sum(self.idf(t) for t in rest if t in tokens) / total)
        return out

    @classmethod
    def from_shop(
        cls, faq: Sequence[FaqView], products: Sequence[ProductView]
    ) -> LexicalStats:
        """Statistics over every FAQ entry and product title."""
        return cls(
            [faq_document(e) for e in faq] + [name_document(p) for p in products]
        )


def is_quantity_question(question: str) -> bool:
    """Whether the question asks for an amount ("how long", "what is the DPI",
    "多少", "几天"): then a unit with a number may answer it."""
    return QUANTITY.search(question) is not None


def unit_body(unit: str, title: str) -> str:
    """A product unit without the product title it starts with."""
    return unit[len(title) :].lstrip(":： ") if unit.startswith(title) else unit


@lru_cache(maxsize=1024)
def token_set(document: str) -> frozenset:
    """The lexical tokens of a document (FAQ documents recur on every question)."""
    return frozenset(tokenize(document))


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _has_number(text: str) -> bool:
    return re.search(r"\d", text) is not None or bool(re.search(_CN_NUMERAL, text))


def faq_document(entry: FaqView) -> str:
    """Every phrasing and both answers of an entry (what coverage is measured on)."""
    return " ".join(
        [*entry.questions_en, *entry.questions_zh, entry.answer_en, entry.answer_zh]
    )


def name_document(product: ProductView) -> str:
    """The product's names: English and Chinese title and brand."""
    return f"{product.title_en} {product.title_zh} {product.brand}"


class ExtractiveSelector:
    """Chooses the unit to quote, or None when no passage clearly answers.

    Args:
        embedder: the retrieval embedder (``embed(texts, kind)``, unit vectors).
        stats: IDF statistics of the shop's texts.
        config: weights and thresholds.
    """

    def __init__(
        self, embedder, stats: LexicalStats, config: SelectorConfig = SelectorConfig()
    ) -> None:
        self.embedder = embedder
        self.stats = stats
        self.config = config
        self._vectors: Dict[str, object] = {}
        self._lock = threading.Lock()

    def _passage_vectors(self, texts: Sequence[str]):
        import numpy as np

        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
            if missing:
                if len(self._vectors) + len(missing) > CACHE_SIZE:
                    self._vectors.clear()
                vectors = self.embedder.embed(missing, "passage")
                self._vectors.update(zip(missing, vectors, strict=True))
            return np.stack([self._vectors[t] for t in texts])

    def name_coverage(self, product: ProductView, question: str) -> float:
        """How fully the question names the product: the larger IDF-weighted share
        of its English or Chinese title (with the brand, without the variant's
        capacity or pack size: "iPhone 15" names "Apple iPhone 15 128GB") found in
        the question, whose glued model names count by their parts too
        ("note13pro"). A model code of the title that no other product has
        ("BT-500", "A55") names the product on its own: 1.0."""
        question = f"{question} {_CODE_JOINT.sub(' ', question)}"
        titles = [
            f"{product.brand} {_VARIANT.sub(' ', title)}"
            for title in (product.title_en, product.title_zh)
        ]
        asked = token_set(question)
        if any(
            self.stats.is_model_code(token) and token in asked
            for title in titles
            for token in token_set(title)  # cached: coverage tokenizes it too
        ):
            return 1.0
        return max(self.stats.coverage(title, question) for title in titles)

    def faq_candidate(
        self, question, query, passages: Sequence[Passage], entries: Sequence[FaqView]
    ) -> Candidate | None:
        """The best FAQ passage by combined score (no threshold)."""
        if not passages:
            return None
        sims = self._passage_vectors([p.text for p in passages]) @ query
        best: Candidate | None = None
        for passage, entry, sim in zip(passages, entries, sims, strict=True):
            document = faq_document(entry)
            features = {"dense": passage.score, "answer": float(sim)}
            features["coverage"] = self.stats.coverage(question, document)
            features["gap"] = self.stats.gap(question, document)
            score = self.config.faq_score(features)
            if best is None or score > best.score:
                best = Candidate(passage, passage.text, score, features)
        return best

    def product_candidate(
        self,
        question,
        query,
        products: Sequence[ProductView],
        language: str,
        name_threshold: float = -math.inf,
    ) -> Candidate | None:
        """The best unit (cosine + weighted word overlap) of the products whose name
        coverage reaches ``name_threshold`` (no unit threshold)."""
        best: Candidate | None = None
        quantity = float(is_quantity_question(question))
        types = asked_types(question)
        for product in products:
            named = self.name_coverage(product, question)
            if named < name_threshold:
                continue
            passage = product_passage(product, language)
            sims = self._passage_vectors(list(passage.units)) @ query
            bodies = [unit_body(u, passage.title) for u in passage.units]
            overlaps = self.stats.rest_overlaps(
                question, name_document(product), bodies
            )
            scored = zip(passage.units, bodies, sims, overlaps, strict=True)
            for unit, body, sim, overlap in scored:
                features = {"name": named, "unit": float(sim), "overlap": overlap}
                features.update(quantity=quantity, numeric=float(_has_number(body)))
                features["typed"] = float(gives(body, types))
                score = self.config.product_score(features)
                if best is None or score > best.score:
                    best = Candidate(passage, unit, score, features)
        return best

    def select(
        self,
        question: str,
        language: str,
        passages: Sequence[Passage],
        entries: Sequence[FaqView],
        products: Sequence[ProductView] = (),
    ) -> Candidate | None:
        """The unit to quote: a named product's unit above its bar, else the best
        FAQ passage above the language's bar, else None."""
        query = self.embedder.embed([question], "query")[0]
        product = self.product_candidate(
            question, query, products, language, self.config.name_threshold
        )
        faq = self.faq_candidate(question, query, passages, entries)
        for candidate in (product, faq):
            if candidate is not None and self.config.accepts(
                candidate.passage.id, candidate.features, language
            ):
                return candidate
        return None

    def candidates(
        self,
        question: str,
        language: str,
        passages: Sequence[Passage],
        entries: Sequence[FaqView],
        products: Sequence[ProductView] = (),
    ) -> List[Candidate]:
        """The best product and the best FAQ candidate, unthresholded (calibration)."""
        query = self.embedder.embed([question], "query")[0]
        found = [
            self.product_candidate(question, query, products, language),
            self.faq_candidate(question, query, passages, entries),
        ]
        return [c for c in found if c is not None]
