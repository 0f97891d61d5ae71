"""Catalog rows with arbitrary fields: a valid product, or an error naming the field."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.catalog.catalog_file import KNOWN_FIELDS, load_catalog
from bot.exceptions import DataValidationError, ShopbotError

FIELDS = sorted(KNOWN_FIELDS)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["", " ", "12.345", "-1", "1e400", "NaN", "{not json", "a|a"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
VALID_ROW = {
    "sku": "SH-1",
    "title_en": "Trail shoes",
    "title_zh": "越野跑鞋",
    "category": "shoes",
    "price": "399.00",
    "currency": "CNY",
    "colors": ["red", "blue"],
    "stock": {"red": 3, "blue": 0},
}
ROWS = st.builds(
    lambda changes, extra: {**VALID_ROW, **changes, **extra},
    st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=4),
    st.dictionaries(st.text(min_size=1, max_size=8), VALUES, max_size=1),
)


def _load(rows: Any) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "products.json"
        path.write_text(json.dumps(rows, ensure_ascii=False, allow_nan=True))
        return load_catalog(path)


@settings(max_examples=200, deadline=None)
@given(st.lists(ROWS, min_size=1, max_size=3))
@example([{**VALID_ROW, "price": "1e400"}])
@example([{**VALID_ROW, "stock": "{not json"}])
@example([{**VALID_ROW, "popularity": "٣"}])
def test_rows_load_or_fail_naming_a_row_and_field(rows: list) -> None:
    try:
        catalog = _load(rows)
    except DataValidationError as e:
        assert "products.json" in str(e)
        assert all(row is None or row >= 1 for row, _, _ in e.errors)  # type: ignore[attr-defined]
        assert e.field is None or e.field in str(e)
        return
    assert len(catalog.products) == len(rows)
    for product in catalog.products:
        json.dumps({k: v for k, v in product.items() if k != "price"})


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(FIELDS), VALUES)
def test_a_bad_value_is_reported_at_its_field(field: str, value: Any) -> None:
    try:
        _load([{**VALID_ROW, field: value}])
    except DataValidationError as e:
        fields = {f for _, f, _ in e.errors}  # type: ignore[attr-defined]
        assert fields <= {field, "stock"}  # stock keys follow colors and sizes


HEADER = "sku,title_en,title_zh,category,price,currency,popularity\n"
HUGE = "9" * 5000  # beyond Python's 4300-digit limit of int(str)
HUGE_FILES = {
    "json_number": ("products.json", '[{"sku": "A", "popularity": ' + HUGE + "}]"),
    "csv_popularity": ("products.csv", HEADER + f"A,a,b,c,1.00,CNY,{HUGE}\n"),
}


@pytest.mark.parametrize("case", sorted(HUGE_FILES))
def test_huge_numbers_are_a_validation_error(case: str, tmp_path: Path) -> None:
    name, text = HUGE_FILES[case]
    (tmp_path / name).write_text(text)
    with pytest.raises(ShopbotError):
        load_catalog(tmp_path / name)
