from datetime import timedelta
from pathlib import Path
from typing import List

import pytest
import yaml
from order_db import make_tracker
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select, text

from actions import identity
from actions.forms.cancel_order import ValidateCancelOrderForm
from actions.forms.order_form import STOP_THROTTLED
from actions.forms.order_status import ValidateOrderStatusForm
from actions.identity import parse_order_id, proof_matches
from actions.services import settings
from bot.db.models import IdentityAttempt, utcnow
from bot.db.repositories.identity_attempts import IdentityAttemptRepository
from bot.db.session import session_scope
from bot.exceptions import ConfigError, DatabaseError
from bot.settings import IdentitySettings, Settings

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


# --- the shared rate limiter on identity proofs (database-backed) -------------


@pytest.fixture
def limits(shop_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test shop database, with at most 3 failures per sender, 5 per order."""
    monkeypatch.setenv("SHOPBOT_IDENTITY_MAX_FAILURES", "3")
    monkeypatch.setenv("SHOPBOT_IDENTITY_MAX_ORDER_FAILURES", "5")
    monkeypatch.setenv("SHOPBOT_IDENTITY_WINDOW", "900")
    settings.cache_clear()
    yield shop_db
    settings.cache_clear()


def _tracker(sender: str, order_id: str, **slots: object) -> Tracker:
    tracker = make_tracker({"order_id": order_id, **slots})
    tracker.sender_id = sender
    return tracker


def _responses(dispatcher: CollectingDispatcher) -> List[str]:
    return [m.get("response") for m in dispatcher.messages]


def _fail(form: object, sender: str, order_id: str, proof: str = "0000") -> dict:
    dispatcher = CollectingDispatcher()
    return form.validate_order_proof(proof, dispatcher, _tracker(sender, order_id), {})


FORMS = [ValidateOrderStatusForm, ValidateCancelOrderForm]


@pytest.mark.parametrize("form_class", FORMS)
def test_sender_over_the_limit_is_refused_without_checking(
    limits: str, form_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = form_class()
    for order_id in ("10001", "10002", "10005"):  # new forms: per-form counter is 0
        assert _fail(form, "mallory", order_id)["order_proof"] is None
    checked: List[object] = []
    monkeypatch.setattr(identity, "proof_matches", lambda *a: checked.append(a) or True)
    dispatcher = CollectingDispatcher()
    slots = form.validate_order_proof(
        "bob.wu@example.com", dispatcher, _tracker("mallory", "10005"), {}
    )
    assert slots["order_proof"] == identity.THROTTLED
    assert "verified_customer_id" not in slots and checked == []
    assert _responses(dispatcher) == ["utter_identity_rate_limited"]


def test_a_throttled_order_form_ends(limits: str) -> None:
    for order_id in ("10001", "10002", "10003"):
        _fail(ValidateCancelOrderForm(), "mallory", order_id)
    slots = _fail(ValidateCancelOrderForm(), "mallory", "10001", "anna.li@example.com")
    assert slots == {"order_proof": identity.THROTTLED, "form_stop": STOP_THROTTLED}


def test_other_senders_are_not_throttled_by_one_sender(limits: str) -> None:
    for order_id in ("10001", "10002", "10003"):
        _fail(ValidateCancelOrderForm(), "mallory", order_id)
    dispatcher = CollectingDispatcher()
    slots = ValidateOrderStatusForm().validate_order_proof(
        "bob.wu@example.com", dispatcher, _tracker("bob", "10005"), {}
    )
    assert slots["order_proof"] == identity.VERIFIED
    assert slots["verified_customer_id"] == "2"


def test_rotating_sender_ids_throttles_the_order(limits: str) -> None:
    for n in range(5):
        _fail(ValidateOrderStatusForm(), f"sender-{n}", "10005")
    slots = _fail(ValidateOrderStatusForm(), "sender-new", "10005", "7777")
    assert slots == {"order_proof": identity.THROTTLED}
    # other orders are unaffected
    slots = _fail(ValidateOrderStatusForm(), "sender-new", "10001", "4821")
    assert slots["order_proof"] == identity.VERIFIED


def test_typos_and_successes_are_not_failures(limits: str) -> None:
    form = ValidateCancelOrderForm()
    for _ in range(4):
        _fail(form, "anna", "10001", "my email?")  # no proof: a hint, not a guess
    slots = _fail(form, "anna", "10001", "4821")
    assert slots["order_proof"] == identity.VERIFIED
    since = utcnow() - timedelta(minutes=15)
    with session_scope(limits) as session:
        repo = IdentityAttemptRepository(session)
        assert repo.failures_since(since, sender_id="anna") == 0
        assert repo.failures_since(since, order_id=10001) == 0


def test_failures_outside_the_window_do_not_count(limits: str) -> None:
    old = utcnow() - timedelta(hours=1)
    with session_scope(limits) as session:
        repo = IdentityAttemptRepository(session)
        for _ in range(10):
            repo.record("mallory", 10005, False, created_at=old)
    assert identity.check_rate_limit("mallory", 10005) == identity.ALLOWED


def test_an_unavailable_limiter_fails_closed(
    limits: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise DatabaseError("database down")

    monkeypatch.setattr(identity, "session_scope", broken)
    dispatcher = CollectingDispatcher()
    slots = ValidateOrderStatusForm().validate_order_proof(
        "bob.wu@example.com", dispatcher, _tracker("bob", "10005"), {}
    )
    assert slots == {"order_proof": None}
    assert _responses(dispatcher) == ["utter_temporary_error"]


# --- pruning of identity_attempts from record_proof ------------------------------


def _add_attempts(url: str, minutes_ago: int, count: int = 1) -> None:
    created_at = utcnow() - timedelta(minutes=minutes_ago)
    with session_scope(url) as session:
        repo = IdentityAttemptRepository(session)
        for _ in range(count):
            repo.record("mallory", 10005, False, created_at=created_at)


def _stored(url: str) -> int:
    with session_scope(url) as session:
        return session.scalar(select(func.count(IdentityAttempt.id)))


def test_recording_proofs_prunes_at_most_once_per_interval(limits: str) -> None:
    ticks = [1000.0]
    schedule = identity.PruneSchedule(interval=600.0, clock=lambda: ticks[0])
    _add_attempts(limits, minutes_ago=60, count=2)  # beyond 2 windows of 15 min
    _add_attempts(limits, minutes_ago=20)  # outside the window, inside the margin
    identity.record_proof("anna", 10001, True, schedule)
    assert _stored(limits) == 2  # the 20-minute-old one and the new one
    _add_attempts(limits, minutes_ago=60, count=2)
    ticks[0] += 599.0
    identity.record_proof("anna", 10001, False, schedule)
    assert _stored(limits) == 5  # not yet due
    ticks[0] += 1.0
    identity.record_proof("anna", 10001, False, schedule)
    assert _stored(limits) == 4
    assert identity.check_rate_limit("anna", 10001) == identity.ALLOWED


def test_a_failed_prune_is_logged_and_the_proof_still_counts(
    limits: str, caplog: pytest.LogCaptureFixture
) -> None:
    _add_attempts(limits, minutes_ago=60)
    with session_scope(limits) as session:  # a real database error on DELETE
        session.execute(
            text(
                "CREATE TRIGGER keep BEFORE DELETE ON identity_attempts "
                "BEGIN SELECT RAISE(ABORT, 'deletes refused'); END"
            )
        )
    schedule = identity.PruneSchedule()
    for _ in range(3):
        identity.record_proof("mallory-chat-77", 10005, False, schedule)
    assert _stored(limits) == 4
    assert identity.check_rate_limit("mallory-chat-77", 10005) == identity.THROTTLED
    pruned = [r for r in caplog.records if r.getMessage().startswith("could not prune")]
    assert len(pruned) == 1  # a failure also waits for the next interval
    assert "mallory-chat-77" not in caplog.text


def test_identity_settings_from_env() -> None:
    assert Settings.from_env({}).identity == IdentitySettings(5, 900.0, 10)
    env = {
        "SHOPBOT_IDENTITY_MAX_FAILURES": "3",
        "SHOPBOT_IDENTITY_WINDOW": "60",
        "SHOPBOT_IDENTITY_MAX_ORDER_FAILURES": "20",
    }
    assert IdentitySettings.from_env(env) == IdentitySettings(3, 60.0, 20)
    with pytest.raises(ConfigError, match="SHOPBOT_IDENTITY_WINDOW"):
        IdentitySettings.from_env({"SHOPBOT_IDENTITY_WINDOW": "-1"})


def test_the_rate_limit_response_exists_in_both_languages() -> None:
    domain = Path(__file__).resolve().parents[2] / "domain.yml"
    variants = yaml.safe_load(domain.read_text(encoding="utf-8"))["responses"][
        "utter_identity_rate_limited"
    ]
    by_language = {
        (v.get("condition") or [{}])[0].get("value", "en"): v["text"] for v in variants
    }
    assert set(by_language) == {"en", "zh"}
    assert "human" in by_language["en"] and "转人工" in by_language["zh"]
