"""Questions about one product (price, stock of a variant, details), from the DB.

The product is the one named in the message, else the one discussed last (the
`last_product_sku` slot): "is it in stock in blue?" after "how much is the Xiaomi 10?".
A product card's "In stock?" button names it by SKU (``/check_stock{"product":
"PH-0001"}``). Relation questions ("any accessories for it?", "和小米14兼容吗") are
answered from the knowledge graph (``actions/product_relations.py``).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Sequence, Set

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import entity_values, latest_intent, latest_text, shopper_language
from actions.faq import answer_if_known, faq_lookup, near_question_reply
from actions.product_pages import is_sku, show_products
from actions.product_relations import (
    LINK_KINDS,
    MAX_LISTED,
    NOUNS,
    RelationQuestion,
    linked,
    read_question,
    related_products,
    related_to,
    relation_kind,
)
from actions.products import filters_from_entities
from actions.services import fetch_products, product_searcher
from bot.db.views import ProductView
from bot.exceptions import ShopbotError
from bot.generation.answer_types import asked_types, none_given
from bot.retrieval.product_search import ProductFilters, name_tokens
from bot.retrieval.text_tokens import tokenize

logger = logging.getLogger(__name__)

NAMING_ENTITIES = ("product", "brand")  # a category alone names no product
CANDIDATES = 8  # search hits among which an accessory's product is looked for
# kinds of fact the shop's policy (FAQ) gives for every product, not its page
POLICY_FACTS = ("warranty",)
# The words of a bare price or stock question ("how much is it?", "这个多少钱"):
# a FAQ entry that shares no other word with a product question does not answer
# it ("how much is it?" scores 0.84 against the free-shipping entry).
BARE_QUESTION_WORDS = frozenset(
    "much price prices cost costs stock available expensive cheap".split()
)
BARE_QUESTION_CHARS = frozenset("多少钱价格贵不有货库存现")
# words that point at a product already in mind ("does it come in blue?", "这款多重")
REFERRING = re.compile(
    r"\b(?:it|its|this|that|these|those|they|them|one)\b|它|这个|那个|这款|那款|这件|那件"
    r"|这双|那双|这台|那台",
    re.IGNORECASE,
)


def topic_words(text: str) -> Set[str]:
    """The question's words besides those of a bare price or stock question."""
    return {
        word
        for word in tokenize(text)
        if word not in BARE_QUESTION_WORDS and not set(word) <= BARE_QUESTION_CHARS
    }


def _variant_text(color: Optional[str], size: Optional[str]) -> str:
    return " / ".join(v for v in (color, size) if v)


def resolve_product(tracker: Tracker) -> Optional[ProductView]:
    """The product the message names (best search hit), else the last one discussed.

    None when neither: the caller asks which product, rather than guessing from
    words like "how much is it".
    """
    skus = [v for v in entity_values(tracker, "product") if is_sku(v)]
    by_sku = fetch_products([skus[0].strip()]) if skus else []
    if by_sku:
        return by_sku[0]
    text = latest_text(tracker)[:2000]
    named = [str(v) for e in NAMING_ENTITIES for v in entity_values(tracker, e)]
    searcher = product_searcher()
    if not named and not searcher.names_a_product(text):
        # "how much is it?": no hit could share a name word, so no search
        return last_product(tracker)
    # color/size describe the variant asked about, not which product
    wanted = filters_from_entities(tracker)
    filters = ProductFilters(category=wanted.category, brand=wanted.brand)
    hits = searcher.search(text, filters, k=CANDIDATES)
    if not hits and filters != ProductFilters():
        # a mis-split entity ("brand: Xiaomi 10") must not hide the product
        hits = searcher.search(text, k=CANDIDATES)
    product = main_product(text, hits)
    # an entity must name the product found: "铂金" (a membership tier) tagged as
    # a product finds some product, but none the shopper named
    if product and any(shares_name_token(v, product) for v in [text, *named]):
        return product
    return last_product(tracker)


def main_product(text: str, hits: Sequence[ProductView]) -> Optional[ProductView]:
    """The first hit, or the product it is an accessory of (knowledge graph) when
    that is a hit too and the text holds no word of the accessory's own name:
    "小米14多重" means the phone, not the case for it that ranks first; "how much
    is the Xiaomi 14 case?" means the case."""
    if len(hits) < 2:  # nothing else it could be an accessory of: no graph query
        return hits[0] if hits else None
    first = hits[0]
    accessory_of = {
        p.sku for kind in LINK_KINDS for p in related_products(first.sku, kind, False)
    }
    asked, first_words = set(tokenize(text)), name_tokens(first)
    for other in hits[1:]:
        own_words = first_words - name_tokens(other)
        if other.sku in accessory_of and asked.isdisjoint(own_words):
            return other
    return first


def last_product(tracker: Tracker) -> Optional[ProductView]:
    """The product discussed last, else the one of the page the shopper is on."""
    last_sku = tracker.get_slot("last_product_sku") or page_product_sku(tracker)
    found = fetch_products([last_sku]) if last_sku else []
    return found[0] if found else None


def page_product_sku(tracker: Tracker) -> Optional[str]:
    """SKU of the product page the shopper writes from, None elsewhere.

    The storefront widget sends it as socket.io message metadata
    (``{"product_sku": "PH-0008", ...}``, see bot/web/static/widget.js).
    """
    metadata = tracker.latest_message.get("metadata")
    sku = metadata.get("product_sku") if isinstance(metadata, dict) else None
    if not isinstance(sku, str):
        return None
    return sku.strip()[:64] or None


def shares_name_token(text: str, product: ProductView) -> bool:
    """True when the text holds a word of the product's titles or brand ("xiaomi")."""
    return not name_tokens(product).isdisjoint(tokenize(text))


def stock_reply(product: ProductView, language: str, filters: ProductFilters) -> Dict:
    """Response name and values for a stock question about a variant."""
    title = product.title(language)
    variant = _variant_text(filters.color, filters.size)
    if not product.has_variant(color=filters.color, size=filters.size):
        options = ", ".join(product.colors or product.sizes) or "-"
        return {
            "response": "utter_product_no_such_variant",
            "title": title,
            "variant": variant,
            "options": options,
        }
    units = product.stock_for(color=filters.color, size=filters.size)
    if units > 0:
        return {
            "response": "utter_product_in_stock",
            "title": title,
            "variant": variant or "-",
            "units": units,
        }
    return {
        "response": "utter_product_out_of_stock",
        "title": title,
        "variant": variant or "-",
    }


def details_text(product: ProductView, language: str) -> str:
    """Description plus the product's attributes, one 'key: value' per line."""
    lines = [product.description(language)]
    for key, value in sorted(product.attributes.items()):
        lines.append(f"· {key.replace('_', ' ')}: {value}")
    if product.colors:
        lines.append("· colors: " + ", ".join(product.colors))
    if product.sizes:
        lines.append("· sizes: " + ", ".join(product.sizes))
    return "\n".join(lines)


def not_listed(product: ProductView, question: str, language: str) -> str:
    """The facts the question asks for ("how heavy …?" → weight), named in
    ``language``, when the product's page (title, description, attributes and
    variants, in either language) gives none of them; else "".

    Warranty is left out (POLICY_FACTS): the shop's policy covers every product.
    """
    page = [product.title_en, product.title_zh]
    page += details_text(product, "en").splitlines()
    page += details_text(product, "zh").splitlines()
    missing = none_given(question, page, skip=POLICY_FACTS)
    labels = [t.label(language) for t in missing]
    return ("、" if language == "zh" else ", ").join(labels)


class ActionProductInfo(Action):
    """Answers check_stock, ask_price and product_info about one product."""

    def name(self) -> str:
        return "action_product_info"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        intent, text = latest_intent(tracker), latest_text(tracker)
        kind = relation_kind(text) if intent == "product_info" else None
        try:
            if kind:
                question = read_question(tracker, kind, last_product(tracker))
                return answer_relation(dispatcher, question, language, text)
            product = resolve_product(tracker)
        except ShopbotError:
            logger.exception("product lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if product is None:
            return nothing_named(dispatcher, text, language)
        title = product.title(language)
        if intent == "check_stock":
            reply = stock_reply(product, language, filters_from_entities(tracker))
            dispatcher.utter_message(**reply)
        elif intent == "ask_price":
            dispatcher.utter_message(
                response="utter_product_price",
                title=title,
                price=str(product.price),
                currency=product.currency,
            )
        else:
            utter_details(dispatcher, product, text, language)
        return [SlotSet("last_product_sku", product.sku)]


def nothing_named(
    dispatcher: CollectingDispatcher, text: str, language: str
) -> List[Dict[str, Any]]:
    """A product question naming no product, with none discussed before: the FAQ
    answer when an entry answers it ("how much must I spend to reach Gold?");
    "which product?" when it refers to one or asks only price or stock ("how much
    is it?", "does it come in blue?"); else the honest no-answer with the near FAQ
    entries ("is there a student discount?")."""
    topic = topic_words(text)
    entry, hits = faq_lookup(text, topic)
    if entry is not None:
        dispatcher.utter_message(text=entry.answer(language))
        return []
    if not hits or REFERRING.search(text):  # no hits without topic words
        dispatcher.utter_message(response="utter_ask_which_product")
        return []
    return near_question_reply(dispatcher, hits, language)


def utter_details(
    dispatcher: CollectingDispatcher, product: ProductView, question: str, language: str
) -> None:
    """The product's details card, after the answer to what its page does not
    give: the FAQ entry that answers the question ("how long is the Mate 60's
    warranty?"), else that the page does not list it ("how heavy is it?")."""
    title = product.title(language)
    missing = not_listed(product, question, language)
    policy = any(t.name in POLICY_FACTS for t in asked_types(question))
    if (missing or policy) and answer_if_known(
        dispatcher, question, language, topic_words(question)
    ):
        missing = ""  # the shop's policy answered it
    if missing:
        dispatcher.utter_message(
            response="utter_product_fact_not_listed", title=title, what=missing
        )
    dispatcher.utter_message(
        response="utter_product_details",
        title=title,
        price=str(product.price),
        currency=product.currency,
        details=details_text(product, language),
    )


def answer_relation(
    dispatcher: CollectingDispatcher,
    question: RelationQuestion,
    language: str,
    text: str,
) -> List[Dict[str, Any]]:
    """Says which products relate (up to 3, with a carousel), yes/no for a pair, or
    honestly that the catalog has none; remembers the product asked about.

    "Does it fit a door 80 cm wide?" or "do they fit true to size?" reads as a
    compatibility question but asks about the product's own page: when the graph
    links it to nothing compatible, its details card follows."""
    product = question.subject
    if product is None:
        dispatcher.utter_message(response="utter_ask_which_product")
        return []
    title = product.title(language)
    if question.other is not None:
        verdict = "linked" if linked(product, question.other) else "not_linked"
        dispatcher.utter_message(
            response=f"utter_products_{verdict}",
            title=title,
            other=question.other.title(language),
        )
        return [SlotSet("last_product_sku", product.sku)]
    found = related_to(product, question.kind)[:MAX_LISTED]
    relation = NOUNS[language][question.kind]
    if not found:
        dispatcher.utter_message(
            response="utter_product_no_related", title=title, relation=relation
        )
        if question.kind == "compatible":
            utter_details(dispatcher, product, text, language)
        return [SlotSet("last_product_sku", product.sku)]
    dispatcher.utter_message(
        response="utter_product_related", title=title, relation=relation
    )
    show_products(dispatcher, found, language, ProductFilters())
    return [SlotSet("last_product_sku", product.sku)]


def products_to_compare(tracker: Tracker) -> List[ProductView]:
    """The products the message names, at most two: one per product entity
    (resolved to a product its words name), else the best search hit it names and
    a later hit it names by words of that hit's own (those the first's name lacks;
    the hit with the fewest own words left unsaid, so "Xiaomi 14 or 13?" means the
    Xiaomi 13, not the 13 Ultra). "Wide feet, my usual size in the Adidas Samba?"
    names one product, though other Adidas shoes come next. An accessory ranked
    first gives way to its product (``main_product``)."""
    searcher = product_searcher()
    names = [str(v) for v in entity_values(tracker, "product")][:2]
    if len(names) == 2:
        found = [main_product(n, searcher.search(n, k=CANDIDATES)) for n in names]
        pairs = zip(found, names, strict=True)
        picked = [p for p, name in pairs if p and shares_name_token(name, p)]
        if len(picked) == 2 and picked[0].sku != picked[1].sku:
            return picked
    text = latest_text(tracker)[:2000]
    hits = searcher.search(text, k=CANDIDATES)
    first = main_product(text, hits)
    if first is None or not shares_name_token(text, first):
        return []
    asked, first_words = set(tokenize(text)), name_tokens(first)
    named = []
    for rank, hit in enumerate(hits):
        own = name_tokens(hit) - first_words
        if hit.sku != first.sku and not asked.isdisjoint(own):
            named.append((len(own - asked), rank, hit))
    return [first, min(named)[2]] if named else [first]


def comparison_lines(products: List[ProductView], language: str) -> str:
    """One line per product: title — price — brand — stock — key attributes."""
    lines = []
    for product in products:
        attributes = ", ".join(
            f"{k.replace('_', ' ')} {v}" for k, v in sorted(product.attributes.items())
        )
        lines.append(
            f"· {product.title(language)} — {product.price} {product.currency} — "
            f"{product.brand} — {product.total_stock} — {attributes}"
        )
    return "\n".join(lines)


class ActionCompareProducts(Action):
    """Puts two products side by side with facts from the database. A message
    naming one product compares it with the one discussed last, or, with none
    before, is a question about it (details); naming none, the FAQ may answer it."""

    def name(self) -> str:
        return "action_compare_products"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        language = shopper_language(tracker)
        text = latest_text(tracker)
        try:
            products = products_to_compare(tracker)
            last = last_product(tracker)
        except ShopbotError:
            logger.exception("product lookup failed")
            dispatcher.utter_message(response="utter_temporary_error")
            return []
        if len(products) == 1 and last and last.sku != products[0].sku:
            products.append(last)  # "compare it with the Pixel 8"
        if len(products) == 1:
            # a question about one product, read as a comparison
            utter_details(dispatcher, products[0], text, language)
            return [SlotSet("last_product_sku", products[0].sku)]
        if not products:
            if not answer_if_known(dispatcher, text, language, topic_words(text)):
                dispatcher.utter_message(response="utter_ask_which_product")
            return []
        dispatcher.utter_message(
            response="utter_product_comparison",
            lines=comparison_lines(products, language),
        )
        return [SlotSet("last_product_sku", products[0].sku)]
