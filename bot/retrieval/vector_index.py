"""A FAISS index persisted with its metadata (model, dimension, ids, build time).

Index types (all inner product on unit vectors, i.e. cosine):

- "flat": exact `IndexFlatIP`; stored as index_type "flat_ip".
- "hnsw": `IndexHNSWFlat` graph. Build parameters M (links per node) and
  efConstruction; search parameter efSearch (candidate list size, ≥ k; larger is
  slower and more exact).
- "ivf": `IndexIVFFlat` with nlist k-means cells, trained on a random sample of at
  most `IVF_TRAIN_PER_CELL` × nlist vectors; search parameter nprobe (cells visited).
- "auto" (default): "flat" up to `EXACT_LIMIT` vectors, "ivf" above with
  nlist ≈ 4·√n and nprobe = 32. Chosen by bench/retrieval_scale.py on 1M
  e5-derived 384-d vectors, one thread: IVF nlist=4096/nprobe=32 gave p95 0.8 ms
  at recall@10 0.987, while HNSW (M=32, efConstruction=80) stayed below 0.95
  recall up to efSearch=128 and took 2.3× longer to build.

The parameters are written to meta.json and re-applied on load, so a loaded index
searches exactly as the built one did. Indexes written before these parameters
existed still load: missing fields take the defaults.
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from bot.exceptions import RetrievalIndexError

if TYPE_CHECKING:
    import numpy as np

INDEX_FILE = "index.faiss"
META_FILE = "meta.json"
EXACT_LIMIT = (
    50_000  # below this many vectors an exact inner-product index is fast enough
)
INDEX_TYPES = ("auto", "flat", "hnsw", "ivf")
HNSW_M = 32  # graph degree: memory ≈ 2·M·4 bytes per vector on top of the vectors
HNSW_EF_CONSTRUCTION = 80  # build beam; more → better graph, slower build
HNSW_EF_SEARCH = 64  # search beam; the recall/latency knob
IVF_NPROBE = 32  # cells visited per query; the recall/latency knob
IVF_TRAIN_PER_CELL = 40  # k-means sample = 40 × nlist (faiss warns below 39)
IVF_SEED = 1234  # training sample and k-means seed, for reproducible builds
# Keys of IndexMeta.params per stored index type (absent keys → these defaults).
DEFAULT_PARAMS: Dict[str, Dict[str, int]] = {
    "flat_ip": {},
    "hnsw": {
        "M": HNSW_M,
        "efConstruction": HNSW_EF_CONSTRUCTION,
        "efSearch": HNSW_EF_SEARCH,
    },
    "ivf": {"nprobe": IVF_NPROBE},  # nlist depends on n, see default_nlist
}


def default_nlist(n: int) -> int:
    """IVF cells for n vectors: the power of two nearest 4·√n, ≥ 1 and ≤ n / 39."""
    import math

    if n <= 0:
        return 1
    target = 2 ** round(math.log2(max(1.0, 4 * math.sqrt(n))))
    return max(1, min(target, n // 39))


@dataclass(frozen=True)
class IndexMeta:
    """What an index was built with; checked on load.

    `params` holds the build and search parameters of the index type (see
    `DEFAULT_PARAMS`); it is empty for exact indexes and for old meta files.
    """

    model_id: str
    dimension: int
    normalized: bool
    doc_ids: List[str]
    index_type: str
    built_at: float
    params: Dict[str, int] = field(default_factory=dict)

    def resolved_params(self) -> Dict[str, int]:
        """The defaults of this index type overridden by the stored params."""
        return {**DEFAULT_PARAMS.get(self.index_type, {}), **self.params}


def _stored_type(index_type: str, n: int) -> str:
    """Maps an `index_type` option to the stored type name for n vectors."""
    if index_type not in INDEX_TYPES:
        raise RetrievalIndexError(
            f"index_type={index_type!r} is not one of {', '.join(INDEX_TYPES)}"
        )
    if n == 0 or index_type == "flat":
        return "flat_ip"
    if index_type == "auto":
        return "flat_ip" if n <= EXACT_LIMIT else "ivf"
    return index_type


def _make_index(vectors: np.ndarray, kind: str, params: Dict[str, int]):
    """Creates, trains and fills a faiss index of the stored type `kind`."""
    import faiss
    import numpy as np

    n, dim = vectors.shape
    if kind == "flat_ip":
        index = faiss.IndexFlatIP(dim)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, params["M"], faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = params["efConstruction"]
    else:
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFFlat(
            quantizer, dim, params["nlist"], faiss.METRIC_INNER_PRODUCT
        )
        index.cp.seed = IVF_SEED
        size = min(n, IVF_TRAIN_PER_CELL * params["nlist"])
        rows = np.random.default_rng(IVF_SEED).choice(n, size, replace=False)
        index.train(vectors[np.sort(rows)])  # faiss' wrapper keeps quantizer alive
    index.add(vectors)
    return index


def _apply_search_params(index, kind: str, params: Dict[str, int]) -> None:
    """Sets efSearch / nprobe on a (possibly loaded) faiss index."""
    if kind == "hnsw" and "efSearch" in params:
        index.hnsw.efSearch = int(params["efSearch"])
    elif kind == "ivf" and "nprobe" in params:
        index.nprobe = int(params["nprobe"])


def _to_gpu(index, kind: str, use_gpu: bool):
    """Moves an exact index to GPU 0 when asked and faiss-gpu sees a GPU.

    Only exact indexes move (HNSW has no GPU version; IVF is left on CPU to keep
    one code path). Untested here: this machine has faiss-cpu only.
    """
    if not use_gpu or kind != "flat_ip":
        return index
    import faiss

    if not hasattr(faiss, "StandardGpuResources") or faiss.get_num_gpus() < 1:
        return index
    return faiss.index_cpu_to_gpu(faiss.StandardGpuResources(), 0, index)


def row_vectors(index) -> np.ndarray:  # index: faiss.Index
    """Every row vector of a faiss index (flat, HNSW or IVF), shape (ntotal, d)."""
    import faiss

    try:  # IVF indexes need a direct map to reconstruct rows
        faiss.extract_index_ivf(index).make_direct_map()
    except RuntimeError:
        pass  # not an IVF index
    return index.reconstruct_n(0, index.ntotal)


class VectorIndex:
    """Inner-product search over unit vectors (= cosine), mapping rows to document ids.

    Several rows may share a document id (e.g. every phrasing of one FAQ entry).
    """

    def __init__(self, index, meta: IndexMeta) -> None:  # index: faiss.Index
        self._index = index
        self.meta = meta

    def __len__(self) -> int:
        return len(self.meta.doc_ids)

    def vectors(self) -> np.ndarray:
        """The row vectors, in row order (``meta.doc_ids``), shape (len, dimension)."""
        if not len(self):
            import numpy as np

            return np.zeros((0, self.meta.dimension), dtype="float32")
        return row_vectors(self._index)

    @classmethod
    def build(
        cls,
        vectors: np.ndarray,
        doc_ids: Sequence[str],
        model_id: str,
        index_type: str = "auto",
        params: Optional[Dict[str, int]] = None,
        use_gpu: bool = False,
    ) -> VectorIndex:
        """Builds an index from (n, d) unit vectors and their n document ids.

        Args:
            vectors: float array of shape (n, d), rows of unit length.
            doc_ids: n document ids, one per row.
            model_id: the embedding model, checked on load.
            index_type: "auto", "flat", "hnsw" or "ivf" (see the module docstring).
            params: overrides of the type's parameters: M, efConstruction, efSearch
                (hnsw); nlist, nprobe (ivf). Unknown keys are an error.
            use_gpu: put an exact index on a GPU if faiss-gpu finds one.

        Returns:
            The index, with `meta.params` holding every parameter used.
        """
        import numpy as np

        vectors = np.ascontiguousarray(vectors, dtype="float32")
        if vectors.ndim != 2 or len(vectors) != len(doc_ids):
            raise RetrievalIndexError(
                f"Expected {len(doc_ids)} vectors of one dimension, got {vectors.shape}"
            )
        kind = _stored_type(index_type, len(vectors))
        used = _resolve_build_params(kind, len(vectors), params or {})
        index = _make_index(vectors, kind, used)
        _apply_search_params(index, kind, used)
        dim = int(vectors.shape[1])
        meta = IndexMeta(model_id, dim, True, list(doc_ids), kind, time.time(), used)
        return cls(_to_gpu(index, kind, use_gpu), meta)

    def set_search_params(
        self, ef_search: Optional[int] = None, nprobe: Optional[int] = None
    ) -> None:
        """Changes the recall/latency knob of an HNSW (efSearch) or IVF (nprobe) index.

        The new value is kept in `meta.params`, so `save` persists it. Values for
        the other index type are ignored; exact indexes ignore both.
        """
        new = dict(self.meta.params)
        if ef_search is not None and self.meta.index_type == "hnsw":
            new["efSearch"] = int(ef_search)
        if nprobe is not None and self.meta.index_type == "ivf":
            new["nprobe"] = int(nprobe)
        _apply_search_params(self._index, self.meta.index_type, new)
        self.meta = dataclasses.replace(self.meta, params=new)

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

        index = self._index
        if hasattr(faiss, "index_gpu_to_cpu") and "Gpu" in type(index).__name__:
            index = faiss.index_gpu_to_cpu(index)
        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(index, str(folder / INDEX_FILE))
        (folder / META_FILE).write_text(
            json.dumps(asdict(self.meta), ensure_ascii=False)
        )

    @classmethod
    def load(
        cls, folder: Path, model_id: str, dimension: int, use_gpu: bool = False
    ) -> VectorIndex:
        """Loads an index and checks it was built with this model and dimension.

        The stored search parameters (efSearch, nprobe) are re-applied; meta files
        written before they existed get the defaults of their index type.
        """
        import faiss

        if not (folder / INDEX_FILE).exists() or not (folder / META_FILE).exists():
            raise RetrievalIndexError(
                f"No index in {folder}; build it with `shopbot index`."
            )
        try:
            meta = _read_meta(folder / META_FILE)
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
        _apply_search_params(index, meta.index_type, meta.resolved_params())
        return cls(_to_gpu(index, meta.index_type, use_gpu), meta)


def _resolve_build_params(
    kind: str, n: int, overrides: Dict[str, Any]
) -> Dict[str, int]:
    """The type's defaults (nlist from n for IVF) with validated overrides."""
    defaults = dict(DEFAULT_PARAMS[kind])
    if kind == "ivf":
        defaults["nlist"] = default_nlist(n)
    unknown = sorted(set(overrides) - set(defaults))
    if unknown:
        raise RetrievalIndexError(
            f"Unknown {kind} parameter(s) {unknown}; allowed: {sorted(defaults)}"
        )
    used = {**defaults, **{key: int(value) for key, value in overrides.items()}}
    if kind == "ivf" and not 1 <= used["nlist"] <= n:
        raise RetrievalIndexError(f"nlist={used['nlist']} must be in 1..{n}")
    return used


def _read_meta(path: Path) -> IndexMeta:
    """Parses meta.json; fields added later (params) are optional."""
    data = json.loads(path.read_text())
    data.setdefault("params", {})
    return IndexMeta(**data)
