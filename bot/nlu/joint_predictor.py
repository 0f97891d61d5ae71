"""Trained joint model + tokenizer + labels: text in, intents and entities out."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Sequence, Tuple

import torch

from bot.exceptions import ConfigError
from bot.nlu.entity_tags import Span, TagScheme, token_spans
from bot.nlu.joint_config import (
    DROPOUT,
    ENCODER_LAYERS,
    FREEZE_WORD_EMBEDDINGS,
    MAX_LENGTH,
    MODEL,
    SEED,
)
from bot.nlu.joint_model import JointModel, load_joint_model, save_joint_model
from bot.nlu.training import Encoded, pad_batch

TOKENIZER_DIR = "tokenizer"
LABELS_FILE = "labels.json"


@dataclass
class Prediction:
    """What the model says about one message."""

    ranking: List[Tuple[str, float]]
    entities: List[Dict[str, Any]]


@dataclass
class Tokenized:
    """A text as model input ids and the character span of each id."""

    input_ids: List[int]
    spans: List[Span | None]


def load_tokenizer(path: str) -> Any:
    """A fast (offset-reporting) tokenizer from a model folder or hub id."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    if not tokenizer.is_fast:
        raise ConfigError(
            "model", path, "an encoder with a fast tokenizer (offset mapping)"
        )
    return tokenizer


class JointPredictor:
    """Tokenizer + :class:`JointModel` + intent names + tag scheme + temperature.

    Args:
        tokenizer: a fast Hugging Face tokenizer.
        model: the joint model.
        intents: intent names in head order.
        scheme: the entity tag scheme of the tag head.
        max_length: longest input in tokens (longer texts are cut).
        temperature: softmax temperature of the intent head (calibration).
    """

    def __init__(
        self,
        tokenizer: Any,
        model: JointModel,
        intents: Sequence[str],
        scheme: TagScheme,
        max_length: int,
        temperature: float = 1.0,
    ) -> None:
        self.tokenizer = tokenizer
        self.model = model
        self.intents = list(intents)
        self.scheme = scheme
        self.max_length = max_length
        self.temperature = temperature
        self._special_ids = frozenset(tokenizer.all_special_ids)

    def tokenize(self, text: str) -> Tokenized:
        """Ids (with special tokens) and their spans (``None`` for specials)."""
        enc = self.tokenizer(
            text,
            truncation=True,
            max_length=self.max_length,
            return_offsets_mapping=True,
        )
        pieces = self.tokenizer.convert_ids_to_tokens(enc["input_ids"])
        offsets = [
            (0, 0) if i in self._special_ids else o
            for i, o in zip(enc["input_ids"], enc["offset_mapping"], strict=True)
        ]
        return Tokenized(enc["input_ids"], token_spans(text, offsets, pieces))

    def encode(
        self, text: str, intent: str, entities: Sequence[Dict[str, Any]]
    ) -> Encoded:
        """A training example: ids, intent index and BIO tag ids."""
        tokens = self.tokenize(text)
        tags = self.scheme.encode(tokens.spans, entities)
        return Encoded(tokens.input_ids, self.intents.index(intent), tags)

    @torch.inference_mode()
    def predict(self, texts: Sequence[str], ranking_length: int) -> List[Prediction]:
        """Intent rankings (calibrated, best first) and entities of texts."""
        if self.model.training:  # eval() walks every module: not on each message
            self.model.eval()
        device = next(self.model.parameters()).device
        tokenized = [self.tokenize(t) for t in texts]
        batch = [Encoded(t.input_ids, 0, [0] * len(t.input_ids)) for t in tokenized]
        tensors = pad_batch(batch, self.tokenizer.pad_token_id, device)
        intent_logits, tag_logits = self.model(
            tensors["input_ids"], tensors["attention_mask"]
        )
        intent_probs = torch.softmax(intent_logits.float() / self.temperature, -1)
        tag_probs = torch.softmax(tag_logits.float(), -1)
        return [
            self._prediction(text, tok, intent_probs[i], tag_probs[i], ranking_length)
            for i, (text, tok) in enumerate(zip(texts, tokenized, strict=True))
        ]

    def _prediction(
        self,
        text: str,
        tokens: Tokenized,
        intent_probs: torch.Tensor,
        tag_probs: torch.Tensor,
        ranking_length: int,
    ) -> Prediction:
        k = min(ranking_length or len(self.intents), len(self.intents))
        top = torch.topk(intent_probs, k)
        ranking = [
            (self.intents[i], float(p))
            for p, i in zip(top.values, top.indices, strict=True)
        ]
        probs = tag_probs[: len(tokens.spans)].tolist()
        ids, best = self.scheme.word_votes(text, tokens.spans, probs)
        entities = self.scheme.decode(text, tokens.spans, ids, best)
        return Prediction(ranking, entities)

    def save(self, folder: Path, base_model: str) -> None:
        """Writes model, tokenizer and label maps into an empty folder."""
        save_joint_model(self.model, folder, base_model)
        self.tokenizer.save_pretrained(str(folder / TOKENIZER_DIR))
        labels = {
            "intents": self.intents,
            "entity_labels": list(self.scheme.labels),
            "max_length": self.max_length,
            "temperature": self.temperature,
        }
        (folder / LABELS_FILE).write_text(json.dumps(labels, ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path) -> JointPredictor:
        """Reads what :meth:`save` wrote (the model in eval mode, on CPU)."""
        labels = json.loads((folder / LABELS_FILE).read_text())
        return cls(
            load_tokenizer(str(folder / TOKENIZER_DIR)),
            load_joint_model(folder),
            labels["intents"],
            TagScheme(tuple(labels["entity_labels"])),
            labels["max_length"],
            labels["temperature"],
        )


def new_predictor(
    examples: Sequence[Tuple[str, str, List[Dict[str, Any]]]], config: Dict[str, Any]
) -> JointPredictor:
    """An untrained predictor over the intents and entity labels of examples.

    The encoder comes from ``config["model"]`` (resolved through bot.models),
    with fresh heads and, by default, a frozen word-embedding matrix.
    """
    from transformers import AutoModel

    from bot.models.resolver import resolve_model
    from bot.nlu.training import seed_everything

    path = resolve_model(config[MODEL])
    seed_everything(config[SEED])
    tokenizer = load_tokenizer(path)
    layers = (
        {"num_hidden_layers": config[ENCODER_LAYERS]} if config[ENCODER_LAYERS] else {}
    )
    with _quiet_transformers():  # also the notice about the layers left out
        encoder = AutoModel.from_pretrained(path, add_pooling_layer=False, **layers)
    intents = sorted({intent for _, intent, _ in examples})
    scheme = TagScheme.from_entities(e for _, _, ents in examples for e in ents)
    model = JointModel(encoder, len(intents), len(scheme.tags), config[DROPOUT])
    if config[FREEZE_WORD_EMBEDDINGS]:
        model.freeze_word_embeddings()
    return JointPredictor(tokenizer, model, intents, scheme, config[MAX_LENGTH])


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hides the expected "pooler weights not used" notice of encoder loading."""
    from transformers.utils import logging as hf_logging

    level = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(level)
