"""Product search: FAISS over product passages, optionally fused with BM25.

Facts (price, stock, variants) always come from the database through
`fetch_products`; the indexes only rank SKUs. The lexical (BM25) index makes exact
tokens such as model numbers ("XR-200", "WF-1000XM5", "小米10") and brands count;
without it the searcher ranks by dense similarity alone. A small rule separates 苹果
the fruit from Apple the brand when the query says which one is meant.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from bot.db.views import ProductView
from bot.exceptions import ConfigError, RetrievalIndexError
from bot.retrieval.bm25_index import Bm25Index
from bot.retrieval.embedder import Embedder
from bot.retrieval.hybrid import reciprocal_rank_fusion, weighted_fusion
from bot.retrieval.text_tokens import tokenize
from bot.retrieval.vector_index import VectorIndex

PRODUCT_INDEX = "products"
PRODUCT_BM25_INDEX = "products_bm25"
# rows fetched per wanted result: a small first page (loading rows is most of a
# search's database time), then large pages, so strict filters still leave k results
FIRST_FETCH = 2
OVERFETCH = 10
FUSIONS = ("rrf", "weighted")
RRF_K = 10  # small catalog: a lexical top hit must be able to overtake dense ranks
GROCERIES = "groceries"

# Category words in both languages, so "手机" or "headphones" reach the category.
CATEGORY_WORDS: Dict[str, str] = {
    "phones": "phone smartphone mobile 手机 智能手机",
    "phone_accessories": "phone accessory 手机配件",
    "electronics": "electronics gadget 数码 电子产品",
    "clothing": "clothing clothes apparel 服装 衣服",
    "shoes": "shoes footwear 鞋 鞋子",
    "home": "home household 家居 家用",
    "beauty": "beauty personal care 美妆 个护",
    "sports": "sports outdoor fitness 运动 户外 健身",
    "groceries": "groceries food 食品 生鲜",
}
_APPLE = re.compile(r"苹果|\bapples?\b", re.IGNORECASE)
_APPLE_BRAND_CONTEXT = re.compile(
    r"手机|壳|膜|充电|数据线|耳机|手表|表带|平板|电脑|笔记本|iphone|ipad|airpods|"
    r"macbook|watch|phone|case|charger|cable|earbuds|laptop|tablet|magsafe|"
    r"苹果\s*\d{1,2}(?![\d.]|\s*(?:斤|公斤|千克|kg|个|箱|盒|元|块))",
    re.IGNORECASE,
)
_APPLE_FRUIT_CONTEXT = re.compile(
    r"水果|新鲜|斤|公斤|富士|青苹果|冰糖心|好吃|甜|脆|吃|fresh|fruit|fuji|gala|"
    r"\bkg\b|juicy|sweet|eat",
    re.IGNORECASE,
)
_LETTER_DIGIT = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class ProductFilters:
    """Constraints from the shopper's entities; None means no constraint."""

    category: str | None = None
    brand: str | None = None
    color: str | None = None
    size: str | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None

    def accepts(self, product: ProductView) -> bool:
        """True when the product satisfies every set constraint."""
        checks = [
            self.category is None or product.category == self.category,
            self.brand is None or product.brand.lower() == self.brand.lower(),
            product.has_variant(color=self.color, size=self.size),
            self.price_min is None or product.price >= self.price_min,
            self.price_max is None or product.price <= self.price_max,
        ]
        return all(checks)


@dataclass(frozen=True)
class _CategoryRule:
    """A category constraint inferred from the query text (the 苹果 rule)."""

    only: str | None = None
    exclude: str | None = None

    def accepts(self, product: ProductView) -> bool:
        if self.only is not None and product.category != self.only:
            return False
        return self.exclude is None or product.category != self.exclude


def apple_sense(query: str, filters: ProductFilters = ProductFilters()) -> str | None:
    """Which 苹果/apple the query means: "brand", "fruit", or None (undecided).

    Apple-brand filter or device words (手机/壳/case/phone…) → "brand"; fruit words
    (水果/新鲜/斤/fresh/fruit…) → "fruit"; no apple word, both or neither → None.
    """
    if filters.brand is not None and filters.brand.lower() == "apple":
        return "brand"
    if not _APPLE.search(query):
        return None
    brand = bool(_APPLE_BRAND_CONTEXT.search(query))
    fruit = bool(_APPLE_FRUIT_CONTEXT.search(query))
    if brand != fruit:
        return "brand" if brand else "fruit"
    return None


def _category_rule(query: str, filters: ProductFilters) -> _CategoryRule:
    if filters.category is not None:
        return _CategoryRule()
    sense = apple_sense(query, filters)
    if sense == "brand":
        return _CategoryRule(exclude=GROCERIES)
    if sense == "fruit":
        return _CategoryRule(only=GROCERIES)
    return _CategoryRule()


def most_words(query: str, products: Sequence[ProductView]) -> List[ProductView]:
    """The products whose lexical text holds the most query words, in input order.

    A dense ranking puts speakers right after earbuds; sorting those by price would
    list a speaker first for "cheapest wireless earbuds". All products are kept when
    none shares a word with the query.
    """
    words = set(product_tokens(query))
    cover = [len(words & set(product_tokens(lexical_text(p)))) for p in products]
    best = max(cover, default=0)
    if not best:
        return list(products)
    return [p for p, c in zip(products, cover, strict=True) if c == best]


def product_passages(product: ProductView, rich: bool = True) -> List[str]:
    """The texts a product is found by: English and Chinese title + description.

    Args:
        product: the product.
        rich: also name the category in its language and the product's tags and
            compatible model (False gives the original title. brand. description).
    """
    if not rich:
        return [
            f"{product.title_en}. {product.brand}. {product.description_en}",
            f"{product.title_zh}。{product.brand}。{product.description_zh}",
        ]
    en_words, zh_words = _category_words(product.category)
    tags = ", ".join(tag.replace("-", " ") for tag in product.tags)
    model = product.attributes.get("compatible_model")
    fits = f" For {model}." if model else ""
    return [
        f"{product.title_en}. {product.brand} {en_words}.{fits} "
        f"{product.description_en} {tags}",
        f"{product.title_zh}。{product.brand} {zh_words}。{product.description_zh}",
    ]


def _category_words(category: str) -> tuple[str, str]:
    words = CATEGORY_WORDS.get(category, category).split()
    en = " ".join(w for w in words if w.isascii())
    zh = " ".join(w for w in words if not w.isascii())
    return en, zh


def name_tokens(product: ProductView) -> set[str]:
    """The words of a product's titles (EN, ZH) and brand (`tokenize`)."""
    return set(tokenize(f"{product.title_en} {product.title_zh} {product.brand}"))


def lexical_text(product: ProductView) -> str:
    """The text BM25 indexes for a product: titles, brand, category words, tags and
    attributes such as the compatible model (descriptions are left to the dense
    index, their common words would drown the exact tokens)."""
    # string attributes only (compatible_model, material, os, ...): numbers such as
    # battery_mah would make phones long rows that lose to their own cases
    attributes = " ".join(v for v in product.attributes.values() if isinstance(v, str))
    return " ".join(
        [
            product.title_en,
            product.title_zh,
            product.brand,
            CATEGORY_WORDS.get(product.category, product.category),
            " ".join(product.tags),
            attributes,
        ]
    )


def product_tokens(text: str) -> List[str]:
    """`tokenize` plus the parts of letter+digit codes and their compact forms, so
    "mate60pro" meets "Mate 60 Pro" and "xr200" meets "XR-200"."""
    tokens = tokenize(text)
    extra: List[str] = []
    for token in tokens:
        if not token.isascii() or not any(c.isdigit() for c in token):
            continue
        parts = _LETTER_DIGIT.findall(token)
        if len(parts) > 1:
            extra += parts
        compact = "".join(parts)
        if compact != token:
            extra.append(compact)
    return tokens + extra


def product_rows(
    products: Sequence[ProductView], rich: bool = True
) -> Tuple[List[str], List[str]]:
    """Texts and SKUs of the index rows: both passages of every product."""
    texts: List[str] = []
    ids: List[str] = []
    for product in products:
        for passage in product_passages(product, rich=rich):
            texts.append(passage)
            ids.append(product.sku)
    return texts, ids


def build_product_index(
    products: Sequence[ProductView], embedder: Embedder, rich: bool = True
) -> VectorIndex:
    """Embeds both passages of every product; rows map to SKUs."""
    texts, ids = product_rows(products, rich)
    return VectorIndex.build(embedder.embed(texts, "passage"), ids, embedder.model_id)


def build_product_bm25(products: Sequence[ProductView]) -> Bm25Index:
    """The lexical product index: one row (`lexical_text`) per SKU."""
    texts = [lexical_text(p) for p in products]
    return Bm25Index.build(texts, [p.sku for p in products], tokenizer=product_tokens)


def load_product_bm25(index_dir: Path) -> Optional[Bm25Index]:
    """The persisted product BM25 index, or None when absent or unusable."""
    try:
        return Bm25Index.load(index_dir / PRODUCT_BM25_INDEX, tokenizer=product_tokens)
    except RetrievalIndexError:
        return None


class ProductSearcher:
    """Product search with filters; product facts come from the database.

    Ranks SKUs by dense similarity of the query to the product passages, fused with
    BM25 when a lexical index is given (hybrid), then returns the first k products
    that pass the filters (and the 苹果 rule, see `apple_sense`).

    Args:
        index: the product passage index.
        embedder: the embedder the index was built with.
        fetch_products: loads product views for SKUs from the database, in order.
        bm25: optional lexical index (`build_product_bm25`); None ranks dense only.
        fusion: "rrf" (reciprocal rank fusion) or "weighted" (min-max scores).
        dense_weight: weight of the dense scores in "weighted" (BM25: 1 − it).
        apple_rule: apply the 苹果 fruit/brand category rule.
        rrf_k: damping constant of "rrf" (smaller: top ranks weigh more).
    """

    def __init__(
        self,
        index: VectorIndex,
        embedder: Embedder,
        fetch_products: Callable[[Sequence[str]], List[ProductView]],
        *,
        bm25: Bm25Index | None = None,
        fusion: str = "rrf",
        dense_weight: float = 0.5,
        apple_rule: bool = True,
        rrf_k: int = RRF_K,
    ) -> None:
        if fusion not in FUSIONS:
            raise ConfigError("fusion", fusion, ", ".join(FUSIONS))
        self.index = index
        self.embedder = embedder
        self.fetch_products = fetch_products
        self.bm25 = bm25
        self.fusion, self.dense_weight = fusion, dense_weight
        self.apple_rule = apple_rule
        self.rrf_k = rrf_k
        # the indexed products' catalog facts, read once (see `facets`)
        self._facets: Dict[str, ProductView] | None = None
        self._name_tokens: frozenset[str] | None = None

    @classmethod
    def load(
        cls,
        index_dir: Path,
        embedder: Embedder,
        fetch_products: Callable[[Sequence[str]], List[ProductView]],
        **options,
    ) -> ProductSearcher:
        """Loads the persisted product index built with the same embedder, and the
        BM25 index next to it when present (else the searcher ranks dense only).

        Args:
            index_dir: the folder `shopbot index` wrote.
            embedder: the embedder the dense index was built with.
            fetch_products: loads product views for SKUs from the database.
            **options: keyword options of `ProductSearcher` (not `bm25`).
        """
        index = VectorIndex.load(
            index_dir / PRODUCT_INDEX, embedder.model_id, embedder.dimension
        )
        bm25 = load_product_bm25(index_dir)
        return cls(index, embedder, fetch_products, bm25=bm25, **options)

    def rank(self, query: str) -> List[str]:
        """Every indexed SKU, best first for query (no filters)."""
        rows = self.index.search(self.embedder.embed([query], "query"), len(self.index))
        dense: Dict[str, float] = {}
        for sku, score in rows[0]:
            dense.setdefault(sku, score)  # rows come best first: keep the best
        lexical = dict(self.bm25.search(query, len(self.bm25))) if self.bm25 else {}
        if not lexical:
            return list(dense)
        if self.fusion == "rrf":
            by_lexical = sorted(lexical, key=lambda sku: -lexical[sku])
            fused = reciprocal_rank_fusion([list(dense), by_lexical], self.rrf_k)
        else:
            weights = [self.dense_weight, 1.0 - self.dense_weight]
            fused = weighted_fusion([dense, lexical], weights)
        return [sku for sku, _ in fused]

    def search(
        self, query: str, filters: ProductFilters = ProductFilters(), k: int = 3
    ) -> List[ProductView]:
        """Top k products for the query that pass the filters, best first."""
        if not query.strip() or k <= 0:
            return []
        filters = self._carried(filters)
        rule = _category_rule(query, filters) if self.apple_rule else _CategoryRule()
        skus = self._may_pass(self.rank(query), filters, rule)
        results: List[ProductView] = []
        start, step = 0, k * FIRST_FETCH  # most searches end in the first page
        while start < len(skus):
            for product in self.fetch_products(skus[start : start + step]):
                if filters.accepts(product) and rule.accepts(product):
                    results.append(product)
                    if len(results) == k:
                        return results
            start, step = start + step, k * OVERFETCH
        return results

    def candidates(
        self,
        query: str,
        filters: ProductFilters = ProductFilters(),
        limit: int = 12,
        same_category: bool = True,
    ) -> List[ProductView]:
        """The products a sorted listing chooses from, in relevance order.

        A price sort over the whole catalog would put the cheapest cable first for
        "cheapest wireless earbuds"; sorting only the best ``limit`` matches that
        are in the category most of the top 3 matches are in (without a category
        filter) and hold the most query words (`most_words`) keeps the listing
        about what was asked.

        Args:
            query: the search text (without the sort words).
            filters: the search's constraints.
            limit: most candidates returned.
            same_category: keep only the top matches' category.
        """
        pool = self.search(query, filters, k=limit * OVERFETCH)
        if same_category and filters.category is None and pool:
            top = Counter(p.category for p in pool[:3]).most_common(1)[0][0]
            pool = [p for p in pool if p.category == top]
        return most_words(query, pool)[:limit]

    def facets(self) -> Dict[str, ProductView]:
        """The indexed products as read once from the database, by SKU.

        Only their catalog facts are used (category, brand, colours, sizes), to
        narrow which rows a search fetches: a search with such filters need not load
        the whole catalog to find there are few matches. Prices and stock are
        always read fresh, and every fetched row is checked against all filters.
        """
        if self._facets is None:
            skus = sorted(set(self.index.meta.doc_ids))
            self._facets = {p.sku: p for p in self.fetch_products(skus)}
        return self._facets

    def names_a_product(self, text: str) -> bool:
        """True when the text holds a word of some indexed product's titles or brand.

        A cheap lexical check (no embedding) that lets a caller skip a search whose
        hit it would only accept if the hit shares such a word with the text.
        """
        if self._name_tokens is None:
            names = (name_tokens(p) for p in self.facets().values())
            self._name_tokens = frozenset().union(*names)
        return not self._name_tokens.isdisjoint(tokenize(text))

    def _may_pass(
        self, skus: Sequence[str], filters: ProductFilters, rule: _CategoryRule
    ) -> List[str]:
        """The SKUs whose catalog facts can pass the filters and the rule."""
        static = replace(filters, price_min=None, price_max=None)
        if static == ProductFilters() and rule == _CategoryRule():
            return list(skus)
        facets = self.facets()
        return [
            sku
            for sku in skus
            if sku not in facets  # not known when read: the fresh row decides
            or (static.accepts(facets[sku]) and rule.accepts(facets[sku]))
        ]

    def _carried(self, filters: ProductFilters) -> ProductFilters:
        """Drops a brand the shop does not carry at all: the NLU tags model names as
        brands at times ("my [iPhone](brand)"), and the query text still holds it."""
        if filters.brand is None:
            return filters
        brand = filters.brand.lower()
        if any(p.brand.lower() == brand for p in self.facets().values()):
            return filters
        return replace(filters, brand=None)

    def with_options(self, **options) -> ProductSearcher:
        """A searcher over the same indexes with other keyword options."""
        current = {
            "bm25": self.bm25,
            "fusion": self.fusion,
            "dense_weight": self.dense_weight,
            "apple_rule": self.apple_rule,
            "rrf_k": self.rrf_k,
        }
        return ProductSearcher(
            self.index, self.embedder, self.fetch_products, **{**current, **options}
        )
