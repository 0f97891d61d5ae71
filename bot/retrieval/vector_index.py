"""A FAISS index persisted with its metadata (model, dimension, ids, build time)."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, List, Sequence, Tuple

from bot.exceptions import RetrievalIndexError

if TYPE_CHECKING:
    import numpy as np

INDEX_FILE = "index.faiss"
META_FILE = "meta.json"
EXACT_LIMIT = (
    50_000  # below this many vectors an exact inner-product index is fast enough
)


@dataclass(frozen=True)
class IndexMeta:
    """What an index was built with; checked on load."""

    model_id: str
    dimension: int
    normalized: bool
    doc_ids: List[str]
    index_type: str
    built_at: float


class VectorIndex:
    """Inner-product search over unit vectors (= cosine), mapping rows to document ids.

    Several rows may share a document id (e.g. every phrasing of one FAQ entry).
    """

    def __init__(self, index, meta: IndexMeta) -> None:  # index: faiss.Index
        self._index = index
        self.meta = meta

    def __len__(self) -> int:
        return len(self.meta.doc_ids)

    @classmethod
    def build(
        cls, vectors: np.ndarray, doc_ids: Sequence[str], model_id: str
    ) -> VectorIndex:
        """Builds an index from (n, d) unit vectors and their n document ids."""
        import faiss
        import numpy as np

        vectors = np.ascontiguousarray(vectors, dtype="float32")
        if vectors.ndim != 2 or len(vectors) != len(doc_ids):
            raise RetrievalIndexError(
                f"Expected {len(doc_ids)} vectors of one dimension, got {vectors.shape}"
            )
        dim = int(vectors.shape[1])
        if len(vectors) <= EXACT_LIMIT:
            index, kind = faiss.IndexFlatIP(dim), "flat_ip"
        else:
            index, kind = (
                faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT),
                "hnsw",
            )
        index.add(vectors)
        meta = IndexMeta(model_id, dim, True, list(doc_ids), kind, time.time())
        return cls(index, meta)

    def search(self, queries: np.ndarray, k: int) -> List[List[Tuple[str, float]]]:
        """Top-k rows per query as (doc_id, score), best first; empty index → []."""
        import numpy as np

        if len(self) == 0 or k <= 0:
            return [[] for _ in range(len(queries))]
        queries = np.ascontiguousarray(queries, dtype="float32")
        if queries.shape[1] != self.meta.dimension:
            raise RetrievalIndexError(
                f"Query dimension {queries.shape[1]} != index dimension "
                f"{self.meta.dimension}; rebuild the index with `shopbot index`."
            )
        scores, rows = self._index.search(queries, min(k, len(self)))
        return [
            [
                (self.meta.doc_ids[r], float(s))
                for r, s in zip(row, sc, strict=True)
                if r >= 0
            ]
            for row, sc in zip(rows, scores, strict=True)
        ]

    def save(self, folder: Path) -> None:
        """Writes index and metadata into folder (created if needed)."""
        import faiss

        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self._index, str(folder / INDEX_FILE))
        (folder / META_FILE).write_text(
            json.dumps(asdict(self.meta), ensure_ascii=False)
        )

    @classmethod
    def load(cls, folder: Path, model_id: str, dimension: int) -> VectorIndex:
        """Loads an index and checks it was built with this model and dimension."""
        import faiss

        if not (folder / INDEX_FILE).exists() or not (folder / META_FILE).exists():
            raise RetrievalIndexError(
                f"No index in {folder}; build it with `shopbot index`."
            )
        try:
            meta = IndexMeta(**json.loads((folder / META_FILE).read_text()))
            index = faiss.read_index(str(folder / INDEX_FILE))
        except (ValueError, TypeError, RuntimeError) as e:
            raise RetrievalIndexError(
                f"Corrupt index in {folder}: {e}; rebuild it with `shopbot index`."
            ) from e
        if meta.model_id != model_id or meta.dimension != dimension:
            raise RetrievalIndexError(
                f"Index in {folder} was built with {meta.model_id} "
                f"({meta.dimension}-d), "
                f"not {model_id} ({dimension}-d); rebuild it with `shopbot index`."
            )
        return cls(index, meta)
