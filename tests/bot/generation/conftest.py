"""Fixtures of the bot.generation tests: the demo shop (var/) and models, loaded once.

The chain tests run on the real FAQ index and database that `make data index`
builds; without them they skip (and fail under CI).
"""

from __future__ import annotations

import os

# transformers / huggingface_hub read these at import time: set them first.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("USE_TF", "0")

import json  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402
from typing import Dict, Iterator, List  # noqa: E402

import pytest  # noqa: E402

from bot.db.repositories.products import ProductRepository  # noqa: E402
from bot.db.session import session_scope  # noqa: E402
from bot.db.views import ProductView  # noqa: E402
from bot.generation.facts import NameLexicon  # noqa: E402
from bot.settings import Settings  # noqa: E402


@pytest.fixture(scope="session")
def shop_settings(demo_settings: Settings) -> Settings:
    """Settings of the demo shop under the repository's var/."""
    return demo_settings


@pytest.fixture(scope="session")
def shop_products(shop_settings: Settings) -> List[ProductView]:
    """Every product of the demo shop."""
    with session_scope(shop_settings.database_url) as session:
        return ProductRepository(session).list_all()


@pytest.fixture(scope="session")
def shop_names(shop_products: List[ProductView]) -> NameLexicon:
    """Brand and model names of the demo catalog."""
    return NameLexicon.from_products(shop_products)


@pytest.fixture(scope="session")
def e5(shop_settings: Settings):
    """The retrieval embedder the indexes were built with."""
    from bot.retrieval.embedder import make_embedder

    return make_embedder(shop_settings.embedder, threads=1)


@pytest.fixture(scope="session")
def shop_services(shop_settings: Settings, e5):
    """(FAQ retriever, product searcher) over the persisted demo indexes."""
    from bot.retrieval.faq_retriever import load_faq_retriever
    from bot.retrieval.product_search import ProductSearcher

    s = shop_settings
    faq = load_faq_retriever(s, e5)

    def fetch(skus):
        with session_scope(s.database_url) as session:
            return ProductRepository(session).get_many(list(skus))

    return faq, ProductSearcher.load(s.index_dir, e5, fetch)


@pytest.fixture(scope="session")
def smollm2():
    """The tiny SmolLM2-135M generator, loaded once (materialized on first use)."""
    from bot.generation.local import TransformersGenerator

    generator = TransformersGenerator("smollm2-bf16", threads=1)
    generator.load()
    return generator


class FakeChatServer(ThreadingHTTPServer):
    """Serves /v1/chat/completions with a scripted reply; records requests."""

    reply: Dict = {}
    status: int = 200
    delay: float = 0.0
    raw: bytes | None = None

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: List[Dict] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def say(self, text: str) -> None:
        """Reply ``text`` from now on."""
        self.reply = completion(text)


class Handler(BaseHTTPRequestHandler):
    server: FakeChatServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers["Content-Length"])
        body = json.loads(self.rfile.read(length))
        self.server.requests.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        time.sleep(self.server.delay)
        data = self.server.raw or json.dumps(self.server.reply).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def completion(text: str, tokens: int = 7) -> Dict:
    """A chat completion reply holding ``text``."""
    return {
        "choices": [{"message": {"role": "assistant", "content": text}}],
        "usage": {"completion_tokens": tokens},
    }


@pytest.fixture
def chat_server() -> Iterator[FakeChatServer]:
    """A real OpenAI-compatible HTTP endpoint on localhost with a scripted reply
    (``.reply``, ``.status``, ``.delay``, ``.raw``); ``.requests`` records calls."""
    server = FakeChatServer()
    server.say("Free over 99 元 [1].")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def unreachable_url() -> str:
    """The URL of a port that was free a moment ago (nothing listens on it)."""
    probe = FakeChatServer()
    url = probe.url
    probe.server_close()
    return url
