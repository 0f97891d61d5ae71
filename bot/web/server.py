"""Serves the storefront (stdlib HTTP server): `python -m bot.web.server`.

Example:
    python -m bot.web.server --port 8080 --rasa-url http://localhost:5005
"""

from __future__ import annotations

import argparse
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import List, Optional

from bot.settings import Settings
from bot.web.app import Response, StorefrontApp, content_security_policy
from bot.web.storefront import Storefront

logger = logging.getLogger(__name__)

MAX_TARGET_CHARS = 2000


class StorefrontHandler(BaseHTTPRequestHandler):
    """GET/HEAD through the StorefrontApp; other methods get 405."""

    app: StorefrontApp  # set by make_server on a subclass
    csp: str = "default-src 'self'"
    server_version = "shopbot-storefront"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def _not_allowed(self) -> None:
        self._send(Response(405, b"Method Not Allowed", "text/plain"), True)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def _respond(self, with_body: bool) -> None:
        if len(self.path) > MAX_TARGET_CHARS:
            response = Response(414, b"URI Too Long", "text/plain")
        else:
            try:
                response = self.app.handle(self.path, self.headers)
            except Exception:  # a bug: answer 500 instead of dropping the connection
                logger.exception("storefront request failed")
                response = Response(500, b"Internal Server Error", "text/plain")
        self._send(response, with_body)

    def _send(self, response: Response, with_body: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        if response.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", self.csp)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: request lines would log shoppers' searches and paths."""


def make_server(
    host: str, port: int, rasa_url: str, database_url: str
) -> ThreadingHTTPServer:
    """A threading HTTP server for the storefront (call serve_forever()).

    Args:
        host: interface to bind, e.g. "127.0.0.1".
        port: TCP port (0: any free port; see ``server.server_address``).
        rasa_url: base URL of the Rasa server the widget connects to.
        database_url: SQLAlchemy URL of the shop database.
    """
    app = StorefrontApp(Storefront(database_url), rasa_url)
    handler = type(
        "ConfiguredHandler",
        (StorefrontHandler,),
        {"app": app, "csp": content_security_policy(app.rasa_url)},
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main(argv: Optional[List[str]] = None) -> None:
    """Parses the command line and serves until Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--rasa-url", default="http://localhost:5005")
    parser.add_argument(
        "--database-url", default=None, help="default: DATABASE_URL / var/shop.db"
    )
    args = parser.parse_args(argv)
    database_url = args.database_url or Settings.from_env().database_url
    server = make_server(args.host, args.port, args.rasa_url, database_url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
