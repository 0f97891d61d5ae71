"""One encoder, two heads: sentence intent logits and per-token entity tag logits.

The encoder runs once per message; the intent head reads the mean of the token
states (how e5 was trained to pool), the tag head reads every token state.

Persistence leaves out a frozen word-embedding matrix (96M of e5-small's 118M
parameters): it is byte-for-byte the base model's, so it is read back from the
base model on load and checked against a stored fingerprint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Tuple

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from bot.exceptions import ModelSourceError, ShopbotError

ENCODER_DIR = "encoder"
HEADS_FILE = "heads.safetensors"
EMBEDDINGS_FILE = "embedding_source.json"
_WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


class JointModel(nn.Module):
    """A transformer encoder with an intent head and an entity-tag head.

    Args:
        encoder: a Hugging Face encoder (``AutoModel``) returning token states.
        num_intents: number of intent classes.
        num_tags: number of BIO tags (1 when there are no entities).
        dropout: dropout before both heads.
    """

    def __init__(
        self, encoder: nn.Module, num_intents: int, num_tags: int, dropout: float
    ) -> None:
        super().__init__()
        hidden = encoder.config.hidden_size
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.intent_head = nn.Linear(hidden, num_intents)
        self.tag_head = nn.Linear(hidden, num_tags)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> Tuple[torch.Tensor, torch.Tensor]:
        """Logits for a batch.

        Args:
            input_ids: ``[batch, length]`` token ids.
            attention_mask: ``[batch, length]`` 1 for tokens, 0 for padding.

        Returns:
            intent logits ``[batch, num_intents]`` and tag logits
            ``[batch, length, num_tags]``.
        """
        states = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return (
            self.intent_head(self.dropout(pooled)),
            self.tag_head(self.dropout(states)),
        )

    def freeze_word_embeddings(self) -> None:
        """Stops training the word-embedding matrix (the bulk of the parameters)."""
        self.encoder.get_input_embeddings().weight.requires_grad_(False)

    @property
    def word_embeddings_frozen(self) -> bool:
        return not self.encoder.get_input_embeddings().weight.requires_grad


def embedding_fingerprint(weight: torch.Tensor) -> Dict[str, Any]:
    """Shape and a cheap checksum of an embedding matrix (strided sample sums)."""
    sample = weight.detach()[::97].double()
    return {"shape": list(weight.shape), "checksum": float(sample.sum())}


def _same_embeddings(weight: torch.Tensor, source: Dict[str, Any]) -> bool:
    found = embedding_fingerprint(weight)
    return found["shape"] == source["shape"] and abs(
        found["checksum"] - source["checksum"]
    ) <= 1e-6 * (1.0 + abs(source["checksum"]))


def save_joint_model(model: JointModel, folder: Path, base_model: str) -> None:
    """Writes the encoder (safetensors), the heads and the embedding source.

    Args:
        model: the trained model.
        folder: an existing, empty folder.
        base_model: the folder the encoder was loaded from; recorded when the
            frozen word embeddings are left out so :func:`load_joint_model`
            can read them back.
    """
    state = model.encoder.state_dict()
    if model.word_embeddings_frozen:
        weight = state.pop(_WORD_EMBEDDINGS)
        source = {"base_model": base_model, **embedding_fingerprint(weight)}
        (folder / EMBEDDINGS_FILE).write_text(json.dumps(source))
    encoder_dir = folder / ENCODER_DIR
    encoder_dir.mkdir()
    model.encoder.config.save_pretrained(encoder_dir)
    save_file({k: v.contiguous() for k, v in state.items()}, encoder_dir / "model.st")
    heads = {f"intent.{k}": v for k, v in model.intent_head.state_dict().items()}
    heads.update({f"tag.{k}": v for k, v in model.tag_head.state_dict().items()})
    save_file(heads, folder / HEADS_FILE)


def load_joint_model(folder: Path, dropout: float = 0.0) -> JointModel:
    """Reads a model written by :func:`save_joint_model` (eval mode).

    Raises:
        ModelSourceError: the base model holding the word embeddings is gone
            or holds different embeddings than the ones trained with.
    """
    from transformers import AutoConfig, AutoModel
    from transformers.modeling_utils import no_init_weights

    config = AutoConfig.from_pretrained(folder / ENCODER_DIR)
    with no_init_weights():  # every weight is loaded below; random init costs ~10 s
        # eager attention: faster than sdpa for one short message on a CPU core
        encoder = AutoModel.from_config(
            config, add_pooling_layer=False, attn_implementation="eager"
        )
    state = load_file(folder / ENCODER_DIR / "model.st")
    source_file = folder / EMBEDDINGS_FILE
    if source_file.exists():
        state[_WORD_EMBEDDINGS] = _base_embeddings(json.loads(source_file.read_text()))
    encoder.load_state_dict(state)
    heads = load_file(folder / HEADS_FILE)
    model = JointModel(
        encoder, heads["intent.weight"].shape[0], heads["tag.weight"].shape[0], dropout
    )
    model.intent_head.load_state_dict(_prefixed(heads, "intent."))
    model.tag_head.load_state_dict(_prefixed(heads, "tag."))
    return model.eval()


def _prefixed(state: Dict[str, torch.Tensor], prefix: str) -> Dict[str, torch.Tensor]:
    return {k[len(prefix) :]: v for k, v in state.items() if k.startswith(prefix)}


def _base_embeddings(source: Dict[str, Any]) -> torch.Tensor:
    from bot.models.resolver import resolve_model

    ref = source["base_model"]
    try:
        weight = _read_word_embeddings(resolve_model(ref, progress=False))
    except (OSError, ShopbotError) as e:
        raise ModelSourceError(
            f"Cannot read the word embeddings of base model {ref!r} ({e}); restore "
            "that model or retrain with 'rasa train'."
        ) from e
    if not _same_embeddings(weight, source):
        raise ModelSourceError(
            f"Base model {ref!r} holds other word embeddings than the ones this NLU "
            "model was trained with; retrain with 'rasa train'."
        )
    return weight


def _read_word_embeddings(resolved: str) -> torch.Tensor:
    """The word-embedding matrix of a model folder (one tensor read) or hub id."""
    from safetensors import safe_open

    for path in sorted(Path(resolved).glob("*.safetensors")):
        with safe_open(str(path), framework="pt") as f:
            for key in f.keys():
                if key.endswith(_WORD_EMBEDDINGS):
                    return f.get_tensor(key)
    from transformers import AutoModel

    return AutoModel.from_pretrained(resolved).get_input_embeddings().weight.detach()
