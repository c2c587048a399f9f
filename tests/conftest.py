"""Browser fixtures for tests marked ``browser``.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright (Playwright's
own browser download needs the internet). Outside CI a missing browser skips
those tests; with ``CI`` set it fails them, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_NETWORK_SCHEMES = ("http:", "https:", "ws:", "wss:", "ftp:")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() not in ("", "0", "false"):
        pytest.fail(f"{reason}; CI is set, so the browser tests must run")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Chromium ``Browser`` shared by the session."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did that a test may forbid."""

    requests: list[str] = field(default_factory=list)  # network requests attempted (all aborted)
    failed: list[str] = field(default_factory=list)  # requestfailed events
    errors: list[str] = field(default_factory=list)  # uncaught exceptions and console errors
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages


@pytest.fixture
def offline_page(chromium: Any) -> Iterator[tuple[Any, PageLog]]:
    """A fresh page that aborts and records every network request."""
    log = PageLog()
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(_NETWORK_SCHEMES):
            log.requests.append(url)
            route.abort()
        else:
            route.continue_()

    def dialog(dialog: Any) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.route("**/*", route)
    page.on("requestfailed", lambda request: log.failed.append(f"{request.url}: {request.failure}"))
    page.on("pageerror", lambda error: log.errors.append(f"pageerror: {error}"))
    page.on("console", lambda message: message.type == "error" and log.errors.append(f"console: {message.text}"))
    page.on("dialog", dialog)
    yield page, log
    context.close()
