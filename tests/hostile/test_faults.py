"""Faults in real processes: a worker killed as the OOM killer does, and SIGTERM while outputs are written."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from hostile_util import TEXT, one_error_line, run, start, stop, tmp_files

from zhkg.config import Config

pytestmark = pytest.mark.slow  # worker pools in fresh interpreters

KILLER = '''
import os, signal
from pathlib import Path
from zhkg import register_extractor
from zhkg.extract.base import doc_text

PARENT = os.getpid()

@register_extractor("killer", labels=())
def killer(doc, context):
    """Kill the worker process on a document holding KILLME: once if ZHKG_KILL_ONCE names a marker file."""
    if os.getpid() != PARENT and "KILLME" in doc_text(doc):
        marker = os.environ.get("ZHKG_KILL_ONCE")
        if not marker or not os.path.exists(marker):
            if marker:
                Path(marker).touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return []
'''


def _cli_with(plugin_dir: Path) -> list[str]:
    """``python -c`` running the real ``zhkg`` command with the killer plug-in imported first."""
    return ["-c", f"import sys; sys.path.insert(0, {str(plugin_dir)!r}); import zhkg_killer; "
                  "from zhkg.cli import main; main(prog_name='zhkg')"]


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "zhkg_killer.py").write_text(KILLER, encoding="utf-8")
    extractors = ", ".join(f'"{e}"' for e in (*Config().extractors, "killer"))
    (tmp_path / "zhkg.toml").write_text(f"extractors = [{extractors}]\nrecogniser = false\n", encoding="utf-8")
    rows = [{"id": f"k{n}", "text": f"第{n}条。{TEXT}" + ("KILLME" if n == 3 else "")} for n in range(10)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return tmp_path, feed


def test_a_worker_killed_once_is_retried_and_the_graph_is_the_same(setup):
    tmp_path, feed = setup
    args = [*_cli_with(tmp_path), "extract", str(feed), "--config", str(tmp_path / "zhkg.toml"), "--no-progress"]
    env = {**os.environ, "ZHKG_KILL_ONCE": str(tmp_path / "killed-once")}
    result = run([*args, "--jobs", "2", "-o", str(tmp_path / "two")], env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "killed-once").exists()  # a worker did die
    result = run([*args, "--jobs", "1", "-o", str(tmp_path / "one")], env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "two" / "feed.graphml").read_bytes() == (tmp_path / "one" / "feed.graphml").read_bytes()


def test_a_document_that_kills_its_worker_every_time_is_named(setup):
    tmp_path, feed = setup
    args = [*_cli_with(tmp_path), "extract", str(feed), "--config", str(tmp_path / "zhkg.toml"), "--no-progress",
            "--jobs", "2", "-o", str(tmp_path / "o")]
    result = run(args, timeout=300)
    assert result.returncode == 1
    assert one_error_line(result.stderr) == ("Error: a worker process died while processing document k3 and again "
                                             "when it was retried alone (killed: out of memory?)")
    assert not (tmp_path / "o").exists()


SLOW_WRITER = '''
import sys, time
from pathlib import Path
import zhkg.export.graphml as graphml

MARKER = Path(sys.argv.pop(1))

def slow(fh, pieces, chunk=4096):
    fh.write(next(iter(pieces)))
    fh.flush()
    MARKER.touch()  # the temporary file exists now
    time.sleep(120)

graphml.write_pieces = slow
from zhkg.cli import main
main(prog_name="zhkg")
'''


def test_sigterm_while_writing_leaves_no_temporary_file_and_no_output_replaced(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    (out / "news.graphml").write_text("old graph", encoding="utf-8")
    (out / "news.html").write_text("old page", encoding="utf-8")
    marker = tmp_path / "writing"
    process = start(["-c", SLOW_WRITER, str(marker), "extract", str(news), "-o", str(out), "--no-model", "--no-progress"])
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.1)
        assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # caught in the act
        os.kill(process.pid, signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        stop(process)
    assert process.returncode == 143, err
    assert "Traceback" not in err and "Interrupted" in err
    assert tmp_files(tmp_path) == []
    assert (out / "news.graphml").read_text(encoding="utf-8") == "old graph"
    assert (out / "news.html").read_text(encoding="utf-8") == "old page"
