"""Loading and validation of product catalogs (CSV or JSON).

CSV (``products.csv``): one product per line; ``colors``, ``sizes``, ``tags`` and
the relation columns (``accessory_of``, ``compatible_with``, ``similar_to``,
``replaces``) are ``|``-separated lists; ``stock`` and ``attributes`` are JSON
objects. JSON: a list of objects with the same keys (lists as arrays, ``stock`` and
``attributes`` as objects), or ``{"products": [...]}``.

Row numbers in errors: for CSV the header is row 1, so the first product is row 2
(the line number unless a quoted cell spans lines); for JSON the first object is
row 1. Every row is checked and the first ``MAX_REPORTED`` problems are reported
together in one DataValidationError.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Set, Tuple

from bot.db.views import RELATION_KINDS, RelationView, variant_keys
from bot.exceptions import DataValidationError

MAX_REPORTED = 20
MAX_PRICE = Decimal("99999999.99")  # Numeric(10, 2)
REQUIRED_FIELDS = ("sku", "title_en", "title_zh", "category", "price", "currency")
OPTIONAL_FIELDS = (
    "description_en",
    "description_zh",
    "brand",
    "colors",
    "sizes",
    "stock",
    "attributes",
    "tags",
    "image_url",
    "popularity",
)
RELATION_FIELDS = RELATION_KINDS  # column name = relation kind
KNOWN_FIELDS = frozenset(REQUIRED_FIELDS + OPTIONAL_FIELDS + RELATION_FIELDS)


class FieldError(ValueError):
    """A bad value in one field; the collector adds file and row."""


class ErrorCollector:
    """Collects validation problems of one file and raises them together.

    Args:
        file: the file name shown in messages.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: List[Tuple[int | None, str | None, str]] = []

    def add(self, row: int | None, field: str | None, message: str) -> None:
        """Records a problem at ``row``/``field`` (either may be None)."""
        self.errors.append((row, field, message))

    def raise_if_any(self) -> None:
        """Raises DataValidationError for the first problem, listing up to 20.

        The exception's ``row``/``field`` are those of the first problem and its
        ``errors`` attribute holds every (row, field, message).
        """
        if not self.errors:
            return
        row, field, message = self.errors[0]
        lines = [_where(r, f) + m for r, f, m in self.errors[1:MAX_REPORTED]]
        if len(self.errors) > MAX_REPORTED:
            lines.append(f"... and {len(self.errors) - MAX_REPORTED} more")
        if lines:
            message += f"\n{len(self.errors) - 1} more problem(s):\n  "
            message += "\n  ".join(lines)
        error = DataValidationError(self.file, message, row=row, field=field)
        error.errors = list(self.errors)  # type: ignore[attr-defined]
        raise error


def _where(row: int | None, field: str | None) -> str:
    parts = [f"row {row}"] * (row is not None) + [f"field '{field}'"] * bool(field)
    return ", ".join(parts) + ": " * bool(parts)


@dataclass(frozen=True)
class Catalog:
    """A validated catalog.

    Attributes:
        file: the source file.
        products: rows for ``ProductRepository.upsert_many`` (Decimal price, lists,
            dicts), in file order.
        relations: the knowledge-graph edges declared by the rows.
    """

    file: str
    products: Tuple[Dict[str, Any], ...]
    relations: Tuple[RelationView, ...]


def _text(value: Any, required: bool = False) -> str:
    if value is None:
        value = ""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise FieldError(f"must be text, got {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise FieldError("is required")
    return value


def _sku(value: Any) -> str:
    sku = _text(value, required=True)
    if any(c.isspace() for c in sku) or "|" in sku or len(sku) > 64:
        raise FieldError(f"must be at most 64 chars without spaces or '|', got {sku!r}")
    return sku


def _price(value: Any) -> Decimal:
    raw = value
    try:
        if isinstance(value, (bool, float)) or value is None:
            raise InvalidOperation
        price = Decimal(str(value).strip())
        ok = price.is_finite() and Decimal(0) <= price <= MAX_PRICE
        ok = ok and price.as_tuple().exponent >= -2  # type: ignore[operator]
    except InvalidOperation:
        ok = False
    if not ok:
        raise FieldError(
            f"must be a decimal number >= 0 with at most 2 decimals, got {raw!r}"
        )
    return price.quantize(Decimal("0.01"))


def _currency(value: Any) -> str:
    code = _text(value, required=True).upper()
    if len(code) != 3 or not code.isalpha():
        raise FieldError(f"must be a 3-letter currency code like CNY, got {value!r}")
    return code


def _str_list(value: Any, unique: bool = False) -> List[str]:
    if value is None or isinstance(value, str):
        items = (value or "").split("|")
    elif isinstance(value, list):
        items = [_text(v) for v in value]
    else:
        raise FieldError(f"must be a '|'-separated list or array, got {value!r}")
    items = [item.strip() for item in items if item.strip()]
    if unique and len(set(items)) != len(items):
        raise FieldError(f"has repeated values: {items}")
    return list(dict.fromkeys(items))


def _json_object(value: Any) -> Dict[str, Any]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value, parse_float=Decimal)
        except json.JSONDecodeError as e:
            raise FieldError(f"invalid JSON ({e.msg}) in {value!r}") from e
        except ValueError as e:  # an integer of more than 4300 digits
            raise FieldError(f"invalid JSON ({e})") from e
    if not isinstance(value, dict):
        raise FieldError(f"must be a JSON object, got {value!r}")
    return _plain_json(value)


def _plain_json(value: Any) -> Any:
    # Decimals (exact parsing) back to int/float so the value is JSON-serializable.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _plain_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_json(v) for v in value]
    return value


def _popularity(value: Any) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    text = str(value).strip()
    if isinstance(value, bool) or not (text.isascii() and text.isdigit()):
        raise FieldError(f"must be an integer >= 0, got {value!r}")
    if len(text) > 18:  # beyond a 64-bit integer column
        raise FieldError(f"is too large ({len(text)} digits)")
    return int(text)


def _stock(raw: Any) -> Dict[str, int]:
    stock = _json_object(raw)
    for key, qty in stock.items():
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
            raise FieldError(
                f"quantity of {key!r} must be an integer >= 0, got {qty!r}"
            )
    return stock


PARSERS: Dict[str, Callable[[Any], Any]] = {
    "sku": _sku,
    "title_en": lambda v: _text(v, required=True),
    "title_zh": lambda v: _text(v, required=True),
    "description_en": _text,
    "description_zh": _text,
    "brand": _text,
    "category": lambda v: _text(v, required=True),
    "price": _price,
    "currency": _currency,
    "colors": lambda v: _str_list(v, unique=True),
    "sizes": lambda v: _str_list(v, unique=True),
    "stock": _stock,
    "attributes": _json_object,
    "tags": _str_list,
    "image_url": _text,
    "popularity": _popularity,
    **{kind: _str_list for kind in RELATION_FIELDS},
}


def parse_row(
    raw: Mapping[str, Any], row: int, errors: ErrorCollector
) -> Dict[str, Any] | None:
    """Validates one raw row; returns the parsed fields or None after errors.

    Args:
        raw: field name → raw value (CSV strings or JSON values).
        row: row number for messages.
        errors: where problems are recorded.
    """
    before = len(errors.errors)
    parsed: Dict[str, Any] = {}
    for name in [n for n in raw if n not in KNOWN_FIELDS]:
        errors.add(row, str(name), "unknown field (allowed: see catalog docs)")
    for name, parse in PARSERS.items():
        try:
            parsed[name] = parse(raw.get(name))
        except FieldError as e:
            errors.add(row, name, f"{name} {e}")
    if "stock" in parsed and "colors" in parsed and "sizes" in parsed:
        valid = variant_keys(tuple(parsed["colors"]), tuple(parsed["sizes"]))
        bad = [key for key in parsed["stock"] if key not in valid]
        if bad:
            expected = ", ".join(list(valid)[:6]) + (", ..." if len(valid) > 6 else "")
            errors.add(
                row,
                "stock",
                f"stock keys {bad} do not match colors/sizes "
                f"(expected keys like: {expected})",
            )
    return parsed if len(errors.errors) == before else None


def read_text(path: Path, errors: ErrorCollector) -> str:
    """The file's UTF-8 text (BOM allowed); problems raise DataValidationError."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        errors.add(None, None, "file not found")
    except UnicodeDecodeError as e:
        errors.add(None, None, f"not UTF-8 text ({e.reason} at byte {e.start})")
    except OSError as e:
        errors.add(None, None, f"cannot read: {e.strerror}")
    errors.raise_if_any()
    return ""


def _csv_rows(text: str, errors: ErrorCollector) -> List[Tuple[int, Dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        errors.add(None, None, "empty file: expected a header line")
        errors.raise_if_any()
    reader.fieldnames = header
    for name in header:
        if name not in KNOWN_FIELDS:
            errors.add(1, name, "unknown column")
    for name in REQUIRED_FIELDS:
        if name not in header:
            errors.add(1, name, "missing required column")
    errors.raise_if_any()
    rows = []
    for number, raw in enumerate(reader, start=2):
        if None in raw:  # more cells than header columns
            errors.add(
                number,
                None,
                f"{len(header) + len(raw[None])} cells, header has "
                f"{len(header)} (quote cells that contain commas)",
            )
            raw.pop(None)
        rows.append((number, raw))
    return rows


def _json_rows(text: str, errors: ErrorCollector) -> List[Tuple[int, Dict[str, Any]]]:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as e:
        errors.add(None, None, f"invalid JSON: {e.msg} (line {e.lineno})")
        errors.raise_if_any()
    except ValueError as e:  # e.g. an integer of more than 4300 digits
        errors.add(None, None, f"invalid JSON: {e}")
        errors.raise_if_any()
    if isinstance(data, dict) and "products" in data:
        data = data["products"]
    if not isinstance(data, list):
        errors.add(None, None, "expected a JSON array of product objects")
        errors.raise_if_any()
    rows = []
    for number, raw in enumerate(data, start=1):
        if isinstance(raw, dict):
            rows.append((number, raw))
        else:
            errors.add(number, None, f"expected an object, got {type(raw).__name__}")
    return rows


def _check_skus(
    products: List[Tuple[int, Dict[str, Any]]], errors: ErrorCollector
) -> None:
    first_row: Dict[str, int] = {}
    for row, product in products:
        sku = product["sku"]
        if sku in first_row:
            errors.add(
                row, "sku", f"duplicate SKU {sku!r} (first at row {first_row[sku]})"
            )
        else:
            first_row[sku] = row


def _relations(
    products: List[Tuple[int, Dict[str, Any]]], skus: Set[str], errors: ErrorCollector
) -> List[RelationView]:
    edges: List[RelationView] = []
    for row, product in products:
        for kind in RELATION_FIELDS:
            for target in product.pop(kind):
                if target == product["sku"]:
                    errors.add(row, kind, f"{kind} lists the product itself")
                elif target not in skus:
                    errors.add(
                        row, kind, f"unknown SKU {target!r} (not in this catalog)"
                    )
                else:
                    edges.append(RelationView(kind, product["sku"], target))
    return edges


def load_catalog(path: str | Path) -> Catalog:
    """Reads and validates a CSV or JSON catalog.

    Args:
        path: a ``.csv`` or ``.json`` file (see the module docstring for formats).

    Returns:
        The validated catalog; relation targets are SKUs of the same file.

    Raises:
        DataValidationError: naming the file, the row and the field of the first
            problem, and listing up to 20 problems.
    """
    path = Path(path)
    errors = ErrorCollector(str(path))
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        errors.add(None, None, "unsupported catalog format: use .csv or .json")
        errors.raise_if_any()
    text = read_text(path, errors)
    raw_rows = _csv_rows(text, errors) if suffix == ".csv" else _json_rows(text, errors)
    parsed = [(row, parse_row(raw, row, errors)) for row, raw in raw_rows]
    products = [(row, product) for row, product in parsed if product is not None]
    _check_skus(products, errors)
    all_skus = {str(raw.get("sku") or "").strip() for _, raw in raw_rows}
    edges = _relations(products, all_skus, errors)
    if not raw_rows:
        errors.add(None, None, "no products")
    errors.raise_if_any()
    return Catalog(
        file=str(path),
        products=tuple(product for _, product in products),
        relations=tuple(dict.fromkeys(edges)),
    )
