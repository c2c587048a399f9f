"""The README and docs/ point at files that exist, and the README opens with its two commands.

The README sends readers to docs/*.md for each area's history and measurements, to screenshots, to scripts
in bench/ and to gold files; a move or rename that leaves a link dangling fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# [text](target) and ![alt](target), relative targets only; an anchor after # is not a file
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def relative_links(page: Path) -> list[str]:
    targets = (m.group(1).split("#", 1)[0] for m in LINK.finditer(page.read_text(encoding="utf-8")))
    return [t for t in targets if t and not re.match(r"[a-z][a-z0-9+.-]*:", t)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(page: Path) -> None:
    missing = [t for t in relative_links(page) if not (page.parent / t).exists()]
    assert not missing, f"{page.relative_to(ROOT)} links to files that do not exist: {missing}"


def test_link_pattern_finds_links_and_skips_urls(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("see [a](docs/a.md#x), ![b](img/b.png) and [c](https://example.org/c)", encoding="utf-8")
    assert relative_links(page) == ["docs/a.md", "img/b.png"]


def test_every_docs_page_is_reached_from_the_readme() -> None:
    linked = {(ROOT / t).resolve() for t in relative_links(ROOT / "README.md")}
    orphans = [p.name for p in PAGES[1:] if p.resolve() not in linked]
    assert not orphans, f"docs pages the README never links to: {orphans}"


def test_readme_opens_with_install_and_test_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S)
    assert first_block, "the README must open with a code block of its two commands"
    commands = [line for line in first_block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2
    install, tests = commands
    assert "pip install" in install and "zhkg extract seeds/" in install
    assert "pytest" in tests
