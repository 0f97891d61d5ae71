"""BIO tags over sub-tokens ↔ character spans, English and Chinese, roles, groups."""

from __future__ import annotations

import pytest

from bot.nlu.entity_tags import (
    TagScheme,
    entity_label,
    split_label,
    token_spans,
    word_groups,
)


def _spans(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of consecutive pieces, each including a space before it."""
    spans, pos = [], 0
    for piece in pieces:
        start = text.index(piece, pos)
        spans.append((pos if piece.startswith(" ") else start, start + len(piece)))
        pos = start + len(piece)
    return spans


@pytest.mark.parametrize(
    ("entity", "label"),
    [
        ({"entity": "color"}, "color"),
        ({"entity": "price", "role": "max"}, "price#max"),
        ({"entity": "size", "group": "1"}, "size@1"),
        ({"entity": "price", "role": "min", "group": "2"}, "price#min@2"),
    ],
)
def test_label_round_trip(entity: dict, label: str) -> None:
    assert entity_label(entity) == label
    assert split_label(label) == entity


def test_token_spans_drop_leading_space_lone_metaspace_and_specials() -> None:
    text = "我的 anna"
    spans = token_spans(
        text,
        [(0, 0), (0, 1), (0, 2), (2, 7), (0, 0)],
        ["<s>", "▁", "我的", "▁anna", "</s>"],
    )
    assert spans == [None, None, (0, 2), (3, 7), None]


def test_encode_then_decode_english_with_role() -> None:
    text = "red case under 100 yuan"
    pieces = ["red", " case", " under", " 1", "00", " yuan"]
    spans = token_spans(text, _spans(text, pieces), pieces)
    entities = [
        {"start": 0, "end": 3, "entity": "color"},
        {"start": 15, "end": 18, "entity": "price", "role": "max"},
    ]
    scheme = TagScheme.from_entities(entities)
    ids = scheme.encode(spans, entities)
    tags = [scheme.tags[i] for i in ids]
    assert tags == ["B-color", "O", "O", "B-price#max", "I-price#max", "O"]
    decoded = scheme.decode(text, spans, ids, [0.9] * len(ids))
    assert [(e["value"], e["entity"], e.get("role")) for e in decoded] == [
        ("red", "color", None),
        ("100", "price", "max"),
    ]
    assert decoded[1]["start"] == 15 and decoded[1]["end"] == 18


def test_decode_chinese_without_spaces_and_multi_token_entity() -> None:
    text = "我想买小米10的手机壳"
    pieces = ["我想", "买", "小米", "10", "的", "手机", "壳"]
    spans = token_spans(text, _spans(text, pieces), pieces)
    entities = [
        {"start": 3, "end": 7, "entity": "product"},
        {"start": 8, "end": 11, "entity": "category"},
    ]
    scheme = TagScheme.from_entities(entities)
    ids = scheme.encode(spans, entities)
    decoded = scheme.decode(text, spans, ids, [1.0] * len(ids))
    assert [(e["value"], e["start"], e["end"]) for e in decoded] == [
        ("小米10", 3, 7),
        ("手机壳", 8, 11),
    ]


def test_encode_ignores_unknown_labels_and_untagged_tokens() -> None:
    scheme = TagScheme(("color",))
    ids = scheme.encode(
        [None, (0, 3), (4, 8)], [{"start": 4, "end": 8, "entity": "size"}]
    )
    assert ids == [-100, 0, 0]


def test_decode_lenient_inside_tag_starts_an_entity_and_confidence_is_mean() -> None:
    scheme = TagScheme(("brand", "color"))
    text = "blue Apple"
    spans = [(0, 4), (5, 10)]
    ids = [scheme.tag_id("I", "color"), scheme.tag_id("I", "brand")]
    decoded = scheme.decode(text, spans, ids, [0.6, 0.8])
    assert [(e["value"], e["entity"]) for e in decoded] == [
        ("blue", "color"),
        ("Apple", "brand"),
    ]
    assert decoded[0]["confidence_entity"] == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("to Xiamen", [(0, 2), (3, 5), (5, 7), (7, 9)], [("Xiamen", 3, 9)]),
        ("我是赵磊", [(0, 2), (2, 3), (3, 4)], [("赵磊", 2, 4)]),
        ("Emily Carter here", [(0, 5), (6, 12), (13, 17)], [("Emily Carter", 0, 12)]),
        (
            "Emily, Carter",
            [(0, 5), (5, 6), (7, 13)],
            [("Emily", 0, 5), ("Carter", 7, 13)],
        ),
    ],
)
def test_decode_merges_touching_pieces_of_one_label(
    text: str, spans: list, expected: list
) -> None:
    scheme = TagScheme(("person_name",))
    b = scheme.tag_id("B", "person_name")
    ids = [0 if text[s:e] in ("to", "我是", "here", ",") else b for s, e in spans]
    decoded = scheme.decode(text, spans, ids, [0.9] * len(ids))
    assert [(e["value"], e["start"], e["end"]) for e in decoded] == expected


@pytest.mark.parametrize(
    ("text", "spans", "groups"),
    [
        ("the Basico hoodie", [(0, 3), (4, 9), (9, 10), (11, 17)], [[0], [1, 2], [3]]),
        ("grey, 42", [(0, 3), (3, 4), (4, 5), (6, 8)], [[0, 1], [2], [3]]),
        ("索尼相机", [(0, 1), (1, 2), (2, 4)], [[0], [1], [2]]),
        ("iPhone15", [(0, 6), (6, 8)], [[0, 1]]),
    ],
)
def test_word_groups_join_latin_pieces_only(
    text: str, spans: list, groups: list
) -> None:
    assert word_groups(text, [None, *spans, None]) == [
        [i + 1 for i in group] for group in groups
    ]


def _row(scheme: TagScheme, weights: dict) -> list:
    row = [0.0] * len(scheme.tags)
    for tag, p in weights.items():
        row[scheme.tags.index(tag)] = p
    return row


def test_word_votes_never_split_a_word() -> None:
    """ "Bas|ico": the first piece leans to size, the word as a whole to brand."""
    scheme = TagScheme(("brand", "size"))
    text = "Basico hoodie"
    spans = [(0, 3), (3, 6), (7, 13)]
    probs = [
        _row(scheme, {"B-size": 0.5, "B-brand": 0.4, "O": 0.1}),
        _row(scheme, {"I-brand": 0.9, "O": 0.1}),
        _row(scheme, {"O": 1.0}),
    ]
    ids, best = scheme.word_votes(text, spans, probs)
    assert [scheme.tags[i] for i in ids] == ["B-brand", "I-brand", "O"]
    assert best[0] == pytest.approx(0.65)
    decoded = scheme.decode(text, spans, ids, best)
    assert [(e["value"], e["entity"]) for e in decoded] == [("Basico", "brand")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("有粉色的瑜伽垫", (1, 4), "粉色"),  # "色的" is one sentencepiece piece
        ("我在北京", (1, 4), "北京"),
        ("的确良", (0, 3), "的确良"),  # 的 not at the end: kept
        ("size M的", (5, 7), "M的"),  # after a Latin letter: not a particle
    ],
)
def test_decode_trims_chinese_particles_at_entity_edges(
    text: str, span: tuple, value: str
) -> None:
    scheme = TagScheme(("color",))
    decoded = scheme.decode(text, [span], [scheme.tag_id("B", "color")], [0.9])
    assert decoded[0]["value"] == value
    assert text[decoded[0]["start"] : decoded[0]["end"]] == value
