"""Browser tests: the storefront server against the session's Rasa server, in Chromium.

Chromium is Debian's (``/usr/bin/chromium``, or env CHROMIUM_PATH), driven headless by
Playwright for Python. Without it the tests skip with a message, except under CI
(env CI set), where they fail. Screenshots go to ``tests/artifacts/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from bot.runner import Processes, free_port
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
WIDGET_JS = ROOT / "bot" / "web" / "static" / "vendor" / "socket.io.min.js"
REPLY_TIMEOUT_MS = 180_000  # a bot turn under CPU contention (NLU + actions)


def _missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Path of the Chromium binary (skip or, under CI, fail when there is none)."""
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""
    path = path or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        _missing(
            f"no Chromium at {path}: install it (`apt-get install chromium`, as "
            ".ci/run does) or set CHROMIUM_PATH"
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator:
    """A headless Chromium driven by Playwright, shared by the session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: run `make install`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def web_url(rasa_url: str, settings: Settings, tmp_path_factory) -> Iterator[str]:
    """Base URL of the storefront, whose widget talks to the session's Rasa server."""
    if not WIDGET_JS.exists():
        _missing(f"{WIDGET_JS} is missing: run `make widget`")
    procs = Processes(settings, log_dir=tmp_path_factory.mktemp("web-logs"))
    port = free_port()
    try:
        procs.start_web(port, int(urlsplit(rasa_url).port or 5005))
        yield f"http://127.0.0.1:{port}"
    finally:
        procs.stop()


@pytest.fixture
def page(browser, web_url: str) -> Iterator:
    """A fresh browser context (new localStorage: a new chat session) and page."""
    context = browser.new_context(
        base_url=web_url, viewport={"width": 1280, "height": 900}, locale="en-US"
    )
    context.set_default_timeout(30_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def screenshot(request) -> Callable:
    """screenshot(page, name): saves tests/artifacts/screenshots/<name>.png."""

    def save(page, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return save


class Widget:
    """Drives the chat widget on a page like a shopper does."""

    def __init__(self, page) -> None:
        self.page = page

    def open(self) -> None:
        """Clicks the launcher; the panel shows."""
        self.page.click(".sbw-launcher")
        self.page.wait_for_selector(".sbw-panel", state="visible")

    def bot_count(self) -> int:
        """Number of bot text bubbles so far."""
        return self.page.locator(".sbw-bot").count()

    def say(self, text: str) -> int:
        """Types and sends a message; returns the bot bubble count before it."""
        before = self.bot_count()
        self.page.fill(".sbw-input", text)
        self.page.press(".sbw-input", "Enter")
        return before

    def wait_reply(self, after: int, contains: str = "") -> str:
        """Waits for a bot bubble after the first ``after`` that contains text.

        Returns:
            All bot texts after ``after``, joined by newlines.
        """
        self.page.wait_for_function(
            """([n, text]) => Array.from(document.querySelectorAll('.sbw-bot'))
                 .slice(n).some((e) => e.textContent.includes(text))""",
            arg=[after, contains],
            timeout=REPLY_TIMEOUT_MS,
        )
        return "\n".join(self.page.locator(".sbw-bot").all_text_contents()[after:])

    def ask(self, text: str, contains: str = "") -> str:
        """say() then wait_reply(); returns the replies' texts."""
        return self.wait_reply(self.say(text), contains)


@pytest.fixture
def widget(page) -> Widget:
    """The chat widget of the test's page."""
    return Widget(page)
