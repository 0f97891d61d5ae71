"""Intent confidence calibration: a held-out split and temperature scaling."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Any, List, Sequence, Tuple, TypeVar

import numpy as np
import torch
from torch import nn

from bot.nlu.joint_model import JointModel
from bot.nlu.training import Encoded, intent_logits

T = TypeVar("T", bound=Tuple[Any, ...])

# below this many held-out examples a fitted temperature is noise
MIN_HELD_OUT = 20


def calibration_split(
    examples: Sequence[T], fraction: float, seed: int
) -> Tuple[List[T], List[T]]:
    """Stratified split: ``fraction`` of each intent's examples (item 1) held out.

    Intents with fewer than 5 examples keep all of theirs for training; when
    fewer than ``MIN_HELD_OUT`` examples would be held out, nothing is.
    """
    by_intent: dict = defaultdict(list)
    for example in examples:
        by_intent[example[1]].append(example)
    rng = random.Random(seed)
    train: List[T] = []
    held: List[T] = []
    for intent in sorted(by_intent):
        group = list(by_intent[intent])
        rng.shuffle(group)
        n = int(round(len(group) * fraction)) if len(group) >= 5 else 0
        held.extend(group[:n])
        train.extend(group[n:])
    if len(held) < MIN_HELD_OUT:
        return list(examples), []
    return train, held


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """The softmax temperature minimising held-out NLL (temperature scaling).

    Fine-tuned transformers are over-confident; dividing logits by a T > 1 fitted
    on examples the model did not train on makes confidences match accuracy, so
    a fallback threshold means what it says. A grid over 0.25..10 is robust on
    the small held-out sets a bot has.
    """
    grid = np.exp(np.linspace(math.log(0.25), math.log(10.0), 100))
    nll = [float(nn.functional.cross_entropy(logits / t, labels)) for t in grid]
    return float(grid[int(np.argmin(nll))])


def calibrate(
    model: JointModel, held_out: Sequence[Encoded], pad_id: int, device: torch.device
) -> float:
    """Fits the temperature of the model's intent head on held-out examples."""
    logits = intent_logits(model, held_out, pad_id, device)
    labels = torch.tensor([e.intent for e in held_out], dtype=torch.long)
    return fit_temperature(logits, labels)
