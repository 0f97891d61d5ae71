"""Relation questions about a product, answered from the catalog's knowledge graph.

"what cases fit the iPhone 15?", "any accessories for it?", "anything similar?",
"is this charger compatible with my Xiaomi 14?", "这个有什么配件", "和小米14兼容吗",
"有类似的吗": the relation is read from the words of the message, the product is
the one named (best title match) or the one discussed last, and the answer comes
from the ``product_relations`` edges (``ProductRepository.related``):

* accessories of P: edges ``accessory_of`` and ``compatible_with`` into P;
* what P works with: those edges out of P (else into P, for a phone);
* similar to P: ``similar_to`` out of P, then into P;
* "does P work with Q?": yes when an ``accessory_of``/``compatible_with`` edge links
  P and Q in either direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from rasa_sdk import Tracker

from actions.common import entity_values, latest_text
from actions.forms.product_search import FILLER_WORDS, FILLER_ZH, residual_words
from actions.product_pages import is_sku
from actions.services import fetch_products, product_searcher, settings
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView
from bot.retrieval.text_tokens import tokenize

MAX_LISTED = 3
CANDIDATES = 5  # search hits a named product is chosen from (best title match)
LINK_KINDS = ("accessory_of", "compatible_with")

# Checked in this order: "what cases fit the iPhone 15?" asks for accessories,
# "does the case fit the iPhone 14?" asks about compatibility.
RELATION_PATTERNS: Tuple[Tuple[str, re.Pattern], ...] = (
    (
        "accessory",
        re.compile(
            r"\baccessor(?:y|ies)\b|\b(?:what|which|any)\s+(?:cases|covers|chargers"
            r"|cables|straps|bands|screen protectors)\b|\b(?:cases|covers) for\b"
            r"|\bgoes? with\b|配件|配什么|什么壳|哪些壳|哪款壳|什么手机壳|什么膜"
            r"|什么表带|周边",
            re.IGNORECASE,
        ),
    ),
    (
        "compatible",
        re.compile(
            r"\bcompatib\w*|\bworks? (?:with|on)\b|\bfits?\b|\bsupports? my\b"
            r"|兼容|适配|适用|配得上|能配|能用在",
            re.IGNORECASE,
        ),
    ),
    (
        "similar",
        re.compile(
            r"\bsimilar\b|\balternatives?\b|\blike (?:this|that|it)\b"
            r"|\bsomething like\b|\bother options\b|类似|相似|差不多的|同类|替代|平替",
            re.IGNORECASE,
        ),
    ),
)
_YES_NO = re.compile(
    r"^\s*(?:is|are|does|do|will|would|can|could|should)\b|吗|能不能|是不是|兼容不"
    r"|可不可以|行不行",
    re.IGNORECASE,
)
# words of a relation question that name no product ("any accessories for it?")
RELATION_FILLER = FILLER_WORDS | frozenset(
    "accessory accessories case cases cover covers compatible compatibility work"
    " works fit fits similar alternative alternatives like other options is are does"
    " do will would can could should there with for go goes my your its it this that"
    " these those what which anything else charger chargers cable cables strap straps"
    " band bands screen protector protectors support supports".split()
)
RELATION_FILLER_ZH = FILLER_ZH | frozenset(
    "这个 这款 那个 那款 它 和 跟 与 配件 配什么 兼容 适配 适用 配得上 能配 能用在 能用"
    " 类似 相似 差不多 同类 替代 平替 有 什么 吗 呢 的 我的 我 能不能 是不是 可以"
    " 哪些 哪款 壳 膜 表带 周边 还 吧 款 个".split()
)
NOUNS = {
    "en": {
        "accessory": "accessories",
        "compatible": "compatible products",
        "similar": "similar products",
    },
    "zh": {"accessory": "配件", "compatible": "适配的商品", "similar": "类似商品"},
}


def relation_kind(text: str) -> Optional[str]:
    """ "accessory", "compatible", "similar", or None for other questions."""
    for kind, pattern in RELATION_PATTERNS:
        if pattern.search(text):
            return kind
    return None


def is_yes_no(text: str) -> bool:
    """True for a yes/no question ("is it compatible…?", "…兼容吗")."""
    return bool(_YES_NO.search(text))


def title_match(text: str, product: ProductView) -> float:
    """Share of a title's words the text holds (best of the EN and ZH titles).

    "iPhone 15" covers more of "Apple iPhone 15 128GB" than of "ShellMate Case
    for Apple iPhone 15", so the phone wins over its case.
    """
    words = set(tokenize(text))
    best = 0.0
    for title in (product.title_en, product.title_zh):
        title_words = set(tokenize(title))
        if title_words:
            best = max(best, len(words & title_words) / len(title_words))
    return best


def best_match(text: str, hits: Sequence[ProductView]) -> Optional[ProductView]:
    """The hit whose title the text covers best (search order breaks ties)."""
    scored = [(title_match(text, p), -i, p) for i, p in enumerate(hits)]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: s[:2])[2] if scored else None


def _describes(value: str, product: ProductView) -> bool:
    # "this charger" after discussing a charger: the words all fit that product
    words = set(tokenize(value))
    name = f"{product.title_en} {product.title_zh} {product.brand}"
    return bool(words) and words <= set(tokenize(name))


def mentioned_products(
    tracker: Tracker, last: Optional[ProductView]
) -> List[ProductView]:
    """The products the message names, in order (no repeats).

    Each ``product`` entity is a SKU (card postbacks), the last product when its
    words all fit it ("this charger"), else the search hit whose title it covers
    best. Without entities the message's words left after the relation words are
    searched.
    """
    values = [str(v) for v in entity_values(tracker, "product") if v]
    if not values:
        text = latest_text(tracker)
        words = residual_words(text, RELATION_FILLER, RELATION_FILLER_ZH)
        values = [" ".join(words)] if words else []
    found: List[ProductView] = []
    for value in values[:3]:
        product = _mention(value[:500], last)
        if product is not None and product.sku not in {p.sku for p in found}:
            found.append(product)
    return found


def _mention(value: str, last: Optional[ProductView]) -> Optional[ProductView]:
    if is_sku(value):
        hits = fetch_products([value.strip()])
        return hits[0] if hits else None
    if last is not None and _describes(value, last):
        return last
    return best_match(value, product_searcher().search(value, k=CANDIDATES))


def related_products(sku: str, kind: str, incoming: bool) -> List[ProductView]:
    """``ProductRepository.related`` in a unit of work of the shop database."""
    with session_scope(settings().database_url) as session:
        return ProductRepository(session).related(sku, kind, incoming=incoming)


def _merged(groups: Sequence[List[ProductView]], skip: str) -> List[ProductView]:
    seen, merged = {skip}, []
    for group in groups:
        for product in group:
            if product.sku not in seen:
                seen.add(product.sku)
                merged.append(product)
    return merged


def related_to(product: ProductView, kind: str) -> List[ProductView]:
    """The products of a relation question about one product, best first.

    Args:
        product: the product asked about.
        kind: "accessory", "compatible" or "similar" (see the module docstring).
    """
    sku = product.sku
    if kind == "accessory":
        groups = [related_products(sku, k, incoming=True) for k in LINK_KINDS]
    elif kind == "compatible":
        groups = [related_products(sku, k, incoming=False) for k in LINK_KINDS]
        if not any(groups):
            groups = [related_products(sku, k, incoming=True) for k in LINK_KINDS]
    else:
        groups = [
            related_products(sku, "similar_to", incoming=False),
            related_products(sku, "similar_to", incoming=True),
        ]
    return _merged(groups, sku)


def linked(first: ProductView, second: ProductView) -> bool:
    """True when an accessory_of/compatible_with edge joins the two, either way."""
    for kind in LINK_KINDS:
        for a, b in ((first, second), (second, first)):
            if b.sku in {p.sku for p in related_products(a.sku, kind, False)}:
                return True
    return False


@dataclass(frozen=True)
class RelationQuestion:
    """What a relation question asks.

    Attributes:
        kind: "accessory", "compatible" or "similar".
        subject: the product asked about (None: the shopper must say which).
        other: the second product of a yes/no compatibility question, else None.
    """

    kind: str
    subject: Optional[ProductView]
    other: Optional[ProductView] = None


def read_question(
    tracker: Tracker, kind: str, last: Optional[ProductView]
) -> RelationQuestion:
    """The products a relation question is about: named ones, else the last one.

    A yes/no compatibility question pairs two named products, or the last product
    with the one named ("is this charger compatible with my Xiaomi 14?").
    """
    named = mentioned_products(tracker, last)
    if kind == "compatible" and is_yes_no(latest_text(tracker)):
        pair = named[:2] if len(named) >= 2 else [last] + named if last else named
        if len(pair) == 2 and pair[0].sku != pair[1].sku:
            return RelationQuestion(kind, pair[0], pair[1])
    return RelationQuestion(kind, named[0] if named else last)
