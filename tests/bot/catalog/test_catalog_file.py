"""Catalog loading (CSV and JSON) and validation messages."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.catalog.catalog_file import MAX_REPORTED, load_catalog
from bot.db.views import RelationView
from bot.exceptions import DataValidationError

EXPECTED_EDGES = {
    RelationView("similar_to", "PH-001", "PH-002"),
    RelationView("similar_to", "PH-002", "PH-001"),
    RelationView("accessory_of", "AC-001", "PH-001"),
    RelationView("accessory_of", "AC-002", "PH-001"),
    RelationView("accessory_of", "AC-002", "PH-002"),
    RelationView("compatible_with", "AC-002", "PH-001"),
    RelationView("compatible_with", "AC-002", "PH-002"),
}


@pytest.mark.parametrize("name", ["products.csv", "products.json"])
def test_fixture_catalogs_load_the_same(fixtures_dir: Path, name: str):
    catalog = load_catalog(fixtures_dir / name)
    by_sku = {p["sku"]: p for p in catalog.products}
    assert list(by_sku) == ["PH-001", "PH-002", "AC-001", "AC-002", "SH-001", "CL-001"]
    assert set(catalog.relations) == EXPECTED_EDGES
    phone, cable, shoe, shirt = (
        by_sku[s] for s in ("PH-001", "AC-002", "SH-001", "CL-001")
    )
    assert phone["price"] == Decimal("5999.00") and phone["colors"] == [
        "black",
        "blue",
        "pink",
    ]
    assert phone["attributes"] == {
        "storage_gb": 128,
        "screen_inch": 6.1,
        "port": "USB-C",
    }
    assert (cable["currency"], cable["popularity"], cable["price"]) == (
        "CNY",
        0,
        Decimal("39.00"),
    )
    assert shoe["sizes"] == ["40", "41", "42"] and shoe["stock"]["white/42"] == 5
    assert (shirt["brand"], shirt["attributes"], shirt["tags"]) == ("", {}, [])


@pytest.mark.parametrize(
    "field, value, row_match",
    [
        ("price", "abc", r"row 3, field 'price': price must be a decimal"),
        ("price", "-1", r"field 'price'.*got '-1'"),
        ("price", "1.999", r"field 'price'.*at most 2 decimals"),
        ("stock", '{"black": 5,', r"field 'stock': stock invalid JSON"),
        ("stock", '{"black": -2}', r"field 'stock'.*integer >= 0, got -2"),
        ("stock", '{"black": 1.5}', r"field 'stock'.*integer >= 0, got 1.5"),
        ("stock", '{"red": 1}', r"field 'stock': stock keys \['red'\] do not match"),
        ("stock", "[1, 2]", r"field 'stock'.*must be a JSON object"),
        ("attributes", "{oops}", r"field 'attributes'.*invalid JSON"),
        ("title_zh", "  ", r"field 'title_zh': title_zh is required"),
        ("category", "", r"field 'category': category is required"),
        ("currency", "yuan", r"field 'currency'.*3-letter"),
        ("popularity", "high", r"field 'popularity'.*integer >= 0"),
        ("colors", "black|black", r"field 'colors'.*repeated"),
        ("sku", "PH 002", r"field 'sku'.*without spaces"),
        ("similar_to", "PH-404", r"field 'similar_to'.*unknown SKU 'PH-404'"),
        ("similar_to", "PH-002", r"field 'similar_to'.*the product itself"),
    ],
)
def test_bad_cell_names_file_row_and_field(
    csv_rows, write_csv, field, value, row_match
):
    csv_rows[1][field] = value  # second data row = row 3 (the header is row 1)
    path = write_csv(csv_rows)
    with pytest.raises(DataValidationError, match=row_match) as caught:
        load_catalog(path)
    assert str(caught.value).startswith(str(path))
    assert (caught.value.row, caught.value.field) == (3, field)


def test_duplicate_sku_names_both_rows(csv_rows, write_csv):
    csv_rows[4]["sku"] = "PH-001"
    with pytest.raises(
        DataValidationError,
        match=r"row 6, field 'sku': duplicate SKU 'PH-001' \(first at row 2\)",
    ):
        load_catalog(write_csv(csv_rows))


def test_all_errors_are_collected_and_capped(csv_rows, write_csv):
    rows = [dict(csv_rows[5], sku=f"X-{i}", price="free") for i in range(30)]
    with pytest.raises(DataValidationError) as caught:
        load_catalog(write_csv(rows))
    message = str(caught.value)
    assert len(caught.value.errors) == 30
    assert "29 more problem(s)" in message and "row 21, field 'price'" in message
    assert f"... and {30 - MAX_REPORTED} more" in message
    assert "row 31" not in message


@pytest.mark.parametrize(
    "content, match",
    [
        ("", "empty file"),
        ("sku,title_en\nA,B\n", "field 'title_zh': missing required column"),
        (
            "sku,title_en,title_zh,category,price,currency,colour\n",
            "field 'colour': unknown column",
        ),
        ("sku,title_en,title_zh,category,price,currency\n", "no products"),
        (
            "sku,title_en,title_zh,category,price,currency\nA,B,C,D,1,CNY,extra\n",
            "row 2: 7 cells, header has 6",
        ),
    ],
)
def test_bad_csv_structure(tmp_path: Path, content: str, match: str):
    path = tmp_path / "c.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataValidationError, match=match):
        load_catalog(path)


def test_minimal_csv_with_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "c.csv"
    path.write_text(
        "\ufeffsku,title_en,title_zh,category,price,currency\nA,Cable,数据线,misc,5,CNY\n",
        encoding="utf-8",
    )
    (product,) = load_catalog(path).products
    assert (
        product["stock"] == {}
        and product["colors"] == []
        and product["category"] == "misc"
    )


MINIMAL = {
    "sku": "A",
    "title_en": "a",
    "title_zh": "啊",
    "category": "c",
    "price": 1.5,
    "currency": "CNY",
}


@pytest.mark.parametrize(
    "data, match",
    [
        ("{not json", "invalid JSON"),
        ('{"items": []}', "expected a JSON array"),
        ("[1]", "row 1: expected an object, got int"),
        (json.dumps([dict(MINIMAL, stock={"default": True})]), "'stock'.*got True"),
        (json.dumps([dict(MINIMAL, stok={})]), "row 1, field 'stok': unknown field"),
        (json.dumps([dict(MINIMAL, title_en=["a"])]), "title_en must be text"),
        (json.dumps([MINIMAL, dict(MINIMAL, price="1,5")]), "row 2, field 'price'"),
    ],
)
def test_bad_json_catalogs(tmp_path: Path, data: str, match: str):
    path = tmp_path / "c.json"
    path.write_text(data, encoding="utf-8")
    with pytest.raises(DataValidationError, match=match):
        load_catalog(path)


def test_json_catalog_may_wrap_products(tmp_path: Path, fixtures_dir: Path):
    products = json.loads((fixtures_dir / "products.json").read_text(encoding="utf-8"))
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"products": products}), encoding="utf-8")
    assert len(load_catalog(path).products) == 6


@pytest.mark.parametrize(
    "name, content, match",
    [
        ("missing.csv", None, "missing.csv: file not found"),
        ("catalog.xlsx", b"", "unsupported catalog format"),
        ("latin1.csv", "sku,title_en\nA,caf\xe9\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content, match: str):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(DataValidationError, match=match):
        load_catalog(tmp_path / name)
