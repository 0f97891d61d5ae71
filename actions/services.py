"""Process-wide, lazily created services of the action server (models load once)."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import List, Sequence

from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView
from bot.retrieval.embedder import Embedder, make_embedder
from bot.retrieval.faq_retriever import FaqRetriever, load_faq_retriever
from bot.retrieval.product_search import ProductSearcher
from bot.retrieval.recommend import Recommender
from bot.retrieval.use_embedder import UseEmbedder
from bot.settings import Settings

_lock = threading.Lock()


@lru_cache(maxsize=1)
def settings() -> Settings:
    """Settings of this process, read once from the environment."""
    return Settings.from_env()


@lru_cache(maxsize=1)
def embedder() -> Embedder | UseEmbedder:
    """The retrieval embedder (model loads on first embed)."""
    s = settings()
    return make_embedder(s.embedder, threads=s.torch_threads, dtype=s.embedder_dtype)


def fetch_products(skus: Sequence[str]) -> List[ProductView]:
    """Product rows for SKUs, in the same order, from the shop database."""
    with session_scope(settings().database_url) as session:
        return ProductRepository(session).get_many(list(skus))


def faq_retriever() -> FaqRetriever:
    """The FAQ retriever over the persisted index."""
    with _lock:
        return _faq_retriever()


@lru_cache(maxsize=1)
def _faq_retriever() -> FaqRetriever:
    return load_faq_retriever(settings(), embedder())


def product_searcher() -> ProductSearcher:
    """The product searcher over the persisted index."""
    with _lock:
        return _product_searcher()


@lru_cache(maxsize=1)
def _product_searcher() -> ProductSearcher:
    return ProductSearcher.load(settings().index_dir, embedder(), fetch_products)


def recommender() -> Recommender:
    """The recommender over the product index's vectors and the shop database."""
    with _lock:
        return _recommender(settings().database_url)


@lru_cache(maxsize=2)
def _recommender(database_url: str) -> Recommender:
    return Recommender.from_index(_product_searcher().index, database_url)
