"""Generator over an OpenAI-compatible chat completions endpoint.

vLLM, llama.cpp's server, Ollama (``/v1``) and hosted APIs all serve
``POST {base_url}/chat/completions``. The time budget is the HTTP timeout: when it
runs out the chain moves on (the result is marked timed out, no exception).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

from bot.generation.generator import GenerationError, GenerationResult, Messages


class OpenAICompatibleGenerator:
    """Chat completions over HTTP, greedy (temperature 0).

    Args:
        base_url: the API root, e.g. ``http://localhost:8000/v1``.
        model: the model name the server knows.
        api_key: bearer token; empty for servers without authentication.
    """

    def __init__(self, base_url: str, model: str, api_key: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key = api_key
        self.name = f"openai:{model}@{self.base_url}"

    def _request(
        self, messages: Messages, max_new_tokens: int
    ) -> urllib.request.Request:
        body = {
            "model": self.model,
            "messages": list(messages),
            "max_tokens": max_new_tokens,
            "temperature": 0,
            "stream": False,
        }
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return urllib.request.Request(
            f"{self.base_url}/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers=headers,
            method="POST",
        )

    def generate(
        self, messages: Messages, max_new_tokens: int, time_budget: float
    ) -> GenerationResult:
        """One completion; timed out (empty text) when the budget runs out.

        Raises:
            GenerationError: HTTP error, unreachable server or a malformed reply
                (the message names the URL and the status, never the key).
        """
        started = time.monotonic()
        request = self._request(messages, max_new_tokens)
        try:
            with urllib.request.urlopen(request, timeout=time_budget) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except TimeoutError:
            return GenerationResult("", True, time.monotonic() - started)
        except urllib.error.HTTPError as e:
            raise GenerationError(
                f"{request.full_url} answered HTTP {e.code}: check "
                "SHOPBOT_GENERATION_MODEL and SHOPBOT_GENERATION_API_KEY."
            ) from e
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError):
                return GenerationResult("", True, time.monotonic() - started)
            raise GenerationError(
                f"Cannot reach {request.full_url}: {e.reason}. "
                "Check SHOPBOT_GENERATION_ENDPOINT."
            ) from e
        except ValueError as e:
            raise GenerationError(f"{request.full_url} sent no JSON: {e}") from e
        return _result(payload, time.monotonic() - started, request.full_url)


def _result(payload: dict, seconds: float, url: str) -> GenerationResult:
    try:
        choice = payload["choices"][0]
        text = choice["message"]["content"] or ""
    except (KeyError, IndexError, TypeError) as e:
        raise GenerationError(f"{url} sent no choices[0].message.content.") from e
    tokens = (payload.get("usage") or {}).get("completion_tokens") or 0
    # a reply cut by max_tokens is complete as far as the budget goes
    return GenerationResult(text.strip(), False, seconds, int(tokens))
