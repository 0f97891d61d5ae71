"""A BM25 index (bm25s) over tokenized rows, mapping rows to document ids."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

from bot.exceptions import RetrievalIndexError
from bot.retrieval.text_tokens import tokenize

if TYPE_CHECKING:
    import numpy as np

BM25_DIR = "bm25s"
META_FILE = "bm25_meta.json"
# Bump when text_tokens changes the tokens it produces: old indexes must be rebuilt.
TOKENIZER_ID = "text_tokens/1"

Tokenizer = Callable[[str], List[str]]


class Bm25Index:
    """Lexical search over rows of text; several rows may share a document id.

    A document scores as its best row (like the dense FAQ index). Build with
    `Bm25Index.build`, query with `search`.

    Args:
        retriever: a fitted `bm25s.BM25`, or None for an empty index.
        doc_ids: the document id of every row.
        tokenizer: the function that tokenized the rows (queries use it too).
    """

    def __init__(
        self,
        retriever,  # bm25s.BM25 | None
        doc_ids: Sequence[str],
        tokenizer: Tokenizer = tokenize,
    ) -> None:
        self._retriever = retriever
        self.doc_ids: List[str] = list(doc_ids)
        self.tokenizer = tokenizer

    def __len__(self) -> int:
        return len(self.doc_ids)

    @classmethod
    def build(
        cls,
        texts: Sequence[str],
        doc_ids: Sequence[str],
        tokenizer: Tokenizer = tokenize,
        k1: float = 1.2,
        b: float = 0.75,
    ) -> Bm25Index:
        """Tokenizes and indexes n texts with their n document ids.

        Args:
            texts: the rows to index.
            doc_ids: the document id of each row.
            tokenizer: text → tokens (the same one is used for queries).
            k1: BM25 term-frequency saturation.
            b: BM25 length normalization.
        """
        if len(texts) != len(doc_ids):
            raise RetrievalIndexError(
                f"Got {len(texts)} texts but {len(doc_ids)} document ids; "
                "pass one id per text."
            )
        corpus = [tokenizer(text) for text in texts]
        if not any(corpus):
            return cls(None, doc_ids, tokenizer)
        import bm25s

        retriever = bm25s.BM25(k1=k1, b=b)
        retriever.index(corpus, show_progress=False)
        return cls(retriever, doc_ids, tokenizer)

    def row_scores(self, query: str) -> Optional[np.ndarray]:
        """BM25 score of every row for query, or None when nothing can match."""
        if self._retriever is None or not query:
            return None
        vocab: Dict[str, int] = self._retriever.vocab_dict
        ids = [vocab[t] for t in self.tokenizer(query) if t and t in vocab]
        if not ids:
            return None
        return self._retriever.get_scores_from_ids(ids)

    def search(self, query: str, k: int = 10) -> List[Tuple[str, float]]:
        """Top-k documents for query as (doc_id, score), best first.

        Only documents sharing at least one token with the query are returned;
        an empty index, an empty query or k ≤ 0 give [].
        """
        scores = self.row_scores(query)
        if scores is None or k <= 0:
            return []
        best: Dict[str, float] = {}
        for row in scores.nonzero()[0]:
            doc_id, score = self.doc_ids[int(row)], float(scores[row])
            if score > best.get(doc_id, 0.0):
                best[doc_id] = score
        return sorted(best.items(), key=lambda item: -item[1])[:k]

    def save(self, folder: Path) -> None:
        """Writes bm25s' own files and a meta JSON (doc ids, tokenizer) into folder."""
        folder.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(folder / BM25_DIR), show_progress=False)
        meta = {
            "doc_ids": self.doc_ids,
            "tokenizer": TOKENIZER_ID,
            "empty": self._retriever is None,
            "built_at": time.time(),
        }
        (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path, tokenizer: Tokenizer = tokenize) -> Bm25Index:
        """Loads an index saved by `save`; checks it matches the current tokenizer."""
        meta_path = folder / META_FILE
        if not meta_path.exists():
            raise RetrievalIndexError(
                f"No BM25 index in {folder}; build it with `shopbot index`."
            )
        try:
            meta = json.loads(meta_path.read_text())
            retriever = None if meta["empty"] else _load_bm25s(folder / BM25_DIR)
        except (OSError, ValueError, KeyError) as e:
            raise RetrievalIndexError(
                f"Corrupt BM25 index in {folder}: {e}; rebuild it with `shopbot index`."
            ) from e
        if meta.get("tokenizer") != TOKENIZER_ID:
            raise RetrievalIndexError(
                f"BM25 index in {folder} was built with tokenizer "
                f"{meta.get('tokenizer')!r}, not {TOKENIZER_ID!r}; "
                "rebuild it with `shopbot index`."
            )
        return cls(retriever, meta["doc_ids"], tokenizer)


def _load_bm25s(path: Path):  # -> bm25s.BM25
    import bm25s

    return bm25s.BM25.load(str(path), show_progress=False, verbosity=0)
