"""Reassembling split GGUF files with sha256 verification."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import List

import pytest

from bot.exceptions import ModelSourceError
from bot.models import get_source, resolve_file
from bot.models.gguf_parts import concat_parts
from bot.models.sources import QWEN_SHA256, QwenGgufSource


def _parts(folder: Path, sizes: List[int], head: bytes = b"GGUF") -> List[Path]:
    data = head + bytes(range(256)) * (sum(sizes) // 256 + 1)
    paths, start = [], 0
    for i, size in enumerate(sizes, 1):
        path = folder / f"part{i:02d}.bin"
        path.write_bytes(data[start : start + size])
        paths.append(path)
        start += size
    return paths


@pytest.mark.parametrize("sizes", [[10], [1000, 1, 3000], [5000, 5000, 5000, 7]])
def test_concatenates_in_order(tmp_path: Path, sizes: List[int]) -> None:
    parts = _parts(tmp_path, sizes)
    whole = b"".join(p.read_bytes() for p in parts)
    target = tmp_path / "model.gguf"
    sha = hashlib.sha256(whole).hexdigest()
    assert concat_parts(parts, target, sha, progress=False) == target
    assert target.read_bytes() == whole
    assert not (tmp_path / "model.gguf.partial").exists()


def test_wrong_sha_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "model.gguf"
    with pytest.raises(ModelSourceError, match="sha256 .* expected 00+"):
        concat_parts(_parts(tmp_path, [100, 100]), target, "0" * 64, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part01.bin", "part02.bin"]


def test_missing_part(tmp_path: Path) -> None:
    parts = _parts(tmp_path, [100, 100])
    parts[1].unlink()
    with pytest.raises(ModelSourceError, match="missing.*part02.bin"):
        concat_parts(parts, tmp_path / "model.gguf", None, progress=False)


@pytest.mark.parametrize("head, ok", [(b"GGUF", True), (b"ELF\x7f", False)])
def test_magic_checked_without_sha(tmp_path: Path, head: bytes, ok: bool) -> None:
    parts = _parts(tmp_path, [50, 50], head=head)
    target = tmp_path / "model.gguf"
    if ok:
        concat_parts(parts, target, None, progress=False)
        assert target.is_file()
    else:
        with pytest.raises(ModelSourceError, match="not a GGUF file"):
            concat_parts(parts, target, None, progress=False)
        assert not target.exists()


def test_bad_parts_through_resolver_leave_cache_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = _parts(tmp_path, [300, 300])
    monkeypatch.setattr(QwenGgufSource, "part_files", lambda self: parts)
    monkeypatch.setattr(QwenGgufSource, "check_installed", lambda self: None)
    cache = tmp_path / "cache"
    with pytest.raises(ModelSourceError, match="sha256"):
        resolve_file("qwen", cache, progress=False)
    assert [p.name for p in cache.iterdir()] == [
        ".qwen2.5-coder-0.5b-instruct-gguf.lock"
    ]


def test_real_qwen_parts(tmp_path: Path) -> None:
    """Slow-ish (491 MB): the installed parts reassemble to the pinned sha256."""
    source = get_source("qwen")
    if not source.is_installed():  # type: ignore[union-attr]
        pytest.skip(source.pip_command)  # type: ignore[union-attr]
    path = resolve_file("qwen", tmp_path / "cache", progress=False)
    assert path.name == "model.gguf" and path.stat().st_size == 491_400_064
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(8 << 20):
            digest.update(chunk)
    assert digest.hexdigest() == QWEN_SHA256
    assert not any(name.startswith("pandas_sns") for name in sys.modules)
