"""Tokenizer for English and Chinese in one pipeline: jieba words, no blanks."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True
)
class BilingualTokenizer(JiebaTokenizer):
    """Rasa's JiebaTokenizer for mixed English/Chinese text.

    jieba splits Chinese into words and keeps Latin words whole, but it also emits
    every space and punctuation run as a token; those carry no meaning for the
    featurizers and misalign English entity spans, so they are dropped. Unlike the
    parent it supports any pipeline language (the bot is bilingual).
    """

    @staticmethod
    def supported_languages() -> List[str] | None:
        """Any language: Chinese words via jieba, others split on spaces."""
        return None

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        """Same options as JiebaTokenizer."""
        return JiebaTokenizer.get_default_config()

    def tokenize(self, message: Message, attribute: str) -> List[Token]:
        """Tokenizes the attribute's text, dropping whitespace and punctuation."""
        tokens = super().tokenize(message, attribute)
        kept = [
            t for t in tokens if t.text.strip() and any(c.isalnum() for c in t.text)
        ]
        if kept or not tokens:
            return kept
        # emoji-only or punctuation-only text: keep one token so featurizers see it
        return tokens[:1]
