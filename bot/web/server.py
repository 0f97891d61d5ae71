"""Serves the demo chat page and tells it where the Rasa server is (stdlib only)."""

from __future__ import annotations

import argparse
import json
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import List

STATIC = Path(__file__).parent / "static"


class Handler(SimpleHTTPRequestHandler):
    """Static files from bot/web/static plus /config.json."""

    rasa_url = "http://localhost:5005"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.split("?")[0] == "/config.json":
            body = json.dumps({"rasaUrl": self.rasa_url}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: request lines would log shoppers' paths."""


def main(argv: List[str] | None = None) -> None:
    """`python -m bot.web.server --port 8080 --rasa-url http://localhost:5005`."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--rasa-url", default="http://localhost:5005")
    args = parser.parse_args(argv)
    handler = type("ConfiguredHandler", (Handler,), {"rasa_url": args.rasa_url})
    server = ThreadingHTTPServer(
        (args.host, args.port), partial(handler, directory=str(STATIC))
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
