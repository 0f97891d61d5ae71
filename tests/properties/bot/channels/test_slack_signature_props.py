"""Slack signatures: any header values give a SignatureCheck, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.slack_signature import (
    MAX_AGE_SECONDS,
    SignatureCheck,
    check_slack_signature,
    slack_signature,
)

NOW = 1_700_000_000.0
# header values as Sanic hands them over: bytes that are not UTF-8 arrive as
# lone surrogates (decoded with errors="surrogateescape")
HEADER = st.one_of(
    st.none(),
    st.text(),
    st.binary().map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.integers().map(str),
    st.just("9" * 400),
)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1), HEADER, st.binary(max_size=200), HEADER)
def test_any_headers_give_a_check_result(
    secret: str, timestamp: str | None, body: bytes, signature: str | None
) -> None:
    check = check_slack_signature(secret, timestamp, body, signature, now=NOW)
    assert isinstance(check, SignatureCheck)
    if timestamp is None or signature is None:
        assert check is SignatureCheck.MISSING


@settings(max_examples=150, deadline=None)
@given(
    st.text(min_size=1),
    st.integers(-MAX_AGE_SECONDS, MAX_AGE_SECONDS),
    st.binary(max_size=500),
)
def test_own_signature_is_valid_and_any_change_is_not(
    secret: str, skew: int, body: bytes
) -> None:
    timestamp = str(int(NOW) + skew)
    signature = slack_signature(secret, timestamp, body)
    assert check_slack_signature(secret, timestamp, body, signature, now=NOW) is (
        SignatureCheck.VALID
    )
    forged = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    assert check_slack_signature(secret, timestamp, body, forged, now=NOW) is (
        SignatureCheck.MISMATCH
    )
    assert check_slack_signature(
        secret, timestamp, body + b"x", signature, now=NOW
    ) is (SignatureCheck.MISMATCH)


@settings(max_examples=100, deadline=None)
@given(st.integers(MAX_AGE_SECONDS + 1, 10**12), st.sampled_from([-1, 1]))
def test_old_or_future_timestamps_are_refused(offset: int, sign: int) -> None:
    timestamp = str(int(NOW) + sign * offset)
    signature = slack_signature("s", timestamp, b"{}")
    check = check_slack_signature("s", timestamp, b"{}", signature, now=NOW)
    assert check is SignatureCheck.BAD_TIMESTAMP


def test_regression_huge_timestamp_is_bad_not_an_overflow() -> None:
    # was OverflowError (int too large to convert to float): a 500 from the webhook
    signature = slack_signature("s", "9" * 400, b"{}")
    check = check_slack_signature("s", "9" * 400, b"{}", signature, now=NOW)
    assert check is SignatureCheck.BAD_TIMESTAMP


def test_regression_non_utf8_signature_header_is_a_mismatch() -> None:
    # was UnicodeEncodeError: Sanic hands over b"\xff" as "\udcff"
    sent = b"v0=\xff\xfe".decode("utf-8", "surrogateescape")
    check = check_slack_signature("s", str(int(NOW)), b"{}", sent, now=NOW)
    assert check is SignatureCheck.MISMATCH
