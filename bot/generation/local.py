"""Local generator: a transformers causal LM on CPU, within a time budget.

The default model is the offline Qwen2.5-Coder-0.5B-Instruct source converted once
to a bf16 folder (``qwen-bf16``, see ``bot.models``); ``smollm2-bf16`` is the tiny
model for plumbing tests. The model loads on the first call, once per process.
"""

from __future__ import annotations

import logging
import threading
import time

from bot.exceptions import ShopbotError
from bot.generation.generator import GenerationError, GenerationResult, Messages

logger = logging.getLogger(__name__)

DTYPES = ("bfloat16", "float32")


def deadline_criteria(deadline: float):
    """A transformers ``StoppingCriteria`` that stops every sequence once
    ``time.monotonic()`` passes ``deadline``; its ``fired`` tells whether it did."""
    import torch
    from transformers import StoppingCriteria

    class Deadline(StoppingCriteria):
        fired = False

        def __call__(self, input_ids, scores, **kwargs) -> torch.BoolTensor:
            late = time.monotonic() >= deadline
            self.fired = self.fired or late
            return torch.full((input_ids.shape[0],), late, dtype=torch.bool)

    return Deadline()


class TransformersGenerator:
    """Greedy chat completion with a local transformers model.

    Args:
        model_ref: offline source name, local folder or hub id.
        threads: torch intra-op threads (1: the action server shares 2 cores).
        dtype: "bfloat16" (fast with AVX512-BF16, half the memory) or "float32".
    """

    def __init__(
        self, model_ref: str, threads: int = 1, dtype: str = "bfloat16"
    ) -> None:
        if dtype not in DTYPES:
            raise GenerationError(f"Unknown dtype {dtype!r}; allowed: {DTYPES}.")
        self.name = f"transformers:{model_ref}"
        self.model_ref = model_ref
        self.threads = threads
        self.dtype = dtype
        self._model = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the model now (else on the first ``generate``)."""
        with self._lock:
            self._load()

    def _load(self) -> None:
        if self._model is not None:
            return
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from bot.models.resolver import resolve_model

        torch.set_num_threads(self.threads)
        try:
            path = resolve_model(self.model_ref)
            # fix_mistral_regex=False: transformers 4.57.6 flags every folder saved
            # by 4.57.3+ as a Mistral tokenizer; ours are Qwen / SmolLM2.
            tokenizer = AutoTokenizer.from_pretrained(path, fix_mistral_regex=False)
            model = AutoModelForCausalLM.from_pretrained(
                path, dtype=getattr(torch, self.dtype)
            )
        except ShopbotError:
            raise
        except (OSError, ValueError) as e:
            raise GenerationError(
                f"Cannot load generator {self.model_ref!r}: {e}. Run "
                f"`shopbot models prepare {self.model_ref}` to materialize it."
            ) from e
        self._tokenizer, self._model = tokenizer, model.eval()
        logger.info("Loaded generator %s (%s)", self.model_ref, self.dtype)

    def generate(
        self, messages: Messages, max_new_tokens: int, time_budget: float
    ) -> GenerationResult:
        """Greedy completion; stops at the model's end token, ``max_new_tokens``
        or the time budget (prompt encoding included, the first call's model
        loading not), whichever comes first."""
        import torch
        from transformers import StoppingCriteriaList

        with self._lock:  # one generation at a time: the cores are the limit
            self._load()  # the budget starts after loading (a one-off per process)
            started = time.monotonic()
            tokenizer, model = self._tokenizer, self._model
            ids = tokenizer.apply_chat_template(
                list(messages), add_generation_prompt=True, return_tensors="pt"
            )
            stop = deadline_criteria(started + time_budget)
            try:
                with torch.inference_mode():
                    output = model.generate(
                        ids,
                        attention_mask=torch.ones_like(ids),
                        max_new_tokens=max_new_tokens,
                        do_sample=False,
                        stopping_criteria=StoppingCriteriaList([stop]),
                        pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id,
                    )
            except (RuntimeError, ValueError) as e:  # e.g. out of memory
                raise GenerationError(
                    f"{self.model_ref} failed to generate: {e}"
                ) from e
        new = output[0, ids.shape[1] :]
        text = tokenizer.decode(new, skip_special_tokens=True)
        return GenerationResult(
            text=text.strip(),
            timed_out=stop.fired,
            seconds=time.monotonic() - started,
            new_tokens=int(new.shape[0]),
        )
