"""The ``zhkg`` program as a user runs it (``python -m zhkg``): its quick exit loses nothing.

:func:`zhkg.cli.entry` ends the process with ``os._exit`` once the command is
done; these check that what an ordinary exit would do still happens: outputs
complete and identical, standard output flushed into a pipe, temporary files
removed, ``atexit`` handlers run, the command's exit status kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"


def _zhkg(*args: str, tmp: Path, code: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT / "pipeline")}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "zhkg", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def test_extract_writes_the_same_files_and_leaves_no_temporary_ones(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out = tmp_path / "out"
    done = _zhkg("extract", str(SEED), "-o", str(out), "--mentions", str(out / "mentions.jsonl"), "--no-progress",
                 tmp=tmp)
    assert done.returncode == 0, done.stderr
    assert "relations:" in done.stderr and "wrote" in done.stderr
    for name in ("000_e88b616f19a6a93b.graphml", "000_e88b616f19a6a93b.html"):
        assert (out / name).read_bytes() == (ROOT / "graphs" / name).read_bytes(), name
    lines = (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and lines[-1].endswith("}")
    assert list(tmp.iterdir()) == []


def test_a_question_answered_into_a_pipe_is_complete(tmp_path):
    graph = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
    env_cache = tmp_path / "cache"
    expected = CliRunner(env={"ZHKG_CACHE_DIR": str(env_cache)}).invoke(main, ["query", str(graph), "find", "閆維洪"])
    assert expected.exit_code == 0 and "閆維洪" in expected.output
    done = subprocess.run([sys.executable, "-m", "zhkg", "query", str(graph), "find", "閆維洪"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "pipeline"), "ZHKG_CACHE_DIR": str(env_cache)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected.output


def test_the_exit_status_of_a_failed_command_is_kept(tmp_path):
    done = _zhkg("extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), tmp=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_atexit_handlers_run_and_sys_exit_messages_are_printed(tmp_path):
    code = ("import atexit, sys\n"
            "from zhkg import cli\n"
            "atexit.register(lambda: print('handler ran', flush=True))\n"
            "cli.main = lambda **kw: sys.exit('stopped: a message')\n"
            "cli.entry()\n")
    done = _zhkg(tmp=tmp_path, code=code)
    assert done.returncode == 1
    assert done.stderr == "stopped: a message\n"
    assert done.stdout == "handler ran\n"


def test_a_profiled_run_still_writes_its_profile(tmp_path):
    profile = tmp_path / "run.prof"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "zhkg", "--version"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "pipeline")})
    assert done.returncode == 0, done.stderr
    assert profile.stat().st_size > 0
