"""Fuzzed inputs for the bot's channels and HTTP API: pure functions of a seeded RNG.

Every generator takes a ``random.Random`` and returns plain data (texts, JSON-able
values, raw bodies), so a run is reproducible from its seed. bench/fuzz.py sends
them; tests/integration/test_fuzz.py sends a small sample.

Text families: random unicode from every plane, right-to-left scripts, combining
marks, emoji, CJK, control characters and NULs, 100 kB texts, SQL and template
injection, path traversal, slot-like texts (emails with markup, odd order ids) and
valid shop phrases, so that forms and actions are reached too.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

HUGE_CHARS = 100_000
DEEP_NESTING = 5_000

SQL_INJECTION = [
    "'; DROP TABLE orders;--",
    "' OR 1=1 --",
    '" OR ""="',
    "10023' UNION SELECT email, phone FROM customers --",
    "1; DELETE FROM customers WHERE '1'='1",
    "anna@example.com' --",
    "%' AND 1=0 UNION ALL SELECT NULL--",
    "\\'; SELECT pg_sleep(5); --",
]
TEMPLATE_INJECTION = [
    "{{7*7}}",
    "${7*7}",
    "{slot}",
    "{order_id}",
    "%(x)s",
    "%s%s%s%n",
    "{0.__class__.__mro__}",
    "{{ config.items() }}",
    "{% for x in range(10**9) %}{% endfor %}",
    "#{7*7}",
    "<%= 7*7 %>",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
]
PATH_TRAVERSAL = [
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/dev/zero",
    "file:///etc/shadow",
    "....//....//etc/hosts",
]
SLOTISH = [
    "my email is <script>alert(1)</script>",
    "my email is anna@example.com<img src=x onerror=alert(1)>",
    "order 1e5",
    "order -10001",
    "order 10001.0",
    "订单 １００２３",
    "order 10023 10024 10025",
    "my phone ends in 12345678901234567890",
    "尾号 ٤٨٢١",
    "order 0x2717",
    "order ⑩⑳",
    "a@b",
    "@" * 300,
    "x" * 63 + "@" + "y" * 250 + ".com",
]
VALID = [
    "hi",
    "where is my order 10023",
    "我的订单10023到哪了",
    "I want to cancel order 10001",
    "return order 10003",
    "change the address of order 10002",
    "do you have red running shoes under 500?",
    "how much is the Xiaomi 10?",
    "what is your return policy?",
    "退货政策是什么",
    "talk to a human",
    "yes",
    "no",
    "stop",
]
# openers of the form flows; the fuzzed text then answers the form's question
OPENERS = [
    "where is my order 10023",
    "我的订单10023在哪",
    "cancel order 10001",
    "change the delivery address of order 10002",
    "I want to return order 10003",
    "refund status of order 10004",
]
EMOJI = ["😀", "🛒", "👍🏽", "🏳️‍🌈", "👨‍👩‍👧‍👦", "🇨🇳", "\u2764\ufe0f", "🧑🏿‍🚀"]
RTL = "مرحبا بك في المتجر שלום עולם \u202eevil\u202c \u200f"
CJK = "我要买一双红色跑鞋价格多少库存有吗𠀀𪚥㐀豈"
COMBINING = "".join(chr(c) for c in range(0x300, 0x370))
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\u2028\u2029\ufeff\ufffe"


def _codepoint(rng: random.Random) -> str:
    """One code point from any plane, surrogates excluded (not encodable)."""
    plane = rng.choice([0, 0, 0, 1, 2, 3, 14, 15, 16])
    cp = plane * 0x10000 + rng.randrange(0x10000)
    if 0xD800 <= cp <= 0xDFFF:
        cp = 0xFFFD
    return chr(cp)


def random_unicode(rng: random.Random, length: int = 40) -> str:
    """Random code points from all planes."""
    return "".join(_codepoint(rng) for _ in range(rng.randint(1, length)))


def _mixed(rng: random.Random) -> str:
    parts = [RTL, CJK, COMBINING, CONTROL, "".join(EMOJI), random_unicode(rng)]
    rng.shuffle(parts)
    return "".join(p[: rng.randint(1, len(p))] for p in parts[: rng.randint(1, 4)])


def _zalgo(rng: random.Random) -> str:
    base = rng.choice(["order", "订单", "hello"])
    return "".join(c + "".join(rng.sample(COMBINING, 8)) for c in base)


def _huge(rng: random.Random) -> str:
    unit = rng.choice(["a", "订", "😀 ", "where is my order 10023 ", "\u0301", "{{x}}"])
    return (unit * (HUGE_CHARS // len(unit) + 1))[:HUGE_CHARS]


def _controls(rng: random.Random) -> str:
    text = rng.choice(VALID)
    cut = rng.randrange(len(text) + 1)
    return text[:cut] + "".join(rng.sample(CONTROL, 5)) + "\x00" + text[cut:]


def _injection(rng: random.Random) -> str:
    pool = rng.choice([SQL_INJECTION, TEMPLATE_INJECTION, PATH_TRAVERSAL])
    return rng.choice(pool)


TEXT_FAMILIES: Dict[str, Callable[[random.Random], str]] = {
    "unicode": random_unicode,
    "mixed_scripts": _mixed,
    "combining": _zalgo,
    "emoji": lambda rng: "".join(rng.choices(EMOJI, k=rng.randint(1, 30))),
    "huge": _huge,
    "control": _controls,
    "injection": _injection,
    "slotish": lambda rng: rng.choice(SLOTISH),
    "valid": lambda rng: rng.choice(VALID),
    "empty": lambda rng: rng.choice(["", " ", "\n\t", "\u200b", "/", "/restart"]),
    "intent_syntax": lambda rng: rng.choice(
        ['/inform{"order_id": "10023"}', '/inform{"email": {"a": 1}}', "/greet{", "/"]
    ),
}


# relative frequency of each family; 100 kB texts are rare (they are slow to parse)
FAMILY_WEIGHTS = {name: 10 for name in TEXT_FAMILIES}
FAMILY_WEIGHTS.update(huge=2, valid=14, injection=16, slotish=12)


def random_text(rng: random.Random, family: Optional[str] = None) -> Tuple[str, str]:
    """A (family, text) pair; the family is drawn (weighted) when not given."""
    names = sorted(TEXT_FAMILIES)
    name = family or rng.choices(names, [FAMILY_WEIGHTS[n] for n in names])[0]
    return name, TEXT_FAMILIES[name](rng)


def odd_value(rng: random.Random) -> Any:
    """A JSON value of the wrong type for a text field (or a huge string)."""
    return rng.choice(
        [
            None,
            0,
            -1,
            10023,
            1e308,
            True,
            [],
            ["hi", 1],
            {},
            {"text": "hi"},
            "x" * rng.choice([1, 5000, HUGE_CHARS]),
            [[[[[]]]]],
        ]
    )


def deep_json(depth: int = DEEP_NESTING) -> str:
    """Nested lists/objects deep enough to hit recursion limits of JSON parsers."""
    return '{"message":' + "[" * depth + "]" * depth + "}"


@dataclass(frozen=True)
class RawBody:
    """A request body as bytes with its content type and what it tests."""

    label: str
    body: bytes
    content_type: str = "application/json"


def malformed_json(rng: random.Random) -> RawBody:
    """Bodies that are not a JSON object in UTF-8."""
    good = json.dumps({"sender": "fuzz", "message": "hello 订单"}, ensure_ascii=False)
    choices = [
        RawBody("truncated", good[: rng.randrange(1, len(good))].encode()),
        RawBody("utf16", good.encode("utf-16")),
        RawBody("latin1", good.replace("订单", "café").encode("latin-1")),
        RawBody("invalid_utf8", b'{"sender": "f", "message": "\xff\xfe\xc3"}'),
        RawBody("bare_value", rng.choice([b"null", b"1", b'"hi"', b"[]", b"true"])),
        RawBody("deep_nesting", deep_json().encode()),
        RawBody("empty_body", b""),
        RawBody("nan", b'{"sender": NaN, "message": Infinity}'),
        RawBody("duplicate_keys", b'{"message": "a", "message": {"x": 1}}'),
        RawBody(
            "form_encoded", b"sender=a&message=b", "application/x-www-form-urlencoded"
        ),
        RawBody("text_plain", good.encode(), "text/plain"),
        RawBody("bom", b"\xef\xbb\xbf" + good.encode()),
        RawBody("nul_bytes", b'{"message": "\x00\x00"}'),
        RawBody(
            "lone_surrogate", b'{"sender": "\\ud800", "message": "\\udfff hi \\ud83d"}'
        ),
        RawBody("big_number", b'{"sender": 1' + b"0" * 5000 + b', "message": "hi"}'),
    ]
    return rng.choice(choices)


@dataclass(frozen=True)
class Conversation:
    """Messages to send in order as one sender; fuzzed ones follow an opener."""

    family: str
    messages: List[str] = field(default_factory=list)


def conversation(rng: random.Random) -> Conversation:
    """A form flow opened properly, then fuzzed answers (order id, proof, address)."""
    family, text = random_text(rng)
    opener = rng.choice(OPENERS)
    follow = [text, random_text(rng, rng.choice(["injection", "slotish"]))[1]]
    return Conversation(f"flow:{family}", [opener] + follow[: rng.randint(1, 2)])
