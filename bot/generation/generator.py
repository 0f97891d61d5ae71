"""The generator interface, its result type and the backend factory."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Protocol, Sequence, runtime_checkable

from bot.exceptions import ConfigError, ShopbotError
from bot.settings import GenerationSettings

Messages = Sequence[Dict[str, str]]


class GenerationError(ShopbotError):
    """A generator failed (model cannot load, endpoint error or bad reply)."""


@dataclass(frozen=True)
class GenerationResult:
    """What a generator produced.

    Attributes:
        text: the generated text (may be cut short when the time budget ran out).
        timed_out: the time budget ran out before the model finished.
        seconds: wall time of the call.
        new_tokens: generated tokens, when the backend reports them.
    """

    text: str
    timed_out: bool = False
    seconds: float = 0.0
    new_tokens: int = 0


@runtime_checkable
class Generator(Protocol):
    """Writes a chat completion within a time budget.

    Implementations load lazily (nothing heavy in ``__init__``) and are safe to
    call from several threads.
    """

    name: str

    def generate(
        self, messages: Messages, max_new_tokens: int, time_budget: float
    ) -> GenerationResult:
        """Complete the chat.

        Args:
            messages: ``[{"role": "system"|"user"|"assistant", "content": str}]``.
            max_new_tokens: generated tokens at most.
            time_budget: seconds; when they run out generation stops and the
                result is marked ``timed_out``.

        Raises:
            GenerationError: the model or endpoint failed.
        """
        ...


def make_generator(settings: GenerationSettings) -> Generator | None:
    """The generator the settings choose (not loaded yet); None for backend "none".

    Raises:
        ConfigError: backend "openai" without an endpoint.
    """
    if settings.backend == "none":
        return None
    if settings.backend == "openai":
        if not settings.endpoint:
            raise ConfigError(
                "SHOPBOT_GENERATION_ENDPOINT",
                settings.endpoint,
                "the base URL of an OpenAI-compatible API, e.g. http://localhost:8000/v1",
            )
        from bot.generation.openai_compatible import OpenAICompatibleGenerator

        return OpenAICompatibleGenerator(
            settings.endpoint, settings.model, settings.api_key
        )
    from bot.generation.local import TransformersGenerator

    return TransformersGenerator(settings.model, threads=settings.threads)
