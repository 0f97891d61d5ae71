"""A message that is nothing but a value the regex extractor found is an answer.

Asked for the order's email, a shopper who types "not.me@example.com" answers the
question; the intent model, reading the words inside the address, may call it
`deny` and end the form. The pattern decides instead: a message whose whole text
(besides spaces and punctuation) is one email address, order number or invoice
number gets the intent `inform`.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.exceptions import ConfigError

ENTITY_TYPES = "entities"
ANSWER_INTENT = "intent"
_FILLER = re.compile(r"[\W_]*")  # spaces and punctuation around the value


def bare_value(text: str, entities: List[Dict[str, Any]], types: List[str]) -> bool:
    """True when ``text`` is one entity of ``types`` and nothing else but spaces
    and punctuation ("10023", " oliver@example.com. ")."""
    for entity in entities:
        start, end = entity.get("start"), entity.get("end")
        if entity.get("entity") not in types or start is None or end is None:
            continue
        if _FILLER.fullmatch(text[:start]) and _FILLER.fullmatch(text[end:]):
            return True
    return False


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class BareValueClassifier(GraphComponent, IntentClassifier):
    """Sets ``intent`` (default `inform`, confidence 1) on messages that are a bare
    value of one of ``entities`` (default email, order_id, invoice_id). Place it
    after the entity extractors and the intent classifier, before
    FallbackClassifier."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            ENTITY_TYPES: ["email", "order_id", "invoice_id"],
            ANSWER_INTENT: "inform",
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        types, intent = config.get(ENTITY_TYPES), config.get(ANSWER_INTENT)
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
            raise ConfigError(ENTITY_TYPES, types, "a list of entity names")
        if not isinstance(intent, str) or not intent.strip():
            raise ConfigError(ANSWER_INTENT, intent, "an intent name")
        self.types, self.intent = types, intent

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> BareValueClassifier:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        """Overrides the intent of bare values; other messages pass unchanged."""
        for message in messages:
            text: Optional[str] = message.get(TEXT)
            if not text or not bare_value(
                text, message.get(ENTITIES) or [], self.types
            ):
                continue
            ranking = [
                r
                for r in message.get(INTENT_RANKING_KEY) or []
                if r.get("name") != self.intent
            ]
            answer = {"name": self.intent, "confidence": 1.0}
            message.set(INTENT, answer, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [answer, *ranking], add_to_output=True)
        return messages
