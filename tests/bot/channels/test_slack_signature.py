"""Slack's v0 request signature: valid, forged, missing, stale."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.channels.slack_signature import (
    MAX_AGE_SECONDS,
    SignatureCheck,
    check_slack_signature,
    slack_signature,
)

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
NOW = 1_700_000_000.0
BODY = b'{"type":"event_callback","event":{"type":"message","text":"hi"}}'
TS = "1700000000"
GOOD = slack_signature(SECRET, TS, BODY)


def test_signature_is_hmac_sha256_over_v0_timestamp_body() -> None:
    # the recipe of https://api.slack.com/authentication/verifying-requests-from-slack
    expected = hmac.new(SECRET.encode(), b"v0:1700000000:" + BODY, hashlib.sha256)
    assert slack_signature(SECRET, "1700000000", BODY) == "v0=" + expected.hexdigest()


def test_a_correctly_signed_fresh_request_is_valid() -> None:
    result = check_slack_signature(SECRET, TS, BODY, GOOD, now=NOW)
    assert result is SignatureCheck.VALID


@pytest.mark.parametrize(
    "timestamp, body, signature, expected",
    [
        (TS, BODY, slack_signature("other-secret", TS, BODY), SignatureCheck.MISMATCH),
        (TS, BODY + b" ", GOOD, SignatureCheck.MISMATCH),  # body changed after signing
        (TS, BODY, "v0=" + "0" * 64, SignatureCheck.MISMATCH),
        (TS, BODY, GOOD.upper(), SignatureCheck.MISMATCH),
        (TS, BODY, "v0=ünïcödé", SignatureCheck.MISMATCH),
        (TS, BODY, "", SignatureCheck.MISSING),
        ("", BODY, GOOD, SignatureCheck.MISSING),
        (
            "soon",
            BODY,
            slack_signature(SECRET, "soon", BODY),
            SignatureCheck.BAD_TIMESTAMP,
        ),
    ],
)
def test_forged_or_incomplete_requests_are_rejected(
    timestamp: str, body: bytes, signature: str, expected: SignatureCheck
) -> None:
    result = check_slack_signature(SECRET, timestamp, body, signature, now=NOW)
    assert result is expected


def test_missing_headers_are_missing_not_a_crash() -> None:
    assert check_slack_signature(SECRET, None, BODY, None) is SignatureCheck.MISSING


@pytest.mark.parametrize(
    "age, expected",
    [
        (0, SignatureCheck.VALID),
        (MAX_AGE_SECONDS, SignatureCheck.VALID),
        (MAX_AGE_SECONDS + 1, SignatureCheck.BAD_TIMESTAMP),  # a replay
        (-(MAX_AGE_SECONDS + 1), SignatureCheck.BAD_TIMESTAMP),  # from the future
        (86_400, SignatureCheck.BAD_TIMESTAMP),
    ],
)
def test_only_requests_within_five_minutes_are_accepted(
    age: int, expected: SignatureCheck
) -> None:
    timestamp = str(int(NOW) - age)
    signature = slack_signature(SECRET, timestamp, BODY)
    assert check_slack_signature(SECRET, timestamp, BODY, signature, now=NOW) is (
        expected
    )
