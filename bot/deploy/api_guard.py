"""A 400 instead of Rasa's 500 for malformed bodies on its HTTP API.

Rasa 3.6's ``/model/parse`` and ``/conversations/<id>/tracker/events`` wrap their
own 400s (invalid JSON, no ``text``) in a catch-all that answers 500, and a body
its schema lets through can still fail deeper down (an empty event list, an
action event without a name, a NUL character that PostgreSQL will not store).
Found by ``bench/fuzz.py``. This request middleware checks those bodies first
and answers 400 with the reason in Rasa's error format; anything else goes on
to Rasa untouched.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any, Optional

MAX_DEPTH = 64  # JSON nesting accepted (Rasa's bodies are 3 to 4 deep)


def _too_deep_or_nul(value: Any, depth: int = 0) -> Optional[str]:
    if depth > MAX_DEPTH:
        return "The request body is nested too deeply."
    if isinstance(value, str):
        return "Text must not contain NUL characters." if "\x00" in value else None
    if isinstance(value, (dict, list)):
        children = (
            [*value.keys(), *value.values()] if isinstance(value, dict) else value
        )
        for child in children:
            problem = _too_deep_or_nul(child, depth + 1)
            if problem:
                return problem
    return None


def _event_problem(event: Any) -> Optional[str]:
    from rasa.shared.core.events import ActionExecuted, Event

    if not isinstance(event, dict) or not isinstance(event.get("event"), str):
        return 'Every event must be an object with an "event" name.'
    try:
        parsed = Event.from_parameters(event)
    except Exception:  # noqa: BLE001 - Rasa raises anything on bad parameters
        return f"Event {event['event']!r} has invalid parameters."
    if parsed is None:
        return f"Unknown or invalid event {event['event']!r}."
    if isinstance(parsed, ActionExecuted) and not (
        isinstance(parsed.action_name, str) or isinstance(parsed.action_text, str)
    ):
        return 'An "action" event needs a "name" string.'
    return None


def body_problem(method: str, path: str, body: bytes) -> Optional[str]:
    """Why Rasa's HTTP API would fail on this body, or None (also for routes this
    guard does not check)."""
    parse = method == "POST" and path.rstrip("/") == "/model/parse"
    events = (
        method in ("POST", "PUT")
        and path.startswith("/conversations/")
        and path.rstrip("/").endswith("/tracker/events")
    )
    if not (parse or events):
        return None
    try:
        data = json.loads(body or b"")
    except (ValueError, RecursionError):
        return "The request body is not valid JSON."
    problem = _too_deep_or_nul(data)
    if problem:
        return problem
    if parse:
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return 'The request body must be an object with a "text" string.'
        return None
    items = data if isinstance(data, list) else [data]
    if not items:
        return "The request body holds no events."
    for item in items:
        problem = _event_problem(item)
        if problem:
            return problem
    return None


def guard_http_api(app: Any) -> Any:
    """Registers the check on a Sanic app (Rasa's ``create_app``) and returns it."""
    from sanic import response

    @app.middleware("request")
    async def _reject_malformed_bodies(request):  # noqa: ANN001, ANN202
        problem = body_problem(request.method, request.path, request.body)
        if problem is None:
            return None
        return response.json(
            {
                "version": _rasa_version(),
                "status": "failure",
                "message": problem,
                "reason": "BadRequest",
                "code": HTTPStatus.BAD_REQUEST,
            },
            status=HTTPStatus.BAD_REQUEST,
        )

    return app


def _rasa_version() -> str:
    import rasa

    return rasa.__version__
