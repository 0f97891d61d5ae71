"""The storefront's routes: request path and headers in, a Response out (no sockets).

Routes: ``/`` (grid, ``?q=`` search), ``/category/<name>``, ``/product/<sku>``,
``/static/...`` (files; ``/static/img/<name>.svg`` falls back to a placeholder),
``/config.json`` and ``/healthz``. Anything else is a 404 page; a database outage is
a 503 page. ``?lang=en|zh`` switches the language and is remembered in a cookie.
"""

from __future__ import annotations

import json
import logging
import mimetypes
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Callable, Dict, List, Mapping
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from bot.exceptions import ShopbotError
from bot.web import pages
from bot.web.i18n import LANG_COOKIE, LANGUAGES, page_language
from bot.web.images import PLACEHOLDER_PREFIX, is_placeholder_name, placeholder_svg
from bot.web.storefront import Storefront

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
HTML = "text/html; charset=utf-8"
TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}


@dataclass
class Response:
    """An HTTP response: status, body and headers (Content-Type included)."""

    status: int
    body: bytes
    content_type: str = HTML
    headers: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """What the routes read from a GET request."""

    path: str
    query: Dict[str, List[str]]
    lang: str
    set_lang: bool

    def arg(self, name: str) -> str:
        """First value of a query parameter ('' when absent)."""
        return (self.query.get(name) or [""])[0]


def parse_request(target: str, headers: Mapping[str, str]) -> Request:
    """Path, query and page language of a request target like ``/x?lang=zh``."""
    parts = urlsplit(target)
    query = parse_qs(parts.query, max_num_fields=20)
    cookies: Dict[str, str] = {}
    try:
        jar = SimpleCookie(headers.get("Cookie", ""))
        cookies = {key: morsel.value for key, morsel in jar.items()}
    except CookieError:
        pass  # a broken cookie header only loses the language preference
    wanted = (query.get("lang") or [None])[0]
    lang = page_language(wanted, cookies, headers.get("Accept-Language", ""))
    return Request(unquote(parts.path), query, lang, wanted in LANGUAGES)


class StorefrontApp:
    """Routes requests to pages.

    Args:
        storefront: catalog access for the pages.
        rasa_url: base URL of the Rasa server (socket.io) the widget talks to.
    """

    def __init__(self, storefront: Storefront, rasa_url: str) -> None:
        self.storefront = storefront
        self.rasa_url = rasa_url.rstrip("/")

    def handle(self, target: str, headers: Mapping[str, str]) -> Response:
        """The response to ``GET target``."""
        request = parse_request(target, headers)
        try:
            response = self._route(request)
        except ShopbotError:
            logger.exception("storefront page failed")
            response = self._message(request, 503, "unavailable", [])
        if request.set_lang:
            response.headers["Set-Cookie"] = (
                f"{LANG_COOKIE}={request.lang}; Path=/; Max-Age=31536000; SameSite=Lax"
            )
        return response

    def _route(self, request: Request) -> Response:
        path = request.path
        routes: Dict[str, Callable[[Request, str], Response]] = {
            "/category/": self._category,
            "/product/": self._product,
            "/static/": self._static,
        }
        for prefix, route in routes.items():
            if path.startswith(prefix) and len(path) > len(prefix):
                return route(request, path[len(prefix) :])
        if path == "/":
            listing = self.storefront.listing(request.arg("q"))
            return self._html(
                pages.grid_page(self._page(request, listing.categories), listing)
            )
        if path == "/config.json":
            body = json.dumps({"rasaUrl": self.rasa_url}).encode()
            return Response(200, body, "application/json")
        if path == "/healthz":
            return Response(200, b"ok", "text/plain; charset=utf-8")
        return self._not_found(request)

    def _category(self, request: Request, name: str) -> Response:
        listing = self.storefront.listing(request.arg("q"), category=name)
        if name not in dict(listing.categories):
            return self._message(request, 404, "not_found_text", listing.categories)
        page = self._page(request, listing.categories)
        return self._html(pages.grid_page(page, listing))

    def _product(self, request: Request, sku: str) -> Response:
        product = None if "/" in sku else self.storefront.product(sku)
        if product is None:
            return self._not_found(request)
        page = self._page(request, self.storefront.categories())
        return self._html(pages.product_page(page, product))

    def _static(self, request: Request, name: str) -> Response:
        root = STATIC.resolve()
        path = (root / name).resolve()
        if root in path.parents and path.is_file():
            kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
            return Response(200, path.read_bytes(), kind or "application/octet-stream")
        image = ("/static/" + name)[len(PLACEHOLDER_PREFIX) :]
        if name.startswith("img/") and is_placeholder_name(image):
            return Response(200, placeholder_svg(image).encode(), TYPES[".svg"])
        return self._not_found(request)

    def _not_found(self, request: Request) -> Response:
        try:
            categories = self.storefront.categories()
        except ShopbotError:
            categories = []
        return self._message(request, 404, "not_found_text", categories)

    def _message(
        self, request: Request, status: int, text_key: str, categories: List
    ) -> Response:
        heading = "not_found" if status == 404 else "shop_name"
        page = self._page(request, categories)
        body = pages.message_page(page, status, heading, text_key)
        return Response(status, body.encode())

    def _page(self, request: Request, categories: List) -> pages.Page:
        return pages.Page(
            lang=request.lang,
            lang_urls={lang: self._lang_url(request, lang) for lang in LANGUAGES},
            rasa_url=self.rasa_url,
            categories=categories,
        )

    @staticmethod
    def _lang_url(request: Request, lang: str) -> str:
        query = {k: v[0] for k, v in request.query.items() if k != "lang"}
        query["lang"] = lang
        return quote(request.path) + "?" + urlencode(query)

    @staticmethod
    def _html(body: str, status: int = 200) -> Response:
        return Response(status, body.encode())


def content_security_policy(rasa_url: str) -> str:
    """CSP of every page: own origin only, plus the Rasa server for the widget."""
    parts = urlsplit(rasa_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    socket = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    return (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        f"script-src 'self'; connect-src 'self' {origin} {socket}; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
