"""What kind of fact a product question asks for, and whether a passage unit gives it.

"What is the case made of?" shares no word with "material: TPU + polycarbonate",
and "how long is the roller?" none with "length cm: 45", yet each unit is the
answer. Classic question answering types the expected answer first; here a small
English and Chinese table maps question cues to the words and measuring units a
unit that answers would hold. The extractive selector counts a typed match like a
shared word (``bot.generation.extractive``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence, Tuple


@dataclass(frozen=True)
class AnswerType:
    """A kind of fact: the question cues that ask for it, the unit cues that give it,
    and how a reply names it (``labels``: English, Chinese)."""

    name: str
    question: re.Pattern
    unit: re.Pattern
    labels: Tuple[str, str]

    def label(self, language: str) -> str:
        """The fact's name in ``language`` ("en" / "zh")."""
        return self.labels[1] if language == "zh" else self.labels[0]


def _type(name: str, question: str, unit: str, en: str, zh: str) -> AnswerType:
    return AnswerType(
        name, re.compile(question, re.I), re.compile(unit, re.I), (en, zh)
    )


ANSWER_TYPES: Tuple[AnswerType, ...] = (
    _type(
        "material",
        r"\bmade (?:of|from)\b|\bmaterials?\b|\bfabric\b|"
        r"什么材质|材质|材料|面料|什么做的",
        r"\bmaterials?\b|\bfabric\b|材质|材料|面料",
        "material",
        "材质",
    ),
    _type(
        "length",
        r"\bhow (?:long|tall|wide|high|big|large)\b|\blength\b|\bdimensions?\b|"
        r"多长|多高|多宽|多大|尺寸|长度|厘米|多少米",
        r"\b(?:length|width|height|size|cm|mm|inch(?:es)?)\b|\d\s?(?:cm|mm|m)\b|"
        r"厘米|毫米|英寸|长度|尺寸",
        "dimensions",
        "尺寸",
    ),
    _type(
        "weight",
        r"\bweigh(?:s|t)?\b|\bhow heavy\b|多重|重量|几斤|多少克|多少公斤",
        r"\bweight\b|\b(?:kg|grams?)\b|\d\s?g\b|克|公斤|千克|重量",
        "weight",
        "重量",
    ),
    _type(
        "runtime",
        r"\bbattery\b|\bfull charge\b|\bcharge last\b|\bhow long .*\b(?:last|play|run)|"
        r"续航|充满电|电池|能用多久|用几天|能用几天",
        r"\bbattery\b|\bhours?\b|\bdays?\b|\bmah\b|续航|小时|天|分钟|电池",
        "battery life",
        "续航",
    ),
    _type(
        "storage",
        r"\bstorage\b|\bhow much space\b|\b\d*\s?(?:gb|tb)\b|\bssd\b|"
        r"存储|硬盘|多少G",  # not 内存: RAM, or a memory card
        r"\bstorage\b|\bssd\b|\d\s?(?:gb|tb)\b|存储|内存|硬盘",
        "storage",
        "存储容量",
    ),
    _type(
        "noise",
        r"\bloud\b|\bnois[ey]\b|\bquiet\b|\bdecibels?\b|\bdb\b|噪音|声音多大|吵",
        r"\bdb\b|\d\s?db\b|\bdecibels?\b|\bnoise\b|分贝|噪音|静音",
        "noise level",
        "噪音",
    ),
    _type(
        "power",
        r"\bwatts?\b|\bwattage\b|\bcharging speed\b|快充|功率|多少瓦",
        r"\bwatt(?:s|age)?\b|\d\s?w\b|瓦|功率",
        "wattage",
        "功率",
    ),
    _type(
        "water",
        r"\bwater\s?proof\b|\bwater[- ]resist|\brain\b|\bwet\b|\bswim|\bshower|"
        r"\bip\s?\d\d\b|防水|下雨|淋雨|游泳|沾水|进水",
        r"\bwater\s?proof|\bwater[- ]resist|\bip\s?[x\d]\d|\batm\b|防水|防泼水",
        "water resistance",
        "防水性能",
    ),
    _type(
        "camera",
        r"\bcameras?\b|\bmegapixels?\b|\bmp\b|\bzoom\b|像素|摄像头|主摄|变焦",
        r"\bcamera\b|\d\s?mp\b|\bmegapixels?\b|\bzoom\b|像素|主摄|摄像头|变焦",
        "camera",
        "摄像头",
    ),
    _type(
        "screen",
        r"\bscreen\b|\bdisplay\b|\brefresh rate\b|屏幕|刷新率",
        r"\bscreen\b|\bdisplay\b|\d\s?(?:inch|hz)\b|英寸|屏幕|刷新率",
        "screen",
        "屏幕",
    ),
    _type(
        "temperature",
        r"\bhow hot\b|\btemp(?:erature)?s?\b|\bdegrees?\b|\bwarm enough\b|"
        r"多少度|温度|多热|几度",
        r"\btemp(?:erature)?\b|\d\s?°?c\b|°|\bdegrees?\b|温度|\d\s?度",
        "temperature",
        "温度",
    ),
    _type(
        "size",
        r"\bwhat size\b|\bwhich size\b|\bsizes?\b|\bsizing\b|\brun(?:s)? "
        r"(?:small|large|big)\b|\btrue to size\b|\bfit(?:s)? (?:me|my)\b|"
        r"尺码|码数|选哪个码|哪个码|多大码|偏大|偏小|尺寸",
        r"\bsizes?\b|\bfits?\b|\beu \d|尺码|码数|\d码|适合\d|偏大|偏小|尺寸",
        "sizing",
        "尺码",
    ),
    _type(
        "unlock",
        r"\bunlock|\bface id\b|\bfingerprint|\bface recognition\b|指纹|面容|解锁|"
        r"人脸识别",
        r"\btouch id\b|\bface id\b|\bfingerprint|\bbiometrics?\b|指纹|面容|解锁",
        "unlock method",
        "解锁方式",
    ),
    _type(
        "warranty",
        r"\bwarrant(?:y|ies)\b|\bguarantee\b|保修|质保",
        r"\bwarranty\b|\bguarantee\b|保修|质保",
        "warranty",
        "保修",
    ),
    _type(
        "origin",
        r"\bwhere (?:is|are) (?:it|they|this|these)\b.*\b(?:from|made|grown)\b|"
        r"\borigin\b|\bmade in\b|产地|哪里产|哪儿产|原产",
        r"\borigin\b|\bgrown\b|产地|产自|原产",
        "origin",
        "产地",
    ),
    _type(
        "capacity",
        r"\bcapacity\b|\bhow much .*\bhold\b|容量|装多少",
        r"\bcapacity\b|\b(?:ml|liters?|litres?)\b|\d\s?l\b|升|容量",
        "capacity",
        "容量",
    ),
)


def asked_types(question: str) -> Tuple[AnswerType, ...]:
    """The kinds of fact the question asks for (often none)."""
    return tuple(t for t in ANSWER_TYPES if t.question.search(question))


def gives(unit: str, types: Tuple[AnswerType, ...]) -> bool:
    """Whether the unit holds a fact of one of ``types``."""
    return any(t.unit.search(unit) for t in types)


def none_given(
    question: str, texts: Sequence[str], skip: Sequence[str] = ()
) -> Tuple[AnswerType, ...]:
    """The kinds of fact the question asks for (but ``skip``), when none of
    ``texts`` gives any of them; () when one does or none is asked for.

    One given kind counts for all: the cues overlap ("how long does it play?"
    asks for a length and a runtime, and a battery line answers it).
    """
    asked = tuple(t for t in asked_types(question) if t.name not in skip)
    return () if any(gives(x, asked) for x in texts) else asked
