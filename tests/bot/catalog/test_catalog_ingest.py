"""Ingestion into the database: counts, re-runs, and all-or-nothing writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import ingest as ingest_module
from bot.catalog.ingest import ingest_catalog, ingest_faq
from bot.db.repositories import FaqRepository, ProductRepository
from bot.db.session import session_scope
from bot.db.views import RelationView
from bot.exceptions import DatabaseError, DataValidationError


def stored(url: str):
    with session_scope(url) as session:
        repo = ProductRepository(session)
        return repo.list_all(), repo.relations()


@pytest.mark.parametrize("name", ["products.csv", "products.json"])
def test_ingest_catalog_writes_products_and_relations(
    db_url: str, fixtures_dir: Path, name: str
):
    report = ingest_catalog(fixtures_dir / name, url=db_url)
    assert (report.rows, report.inserted, report.updated, report.relations) == (
        6,
        6,
        0,
        7,
    )
    assert report.summary() == f"catalog {name}: 6 rows (6 new, 0 updated, 7 relations)"
    products, relations = stored(db_url)
    assert len(products) == 6 and len(relations) == 7
    with session_scope(db_url) as session:
        repo = ProductRepository(session)
        shoe = repo.get("SH-001")
        accessories = repo.related("PH-001", "accessory_of", incoming=True)
    assert shoe.in_stock("white", "42") and not shoe.in_stock("black", "41")
    assert shoe.title("zh") == "耐克 Pegasus 40 跑鞋"
    assert [p.sku for p in accessories] == ["AC-001", "AC-002"]


def test_reingest_updates_and_replaces_relations(
    db_url: str, fixtures_dir, csv_rows, write_csv
):
    ingest_catalog(fixtures_dir / "products.csv", url=db_url)
    for row in csv_rows:
        row.update(accessory_of="", compatible_with="", similar_to="")
    csv_rows[0]["price"] = "5799.00"
    report = ingest_catalog(write_csv(csv_rows), url=db_url)
    assert (report.inserted, report.updated, report.relations) == (0, 6, 0)
    products, relations = stored(db_url)
    assert relations == []
    assert str(products[[p.sku for p in products].index("PH-001")].price) == "5799.00"


def test_invalid_catalog_writes_nothing(db_url: str, csv_rows, write_csv):
    csv_rows[-1]["stock"] = '{"S": 3, "XL": 1}'
    with pytest.raises(DataValidationError, match="row 7, field 'stock'"):
        ingest_catalog(write_csv(csv_rows), url=db_url)
    assert stored(db_url) == ([], [])


def test_database_failure_rolls_back_the_whole_ingest(
    db_url: str, fixtures_dir: Path, monkeypatch
):
    ingest_catalog(fixtures_dir / "products.csv", url=db_url)
    before = stored(db_url)
    bad_edge = RelationView("similar_to", "PH-001", "GHOST")  # violates a foreign key
    original = ingest_module.load_catalog

    def load_with_bad_edge(path):
        catalog = original(path)
        changed = tuple(dict(p, price=p["price"] + 1) for p in catalog.products)
        return type(catalog)(catalog.file, changed, catalog.relations + (bad_edge,))

    monkeypatch.setattr(ingest_module, "load_catalog", load_with_bad_edge)
    with pytest.raises(DatabaseError):
        ingest_catalog(fixtures_dir / "products.csv", url=db_url)
    assert stored(db_url) == before  # neither prices nor relations changed


def test_ingest_faq_upserts_and_prunes(db_url: str, fixtures_dir: Path, tmp_path: Path):
    report = ingest_faq(fixtures_dir / "faq.yml", url=db_url)
    assert (report.rows, report.inserted, report.updated, report.removed) == (
        3,
        3,
        0,
        0,
    )
    text = (fixtures_dir / "faq.yml").read_text(encoding="utf-8")
    smaller = tmp_path / "faq.yml"
    smaller.write_text(text.split("  - id: return_window")[0], encoding="utf-8")
    report = ingest_faq(smaller, url=db_url)
    assert (report.inserted, report.updated, report.removed) == (0, 1, 2)
    assert report.summary() == "faq faq.yml: 1 rows (0 new, 1 updated, 2 removed)"
    with session_scope(db_url) as session:
        assert [f.id for f in FaqRepository(session).list_all()] == ["shipping_time"]


def test_ingest_faq_without_prune_keeps_entries(db_url: str, fixtures_dir, tmp_path):
    ingest_faq(fixtures_dir / "faq.yml", url=db_url)
    text = (fixtures_dir / "faq.yml").read_text(encoding="utf-8")
    (tmp_path / "faq.yml").write_text(
        text.split("  - id: return_window")[0], encoding="utf-8"
    )
    assert ingest_faq(tmp_path / "faq.yml", url=db_url, prune=False).removed == 0
    with session_scope(db_url) as session:
        assert FaqRepository(session).count() == 3


def test_invalid_faq_writes_nothing(db_url: str, tmp_path: Path):
    path = tmp_path / "faq.yml"
    path.write_text("version: 1\nfaq:\n  - id: a\n    category: c\n", encoding="utf-8")
    with pytest.raises(DataValidationError, match="row 1, field 'answer_en'"):
        ingest_faq(path, url=db_url)
    with session_scope(db_url) as session:
        assert FaqRepository(session).count() == 0
