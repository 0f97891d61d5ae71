"""Passages for grounded answers: FAQ answers and catalog products, in one language.

Retrieval is the existing one (``FaqRetriever`` ranks FAQ entries, ``ProductSearcher``
ranks products); this module only turns its hits into numbered, citable texts.
Product facts (price, attributes) come from the database rows, never from a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple

from bot.db.views import FaqView, ProductView
from bot.retrieval.faq_retriever import FaqHit, FaqRetriever
from bot.retrieval.product_search import ProductSearcher

FAQ_K = 3  # FAQ entries offered as passages
PRODUCT_K = 2  # products offered as passages
# After . ! ? ; only with a space ("7.1 mm" stays whole); after 。！？； always.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*")


@dataclass(frozen=True)
class Passage:
    """One citable text.

    Attributes:
        id: ``faq:<id>`` or ``product:<sku>``.
        title: what the shopper sees as the source (the FAQ question, the product).
        text: the passage in the shopper's language.
        units: the quotable pieces of ``text`` (sentences, attribute lines), each
            a complete statement on its own.
        score: the retriever's score of the passage (FAQ: dense cosine of the best
            phrasing; products: 0.0, they are ranked, not scored).
    """

    id: str
    title: str
    text: str
    units: Tuple[str, ...]
    score: float = 0.0

    @property
    def kind(self) -> str:
        """ "faq" or "product"."""
        return self.id.split(":", 1)[0]


def sentences(text: str) -> List[str]:
    """Sentences of an English or Chinese text (split after . ! ? 。 ！ ？ ；)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def faq_passage(entry: FaqView, language: str, score: float = 0.0) -> Passage:
    """The FAQ answer as a passage; the whole answer is one unit (FAQ answers are
    short and their sentences lean on each other)."""
    answer = " ".join(entry.answer(language).split())
    questions = entry.questions(language) or entry.questions_en
    title = questions[0] if questions else entry.id
    return Passage(f"faq:{entry.id}", title, answer, (answer,), score)


def attribute_lines(product: ProductView) -> List[str]:
    """``key: value`` lines of the product's attributes (English keys)."""
    lines = []
    for key, value in sorted(product.attributes.items()):
        if isinstance(value, bool):
            value = "yes" if value else "no"
        lines.append(f"{key.replace('_', ' ')}: {value}")
    return lines


def product_passage(product: ProductView, language: str) -> Passage:
    """Title, brand, price and description of a product, plus its attributes in
    English. Units: the price line, each description sentence and (English only)
    each attribute line, all prefixed with the title so a quote names its product."""
    title = product.title(language)
    if language == "zh":
        price = (
            f"{title}：品牌 {product.brand}，售价 {product.price} {product.currency}。"
        )
    else:
        price = (
            f"{title}: brand {product.brand}, price {product.price} {product.currency}."
        )
    body = sentences(product.description(language))
    attributes = attribute_lines(product) if language == "en" else []
    text = " ".join([price, *body, *(f"{line}." for line in attributes)])
    sep = "：" if language == "zh" else ": "
    units = (price, *(f"{title}{sep}{s}" for s in body))
    units += tuple(f"{title}{sep}{line}." for line in attributes)
    return Passage(f"product:{product.sku}", title, text, units)


class PassageRetriever:
    """Top FAQ entries and products for a question, as passages.

    Args:
        faq_retriever: ranks FAQ entries (dense, over every phrasing).
        fetch_faq: loads FAQ entries by id from the database, in order.
        product_searcher: ranks products; None leaves products out.
        faq_k: FAQ passages per question.
        product_k: product passages per question.
    """

    def __init__(
        self,
        faq_retriever: FaqRetriever,
        fetch_faq: Callable[[Sequence[str]], List[FaqView]],
        product_searcher: ProductSearcher | None = None,
        faq_k: int = FAQ_K,
        product_k: int = PRODUCT_K,
    ) -> None:
        self.faq_retriever = faq_retriever
        self.fetch_faq = fetch_faq
        self.product_searcher = product_searcher
        self.faq_k = faq_k
        self.product_k = product_k

    def faq_hits(self, question: str) -> List[FaqHit]:
        """FAQ entries by score, best first (empty for empty text)."""
        if not question.strip():
            return []
        return self.faq_retriever.rank(question, k=max(self.faq_k, 2))

    def faq_passages(
        self, hits: Sequence[FaqHit], language: str
    ) -> Tuple[List[Passage], List[FaqView]]:
        """Passages of the first ``faq_k`` hits, and their entries."""
        hits = list(hits)[: self.faq_k]
        entries = {e.id: e for e in self.fetch_faq([h.faq_id for h in hits])}
        found = [(h, entries[h.faq_id]) for h in hits if h.faq_id in entries]
        return [faq_passage(e, language, h.score) for h, e in found], [
            e for _, e in found
        ]

    def products(self, question: str) -> List[ProductView]:
        """The top products for the question (none without a product searcher)."""
        if self.product_searcher is None or not question.strip():
            return []
        return self.product_searcher.search(question, k=self.product_k)
