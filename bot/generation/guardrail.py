"""The guardrail: a generated answer is shown only when every fact in it is grounded.

Deterministic rules, each naming what failed (DESIGN §7: a numeric or named fact
not in the passages fails the guardrail → no answer):

- the answer cites at least one passage (``[1]``) and only passages it was given;
- every number (digits, Chinese numerals, number words, times, percentages),
  currency, month / weekday / holiday word, catalog brand or model name, and
  other capitalized or Latin name in the answer occurs in the cited passages;
- enough of the answer's words come from the cited passages (no new claims
  without numbers, like "yes, we offer gift wrapping");
- the answer is in the shopper's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Sequence, Set, Tuple

from bot.generation.facts import (
    NameLexicon,
    contains_term,
    currencies,
    date_words,
    numbers,
    proper_nouns,
)
from bot.retrieval.text_tokens import tokenize

CITATION = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】]")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
MIN_SUPPORT = 0.6  # share of the answer's content words found in the cited passages
MIN_CHINESE = 0.3  # share of ideographs among letters + ideographs of a Chinese answer
# (low: Chinese product answers carry Latin names, "索尼 PlayStation 5 Slim 光驱版")
MAX_CHINESE_IN_EN = 0.1  # the same share, at most, in an English answer


def citations(text: str) -> List[int]:
    """Passage numbers cited as [1], [1, 2], 【2】, in order of first citation."""
    cited: List[int] = []
    for match in CITATION.finditer(text):
        for number in re.split(r"[,，、]", match.group(1)):
            if int(number) not in cited:
                cited.append(int(number))
    return cited


def strip_citations(text: str) -> str:
    """The answer without its citation marks."""
    return re.sub(r"\s+([.,。，！!？?])", r"\1", CITATION.sub("", text)).strip()


def chinese_share(text: str) -> float:
    """Ideographs / (ideographs + Latin letters); 0.0 for text with neither."""
    zh = len(_IDEOGRAPH.findall(text))
    latin = len(_LATIN.findall(text))
    return zh / (zh + latin) if zh + latin else 0.0


@dataclass(frozen=True)
class Verdict:
    """The guardrail's decision.

    Attributes:
        ok: True when the answer may be shown.
        reasons: what failed, e.g. ``("number:10", "no_citation")``; empty when ok.
        cited: the cited passage numbers (1-based).
    """

    ok: bool
    reasons: Tuple[str, ...] = ()
    cited: Tuple[int, ...] = ()


class Guardrail:
    """Checks a generated answer against the passages it was given.

    Args:
        names: catalog brand and model names (``NameLexicon.from_products``).
        min_support: minimum share of the answer's content words that occur in the
            cited passages.
    """

    def __init__(
        self, names: NameLexicon | None = None, min_support: float = MIN_SUPPORT
    ) -> None:
        self.names = names or NameLexicon()
        self.min_support = min_support

    def check(self, answer: str, passages: Sequence[str], language: str) -> Verdict:
        """Decide whether ``answer`` may be shown.

        Args:
            answer: the generated text, with citations like [1].
            passages: the texts the generator was given, numbered from 1.
            language: the shopper's language, "en" or "zh".

        Returns:
            A ``Verdict``; ``ok`` only when no rule failed.
        """
        cited = citations(answer)
        body = strip_citations(answer)
        if not body:
            return Verdict(False, ("empty",), tuple(cited))
        reasons: List[str] = []
        if not cited:
            reasons.append("no_citation")
        unknown = [n for n in cited if not 1 <= n <= len(passages)]
        reasons += [f"unknown_citation:{n}" for n in unknown]
        known = [passages[n - 1] for n in cited if n not in unknown]
        source = "\n".join(known)
        reasons += self._fact_reasons(body, source, language)
        reasons += self._language_reasons(body, language)
        support = self.support(body, source)
        if support < self.min_support:
            reasons.append(f"unsupported:{support:.2f}")
        return Verdict(not reasons, tuple(reasons), tuple(cited))

    def _fact_reasons(self, body: str, source: str, language: str) -> List[str]:
        reasons = [f"number:{n}" for n in sorted(numbers(body) - numbers(source))]
        reasons += [
            f"currency:{c}" for c in sorted(currencies(body) - currencies(source))
        ]
        reasons += [f"date:{d}" for d in sorted(date_words(body) - date_words(source))]
        names: Set[str] = self.names.mentions(body) | proper_nouns(body, language)
        reasons += [f"name:{n}" for n in sorted(names) if not contains_term(source, n)]
        return reasons

    @staticmethod
    def _language_reasons(body: str, language: str) -> List[str]:
        share = chinese_share(body)
        if language == "zh" and share < MIN_CHINESE:
            return [f"language:{share:.2f}"]
        if language != "zh" and (share > MAX_CHINESE_IN_EN or not _LATIN.search(body)):
            return [f"language:{share:.2f}"]
        return []

    @staticmethod
    def support(body: str, source: str) -> float:
        """Share of the answer's content tokens that occur in ``source`` (1.0 when
        the answer has no content tokens)."""
        tokens = set(tokenize(body))
        if not tokens:
            return 1.0
        known = set(tokenize(source))
        return len(tokens & known) / len(tokens)
