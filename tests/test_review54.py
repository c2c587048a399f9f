"""Review54: a researcher's own corpus, at size, with the files people have (docs/changes-session32.md, review54)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
psutil = pytest.importorskip("psutil")


def _python(script: str) -> subprocess.Popen:
    """``script`` in a fresh Python process of this checkout, its stdout a pipe."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "pipeline"))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], env=env, stdout=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _kill_and_watch(parent: subprocess.Popen, children: list) -> list:
    """SIGKILL ``parent``; the ``children`` (psutil processes) still alive 10 s later (then ended here)."""
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    parent.stdout.close()
    _, alive = psutil.wait_procs(children, timeout=10)
    for child in alive:  # what the test started: not left behind when it fails
        child.kill()
    return alive


@pytest.mark.slow
def test_pool_workers_exit_when_the_run_is_killed_outright() -> None:
    # kill -9 of `zhkg extract --jobs 2` (or the OOM killer) left both workers blocked on their pipes for ever,
    # ~300 MB each, holding the stderr of whoever started the run open
    parent = _python("""
        import sys, time
        from zhkg.config import Config
        from zhkg.records import Document
        from zhkg.run.corpus import CorpusRun, _run_pool

        def documents():
            for i in range(6):
                yield Document(id=f"d{i}", text="平谷区政协主席闫维洪主持会议。")
            print("submitted", flush=True)
            time.sleep(600)  # the reader stalls: the workers wait for work

        _run_pool(documents(), CorpusRun(Config(recogniser=False), jobs=2, chunk_size=1), 2, lambda *a: None)
    """)
    assert parent.stdout.readline().strip() == "submitted"
    me = psutil.Process(parent.pid)
    assert _wait_for(lambda: len(me.children()) == 2)
    workers = me.children()
    assert not _kill_and_watch(parent, workers)


def test_a_writers_helper_exits_when_its_parent_is_killed_outright() -> None:
    parent = _python("""
        import time
        from zhkg.export.parallel import start_elsewhere

        wait = start_elsewhere(time.sleep, 600)
        print("started", flush=True)
        time.sleep(600)
    """)
    assert parent.stdout.readline().strip() == "started"
    me = psutil.Process(parent.pid)
    assert _wait_for(lambda: len(me.children()) == 1)
    assert not _kill_and_watch(parent, me.children())
