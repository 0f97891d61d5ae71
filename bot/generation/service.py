"""Assembles the grounded-answer chain from the settings and the shop database."""

from __future__ import annotations

from functools import partial
from typing import List, Sequence, Tuple

from bot.db.repositories.faq import FaqRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import FaqView, ProductView
from bot.generation.chain import GroundedAnswerer
from bot.generation.extractive import ExtractiveSelector, LexicalStats, SelectorConfig
from bot.generation.facts import NameLexicon
from bot.generation.generator import Generator, make_generator
from bot.generation.guardrail import Guardrail
from bot.generation.passages import PassageRetriever
from bot.retrieval.faq_retriever import FaqRetriever
from bot.retrieval.product_search import ProductSearcher
from bot.settings import Settings

_FROM_SETTINGS = object()


def fetch_faq(database_url: str, ids: Sequence[str]) -> List[FaqView]:
    """FAQ entries for ``ids`` in that order (unknown ids skipped)."""
    with session_scope(database_url) as session:
        repository = FaqRepository(session)
        entries = [repository.get(faq_id) for faq_id in ids]
    return [e for e in entries if e is not None]


def _shop_texts(database_url: str) -> Tuple[List[FaqView], List[ProductView]]:
    with session_scope(database_url) as session:
        return FaqRepository(session).list_all(), ProductRepository(session).list_all()


def build_answerer(
    settings: Settings,
    faq_retriever: FaqRetriever,
    product_searcher: ProductSearcher | None,
    embedder,
    generator: Generator | None | object = _FROM_SETTINGS,
    config: SelectorConfig | None = None,
) -> GroundedAnswerer:
    """The chain over the shop database (IDF statistics and names read once).

    Args:
        settings: shopbot settings (database, generation options).
        faq_retriever: the FAQ retriever (its threshold decides clear FAQ hits).
        product_searcher: product search; None leaves products out.
        embedder: the retrieval embedder (selector similarities).
        generator: instead of the settings' one (which loads on first use).
        config: selector weights and thresholds (default: the calibrated ones).

    Raises:
        DatabaseError: the database cannot be read.
        ConfigError: bad generation settings.
    """
    faq, products = _shop_texts(settings.database_url)
    options = settings.generation
    if generator is _FROM_SETTINGS:
        needs = options.strategy != "extractive"
        generator = make_generator(options) if needs else None
    return GroundedAnswerer(
        PassageRetriever(
            faq_retriever, partial(fetch_faq, settings.database_url), product_searcher
        ),
        ExtractiveSelector(
            embedder, LexicalStats.from_shop(faq, products), config or SelectorConfig()
        ),
        Guardrail(NameLexicon.from_products(products)),
        generator,
        options.strategy,
        options.time_budget,
        options.max_new_tokens,
        settings.faq_suggest_threshold,
        settings.faq_suggestions,
    )
