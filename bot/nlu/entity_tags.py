"""BIO entity tags over sub-word tokens, aligned to character spans both ways.

A tag label joins the entity type with its role and group (``price#max``), so one
softmax over labels predicts all three; spans are character offsets into the
original text, which works the same for English words and Chinese without spaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

OUTSIDE = "O"
_ROLE_SEP = "#"
_GROUP_SEP = "@"

Span = Tuple[int, int]


def entity_label(entity: Dict[str, Any]) -> str:
    """The tag label of a Rasa entity dict: ``type[#role][@group]``."""
    label = str(entity["entity"])
    if entity.get("role"):
        label += _ROLE_SEP + str(entity["role"])
    if entity.get("group"):
        label += _GROUP_SEP + str(entity["group"])
    return label


def split_label(label: str) -> Dict[str, str]:
    """Inverse of :func:`entity_label`: ``{"entity", "role"?, "group"?}``."""
    rest, _, group = label.partition(_GROUP_SEP)
    entity, _, role = rest.partition(_ROLE_SEP)
    parts = {"entity": entity}
    if role:
        parts["role"] = role
    if group:
        parts["group"] = group
    return parts


def token_spans(
    text: str, offsets: Sequence[Span], tokens: Sequence[str]
) -> List[Optional[Span]]:
    """Character span of each sub-token, ``None`` where a token covers no text.

    Fast sentencepiece tokenizers report a word-initial token's span with the
    space before it, and a lone ``▁`` token with the span of the next character;
    both are corrected so a span holds exactly the characters of its token.
    Special tokens (offset ``(0, 0)``) get ``None``.
    """
    spans: List[Optional[Span]] = []
    for (start, end), token in zip(offsets, tokens, strict=True):
        if token == "▁" or start == end:
            spans.append(None)
            continue
        while start < end and text[start].isspace():
            start += 1
        spans.append((start, end) if start < end else None)
    return spans


@dataclass(frozen=True)
class TagScheme:
    """The label set of the entity head: ``O``, then ``B-x`` / ``I-x`` per label."""

    labels: Tuple[str, ...]

    @classmethod
    def from_entities(cls, entities: Iterable[Dict[str, Any]]) -> TagScheme:
        """A scheme over every label seen in the training entities (sorted)."""
        return cls(tuple(sorted({entity_label(e) for e in entities})))

    @property
    def tags(self) -> List[str]:
        """All tags; index 0 is ``O``."""
        return [OUTSIDE] + [f"{p}-{label}" for label in self.labels for p in "BI"]

    def tag_id(self, prefix: str, label: str) -> int:
        """Index of ``B-label`` (prefix ``B``) or ``I-label`` (prefix ``I``)."""
        return 1 + 2 * self.labels.index(label) + (prefix == "I")

    def encode(
        self, spans: Sequence[Optional[Span]], entities: Iterable[Dict[str, Any]]
    ) -> List[int]:
        """Tag ids per token; ``-100`` (ignored by the loss) where a token has no span.

        A token overlapping an entity gets ``B`` when it is the entity's first
        token and ``I`` after; entities with unknown labels are left out.
        """
        ids = [0 if span is not None else -100 for span in spans]
        for entity in sorted(entities, key=lambda e: e["start"]):
            label = entity_label(entity)
            if label not in self.labels:
                continue
            prefix = "B"
            for i, span in enumerate(spans):
                if span and span[0] < entity["end"] and entity["start"] < span[1]:
                    ids[i] = self.tag_id(prefix, label)
                    prefix = "I"
        return ids

    def word_votes(
        self,
        text: str,
        spans: Sequence[Optional[Span]],
        probs: Sequence[Sequence[float]],
    ) -> Tuple[List[int], List[float]]:
        """Tag ids and their probabilities, one decision per word.

        The pieces of one word ("Bas|ico", "gre|y") share the label with the
        highest mean probability over them (``B`` and ``I`` of a label counted
        together), so an entity never starts or ends inside a word; the first
        piece keeps its own ``B``/``I`` preference, the others get ``I``.
        Pieces without a span keep their own argmax.

        Args:
            text: the message.
            spans: character span per token (``None`` for specials).
            probs: ``[tokens, tags]`` tag probabilities.
        """
        ids = [max(range(len(row)), key=row.__getitem__) for row in probs]
        best = [row[i] for row, i in zip(probs, ids, strict=True)]
        for group in word_groups(text, spans):
            mean = [
                sum(probs[i][t] for i in group) / len(group)
                for t in range(len(probs[0]))
            ]
            scores = [mean[0]] + [
                mean[1 + 2 * k] + mean[2 + 2 * k] for k in range(len(self.labels))
            ]
            winner = max(range(len(scores)), key=scores.__getitem__)
            for n, i in enumerate(group):
                if winner == 0:
                    ids[i] = 0
                else:
                    b_id = 2 * winner - 1
                    first_b = n == 0 and probs[i][b_id] >= probs[i][b_id + 1]
                    ids[i] = b_id if first_b else b_id + 1
                best[i] = scores[winner]
        return ids, best

    def decode(
        self,
        text: str,
        spans: Sequence[Optional[Span]],
        tag_ids: Sequence[int],
        tag_probs: Sequence[float],
    ) -> List[Dict[str, Any]]:
        """Entity dicts (``start``, ``end``, ``value``, ``entity``, role, group).

        An entity starts at a ``B`` tag, or at an ``I`` tag whose label differs
        from the one before (lenient decoding), and grows over following ``I``
        tags of its label. A ``B`` of the same label right after it (no gap, or
        one space) continues it too: sub-word pieces of one word ("Xi|am|en",
        "赵|磊") and the words of a name are one entity far more often than two
        same-type entities touching. Its confidence is the mean tag probability.
        """
        entities: List[Dict[str, Any]] = []
        current: Optional[Dict[str, Any]] = None
        for span, tag_id, prob in zip(spans, tag_ids, tag_probs, strict=True):
            if span is None:
                continue
            tag = self.tags[tag_id]
            if tag == OUTSIDE:
                current = None
                continue
            prefix, label = tag[0], tag[2:]
            if self._continues(text, current, prefix, label, span):
                current["end"] = span[1]
                current["probs"].append(prob)
                continue
            current = {"label": label, "start": span[0], "end": span[1]}
            current["probs"] = [prob]
            entities.append(current)
        return [_finish(text, e) for e in entities]

    @staticmethod
    def _continues(
        text: str,
        current: Optional[Dict[str, Any]],
        prefix: str,
        label: str,
        span: Span,
    ) -> bool:
        if current is None or current["label"] != label:
            return False
        return prefix == "I" or text[current["end"] : span[0]] in ("", " ")


def _is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _is_word_char(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces."""
    return char.isalnum() and not _is_cjk(char)


# Chinese particles that sentencepiece glues to a neighbour ("色的", "在北京") but that
# never belong to an entity: 的 at the end, 在 at the start.
_TRAILING_PARTICLES = "的"
_LEADING_PARTICLES = "在"


def _trim_particles(text: str, start: int, end: int) -> Span:
    while end - start > 1 and text[end - 1] in _TRAILING_PARTICLES:
        if not _is_cjk(text[end - 2]):
            break
        end -= 1
    while end - start > 1 and text[start] in _LEADING_PARTICLES:
        if not _is_cjk(text[start + 1]):
            break
        start += 1
    return start, end


def word_groups(text: str, spans: Sequence[Optional[Span]]) -> List[List[int]]:
    """Token indices grouped by word: touching pieces with word characters on
    both sides of the joint (Latin letters, digits); CJK pieces stay alone."""
    groups: List[List[int]] = []
    previous: Optional[Span] = None
    for i, span in enumerate(spans):
        joined = (
            span is not None
            and previous is not None
            and previous[1] == span[0]
            and _is_word_char(text[span[0] - 1])
            and _is_word_char(text[span[0]])
        )
        if joined:
            groups[-1].append(i)
        elif span is not None:
            groups.append([i])
        previous = span
    return groups


def _finish(text: str, raw: Dict[str, Any]) -> Dict[str, Any]:
    start, end = _trim_particles(text, raw["start"], raw["end"])
    entity = {"start": start, "end": end, "value": text[start:end]}
    entity.update(split_label(raw["label"]))
    entity["confidence_entity"] = float(sum(raw["probs"]) / len(raw["probs"]))
    return entity
