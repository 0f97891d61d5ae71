"""Webhook body helpers: any input gives a dict or None, never an exception."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.payloads import json_object, media_type

SURROGATES = st.sampled_from(["\ud800", "\udfff", "\udcff"])
ANY_TEXT = st.text(st.one_of(st.characters(), SURROGATES))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(), ANY_TEXT, st.integers(), st.none(), JSON_VALUES))
def test_json_object_is_a_dict_or_none(raw: object) -> None:
    value = json_object(raw)
    assert value is None or isinstance(value, dict)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_json_object_decodes_exactly_the_objects(value: object) -> None:
    raw = json.dumps(value).encode()
    expected = json.loads(raw) if isinstance(value, dict) else None
    assert json_object(raw) == expected or value != value  # NaN never equals itself


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1_000, max_value=200_000), st.sampled_from("[{"))
def test_json_object_refuses_deep_nesting_without_raising(
    depth: int, kind: str
) -> None:
    close = "]" if kind == "[" else "}"
    inner = '"a":' if kind == "{" else ""
    raw = '{"message":' + (kind + inner) * depth + "1" + close * depth + "}"
    value = json_object(raw.encode())
    assert value is None or isinstance(value, dict)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), ANY_TEXT))
def test_media_type_is_lowercase_without_parameters(header: str | None) -> None:
    kind = media_type(header)
    assert kind == kind.lower().strip() and ";" not in kind
    assert media_type(f"{kind}; charset=utf-8") == kind or kind == ""
