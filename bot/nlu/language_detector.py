"""Adds the message language (en / zh) as an entity, so a `language` slot follows it."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.language import detect_language

ENTITY_NAME = "entity_name"
DEFAULT_LANGUAGE = "default_language"


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False
)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    """Marks each message with its language as an entity (``language``: en / zh).

    A slot with a ``from_entity`` mapping on that entity then always holds the
    language of the shopper's last message, and responses pick their text with a
    slot ``condition``. Messages without letters (emoji, digits) get no entity, so
    the slot keeps the conversation's language.
    """

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        """Default options."""
        return {
            # name of the entity added to every message with letters
            ENTITY_NAME: "language",
        }

    def __init__(self, config: Dict[str, Any]) -> None:
        self._entity = config[ENTITY_NAME]

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        """Creates the component (nothing to train)."""
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        """Appends the language entity to each message with letters."""
        for message in messages:
            text = message.get(TEXT) or ""
            language: str | None = detect_language(text, default="")
            if not language:
                continue
            entity = {
                ENTITY_ATTRIBUTE_TYPE: self._entity,
                ENTITY_ATTRIBUTE_VALUE: language,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: len(text),
                EXTRACTOR: self.__class__.__name__,
            }
            message.set(
                ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True
            )
        return messages
