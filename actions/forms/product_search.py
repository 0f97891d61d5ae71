"""Validates the product search form: what the shopper wants, then a size if it matters.

The form starts only when a search names nothing to look for ("I want to buy
something"); a message naming a product or a category is searched right away
(``actions/products.py``). The form asks what, then — only when most products
of that category come in sizes (read from the database) and the shopper gave no
size — which size. "any" / "随便" / "都可以" skips the size question. Colour
and budget are never asked for; they are kept whenever the shopper gives them.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import entity_values, latest_intent, latest_text
from actions.forms.order_form import stop_events
from actions.services import settings
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.exceptions import DatabaseError

logger = logging.getLogger(__name__)

ANY_SIZE = "any"
# a category "comes in sizes" when at least this share of its products has sizes
SIZED_SHARE = 0.5
MAX_SIZE_OPTIONS = 8
MAX_SIZE_TRIES = 2
# intents whose messages can answer "what are you looking for?" / "which size?";
# FAQ questions, "stop", a human etc. are digressions handled by the rules
ANSWER_INTENTS = frozenset(
    ("inform", "search_product", "recommend_product", "product_info")
    + ("check_stock", "ask_price", "affirm", "nlu_fallback")
)
WHAT_ENTITIES = ("product", "category", "brand")
CONSTRAINT_ENTITIES = ("color", "size", "price")
# words before / after a price that say which bound it is
PRICE_CUES = (
    (
        "max",
        ("under", "below", "less than", "no more than", "not more than", "not over")
        + ("up to", "max", "within", "不超过", "低于", "小于", "少于"),
        ("以内", "以下", "之内", "内"),
    ),
    (
        "min",
        ("over", "above", "more than", "at least", "from", "upwards of")
        + ("no less than", "not less than", "高于", "大于", "超过", "不低于"),
        ("以上", "起"),
    ),
)
ANY_ANSWERS = frozenset(
    ("any", "any size", "anything", "whatever", "doesn't matter", "does not matter")
    + ("no preference", "don't care", "i don't mind", "all sizes", "either")
    + ("随便", "都可以", "都行", "无所谓", "不限", "随意", "尺码随便", "哪个都行")
    + ("什么尺码都行", "尺码都可以", "没要求", "没有要求", "尺码无所谓")
    + ("any size is fine", "any is fine", "anything is fine", "no particular size")
)
# words that carry no product: "I want to buy something" names nothing
FILLER_WORDS = frozenset(
    "i i'm im me my want wanna would like to buy get purchase something anything"
    " stuff thing things some a an the looking look for need show find can could"
    " you please help do have sell any what products product items item shopping"
    " shop just browse new ones one in with of it them that this".split()
)
FILLER_ZH = frozenset(
    "我想 我要 想要 我 想 要 买 购买 东西 一些 一点 点 些 商品 看看 逛逛 随便 帮我"
    " 找 请 推荐 有什么 什么 吗 呢 的 一下 个 件 你们 有 卖 给 好 选 挑 嗯"
    " 一双 一件 一个 一条 一台 一部 一款 一把 一套 几件 几个".split()
)
_WORDS = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_PUNCTUATION = re.compile(r"[\s!！.。,，~～?？、]+")


def residual_words(
    text: str,
    drop: frozenset = FILLER_WORDS,
    drop_zh: frozenset = FILLER_ZH,
) -> List[str]:
    """Words of the text that may name something: filler words removed.

    Args:
        text: a shopper's message (or a part of it).
        drop: English words to ignore.
        drop_zh: Chinese words to ignore (removed longest first).

    Returns:
        The remaining English words and Chinese runs, in order.
    """
    lowered = text.casefold()
    words = [w for w in _WORDS.findall(lowered) if w not in drop]
    for run in _HAN.findall(lowered):
        for filler in sorted(drop_zh, key=len, reverse=True):
            run = run.replace(filler, " ")
        words.extend(part for part in run.split() if part)
    return words


def is_vague(text: str) -> bool:
    """True when the message names nothing to look for ("I want to buy something")."""
    return is_any_answer(text) or not residual_words(text)


def without_constraints(tracker: Tracker) -> str:
    """The last message without the colour, size and price the NLU found in it."""
    text = tracker.latest_message.get("text") or ""
    spans = [
        (e["start"], e["end"])
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") in CONSTRAINT_ENTITIES and "start" in e and "end" in e
    ]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def is_any_answer(text: object) -> bool:
    """True for "any" / "随便" / "都可以": the shopper has no preference."""
    words = _PUNCTUATION.sub(" ", str(text or "")).strip().casefold()
    return words in ANY_ANSWERS


def _singular(word: str) -> str:
    # "jackets" must match the title "Basico Jacket" in a substring search
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _shop_session() -> Any:
    return session_scope(settings().database_url)


def infer_category(what: str) -> Optional[str]:
    """The category most products matching the words belong to (plain SQL match)."""
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") else w for w in residual_words(what)
    ]
    if not words:
        return None
    # all words, then each word, then the last 2 characters of a Chinese run
    # ("男士跑鞋" → "跑鞋"): the first that matches any product decides
    tries = [" ".join(words)] + words + [w[-2:] for w in words if _HAN.fullmatch(w)]
    with _shop_session() as session:
        repo = ProductRepository(session)
        for text in dict.fromkeys(tries):
            products = repo.browse(text, limit=100)
            if products:
                break
    counts = Counter(p.category for p in products)
    return counts.most_common(1)[0][0] if counts else None


def size_options(category: Optional[str]) -> List[str]:
    """Sizes of the category, most common first; [] when it does not come in sizes."""
    if not category:
        return []
    with _shop_session() as session:
        products = ProductRepository(session).browse(category=category, limit=1000)
    sized = [p for p in products if p.sizes]
    if not products or len(sized) < SIZED_SHARE * len(products):
        return []
    counts = Counter(size for p in sized for size in p.sizes)
    common = {size for size, _ in counts.most_common(MAX_SIZE_OPTIONS)}
    # in catalogue order (S, M, L), numbers ascending (38, 39, 40); not by frequency
    options = [size for size in counts if size in common]
    if all(size.isdigit() for size in options):
        options.sort(key=int)
    return options


def price_role(text: str, entity: Dict[str, Any]) -> Optional[str]:
    """ "min" / "max" of a price entity from the words around it ("under 50",
    "200以内"), else the role the NLU gave (short messages confuse it)."""
    start, end = entity.get("start"), entity.get("end")
    if not (isinstance(start, int) and isinstance(end, int)):
        return entity.get("role")
    before = text[max(0, start - 16) : start].casefold().rstrip()
    after = text[end : end + 6].lstrip(" 元块钱")
    # the longest cue wins: "no less than" (min) over "less than" (max)
    found = [
        (len(cue), role)
        for role, cues_before, cues_after in PRICE_CUES
        for cue in cues_before
        if before.endswith(cue)
    ] + [
        (len(cue), role)
        for role, _, cues_after in PRICE_CUES
        for cue in cues_after
        if after.startswith(cue)
    ]
    return max(found)[1] if found else entity.get("role")


def constraint_slots(tracker: Tracker) -> Dict[str, Any]:
    """Colour, size and budget the last message gives (only those it gives)."""
    given = {
        "search_color": entity_values(tracker, "color"),
        "search_size": entity_values(tracker, "size"),
    }
    slots = {slot: str(values[0]) for slot, values in given.items() if values}
    text = tracker.latest_message.get("text") or ""
    for entity in tracker.latest_message.get("entities") or []:
        role = price_role(text, entity) if entity.get("entity") == "price" else None
        if role in ("min", "max"):
            slots.setdefault(f"search_price_{role}", str(entity.get("value")))
    return slots


def what_named(tracker: Tracker) -> Optional[str]:
    """The product, category or brand the last message names, if any."""
    for entity in WHAT_ENTITIES:
        values = entity_values(tracker, entity)
        if values:
            return str(values[0])
    return None


class ValidateProductSearchForm(FormValidationAction):
    """What the shopper looks for, then a size where the category has sizes."""

    def name(self) -> Text:
        return "validate_product_search_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """Validates as usual, unless the shopper asked to stop ("stop", "算了")."""
        stop = stop_events(tracker)
        return stop or await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        """``search_what``; ``search_size`` only when the category has sizes.

        A filled ``search_size`` stays listed: the SDK validates only listed slots.
        """
        if tracker.get_slot("form_stop"):
            return []
        if tracker.get_slot("search_size_options"):
            return ["search_what", "search_size"]
        return ["search_what"]

    async def extract_search_what(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        """The answer to "what?", or a new product named later (change of mind)."""
        asked = tracker.get_slot("requested_slot")
        if asked is None or latest_intent(tracker) not in ANSWER_INTENTS:
            return {}
        text = latest_text(tracker)
        if asked == "search_what":
            return {"search_what": text or None}
        if what_named(tracker) and not is_any_answer(text):
            # "actually, show me phones": the new product replaces the old one
            return {"search_what": text, "search_size": None}
        return {}

    async def extract_search_size(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        """A size (entity or typed), or "any"; only as the answer to "which size?"."""
        if tracker.get_slot("requested_slot") != "search_size":
            return {}
        text = latest_text(tracker)
        sizes = entity_values(tracker, "size")
        if sizes:
            return {"search_size": str(sizes[0])}
        if is_any_answer(text):
            return {"search_size": ANY_SIZE}
        if latest_intent(tracker) not in ANSWER_INTENTS or what_named(tracker):
            return {}
        return {"search_size": text or None}

    def validate_search_what(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """Keeps what names something; learns from the DB whether sizes matter."""
        slots: Dict[str, Any] = constraint_slots(tracker)
        text = str(slot_value or "")
        rest = without_constraints(tracker) if text == latest_text(tracker) else text
        if is_vague(rest):
            return {**slots, "search_what": None}
        category = (entity_values(tracker, "category") or [None])[0]
        brand = (entity_values(tracker, "brand") or [None])[0]
        try:
            options = size_options(category or infer_category(text))
        except DatabaseError:
            logger.exception("size lookup failed")
            options = []  # without the catalogue, don't ask for a size
        slots.update(search_category=category, search_brand=brand)
        slots["search_size_options"] = ", ".join(options) or None
        return {**slots, "search_what": text}

    def validate_search_size(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        """One of the category's sizes or "any"; after repeated misses, any size."""
        value = str(slot_value or "").strip()
        options = str(tracker.get_slot("search_size_options") or "").split(", ")
        if value == ANY_SIZE or not tracker.get_slot("search_size_options"):
            return {"search_size": value or None}
        match = next((o for o in options if o.casefold() == value.casefold()), None)
        if match:
            return {"search_size": match, "input_attempts": 0}
        attempts = int(tracker.get_slot("input_attempts") or 0) + 1
        if attempts >= MAX_SIZE_TRIES:
            return {"search_size": ANY_SIZE, "input_attempts": 0}
        dispatcher.utter_message(response="utter_search_size_invalid")
        return {"search_size": None, "input_attempts": attempts}
