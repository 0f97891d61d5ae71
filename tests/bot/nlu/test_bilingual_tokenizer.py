import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.bilingual_tokenizer import BilingualTokenizer


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory) -> BilingualTokenizer:
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    return BilingualTokenizer.create(
        BilingualTokenizer.get_default_config(),
        storage,
        Resource("tokenizer"),
        ExecutionContext(None),
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("where is my order 10023?", ["where", "is", "my", "order", "10023"]),
        ("我要买苹果手机壳", None),
        (
            "red phone case, under 100 yuan",
            ["red", "phone", "case", "under", "100", "yuan"],
        ),
    ],
)
def test_tokens_have_no_whitespace_or_punctuation(tokenizer, text, expected) -> None:
    tokens = tokenizer.tokenize(Message({TEXT: text}), TEXT)
    words = [t.text for t in tokens]
    assert all(w.strip() and any(c.isalnum() for c in w) for w in words)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    if expected is not None:
        assert words == expected
    else:
        assert "".join(words) == text


@pytest.mark.parametrize("text", ["😀😀", "???", "…"])
def test_text_without_words_keeps_one_token(tokenizer, text) -> None:
    assert len(tokenizer.tokenize(Message({TEXT: text}), TEXT)) == 1


def test_supports_any_language() -> None:
    assert BilingualTokenizer.supported_languages() is None
