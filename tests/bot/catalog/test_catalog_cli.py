"""`shopbot ingest` / `shopbot index`: tags, index updates, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.repositories import ProductRepository
from bot.db.session import session_scope
from bot.retrieval.incremental import HASHES_FILE
from bot.settings import Settings


@pytest.fixture
def shop_env(tmp_path: Path, monkeypatch) -> Path:
    """Env of a fresh SQLite shop and index folder; returns the var folder."""
    cache = Settings.from_env().model_cache
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'shop.db'}")
    monkeypatch.setenv("SHOPBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("SHOPBOT_MODEL_CACHE", str(cache))
    monkeypatch.setenv("SHOPBOT_FAQ_EMBEDDER", "base")  # no fine-tuning here
    return tmp_path / "var"


def test_ingest_tags_untagged_rows_and_updates_the_indexes(
    shop_env: Path, fixtures_dir: Path, csv_rows, write_csv, capsys
):
    faq = str(fixtures_dir / "faq.yml")
    assert main(["ingest", str(write_csv(csv_rows)), "--faq", faq]) == 0
    out = capsys.readouterr().out
    assert "6 rows (6 new, 0 updated, 7 relations, 1 tagged)" in out
    assert "products: 12 vectors in" in out and "(12 embedded)" in out
    with session_scope(Settings.from_env().database_url) as session:
        shirt = ProductRepository(session).get("CL-001")
    assert {"cotton", "t-shirt"} <= set(shirt.tags)
    csv_rows[0]["description_en"] = "Now with a clear case in the box."
    assert main(["ingest", str(write_csv(csv_rows))]) == 0
    out = capsys.readouterr().out
    assert "products: 12 vectors in" in out and "(1 embedded)" in out
    assert "faq: " in out and "(0 embedded)" in out
    assert main(["index", "--full"]) == 0
    assert "(12 embedded)" in capsys.readouterr().out
    sidecar = json.loads((shop_env / "indexes" / "products" / HASHES_FILE).read_text())
    assert len(sidecar["hashes"]) == 12 and sidecar["kind"] == "passage"


def test_ingest_no_index_no_tags_and_a_bad_row(
    shop_env: Path, csv_rows, write_csv, capsys
):
    path = str(write_csv(csv_rows))
    assert main(["ingest", path, "--no-index", "--no-tags"]) == 0
    assert "1 tagged" not in capsys.readouterr().out
    assert not (shop_env / "indexes").exists()
    csv_rows[2]["price"] = "-1"
    assert main(["ingest", str(write_csv(csv_rows, "bad.csv"))]) == 2
    err = capsys.readouterr().err
    assert "bad.csv, row 4, field 'price'" in err
    assert not (shop_env / "indexes").exists()  # nothing indexed after a failure
