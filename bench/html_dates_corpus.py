"""The date filter on a real corpus's page in Chromium (page208): a TSV of articles given made-up days, its page
opened offline, a range set, the legend's and the Relations list's counts read before, under and after it.

The TSV (``id``, ``text`` and any other columns; the 100-article corpus the sessions use is THUCNews rows, never
committed) is copied with a ``date`` column added: row ``i`` of ``n`` is dated day ``365 * i // n`` of 2024, so
the days are spread over the year. That is test metadata, not article text. ``zhkg extract`` makes its page, which
Chromium (Debian's, through Playwright, every http(s) request aborted and counted) opens; the script prints the
nodes and edges shown and the counts with every date, under ``--since``/``--until`` and after "All dates", the
view's scale before and after the range (the fit), whether any node moved, and every console error, request or
uncaught exception (none expected). ``--screenshot`` saves the page under the range.

Run: ``python3 bench/html_dates_corpus.py /work/lead47/c100.tsv [--screenshot docs/screenshots/dates-march.png]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # zhkg's atomic writer, this checkout's
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import refuse_output, write_output  # noqa: E402

CHROMIUM = "/usr/bin/chromium"

COUNTS = """() => Object.fromEntries(Array.from(document.querySelectorAll('#zhkg-legend li, #zhkg-relations li'))
    .map(li => [li.dataset.type !== undefined ? li.dataset.type : li.dataset.relation,
                li.querySelector('.zhkg-count').textContent]))"""
POSITIONS = "zhkg.network.getPositions(zhkg.nodes.getIds())"


def dated_copy(source: Path, target: Path) -> int:
    """``source`` with a ``date`` column of days spread over 2024; the number of rows."""
    csv.field_size_limit(sys.maxsize)
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    start = datetime.date(2024, 1, 1)
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*rows[0].keys(), "date"], delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for i, row in enumerate(rows):
            writer.writerow({**row, "date": (start + datetime.timedelta(days=365 * i // len(rows))).isoformat()})
    return len(rows)


def open_page(page_path: Path, since: str, until: str, screenshot: Path | None) -> None:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.route("**/*", lambda route: (problems.append("request " + route.request.url), route.abort())
                   if route.request.url.startswith(("http:", "https:", "ws:", "wss:")) else route.continue_())
        page.on("pageerror", lambda error: problems.append(f"pageerror: {error}"))
        page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-stabilized='true']", state="attached", timeout=300_000)
        positions, scale = page.evaluate(POSITIONS), page.evaluate("zhkg.network.getScale()")
        print("every date:", page.text_content("#zhkg-in-range"), page.text_content("#zhkg-visible"))
        print("  counts:", page.evaluate(COUNTS))
        page.fill("#zhkg-since", since)
        page.fill("#zhkg-until", until)
        page.wait_for_timeout(300)  # the headlines are labelled again at the next turn
        print(f"{since} to {until}:", page.text_content("#zhkg-in-range"), page.text_content("#zhkg-visible"))
        print("  counts:", page.evaluate(COUNTS))
        print(f"  scale {scale:.3f} -> {page.evaluate('zhkg.network.getScale()'):.3f} (fitted to what is shown); "
              f"nodes moved: {page.evaluate(POSITIONS) != positions}")
        if screenshot:
            write_output("--screenshot", screenshot, page.screenshot())
        page.click("#zhkg-all-dates")
        print("All dates:", page.text_content("#zhkg-in-range"), page.text_content("#zhkg-visible"))
        print("  counts:", page.evaluate(COUNTS))
        browser.close()
    print("console errors, requests, exceptions:", problems or "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--since", default="2024-03-01")
    parser.add_argument("--until", default="2024-03-31")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    refuse_output("--screenshot", args.screenshot, [args.tsv])
    with tempfile.TemporaryDirectory() as tmp:
        dated = Path(tmp) / "dated.tsv"
        print(f"{dated_copy(args.tsv, dated)} rows dated over 2024")
        env_path = str(ROOT / "pipeline")
        subprocess.run([sys.executable, "-m", "zhkg", "extract", str(dated), "-o", str(Path(tmp) / "out")], check=True,
                       env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}, stdout=subprocess.DEVNULL)
        page_path = Path(tmp) / "out" / "dated.html"
        print(f"page: {page_path.stat().st_size:,} bytes")
        open_page(page_path, args.since, args.until, args.screenshot)


if __name__ == "__main__":
    main()
