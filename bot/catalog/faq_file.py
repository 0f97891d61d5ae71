"""Loading and validation of the FAQ file (``faq.yml``).

Format::

    version: 1
    faq:
      - id: shipping_time
        category: shipping
        questions_en: ["How long does shipping take?", ...]
        questions_zh: ["发货要多久？", ...]
        answer_en: "Orders ship within 24 hours ..."
        answer_zh: "订单在24小时内发货……"

Row numbers in errors count the entries of the ``faq`` list from 1; messages also
give the entry's line in the file. Every entry is checked and the first 20
problems are reported together in one DataValidationError.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Tuple

from bot.catalog.catalog_file import ErrorCollector, read_text

SUPPORTED_VERSIONS = (1,)
TEXT_FIELDS = ("category", "answer_en", "answer_zh")
LIST_FIELDS = ("questions_en", "questions_zh")
FAQ_KEYS = frozenset(("id",) + TEXT_FIELDS + LIST_FIELDS)


@dataclass(frozen=True)
class FaqFile:
    """A validated FAQ file.

    Attributes:
        file: the source file.
        entries: rows for ``FaqRepository.upsert_many``, in file order.
    """

    file: str
    entries: Tuple[Dict[str, Any], ...]


def _compose(text: str, errors: ErrorCollector) -> Tuple[Any, Dict[int, int]]:
    """Parses YAML; returns the data and entry index → line number of ``faq``."""
    import yaml  # PyYAML comes with Rasa; imported on use

    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        errors.add(None, None, f"invalid YAML{where}: {getattr(e, 'problem', e)}")
        errors.raise_if_any()
    lines: Dict[int, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "faq" and isinstance(value, yaml.SequenceNode):
                lines = {
                    i: item.start_mark.line + 1 for i, item in enumerate(value.value)
                }
    return data, lines


def _entry_id(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    return str(value).strip()


def parse_entry(
    raw: Any, row: int, line: int | None, errors: ErrorCollector
) -> Dict[str, Any] | None:
    """Validates one FAQ entry; returns it or None after recording problems."""
    at = f" (line {line})" if line else ""
    if not isinstance(raw, dict):
        errors.add(row, None, f"entry must be a mapping{at}")
        return None
    before = len(errors.errors)
    entry: Dict[str, Any] = {"id": _entry_id(raw.get("id"))}
    if not entry["id"]:
        errors.add(row, "id", f"id is required (text){at}")
    for name in sorted(set(raw) - FAQ_KEYS, key=str):
        errors.add(row, str(name), f"unknown key{at}")
    for name in TEXT_FIELDS:
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            errors.add(row, name, f"{name} is required (non-empty text){at}")
        else:
            entry[name] = value.strip()
    for name in LIST_FIELDS:
        value = raw.get(name)
        ok = isinstance(value, list) and value
        ok = ok and all(isinstance(q, str) and q.strip() for q in value)
        if not ok:
            errors.add(row, name, f"{name} must be a non-empty list of texts{at}")
        else:
            entry[name] = [q.strip() for q in value]
    return entry if len(errors.errors) == before else None


def _check_document(data: Any, errors: ErrorCollector) -> List[Any]:
    if not isinstance(data, Mapping):
        errors.add(None, None, "expected a mapping with 'version' and 'faq'")
        errors.raise_if_any()
    if data.get("version") not in SUPPORTED_VERSIONS:
        errors.add(
            None, "version", f"unsupported version {data.get('version')!r}; use 1"
        )
    entries = data.get("faq")
    if not isinstance(entries, list) or not entries:
        errors.add(None, "faq", "'faq' must be a non-empty list of entries")
    errors.raise_if_any()
    return entries


def load_faq(path: str | Path) -> FaqFile:
    """Reads and validates a FAQ YAML file.

    Args:
        path: the ``faq.yml`` file (format in the module docstring).

    Returns:
        The validated entries.

    Raises:
        DataValidationError: naming the file, the entry (row) and the field of the
            first problem, listing up to 20 problems.
    """
    path = Path(path)
    errors = ErrorCollector(str(path))
    data, lines = _compose(read_text(path, errors), errors)
    raws = _check_document(data, errors)
    entries: List[Dict[str, Any]] = []
    first_row: Dict[str, int] = {}
    for index, raw in enumerate(raws):
        row = index + 1
        entry = parse_entry(raw, row, lines.get(index), errors)
        if entry is None:
            continue
        if entry["id"] in first_row:
            message = (
                f"duplicate id {entry['id']!r} (first at row {first_row[entry['id']]})"
            )
            errors.add(row, "id", message)
            continue
        first_row[entry["id"]] = row
        entries.append(entry)
    errors.raise_if_any()
    return FaqFile(file=str(path), entries=tuple(entries))
