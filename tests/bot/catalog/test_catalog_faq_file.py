"""FAQ file loading and validation messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog.faq_file import load_faq
from bot.exceptions import DataValidationError

GOOD_ENTRY = """
  - id: {id}
    category: shipping
    questions_en: ["How long does shipping take?"]
    questions_zh: [发货要多久？]
    answer_en: Two days.
    answer_zh: 两天。
"""


def write(tmp_path: Path, body: str, header: str = "version: 1\nfaq:") -> Path:
    path = tmp_path / "faq.yml"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_fixture_faq_loads(fixtures_dir: Path):
    faq = load_faq(fixtures_dir / "faq.yml")
    assert [e["id"] for e in faq.entries] == ["shipping_time", "return_window", "42"]
    first = faq.entries[0]
    assert first["questions_zh"] == ["发货要多久？", "几天能到"]
    assert first["answer_en"] == "Orders ship within 24 hours and arrive in 2-4 days."


def edit(old: str, new: str) -> str:
    """GOOD_ENTRY with one text replaced."""
    return GOOD_ENTRY.replace(old, new)


BAD_ENTRIES = [
    (
        edit("    answer_en: Two days.\n", ""),
        r"row 2, field 'answer_en': answer_en is required \(non-empty text\) "
        r"\(line 10\)",
    ),
    (edit("answer_zh: 两天。", "answer_zh: ''"), r"row 2, field 'answer_zh'"),
    (edit("[发货要多久？]", "[]"), r"row 2, field 'questions_zh': .*non-empty list"),
    (edit('["How long does shipping take?"]', "How long?"), r"field 'questions_en'"),
    (edit("shipping\n", "shipping\n    tags: [x]\n"), r"field 'tags': unknown key"),
    (edit("{id}", "a"), r"row 2, field 'id': duplicate id 'a' \(first at row 1\)"),
    (edit("id: {id}", "id: ''"), r"row 2, field 'id': id is required"),
    ("\n  - just text", r"row 2: entry must be a mapping"),
]


@pytest.mark.parametrize("entry, match", BAD_ENTRIES)
def test_bad_entries_name_file_row_and_field(tmp_path: Path, entry: str, match: str):
    path = write(tmp_path, GOOD_ENTRY.format(id="a") + entry.replace("{id}", "b"))
    with pytest.raises(DataValidationError, match=match) as caught:
        load_faq(path)
    assert str(caught.value).startswith(f"{path}, row 2")


@pytest.mark.parametrize(
    "content, match",
    [
        ("version: 2\nfaq: []", "field 'version': unsupported version 2"),
        ("version: 1\n", "field 'faq': 'faq' must be a non-empty list"),
        ("- a\n- b\n", "expected a mapping with 'version' and 'faq'"),
        ("version: 1\nfaq: [\n", r"invalid YAML \(line \d+\)"),
        ("", "expected a mapping"),
    ],
)
def test_bad_documents(tmp_path: Path, content: str, match: str):
    path = tmp_path / "faq.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataValidationError, match=match):
        load_faq(path)


def test_every_problem_is_reported(tmp_path: Path):
    broken = GOOD_ENTRY.replace("    answer_en: Two days.\n", "")
    path = write(tmp_path, "".join(broken.format(id=f"e{i}") for i in range(3)))
    with pytest.raises(DataValidationError, match="row 1") as caught:
        load_faq(path)
    assert [(r, f) for r, f, _ in caught.value.errors] == [
        (1, "answer_en"),
        (2, "answer_en"),
        (3, "answer_en"),
    ]


def test_missing_file(tmp_path: Path):
    with pytest.raises(DataValidationError, match="faq.yml: file not found"):
        load_faq(tmp_path / "faq.yml")
