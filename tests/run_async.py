"""Running a coroutine from a test, whatever loop the session already runs.

The browser tests' sync Playwright keeps an event loop running in the main thread
for the rest of the session, where ``asyncio.run`` refuses to start; so every test
that drives a coroutine uses :func:`run_coroutine` (importable because pytest puts
``tests/`` on sys.path for its conftest).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable


def run_coroutine(coroutine: Awaitable[Any]) -> Any:
    """asyncio.run in a thread of its own; returns the coroutine's result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
