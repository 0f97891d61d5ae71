"""The OpenAI-compatible backend against a real HTTP server on localhost."""

from __future__ import annotations

import pytest

from bot.generation.generator import GenerationError
from bot.generation.openai_compatible import OpenAICompatibleGenerator

MESSAGES = [{"role": "user", "content": "How much is shipping?"}]


def test_sends_a_greedy_chat_completion_with_the_key(chat_server) -> None:
    generator = OpenAICompatibleGenerator(
        chat_server.url + "/", "qwen", api_key="sk-test"
    )
    result = generator.generate(MESSAGES, max_new_tokens=32, time_budget=5.0)
    assert result.text == "Free over 99 元 [1]."
    assert not result.timed_out and result.new_tokens == 7
    [request] = chat_server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["auth"] == "Bearer sk-test"
    assert request["body"] == {
        "model": "qwen",
        "messages": MESSAGES,
        "max_tokens": 32,
        "temperature": 0,
        "stream": False,
    }


def test_no_authorization_header_without_a_key(chat_server) -> None:
    OpenAICompatibleGenerator(chat_server.url, "m").generate(MESSAGES, 8, 5.0)
    assert chat_server.requests[0]["auth"] is None


def test_budget_running_out_is_a_timeout_not_an_error(chat_server) -> None:
    chat_server.delay = 1.0
    result = OpenAICompatibleGenerator(chat_server.url, "m").generate(MESSAGES, 8, 0.1)
    assert result.timed_out and result.text == ""


def test_http_error_names_the_url_but_never_the_key(chat_server) -> None:
    chat_server.status = 401
    generator = OpenAICompatibleGenerator(chat_server.url, "m", api_key="sk-secret")
    with pytest.raises(GenerationError, match="HTTP 401") as info:
        generator.generate(MESSAGES, 8, 5.0)
    assert "sk-secret" not in str(info.value)
    assert "sk-secret" not in repr(generator.__dict__.get("name"))


@pytest.mark.parametrize(
    "raw,match",
    [(b"not json", "sent no JSON"), (b'{"choices": []}', "no choices")],
)
def test_malformed_replies_fail(chat_server, raw, match) -> None:
    chat_server.raw = raw
    with pytest.raises(GenerationError, match=match):
        OpenAICompatibleGenerator(chat_server.url, "m").generate(MESSAGES, 8, 5.0)


def test_unreachable_endpoint_fails(unreachable_url) -> None:
    url = unreachable_url
    with pytest.raises(GenerationError, match="Cannot reach"):
        OpenAICompatibleGenerator(url, "m").generate(MESSAGES, 8, 5.0)
