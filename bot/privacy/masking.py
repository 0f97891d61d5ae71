"""Masks personal data in free text: emails, phone numbers, street addresses.

Conservative on purpose: order numbers (5 digits), prices, dates, ports and
tracking numbers stay readable; only shapes that are clearly an email, a phone
number (international ``+…`` numbers, Chinese 11-digit mobiles, North-American
``(555) 123-4567``) or a street address with a house number are replaced.
"""

from __future__ import annotations

import re

EMAIL_MASK = "[EMAIL]"
PHONE_MASK = "[PHONE]"
ADDRESS_MASK = "[ADDRESS]"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Chinese mobiles: 1[3-9]x xxxx xxxx, optionally +86 / 0086, spaces or dashes.
# Boundaries are ASCII on purpose: "手机13800134821" has no \b before the digits.
_CN_MOBILE = re.compile(
    r"(?<![A-Za-z0-9_+])(?:(?:\+|00)86[\s-]?)?"
    r"1[3-9]\d(?:[\s-]?\d{4}){2}(?![A-Za-z0-9_])"
)
# International: + country code, then 6-14 more digits in groups
_INTL = re.compile(
    r"(?<![A-Za-z0-9_+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![A-Za-z0-9_])"
)
# North American: (555) 123-4567 or 555-123-4567
_NANP = re.compile(
    r"(?<![A-Za-z0-9_(])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![A-Za-z0-9_])"
)
# full words end at a word boundary; abbreviations may take their dot ("St.")
_STREET_SUFFIX = (
    r"(?:(?:Street|Road|Avenue|Boulevard|Lane|Drive|Way|Court|Place|Highway)\b"
    r"|(?:St|Rd|Ave|Blvd|Ln|Dr|Ct|Pl|Hwy)\b\.?)"
)
# "Room 1203, Bldg 5, 88 Century Avenue", "12 Baker St."
_EN_ADDRESS = re.compile(
    r"(?:\b(?:Room|Rm|Apt|Apartment|Unit|Suite|Flat|Floor|Bldg|Building)\.?\s*#?"
    r"\w{1,6},?\s*)*\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}" + _STREET_SUFFIX
)
# "世纪大道88号3栋501室", "北京市朝阳区建国路88号"; the street name may take a few
# characters before it along ("寄到世纪大道…" -> "[ADDRESS]"): masking more is safe
_ZH_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:路|街|大街|大道|巷|弄|胡同)\s*\d{1,5}\s*号"
    r"(?:\s*\d{1,5}\s*(?:号楼|栋|幢|座|单元|楼|层|室|号))*"
)
_SHORT_CODE = re.compile(r"(?<!\d)\d{4}(?!\d)")
# Credentials that libraries may put in log lines (request URLs, headers)
SECRET_MASK = "[SECRET]"
_SECRETS = (
    re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}"),  # Telegram bot token
    re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),  # Slack tokens
    re.compile(r"(?i)(?<=bearer )[A-Za-z0-9._~+/=-]{16,}"),
)
_URL_PASSWORD = re.compile(r"(?<=://)([^/\s:@]*):[^/\s@]+@")


def mask_pii(text: str) -> str:
    """The text with emails, phone numbers and street addresses replaced.

    Args:
        text: any text (a log message, a chat line).

    Returns:
        The text with ``[EMAIL]``, ``[PHONE]`` and ``[ADDRESS]`` placeholders.

    Example:
        >>> mask_pii("anna@example.com, +86 138 0013 4821")
        '[EMAIL], [PHONE]'
    """
    if not text:
        return text
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _ZH_ADDRESS.sub(ADDRESS_MASK, text)
    text = _EN_ADDRESS.sub(ADDRESS_MASK, text)
    for pattern in (_CN_MOBILE, _INTL, _NANP):
        text = pattern.sub(PHONE_MASK, text)
    return text


def mask_secrets(text: str) -> str:
    """The text with bot tokens, bearer tokens and URL passwords replaced.

    Example:
        >>> mask_secrets("postgresql://bot:pw@db/shop")
        'postgresql://bot:***@db/shop'
    """
    if not text:
        return text
    for pattern in _SECRETS:
        text = pattern.sub(SECRET_MASK, text)
    return _URL_PASSWORD.sub(r"\1:***@", text)


def mask_short_proof(text: str, max_length: int = 40) -> str:
    """Masks the 4 digits of a short message that is a phone-ending proof.

    "尾号4821" or "4821" answered to the identity question are the last digits
    of a phone number; in general text 4 digits are years or ports, so only a
    short message with exactly one group of 4 digits is masked.
    """
    if len(text) > max_length or len(_SHORT_CODE.findall(text)) != 1:
        return text
    return _SHORT_CODE.sub("[DIGITS]", text)
