"""review130: a data engineer's nightly corpus run — a log, bad inputs among good ones, --help.

``--progress`` into a log (cron's ``2>>extract.log``) wrote tqdm's terminal bar: every redraw began with a carriage
return and was padded with spaces over the last, so the whole run's bar was one line of the log, of block
characters (``█▎``) a plain-ASCII log shows as bytes. With ``--skip-bad`` the summary line read as a full run's
(the skipped inputs were listed after it, exit status 0), and ``--skip-bad``'s help did not say that exit status.
"""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.run import corpus

TEXT = "平谷区政协主席闫维洪主持会议。北京市平谷区有17个镇乡。"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _draw(monkeypatch, stderr: io.StringIO, total: int = 3) -> str:
    monkeypatch.setattr("sys.stderr", stderr)
    monkeypatch.setattr(corpus._Progress, "TICK_NOT_TERMINAL", 0.0, raising=False)  # every update redrawn
    bar = corpus._Progress(total, enabled=True)
    for _ in range(total):
        bar.update(1_000)
    bar.close()
    return stderr.getvalue()


def test_a_bar_in_a_log_is_a_plain_line_each_redraw(monkeypatch) -> None:
    log = _draw(monkeypatch, io.StringIO())
    assert "\r" not in log and log.isascii()
    lines = log.splitlines()
    assert len(lines) >= 2 and all(line.strip() and "/3" in line and not line.endswith(" ") for line in lines)
    assert "3/3" in lines[-1] and "chars/s" in lines[-1] and log.endswith("\n")


def test_a_bar_on_a_terminal_is_redrawn_in_place(monkeypatch) -> None:
    screen = _draw(monkeypatch, _Terminal())
    assert screen.count("\r") >= 2 and "3/3" in screen


def test_extract_with_progress_into_a_log_writes_lines(tmp_path) -> None:
    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": TEXT}, ensure_ascii=False) + "\n" for i in range(3)),
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "--no-model", "--progress", "--jobs", "1",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output
    bar = [line for line in result.output.splitlines() if "/3 [" in line]
    assert bar and "3/3" in bar[-1]
    assert result.output.splitlines()[len(bar)].startswith("3 documents; entities:")


@pytest.fixture
def night(tmp_path):
    """A folder of good JSON-lines files and the bad files a scrape leaves beside them."""
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.jsonl").write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    (feed / "b.jsonl").write_text(json.dumps({"id": "b", "text": TEXT}, ensure_ascii=False) + "\n{id: 1}\n",
                                  encoding="utf-8")
    (feed / "empty.jsonl").write_bytes(b"")
    (feed / "scan.jsonl").write_bytes(bytes(range(256)) * 8)
    (feed / "dir.jsonl").mkdir()
    return feed


def test_bad_files_stop_a_run_without_skip_bad(night, tmp_path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", *sorted(map(str, night.iterdir())), "--no-model", "-o", str(out)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and len(result.output.splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())


def test_skip_bad_writes_the_good_files_graph_and_says_how_many_were_skipped(night, tmp_path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", *sorted(map(str, night.iterdir())), "--no-model", "--skip-bad",
                                       "-o", str(out), "--name", "night"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("2 documents; entities:") and lines[0].endswith("; 4 skipped (listed below)")
    assert sum(line.startswith("skipped: ") for line in lines) == 4
    assert (out / "night.graphml").exists() and "Traceback" not in result.output


def test_skip_bad_s_help_says_what_the_run_exits_with() -> None:
    text = " ".join(CliRunner().invoke(main, ["extract", "--help"]).output.split())
    assert "exit status 0 when at least one document was read" in text
