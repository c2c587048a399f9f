"""Fixtures shared by the tests: the pipeline, the seed, a CLI runner, the browser.

Heavy objects (the spaCy pipeline, the seed's run) are built once a session:
a :class:`~zhkg.run.pipeline.Pipeline` keeps nothing between runs but its
lazily loaded resources, and tests only read what these fixtures return.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright (Playwright's
own browser download needs the internet). Outside CI a missing browser skips
the tests marked ``browser``; with ``CI`` set it fails them, so CI cannot pass
by skipping.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"

# Subprocesses (``python -m zhkg``, the notebook's kernel) import the same checkout as the tests do
# (pyproject's ``pythonpath``), not whatever copy is installed.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "pipeline"), os.environ.get("PYTHONPATH")) if p)


@pytest.fixture(scope="session")
def pipeline() -> Any:
    """A default :class:`~zhkg.run.pipeline.Pipeline` shared by the session."""
    from zhkg.run.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def mentions_in(pipeline: Any) -> Any:
    """A function: the (surface, label) of every mention the default pipeline finds in a one-document text."""
    from zhkg.stages.documents import parse_documents

    def of(text: str) -> set[tuple[str, str]]:
        return {(text[m.start:m.end], m.label.value) for m in pipeline.extract_mentions(parse_documents("t", text)[0])}

    return of


@pytest.fixture(scope="session")
def finds(mentions_in: Any) -> Any:
    """A function asserting that the pipeline finds each (surface, label) of ``present`` in ``text`` and
    none of ``absent`` (the failure lists what it found)."""

    def check(text: str, present: Any, absent: Any = ()) -> None:
        found = mentions_in(text)
        for key in present:
            assert key in found, (key, sorted(found))
        for key in absent:
            assert key not in found, (key, sorted(found))

    return check


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The default spaCy pipeline (:func:`zhkg.stages.segment.make_nlp`)."""
    from zhkg.stages.segment import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as committed in ``seeds/``."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(pipeline: Any, seed_text: str) -> Any:
    """A fresh run of the default pipeline over the seed (a ``RunResult``); do not modify it."""
    return pipeline.run_texts([(SEED.stem, seed_text)])


@pytest.fixture(scope="session")
def seed_graph(seed_result: Any) -> nx.MultiDiGraph:
    """The graph of :func:`seed_result`; do not modify it."""
    return seed_result.graph


@pytest.fixture(scope="session")
def committed_graph() -> nx.MultiDiGraph:
    """The committed ``graphs/`` GraphML of the seed, read back by networkx; do not modify it."""
    return nx.read_graphml(SEED_GRAPH, force_multigraph=True)


@pytest.fixture
def runner() -> CliRunner:
    """A click ``CliRunner`` for driving ``zhkg.cli.main``."""
    return CliRunner()


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
