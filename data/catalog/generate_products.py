"""Generate the demo shop's product catalog, data/catalog/products.csv.

The products are data tables in ``_products_<category>.py`` next to this file. This
script numbers them (SKUs), derives stock, popularity and the ``similar_to`` edges,
resolves the hand-written ``accessory_of`` / ``compatible_with`` edges, checks the
result and writes the CSV. Standard library only and deterministic: every run
writes the same bytes.

    python data/catalog/generate_products.py          # (re)write products.csv
    python data/catalog/generate_products.py --check  # verify products.csv is current
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import math
import random
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "products.csv"
SEED = 2026

COLUMNS = (
    "sku",
    "title_en",
    "title_zh",
    "description_en",
    "description_zh",
    "brand",
    "category",
    "price",
    "currency",
    "colors",
    "sizes",
    "stock",
    "attributes",
    "tags",
    "image_url",
    "popularity",
    "accessory_of",
    "compatible_with",
    "similar_to",
)
RELATIONS = ("accessory_of", "compatible_with", "similar_to")

# Category slug -> SKU prefix, in file order.
CATEGORIES = {
    "phones": "PH",
    "phone_accessories": "PA",
    "electronics": "EL",
    "clothing": "CL",
    "shoes": "SH",
    "home": "HO",
    "beauty": "BE",
    "sports": "SP",
    "groceries": "GR",
}
COLORS = frozenset(
    "red black white blue green pink grey gold silver purple yellow orange brown "
    "beige".split()
)
# Plausible price range per category (CNY); catches typos in the tables.
PRICE_RANGE = {
    "phones": (999, 9999),
    "phone_accessories": (9.9, 399),
    "electronics": (99, 9999),
    "clothing": (29, 1999),
    "shoes": (29, 1999),
    "home": (29, 3999),
    "beauty": (19, 999),
    "sports": (29, 999),
    "groceries": (5, 299),
}
MAX_STOCK = {"phones": 40, "electronics": 50, "groceries": 300}  # others: 80
# Chance that a variant is generated sold out (quantity 0): products with several
# variants often miss one ("no size 42"); single-variant products rarely sell out.
SOLD_OUT_CHANCE = 0.15
SOLD_OUT_CHANCE_SINGLE = 0.04
SIMILAR_MAX = 3  # similar_to edges per product
PRICE_BAND = 1.6  # similar_to peers cost at most 1.6x more or less
# Kinds whose products can stand in for each other; similar_to only links products
# of the same kind or the same group here (kinds not listed form their own group).
SIMILAR_GROUPS = {
    "phone_holders": ("mount", "grip", "strap", "tripod"),
    "audio": ("earbuds", "headphones"),
    "wearables": ("smartwatch", "fitness_band"),
    "tablets": ("tablet", "e_reader"),
    "big_screens": ("tv", "projector"),
    "peripherals": ("mouse", "keyboard"),
    "tops": ("t_shirt", "polo", "shirt", "blouse", "base_layer"),
    "knitwear": ("hoodie", "sweater", "cardigan"),
    "outerwear": ("jacket", "coat", "blazer", "vest"),
    "bottoms": ("jeans", "trousers", "skirt"),
    "clothing_basics": ("sleepwear", "underwear", "socks"),
    "clothing_accessories": ("scarf", "hat"),
    "casual_shoes": ("sneakers", "walking_shoes", "loafers", "flats"),
    "sports_shoes": (
        "running_shoes",
        "trail_running_shoes",
        "training_shoes",
        "football_boots",
    ),
    "outdoor_shoes": ("hiking_shoes", "hiking_boots", "boots"),
    "formal_shoes": ("dress_shoes", "heels"),
    "open_shoes": ("slides", "slippers", "sandals"),
    "bed": ("bedding", "pillow", "duvet", "blanket"),
    "bath": ("towel", "bath"),
    "soft_furnishings": ("curtain", "rug"),
    "kitchen_tools": ("knives", "kitchen_tools"),
    "table": ("tableware", "coffee_gear"),
    "decor": ("fragrance", "lighting", "decor"),
    "skincare": ("cleanser", "toner", "serum", "moisturiser", "eye_care", "mask"),
    "lips": ("lip_care", "lipstick"),
    "makeup": ("foundation", "mascara", "eyeshadow", "nail", "tools"),
    "yoga": ("yoga_mat", "yoga_accessory"),
    "fitness": ("fitness_accessory", "recovery"),
    "outdoor": ("camping", "hiking"),
    "swim": ("swimming", "swimwear"),
    "sports_gear": ("bag", "bottle", "running_accessory"),
    "hot_drinks": ("tea", "coffee"),
    "snacks": ("nuts", "dried_fruit", "sweets", "honey"),
    "fresh": ("dairy", "eggs"),
}
GROUP_OF = {kind: group for group, kinds in SIMILAR_GROUPS.items() for kind in kinds}
MIN_PER_CATEGORY = 25
MIN_PRODUCTS = 320
MIN_EDGES = {"accessory_of": 60, "compatible_with": 60, "similar_to": 100}

HAN = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_EN = re.compile(r"[.!?](?:\s|$)")
SENTENCE_ZH = re.compile(r"[。！？]")


def load_tables() -> dict[str, list[dict]]:
    """The product table of every category, in CATEGORIES order."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return {
        slug: list(importlib.import_module(f"_products_{slug}").PRODUCTS)
        for slug in CATEGORIES
    }


def split(field: str) -> list[str]:
    """``"a|b"`` -> ``["a", "b"]``; ``""`` -> ``[]``."""
    return field.split("|") if field else []


def variant_keys(colors: list[str], sizes: list[str]) -> list[str]:
    """Stock keys: color/size, color, size or default (as bot/db/views.py)."""
    if colors and sizes:
        return [f"{c}/{s}" for c in colors for s in sizes]
    return colors or sizes or ["default"]


def make_stock(rng: random.Random, item: dict) -> dict[str, int]:
    """Quantity per variant, some of them 0 (see SOLD_OUT_CHANCE)."""
    top = MAX_STOCK.get(item["category"], 80)
    keys = variant_keys(split(item["colors"]), split(item.get("sizes", "")))
    chance = SOLD_OUT_CHANCE if len(keys) > 1 else SOLD_OUT_CHANCE_SINGLE
    stock = {}
    for key in keys:
        sold_out = rng.random() < chance
        stock[key] = 0 if sold_out else rng.randint(1, top)
    return stock


def number_items(tables: dict[str, list[dict]]) -> list[dict]:
    """Copies of all table entries with category and SKU (PH-0001, ...) set."""
    items = []
    for slug, prefix in CATEGORIES.items():
        for n, spec in enumerate(tables[slug], start=1):
            items.append(dict(spec, category=slug, sku=f"{prefix}-{n:04d}"))
    return items


def resolve_edges(items: list[dict]) -> None:
    """Turn accessory_of / compatible_with keys into SKUs (in place).

    ``compatible_with`` defaults to ``accessory_of`` (a case made for a phone fits
    that phone).
    """
    sku_of = {}
    for item in items:
        if item["key"] in sku_of:
            raise ValueError(f"duplicate product key {item['key']!r}")
        sku_of[item["key"]] = item["sku"]
    for item in items:
        fits = item.get("accessory_of", ())
        for field, keys in (
            ("accessory_of", fits),
            ("compatible_with", item.get("compatible_with", fits)),
        ):
            unknown = [k for k in keys if k not in sku_of]
            if unknown:
                raise ValueError(f"{item['key']}: {field} names unknown {unknown}")
            item[field] = [sku_of[k] for k in dict.fromkeys(keys)]


def can_stand_in(item: dict, other: dict) -> bool:
    """True when ``other`` is a plausible alternative to ``item``: same category,
    kind group and price band; and if either is made for particular products
    (has accessory_of edges), both work with a common product, so a Xiaomi 14
    case is no alternative to an iPhone 15 case."""
    ratio = float(other["price"]) / float(item["price"])
    made_for = item["accessory_of"] or other["accessory_of"]
    works_with = set(item["compatible_with"]) & set(other["compatible_with"])
    return (
        other is not item
        and other["category"] == item["category"]
        and GROUP_OF.get(other["kind"], other["kind"])
        == GROUP_OF.get(item["kind"], item["kind"])
        and abs(math.log(ratio)) <= math.log(PRICE_BAND)
        and (not made_for or bool(works_with))
    )


def similar_edges(items: list[dict]) -> None:
    """Set ``similar_to``: up to SIMILAR_MAX products that can stand in for each
    one, preferring the same kind, then more shared tags, then the closest price
    (ties broken by SKU, so the choice is stable)."""
    for item in items:
        tags = set(split(item["tags"]))
        price = float(item["price"])
        peers = [other for other in items if can_stand_in(item, other)]
        peers.sort(
            key=lambda o: (
                o["kind"] != item["kind"],
                -len(tags & set(split(o["tags"]))),
                abs(math.log(float(o["price"]) / price)),
                o["sku"],
            )
        )
        item["similar_to"] = [o["sku"] for o in peers[:SIMILAR_MAX]]


def compact_json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def to_row(item: dict, rng: random.Random) -> dict[str, str]:
    """One CSV row (all values as strings, keys in COLUMNS order)."""
    stock = make_stock(rng, item)
    popularity = rng.randint(0, 1000)
    row = {
        "sku": item["sku"],
        "title_en": item["en"],
        "title_zh": item["zh"],
        "description_en": item["den"],
        "description_zh": item["dzh"],
        "brand": item["brand"],
        "category": item["category"],
        "price": f"{Decimal(str(item['price'])):.2f}",
        "currency": "CNY",
        "colors": item["colors"],
        "sizes": item.get("sizes", ""),
        "stock": compact_json(stock),
        "attributes": compact_json(item["attrs"]),
        "tags": item["tags"],
        "image_url": f"/static/img/{item['sku'].lower()}.svg",
        "popularity": str(popularity),
    }
    for field in RELATIONS:
        row[field] = "|".join(item[field])
    return {column: row[column] for column in COLUMNS}


def build_rows() -> list[dict[str, str]]:
    items = number_items(load_tables())
    resolve_edges(items)
    similar_edges(items)
    rng = random.Random(SEED)
    return [to_row(item, rng) for item in items]


def problems(rows: list[dict[str, str]]) -> list[str]:
    """Everything wrong with ``rows``; empty when the catalog is consistent."""
    errors = []

    def require(ok: bool, message: str) -> None:
        if not ok:
            errors.append(message)

    skus = [row["sku"] for row in rows]
    known = set(skus)
    require(len(known) == len(skus), "duplicate SKUs")
    require(len(rows) >= MIN_PRODUCTS, f"only {len(rows)} products")
    counts = Counter(row["category"] for row in rows)
    for slug in CATEGORIES:
        require(counts[slug] >= MIN_PER_CATEGORY, f"{slug}: {counts[slug]} products")
    titles = Counter(row["title_en"] for row in rows)
    require(max(titles.values()) == 1, "duplicate English titles")
    edges = Counter()
    for row in rows:
        sku = row["sku"]
        require(tuple(row) == COLUMNS, f"{sku}: column order")
        require(row["category"] in CATEGORIES, f"{sku}: category {row['category']}")
        prefix = CATEGORIES.get(row["category"], "")
        require(re.fullmatch(rf"{prefix}-\d{{4}}", sku) is not None, f"{sku}: SKU")
        require(all(row[c].strip() for c in COLUMNS[:8]), f"{sku}: empty text field")
        require(HAN.search(row["title_zh"]) is not None, f"{sku}: title_zh not Chinese")
        require(HAN.search(row["description_zh"]) is not None, f"{sku}: zh description")
        n_en = len(SENTENCE_EN.findall(row["description_en"]))
        n_zh = len(SENTENCE_ZH.findall(row["description_zh"]))
        require(1 <= n_en <= 3 and 1 <= n_zh <= 3, f"{sku}: description length")
        low, high = PRICE_RANGE[row["category"]]
        require(re.fullmatch(r"\d+\.\d\d", row["price"]) is not None, f"{sku}: price")
        require(low <= float(row["price"]) <= high, f"{sku}: price out of range")
        colors, sizes = split(row["colors"]), split(row["sizes"])
        require(set(colors) <= COLORS, f"{sku}: unknown color in {colors}")
        require(len(set(sizes)) == len(sizes), f"{sku}: repeated size")
        require(not any("/" in s for s in sizes), f"{sku}: '/' in a size")
        stock = json.loads(row["stock"])
        require(
            list(stock) == sorted(variant_keys(colors, sizes)), f"{sku}: stock keys"
        )
        require(
            all(isinstance(q, int) and q >= 0 for q in stock.values()),
            f"{sku}: stock quantities",
        )
        require(isinstance(json.loads(row["attributes"]), dict), f"{sku}: attributes")
        tags = split(row["tags"])
        require(3 <= len(tags) <= 8, f"{sku}: {len(tags)} tags")
        require(all(t == t.lower() and t for t in tags), f"{sku}: tag case")
        require(row["image_url"] == f"/static/img/{sku.lower()}.svg", f"{sku}: image")
        require(0 <= int(row["popularity"]) <= 1000, f"{sku}: popularity")
        for field in RELATIONS:
            targets = split(row[field])
            edges[field] += len(targets)
            require(sku not in targets, f"{sku}: {field} points to itself")
            require(len(set(targets)) == len(targets), f"{sku}: repeated {field}")
            missing = set(targets) - known
            require(not missing, f"{sku}: {field} names unknown {sorted(missing)}")
    for field, minimum in MIN_EDGES.items():
        require(edges[field] >= minimum, f"only {edges[field]} {field} edges")
    return errors


def render(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def summary(rows: list[dict[str, str]]) -> str:
    counts = Counter(row["category"] for row in rows)
    lines = [f"{len(rows)} products"]
    lines += [f"  {slug:<18} {counts[slug]}" for slug in CATEGORIES]
    for field in RELATIONS:
        total = sum(len(split(row[field])) for row in rows)
        lines.append(f"  {field:<18} {total} edges")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; fail if products.csv differs from a fresh build",
    )
    args = parser.parse_args(argv)
    rows = build_rows()
    errors = problems(rows)
    if errors:
        print("catalog self-check failed:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(
                f"{OUTPUT} is out of date; run {Path(__file__).name}", file=sys.stderr
            )
            return 1
        print(f"{OUTPUT.name} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8", newline="")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
