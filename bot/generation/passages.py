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
from bot.language import detect_language
from bot.retrieval.faq_retriever import FaqHit, FaqRetriever
from bot.retrieval.product_search import ProductSearcher

FAQ_K = 3  # FAQ entries offered as passages
PRODUCT_K = 2  # products offered as passages
# After . ! ? ; only with a space ("7.1 mm" stays whole); after 。！？； always.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*")
# Long description sentences are also quoted clause by clause: a fact in a clause
# of its own is not diluted by the rest of the sentence (for the embedding and the
# word overlap). Shorter sentences stay whole.
CLAUSE_MIN_WORDS = 12  # English sentences longer than this (words) are split
CLAUSE_MIN_CHARS = 16  # Chinese sentences longer than this (characters) are split
# English: "; ", ", and|but|plus|so|yet|while|with …", " - " (any dash); not ", or",
# which mostly closes a list ("in spring, in autumn, or both").
_EN_CLAUSE = re.compile(
    r"\s*;\s*|,\s+(?=(?:and|but|plus|so|yet|while|with)\s)|\s+[-–—]\s+"
)
_EN_CONJUNCTION = re.compile(r"^(?:and|but|plus|so|yet)\s+", re.IGNORECASE)
# Chinese: ， and ； (、 joins list items, "有线、蓝牙、2.4G三模连接", so it stays).
_ZH_CLAUSE = re.compile(r"[，；,;]\s*")
_END_EN = re.compile(r"[.!?]$")
_END_ZH = re.compile(r"[。！？!?]$")
MIN_CLAUSE_WORDS = 3  # shorter English pieces join the clause before them
MIN_CLAUSE_CHARS = 4  # shorter Chinese pieces join the clause before them


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


def _is_long(sentence: str, chinese: bool) -> bool:
    if chinese:
        return len(sentence) > CLAUSE_MIN_CHARS
    return len(sentence.split()) > CLAUSE_MIN_WORDS


def _pieces(sentence: str, chinese: bool) -> List[str]:
    """The sentence cut at its clause breaks; a piece too short to stand alone
    ("汤色红浓" stays, "so" does not) joins the one before it."""
    body = sentence.rstrip("。！？.!?")
    cut = (_ZH_CLAUSE if chinese else _EN_CLAUSE).split(body)
    out: List[str] = []
    for piece in (p.strip() for p in cut):
        if not piece:
            continue
        short = (
            len(piece) < MIN_CLAUSE_CHARS
            if chinese
            else len(piece.split()) < MIN_CLAUSE_WORDS
        )
        if out and short:
            out[-1] += ("，" if chinese else ", ") + piece
        else:
            out.append(piece)
    return out


def _as_statement(piece: str, chinese: bool) -> str:
    """A clause as a quotable statement: no leading "and", a capital, closing
    punctuation."""
    if chinese:
        return piece if _END_ZH.search(piece) else piece + "。"
    piece = _EN_CONJUNCTION.sub("", piece)
    first = piece.split(" ", 1)[0]
    if first.islower() and first.isalpha():  # "with …" → "With …", not "IPhones"
        piece = piece[0].upper() + piece[1:]
    return piece if _END_EN.search(piece) else piece + "."


def clauses(sentence: str) -> List[str]:
    """The clauses of a long English or Chinese sentence, each ending like a
    sentence; a short sentence, or one without clause breaks, is its own only
    clause. English breaks at "; ", ", and/but/plus/so/while/with …" and " - ";
    Chinese at ， and ；."""
    sentence = sentence.strip()
    chinese = detect_language(sentence) == "zh"
    if not sentence or not _is_long(sentence, chinese):
        return [sentence] if sentence else []
    pieces = _pieces(sentence, chinese)
    if len(pieces) < 2:
        return [sentence]
    return [_as_statement(p, chinese) for p in pieces]


def description_units(text: str) -> List[str]:
    """The quotable statements of a product description: each sentence and, for a
    long one, its clauses after it (dropping the whole sentence cost 2 English
    product answers in the benchmark)."""
    units: List[str] = []
    for sentence in sentences(text):
        parts = clauses(sentence)
        if parts != [sentence]:
            units.append(sentence)
        units.extend(parts)
    return list(dict.fromkeys(units))


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


# Chinese labels of the common attributes whose values are numbers or yes/no (the
# other values are English text, so Chinese passages leave them out).
ATTRIBUTE_LABELS_ZH = {  # key: (label, unit written after the value)
    "screen_inch": ("屏幕尺寸", "英寸"),
    "warranty_months": ("保修期", "个月"),
    "weight_kg": ("重量", "千克"),
    "weight_g": ("重量", "克"),
    "storage_gb": ("存储容量", "GB"),
    "battery_mah": ("电池容量", "mAh"),
    "ram_gb": ("运行内存", "GB"),
    "waterproof": ("防水", ""),
    "camera_mp": ("主摄", "百万像素"),
    "wattage": ("功率", "瓦"),
    "pieces": ("件数", "件"),
    "volume_ml": ("容量", "毫升"),
    "organic": ("有机", ""),
    "shelf_life_days": ("保质期", "天"),
    "drop_protection_m": ("防摔高度", "米"),
    "battery_hours": ("电池续航", "小时"),
    "battery_days": ("电池续航", "天"),
    "capacity_l": ("容量", "升"),
    "capacity_ml": ("容量", "毫升"),
    "capacity_mah": ("电池容量", "mAh"),
    "case_battery_hours": ("充电盒续航", "小时"),
    "refresh_hz": ("刷新率", "Hz"),
    "length_m": ("长度", "米"),
    "noise_db": ("噪音", "分贝"),
    "runtime_hours": ("续航", "小时"),
    "runtime_min": ("续航", "分钟"),
}


def attribute_lines_zh(product: ProductView) -> List[str]:
    """``标签：值单位`` lines ("防摔高度：3米") of the attributes with a Chinese label
    and a number or yes/no value."""
    lines = []
    for key, value in sorted(product.attributes.items()):
        if key not in ATTRIBUTE_LABELS_ZH or isinstance(value, str):
            continue
        label, unit = ATTRIBUTE_LABELS_ZH[key]
        if isinstance(value, bool):
            value, unit = ("是" if value else "否"), ""
        lines.append(f"{label}：{value}{unit}")
    return lines


def product_passage(product: ProductView, language: str) -> Passage:
    """Title, brand, price and description of a product, plus its attributes (in
    Chinese only those with a Chinese label and a number or yes/no value). Units:
    the price line, each description sentence and the clauses of a long one
    (``description_units``) and each attribute line, all prefixed with the title
    so a quote names its product."""
    title = product.title(language)
    if language == "zh":
        price = (
            f"{title}：品牌 {product.brand}，售价 {product.price} {product.currency}。"
        )
    else:
        price = (
            f"{title}: brand {product.brand}, price {product.price} {product.currency}."
        )
    description = product.description(language)
    body = sentences(description)
    if language == "zh":
        attributes = attribute_lines_zh(product)
    else:
        attributes = attribute_lines(product)
    end = "。" if language == "zh" else "."
    text = " ".join([price, *body, *(f"{line}{end}" for line in attributes)])
    sep = "：" if language == "zh" else ": "
    units = (price, *(f"{title}{sep}{s}" for s in description_units(description)))
    units += tuple(f"{title}{sep}{line}{end}" for line in attributes)
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
