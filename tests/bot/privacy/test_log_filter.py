"""PII masking in log records, and the logging.yml that both servers load."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from bot.privacy import log_filter
from bot.privacy.log_filter import PiiFilter, install_on_root, mask_record

ROOT = Path(__file__).resolve().parents[3]
LOGGING_YML = ROOT / "bot" / "privacy" / "logging.yml"
SECRET_EMAIL = "anna.li@example.com"


def _record(msg: str, *args: object, exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("t", logging.INFO, __file__, 1, msg, args, exc_info)


def test_filter_masks_message_and_args_and_keeps_the_record() -> None:
    record = _record("user %s wrote %r", "+86 138 0013 4821", SECRET_EMAIL)
    assert PiiFilter().filter(record) is True
    assert record.getMessage() == "user [PHONE] wrote '[EMAIL]'"


def test_traceback_text_is_masked() -> None:
    try:
        raise ValueError(f"no customer {SECRET_EMAIL}")
    except ValueError:
        record = _record("lookup failed", exc_info=sys.exc_info())
    mask_record(record)
    assert "ValueError: no customer [EMAIL]" in record.exc_text
    formatted = logging.Formatter().format(record)
    assert SECRET_EMAIL not in formatted and "[EMAIL]" in formatted


def test_bad_format_strings_are_left_to_the_handler() -> None:
    record = _record("%d items", "not a number")
    mask_record(record)
    assert record.msg == "%d items"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


def test_install_on_root_masks_handlers_added_later(
    restore_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    remove = install_on_root()
    install_on_root()  # idempotent: one wrapper only
    try:
        factory = logging.getLogRecordFactory()
        assert getattr(factory, "_pii_masking_factory", False)
        with caplog.at_level(logging.INFO):
            logging.getLogger("actions.test").info("email %s", SECRET_EMAIL)
        assert caplog.records[-1].getMessage() == "email [EMAIL]"
    finally:
        remove()


def test_logging_yml_is_a_valid_dict_config_naming_our_filter() -> None:
    config = yaml.safe_load(LOGGING_YML.read_text())
    assert config["version"] == 1 and config["disable_existing_loggers"] is False
    assert config["filters"]["pii"]["()"] == "bot.privacy.log_filter.masking_filter"
    assert log_filter.masking_filter.__name__ == "masking_filter"


RASA_SCRIPT = """
import logging, sys
from rasa.utils.common import configure_logging_and_warnings
import rasa.utils.io
configure_logging_and_warnings(logging.INFO, sys.argv[1])
rasa.utils.io.configure_colored_logging(logging.INFO)  # as `rasa run` does next
logging.getLogger("rasa.core.processor").info("Received user message '%s'", sys.argv[2])
try:
    raise KeyError(sys.argv[2])
except KeyError:
    logging.getLogger("rasa.server").exception("failed for %s", sys.argv[2])
"""

SDK_SCRIPT = """
import logging, sys
from rasa_sdk import utils
utils.configure_colored_logging(logging.INFO)  # as `python -m rasa_sdk` does
root = logging.getLogger("rasa_sdk")
utils.configure_file_logging(root, None, logging.INFO, sys.argv[1])
logging.getLogger("actions.handoff").warning("ticket for %s", sys.argv[2])
logging.getLogger("rasa_sdk.executor").info("slots: %s", {"email": sys.argv[2]})
"""


@pytest.mark.parametrize("script", [RASA_SCRIPT, SDK_SCRIPT], ids=["rasa", "rasa_sdk"])
def test_servers_load_the_config_file_and_mask(script: str) -> None:
    """Rasa ignores a config file it cannot apply silently: check the real loaders."""
    secret = f"{SECRET_EMAIL} / +86 138 0013 4821"
    done = subprocess.run(
        [sys.executable, "-c", script, str(LOGGING_YML), secret],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "[EMAIL] / [PHONE]" in output
    assert SECRET_EMAIL not in output and "4821" not in output
