"""Fine-tuning of the joint model, and temperature calibration of its intents."""

from __future__ import annotations

import logging
import math
import random
from dataclasses import dataclass
from typing import Iterator, List, Sequence

import numpy as np
import torch
from torch import nn

from bot.nlu.joint_model import JointModel

logger = logging.getLogger(__name__)

IGNORE = -100


@dataclass(frozen=True)
class Encoded:
    """One tokenized training example."""

    input_ids: List[int]
    intent: int
    tags: List[int]


@dataclass(frozen=True)
class TrainingParams:
    """Optimisation settings (see the component's defaults for their meaning)."""

    epochs: int
    batch_size: int
    learning_rate: float
    head_learning_rate: float
    weight_decay: float
    warmup_fraction: float
    entity_loss_weight: float
    seed: int
    dtype: str = "float32"


def seed_everything(seed: int) -> None:
    """Same data order, dropout masks and head initialisation on every run."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def pad_batch(
    batch: Sequence[Encoded], pad_id: int, device: torch.device
) -> dict[str, torch.Tensor]:
    """Right-pads a batch to its longest example.

    Returns:
        ``input_ids`` / ``attention_mask`` / ``tags`` ``[batch, length]`` and
        ``intents`` ``[batch]``.
    """
    length = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), length), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), length), dtype=torch.long)
    tags = torch.full((len(batch), length), IGNORE, dtype=torch.long)
    for row, example in enumerate(batch):
        n = len(example.input_ids)
        ids[row, :n] = torch.tensor(example.input_ids)
        mask[row, :n] = 1
        tags[row, :n] = torch.tensor(example.tags)
    intents = torch.tensor([e.intent for e in batch], dtype=torch.long)
    return {
        "input_ids": ids.to(device),
        "attention_mask": mask.to(device),
        "tags": tags.to(device),
        "intents": intents.to(device),
    }


def _batches(
    examples: Sequence[Encoded], size: int, rng: random.Random
) -> Iterator[List[Encoded]]:
    """Shuffled batches of similar length (less padding, about twice as fast).

    Examples are shuffled, sorted by length within pools of 50 batches, cut into
    batches, and the batches shuffled again.
    """
    order = list(range(len(examples)))
    rng.shuffle(order)
    pool = size * 50
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(
            order[start : start + pool], key=lambda j: len(examples[j].input_ids)
        )
        batches.extend(chunk[i : i + size] for i in range(0, len(chunk), size))
    rng.shuffle(batches)
    for batch in batches:
        yield [examples[j] for j in batch]


def _optimizer(model: JointModel, params: TrainingParams) -> torch.optim.Optimizer:
    encoder = [p for p in model.encoder.parameters() if p.requires_grad]
    heads = list(model.intent_head.parameters()) + list(model.tag_head.parameters())
    return torch.optim.AdamW(
        [
            {"params": encoder, "lr": params.learning_rate},
            {"params": heads, "lr": params.head_learning_rate},
        ],
        weight_decay=params.weight_decay,
    )


def _schedule(
    optimizer: torch.optim.Optimizer, total: int, warmup: int
) -> torch.optim.lr_scheduler.LambdaLR:
    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total - step) / max(1, total - warmup))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def fine_tune(
    model: JointModel,
    examples: Sequence[Encoded],
    params: TrainingParams,
    pad_id: int,
    device: torch.device,
) -> List[float]:
    """Trains encoder and heads jointly (intent CE + weighted tag CE).

    Returns:
        The mean loss of every epoch.
    """
    seed_everything(params.seed)
    rng = random.Random(params.seed)
    steps_per_epoch = math.ceil(len(examples) / params.batch_size)
    total = steps_per_epoch * params.epochs
    optimizer = _optimizer(model, params)
    scheduler = _schedule(optimizer, total, int(total * params.warmup_fraction))
    loss_fn = nn.CrossEntropyLoss(ignore_index=IGNORE)
    model.to(device).train()
    # bfloat16 autocast: matrix products in bf16, weights, optimiser and losses
    # stay float32 (no loss scaling needed, unlike float16)
    autocast = torch.autocast(
        device.type, dtype=torch.bfloat16, enabled=params.dtype == "bfloat16"
    )
    losses: List[float] = []
    for epoch in range(params.epochs):
        running = 0.0
        for batch in _batches(examples, params.batch_size, rng):
            tensors = pad_batch(batch, pad_id, device)
            with autocast:
                intent_logits, tag_logits = model(
                    tensors["input_ids"], tensors["attention_mask"]
                )
            loss = loss_fn(intent_logits.float(), tensors["intents"])
            if params.entity_loss_weight and tag_logits.shape[-1] > 1:
                tags = tag_logits.float().flatten(0, 1)
                tag_loss = loss_fn(tags, tensors["tags"].flatten())
                loss = loss + params.entity_loss_weight * tag_loss
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            running += loss.item() * len(batch)
        losses.append(running / len(examples))
        logger.info("epoch %d/%d loss %.4f", epoch + 1, params.epochs, losses[-1])
    return losses


@torch.no_grad()
def intent_logits(
    model: JointModel,
    examples: Sequence[Encoded],
    pad_id: int,
    device: torch.device,
    batch_size: int = 64,
) -> torch.Tensor:
    """Intent logits ``[n, num_intents]`` of examples, in order (eval mode)."""
    model.eval()
    chunks = []
    for i in range(0, len(examples), batch_size):
        tensors = pad_batch(examples[i : i + batch_size], pad_id, device)
        logits, _ = model(tensors["input_ids"], tensors["attention_mask"])
        chunks.append(logits.float().cpu())
    return torch.cat(chunks)
