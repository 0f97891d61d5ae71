"""Sentence embeddings for retrieval (sentence-transformers, offline model sources)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, List, Literal, Sequence

from bot.exceptions import ConfigError, ModelSourceError
from bot.models.hardware import EMBEDDER_DTYPES, resolve_embedder_dtype

if TYPE_CHECKING:  # numpy/torch are imported on first use only
    import numpy as np

    from bot.retrieval.use_embedder import UseEmbedder

TextKind = Literal["query", "passage"]

# up to this many texts are encoded in one forward pass without `encode`
SMALL_BATCH = 8
# e5 models were trained with these prefixes; other models get none.
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}


class Embedder:
    """Encodes texts into L2-normalized float32 vectors, loading the model on first use.

    Args:
        model_ref: a model reference (offline source name, local folder or hub id).
        prefixes: text prefixes per kind; by default the e5 ones for e5 models.
        threads: torch intra-op threads (1 is fastest when processes share 2 cores).
        batch_size: encoding batch size.
        dtype: weights at inference: "float16" (float16 weights packed for CPU
            matmuls, float32 math: ~1.5x faster than float32 for a query, cosine
            to float32 > 0.9999), "bfloat16", "float32", or "auto" (float16 on an
            AVX2 x86 CPU, else bfloat16 on a CPU with native bf16, else float32).
            Vectors are float32 whatever the weights.
    """

    def __init__(
        self,
        model_ref: str,
        prefixes: dict | None = None,
        threads: int = 1,
        batch_size: int = 32,
        dtype: str = "auto",
    ) -> None:
        if dtype not in EMBEDDER_DTYPES:
            raise ConfigError("embedder dtype", dtype, ", ".join(EMBEDDER_DTYPES))
        self.model_ref = model_ref
        is_e5 = "e5" in model_ref.lower()
        self.prefixes = (
            prefixes if prefixes is not None else (E5_PREFIXES if is_e5 else {})
        )
        self.threads = threads
        self.batch_size = batch_size
        self.dtype = resolve_embedder_dtype(dtype)
        self._model = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        """Identifies the model in index metadata (a mismatch means: rebuild)."""
        return self.model_ref

    @property
    def dimension(self) -> int:
        """Size of the vectors."""
        model = self._load()
        get_dimension = getattr(model, "get_embedding_dimension", None)
        if get_dimension is None:  # sentence-transformers < 5.4
            get_dimension = model.get_sentence_embedding_dimension
        return int(get_dimension())

    def _load(self):  # -> SentenceTransformer
        with self._lock:
            if self._model is None:
                import torch
                from sentence_transformers import SentenceTransformer

                from bot.models.resolver import resolve_model

                torch.set_num_threads(self.threads)
                path = resolve_model(self.model_ref)
                try:
                    self._model = SentenceTransformer(path, device="cpu")
                except (OSError, ValueError) as e:
                    raise ModelSourceError(
                        f"Cannot load embedding model {self.model_ref!r} from {path}: "
                        f"{e}. "
                        "Run `shopbot models prepare` to materialize it."
                    ) from e
                self._set_precision(self._model)
            return self._model

    def _set_precision(self, model) -> None:
        """Casts (bfloat16) or packs (float16) the weights of a loaded model."""
        import torch

        if self.dtype == "bfloat16":
            model.to(torch.bfloat16)
        elif self.dtype == "float16":
            from bot.models.quantization import quantize_linears, select_engine

            if select_engine("cpu", "float16", type(self).__name__):
                quantize_linears(model, "float16")

    def embed(self, texts: Sequence[str], kind: TextKind = "query") -> np.ndarray:
        """Encodes texts.

        Args:
            texts: n texts.
            kind: "query" for questions, "passage" for documents (selects the prefix).

        Returns:
            float32 array of shape (n, dimension), rows of unit length.
        """
        import numpy as np

        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype="float32")
        prefix = self.prefixes.get(kind, "")
        vectors = self._encode(model, [prefix + t for t in texts])
        vectors = vectors.float().numpy()  # bfloat16 has no numpy type
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(vectors, dtype="float32")

    def _encode(self, model, texts: List[str]):  # -> torch.Tensor
        """Sentence embeddings; a few texts (a query) skip `encode`'s per-call set-up
        (it moves the model to its device on every call: ~4 ms of a 20 ms query)."""
        if len(texts) > SMALL_BATCH:
            return model.encode(
                texts,
                batch_size=self.batch_size,
                convert_to_tensor=True,
                show_progress_bar=False,
            )
        import torch

        preprocess = getattr(model, "preprocess", None) or model.tokenize
        with torch.inference_mode():
            return model(preprocess(texts))["sentence_embedding"]


def make_embedder(
    ref: str, threads: int = 1, dtype: str = "auto"
) -> Embedder | UseEmbedder:
    """The embedder for a model reference: USE for "use-multilingual", else Embedder.

    Args:
        ref: a model reference (offline source name, local folder, hub id) or
            "use-multilingual" for the numpy USE backend.
        threads: torch / BLAS threads.
        dtype: weights of a transformer embedder (see `Embedder`).

    Returns:
        An object with the `Embedder` surface (`embed`, `model_id`, `dimension`).
    """
    from bot.retrieval.use_embedder import USE_MODEL_REF, UseEmbedder

    if ref == USE_MODEL_REF:
        return UseEmbedder(threads=threads)
    return Embedder(ref, threads=threads, dtype=dtype)
