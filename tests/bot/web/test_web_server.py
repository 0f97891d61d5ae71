"""The storefront's HTTP server on a free loopback port."""

from __future__ import annotations

import threading
from typing import Iterator

import pytest
import requests

from bot.web.server import make_server


@pytest.fixture
def base_url(shop_url: str) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, "http://localhost:5005", shop_url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_pages_carry_the_security_headers(base_url: str) -> None:
    response = requests.get(f"{base_url}/product/PH-1", timeout=10)
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert "connect-src 'self' http://localhost:5005 ws://localhost:5005" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Nova Phone 12" in response.text


def test_head_has_headers_but_no_body(base_url: str) -> None:
    response = requests.head(f"{base_url}/", timeout=10)
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) > 0 and response.content == b""


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_methods_are_not_allowed(base_url: str, method: str) -> None:
    response = requests.request(method, f"{base_url}/", data=b"x", timeout=10)
    assert response.status_code == 405


def test_bad_requests_get_4xx(base_url: str) -> None:
    assert requests.get(f"{base_url}/{'a' * 3000}", timeout=10).status_code == 414
    assert requests.get(f"{base_url}/product/%ff%fe", timeout=10).status_code == 404
    assert requests.get(f"{base_url}/?q=%ff&lang=xx", timeout=10).status_code == 200
