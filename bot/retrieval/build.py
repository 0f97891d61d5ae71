"""Builds and persists the FAQ and product indexes from the shop database."""

from __future__ import annotations

import time
from typing import Dict, Sequence

from bot.db.repositories.faq import FaqRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import FaqView
from bot.retrieval.embedder import Embedder, make_embedder
from bot.retrieval.faq_retriever import FAQ_INDEX, faq_rows
from bot.retrieval.finetune import ensure_faq_encoder
from bot.retrieval.incremental import build_incrementally
from bot.retrieval.product_search import (
    PRODUCT_BM25_INDEX,
    PRODUCT_INDEX,
    build_product_bm25,
    product_rows,
)
from bot.retrieval.use_embedder import UseEmbedder
from bot.settings import Settings


def faq_encoder(
    settings: Settings,
    faq: Sequence[FaqView],
    embedder: Embedder | UseEmbedder | None = None,
) -> Embedder | UseEmbedder:
    """The FAQ index's encoder (``settings.faq_embedder``), fine-tuned on the FAQ
    phrasings first when it is "finetuned" and the stored one is out of date.

    Args:
        settings: shopbot settings.
        faq: the FAQ entries whose phrasings are indexed (and trained on).
        embedder: the retrieval embedder already loaded, reused when the FAQ uses it.
    """
    ref = settings.faq_embedder_ref
    if ref == str(settings.finetuned_faq_dir):
        ensure_faq_encoder(
            faq, settings.finetuned_faq_dir, settings.embedder, settings.torch_threads
        )
    if embedder is not None and ref == settings.embedder:
        return embedder
    return make_embedder(
        ref, threads=settings.torch_threads, dtype=settings.embedder_dtype
    )


def build_indexes(
    settings: Settings,
    embedder: Embedder | UseEmbedder | None = None,
    *,
    reuse: bool = True,
    progress: bool = False,
) -> Dict[str, Dict[str, float]]:
    """Embeds the FAQ phrasings and product passages; writes both dense indexes and
    the lexical (BM25) product index that hybrid product search uses.

    Dense indexes are updated incrementally (``bot.retrieval.incremental``): only
    texts new or changed since the last build are embedded, the others reuse their
    persisted vectors, removed ones drop out; another encoder (model id, dtype, a
    retrained fine-tuned FAQ encoder) rebuilds in full. BM25 is always rebuilt.

    Args:
        settings: database, index folder, embedder references.
        embedder: the retrieval embedder (default: ``settings.embedder``).
        reuse: False embeds every text again (a full rebuild).
        progress: tqdm bars over the embedding batches.

    Returns:
        Per index: rows ("vectors"), texts embedded now ("embedded", dense indexes
        only) and build seconds.
    """
    embedder = embedder or make_embedder(
        settings.embedder,
        threads=settings.torch_threads,
        dtype=settings.embedder_dtype,
    )
    with session_scope(settings.database_url) as session:
        faq = FaqRepository(session).list_all()
        products = ProductRepository(session).list_all()
    report: Dict[str, Dict[str, float]] = {}
    start = time.perf_counter()
    encoders = {FAQ_INDEX: faq_encoder(settings, faq, embedder)}
    report["faq_encoder"] = {"seconds": time.perf_counter() - start}
    for name, kind, (texts, ids) in (
        (FAQ_INDEX, "query", faq_rows(faq, include_answers=True)),  # build_faq_index
        (PRODUCT_INDEX, "passage", product_rows(products)),  # build_product_index
    ):
        start = time.perf_counter()
        index, done = build_incrementally(
            settings.index_dir / name,
            texts,
            ids,
            kind,
            encoders.get(name, embedder),
            reuse=reuse,
            progress=progress,
        )
        report[name] = {
            "vectors": len(index),
            "embedded": done.embedded,
            "seconds": time.perf_counter() - start,
        }
    start = time.perf_counter()
    bm25 = build_product_bm25(products)
    bm25.save(settings.index_dir / PRODUCT_BM25_INDEX)
    report[PRODUCT_BM25_INDEX] = {
        "vectors": len(bm25),
        "seconds": time.perf_counter() - start,
    }
    return report
