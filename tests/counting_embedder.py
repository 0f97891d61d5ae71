"""A real embedder that counts what it encodes (tests of incremental indexing)."""

from __future__ import annotations

from typing import List

from bot.retrieval.embedder import Embedder


class CountingEmbedder:
    """The real embedder, counting the texts it encodes; may claim another model."""

    def __init__(self, inner: Embedder, model_id: str | None = None) -> None:
        self.inner = inner
        self._model_id = model_id or inner.model_id
        self.texts: List[str] = []

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts, kind="query"):
        self.texts += list(texts)
        return self.inner.embed(texts, kind)
