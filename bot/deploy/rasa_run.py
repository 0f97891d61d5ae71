"""``python -m bot.deploy.rasa_run run …``: ``rasa`` with its API token from the env.

Rasa takes its HTTP API token only as ``--auth-token`` on the command line, where
every local user can read it (``ps``). This launcher adds it inside the process from
SHOPBOT_RASA_TOKEN, so the token never appears in a process listing.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Runs Rasa's command line with the token appended when one is set."""
    token = os.environ.get("SHOPBOT_RASA_TOKEN", "").strip()
    sys.argv[0] = "rasa"
    if token and "run" in sys.argv[1:2]:
        sys.argv += ["--auth-token", token]
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
