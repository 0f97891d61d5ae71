"""mask_pii: emails, phones and street addresses go; ids, prices, dates stay."""

from __future__ import annotations

import pytest

from bot.privacy.masking import mask_pii, mask_secrets, mask_short_proof


@pytest.mark.parametrize(
    "text,expected",
    [
        ("mail anna.li@example.com now", "mail [EMAIL] now"),
        ("ANNA+shop@mail.example.co.uk", "[EMAIL]"),
        ("call +86 138 0013 4821", "call [PHONE]"),
        ("手机13800134821谢谢", "手机[PHONE]谢谢"),
        ("tel 138-0013-4821.", "tel [PHONE]."),
        ("+1 (415) 555-0100 or +44 20 7946 0958", "[PHONE] or [PHONE]"),
        ("(415) 555-0100", "[PHONE]"),
        ("415-555-0100", "[PHONE]"),
        ("+33 1 23 45 67 89", "[PHONE]"),
        ("0086 139 0000 7777", "[PHONE]"),
        ("ship to Room 1203, Bldg 5, 88 Century Avenue", "ship to [ADDRESS]"),
        ("12 Baker St. London", "[ADDRESS] London"),
        ("Room 5, 88 Yan'an Road, Hangzhou", "[ADDRESS], Hangzhou"),
        ("寄到世纪大道88号3栋501室", "[ADDRESS]"),
        ("北京市朝阳区建国路88号", "[ADDRESS]"),
    ],
)
def test_masks_personal_data(text: str, expected: str) -> None:
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "order 10023 is shipped with SF, tracking SF1234567890",
        "Total: 4999.00 CNY, 2 items",
        "2026-11-23 03:47:17 INFO rasa.core - listening on port 5005",
        "ETA 2026-11-25; RMA-000012; ticket #17",
        "request 1763870000000 took 35 ms",
        "uuid 0f8fad5b-d9cb-469f-a165-70867728950e",
        "我想查订单10023",
        "Order 10001: shipped by SF Express, tracking 773045123456",
        "",
    ],
)
def test_leaves_ids_numbers_and_dates_alone(text: str) -> None:
    assert mask_pii(text) == text


def test_none_like_empty_text_is_returned_as_is() -> None:
    assert mask_pii("") == ""


@pytest.mark.parametrize(
    "text,expected",
    [
        ("4821", "[DIGITS]"),
        ("尾号4821", "尾号[DIGITS]"),
        ("last four digits are 4821", "last four digits are [DIGITS]"),
        ("4821 or 1234", "4821 or 1234"),  # not a single proof
        ("order 10023", "order 10023"),
        ("I bought it in 2024 and it broke after one week of use, again", None),
    ],
)
def test_mask_short_proof(text: str, expected: str | None) -> None:
    assert mask_short_proof(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "POST https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/x",
            "POST https://api.telegram.org/bot[SECRET]/x",
        ),
        ("token xoxb-1234567890-abcdefghij", "token [SECRET]"),
        (
            "Authorization: Bearer abcdefghijklmnop1234",
            "Authorization: Bearer [SECRET]",
        ),
        ("postgresql://bot:s3cret@db:5432/shop", "postgresql://bot:***@db:5432/shop"),
        ("redis://:pw@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0"),
        ("listening on http://127.0.0.1:5005", "listening on http://127.0.0.1:5005"),
        ("at 2026-11-23 03:47:17", "at 2026-11-23 03:47:17"),
    ],
)
def test_mask_secrets(text: str, expected: str) -> None:
    assert mask_secrets(text) == expected
