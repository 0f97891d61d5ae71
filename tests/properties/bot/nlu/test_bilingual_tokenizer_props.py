"""BilingualTokenizer on arbitrary text: tokens are substrings at their offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.bilingual_tokenizer import BilingualTokenizer

TEXT = st.text(
    st.one_of(
        st.characters(),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list(" \t\n😀👍🏽🏳️‍🌈\u0301\u200b\x00")),
    ),
    max_size=80,
)


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory: pytest.TempPathFactory) -> BilingualTokenizer:
    storage = LocalModelStorage(tmp_path_factory.mktemp("tokenizer"))
    return BilingualTokenizer.create(
        BilingualTokenizer.get_default_config(),
        storage,
        Resource("tokenizer"),
        ExecutionContext(node_name="tokenizer", graph_schema=None),  # type: ignore[arg-type]
    )


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(TEXT)
@example("where is my order 10023")
@example("我要买一双红色跑鞋 iPhone 15")
@example("😀😀")
@example("")
def test_tokens_are_substrings_at_their_offsets(
    tokenizer: BilingualTokenizer, text: str
) -> None:
    tokens = tokenizer.tokenize(Message(data={"text": text}), "text")
    for token in tokens:
        assert text[token.start : token.end] == token.text
    if any(not any(c.isalnum() for c in token.text) for token in tokens):
        assert len(tokens) == 1  # no words at all: one token for the featurizers
    assert bool(tokens) == bool(text)
