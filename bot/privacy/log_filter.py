"""A logging filter that masks PII and credentials in log records.

Message with its args, traceback and stack are masked (``mask_pii`` and
``mask_secrets``).

Two ways in:

* ``PiiFilter`` on a handler masks what that handler writes;
* ``install_record_masking()`` masks every record when it is created, so handlers
  added later (Rasa's coloured console handler, ``--log-file``) are covered too.

``masking_filter`` does both and is what ``bot/privacy/logging.yml`` names, for
``rasa run --logging-config-file`` and ``python -m rasa_sdk --logging-config_file``.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from bot.privacy.masking import mask_pii, mask_secrets

_MASKED = "_pii_masked"
_FACTORY_MARK = "_pii_masking_factory"


def _mask(text: str) -> str:
    return mask_secrets(mask_pii(text))


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """Masks the record in place (once): message with args, exception, stack."""
    if getattr(record, _MASKED, False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string is the handler's to report
        return record
    record.msg, record.args = _mask(message), ()
    if record.exc_info and not record.exc_text:
        lines = traceback.format_exception(*record.exc_info)
        record.exc_text = _mask("".join(lines).rstrip("\n"))
    if record.stack_info:
        record.stack_info = _mask(record.stack_info)
    setattr(record, _MASKED, True)
    return record


class PiiFilter(logging.Filter):
    """Masks emails, phone numbers and addresses in every record it sees."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Masks the record; never drops it."""
        mask_record(record)
        return True


def install_record_masking() -> None:
    """Wraps the LogRecord factory so every new record is masked (idempotent)."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, _FACTORY_MARK, False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(previous(*args, **kwargs))

    setattr(factory, _FACTORY_MARK, True)
    logging.setLogRecordFactory(factory)


def masking_filter() -> PiiFilter:
    """The filter for ``logging.config.dictConfig`` (``"()"`` key); installs masking.

    Also wraps the record factory, because Rasa adds its console handler after
    applying the logging config file.
    """
    install_record_masking()
    return PiiFilter()


def install_on_root() -> Callable[[], None]:
    """Masks all records from now on and filters the root logger's handlers.

    For processes started without a logging config file. Returns a function
    that removes the filters again (tests).
    """
    install_record_masking()
    handlers = list(logging.getLogger().handlers)
    pii = PiiFilter()
    for handler in handlers:
        handler.addFilter(pii)

    def remove() -> None:
        for handler in handlers:
            handler.removeFilter(pii)

    return remove
