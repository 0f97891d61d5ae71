import pytest

from actions.identity import parse_order_id, proof_matches

EMAIL = "Anna.Li@example.com"
PHONE = "+86 138 0013 4821"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("10023", 10023),
        ("order #10045 please", 10045),
        ("订单号10023", 10023),
        ("1002", None),
        ("100234", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_order_id(text, expected) -> None:
    assert parse_order_id(text) == expected


@pytest.mark.parametrize(
    "proof,expected",
    [
        ("anna.li@example.com", True),
        ("my email is ANNA.LI@EXAMPLE.COM", True),
        ("4821", True),
        ("尾号4821", True),
        ("last four digits are 4821", True),
        ("someone@example.com", False),
        ("1234", False),
        ("4821 or 1234", False),  # guessing two at once is not proof
        ("", False),
        ("anna.li@example.com.evil", False),
        (None, False),
    ],
)
def test_proof_matches_email_or_last_four_phone_digits(proof, expected) -> None:
    assert proof_matches(proof, EMAIL, PHONE) is expected
