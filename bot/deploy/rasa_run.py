"""``python -m bot.deploy.rasa_run run …``: ``rasa`` as our servers run it.

Two differences from the plain ``rasa`` command:

* the HTTP API token comes from SHOPBOT_RASA_TOKEN inside the process: Rasa takes
  it only as ``--auth-token`` on the command line, where every local user can read
  it (``ps``);
* malformed bodies on ``/model/parse`` and ``.../tracker/events`` get a 400
  (``bot.deploy.api_guard``) where Rasa would answer 500;
* every action server reply is checked against Rasa's response schema with a
  validator built once. Rasa 3.6 calls ``jsonschema.validate``, which checks the
  schema itself again on every call: measured with py-spy under load, 48 % of a
  Rasa server's CPU went there. Same schema, same errors, same message.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Dict, Text


def _validate_once_compiled() -> None:
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator = validator_for(schema)(schema)

    def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your "
            "response from the Action endpoint is valid. For more information about "
            f"the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore


def _guard_http_api() -> None:
    import rasa.server

    from bot.deploy.api_guard import guard_http_api

    create_app = rasa.server.create_app

    def _create_app(*args: Any, **kwargs: Any) -> Any:
        return guard_http_api(create_app(*args, **kwargs))

    rasa.server.create_app = _create_app  # rasa.core.run calls server.create_app


def main() -> None:
    """Runs Rasa's command line with the token appended when one is set."""
    token = os.environ.get("SHOPBOT_RASA_TOKEN", "").strip()
    sys.argv[0] = "rasa"
    if token and "run" in sys.argv[1:2]:
        sys.argv += ["--auth-token", token]
    _validate_once_compiled()
    _guard_http_api()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
