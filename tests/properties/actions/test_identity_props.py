"""Identity proof parsing: arbitrary input never raises; real proofs always match."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from actions.identity import looks_like_proof, parse_order_id, proof_matches

SURROGATES = st.sampled_from(["\ud800", "\udfff"])
TEXT = st.text(st.one_of(st.characters(), SURROGATES))
ANYTHING = st.one_of(
    TEXT, st.none(), st.integers(), st.floats(), st.booleans(), st.lists(TEXT)
)
EMAILS = st.from_regex(
    r"[a-z0-9._%+-]{1,20}@[a-z0-9-]{1,12}(\.[a-z]{2,6}){1,2}", fullmatch=True
)
PHONES = st.from_regex(r"\+?[0-9]{2}[0-9 ()-]{2,12}[0-9]{4}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(ANYTHING)
@example("订单 １００２３")
@example("order 1e5 -10001 10001.0")
@example("'; DROP TABLE orders;--")
def test_parse_order_id_is_none_or_a_five_digit_number(value: object) -> None:
    order_id = parse_order_id(value)
    assert order_id is None or (isinstance(order_id, int) and 0 <= order_id <= 99999)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(10000, 99999), TEXT.filter(lambda t: not any(c.isdigit() for c in t))
)
def test_parse_order_id_finds_the_number_in_any_text(order_id: int, noise: str) -> None:
    assert parse_order_id(f"{noise} {order_id} {noise}") == order_id


@settings(max_examples=200, deadline=None)
@given(ANYTHING, TEXT, TEXT)
@example("{{7*7}}", "anna@example.com", "+86 138 0013 4821")
@example("' OR 1=1 --", "", "")
def test_proof_checks_are_booleans_for_any_input(
    proof: object, email: str, phone: str
) -> None:
    assert proof_matches(proof, email, phone) in (True, False)
    assert looks_like_proof(proof) in (True, False)


@settings(max_examples=150, deadline=None)
@given(EMAILS, PHONES, TEXT.filter(lambda t: "@" not in t))
def test_the_orders_email_is_accepted_in_any_case_and_context(
    email: str, phone: str, noise: str
) -> None:
    typed = f"{noise} {email.upper()} "
    assert looks_like_proof(typed)
    assert proof_matches(typed, email, phone)


@settings(max_examples=150, deadline=None)
@given(PHONES)
def test_the_last_four_phone_digits_are_accepted(phone: str) -> None:
    last4 = "".join(c for c in phone if c.isdigit())[-4:]
    assert proof_matches(f"尾号{last4}", "x@example.com", phone)
    assert not proof_matches(f"{last4} {last4}", "x@example.com", phone)  # ambiguous
