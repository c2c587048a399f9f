"""Helpers of the hostile suite: the CLI in this process, and ``python -m zhkg`` in a bounded subprocess.

Every subprocess runs in its own session with a timeout and a memory limit; a
run that outlives its timeout is killed with its whole process group (its
workers included), so a hang fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main

#: Virtual memory a ``python -m zhkg`` subprocess may take: spaCy and the model fit, a file read whole does not.
MEMORY_LIMIT = 3 << 30
TIMEOUT = 300

TEXT = "平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"


def cli(*args: object, input: str | None = None):
    """``zhkg ARGS`` in this process (rules only, no progress bar); the click result."""
    return CliRunner().invoke(main, [*map(str, args), *(["--no-model", "--no-progress"] if args[0] == "extract" else [])],
                              input=input)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def start(args: list[str], **kwargs) -> subprocess.Popen:
    """A ``python ARGS`` process in its own session, memory-limited; stop it with :func:`stop`."""
    return subprocess.Popen([sys.executable, *args], start_new_session=True, preexec_fn=_limits,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def stop(process: subprocess.Popen) -> None:
    """Kill what is left of ``process`` and its process group (its workers)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


def run(args: list[str], *, timeout: float = TIMEOUT, input: str | None = None, **kwargs) -> subprocess.CompletedProcess:
    """``python ARGS`` to its end (bounded by ``timeout``), its process group cleaned up after."""
    process = start(args, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL, **kwargs)
    try:
        out, err = process.communicate(input, timeout=timeout)
    except subprocess.TimeoutExpired:
        stop(process)
        pytest.fail(f"python {' '.join(args)} did not end within {timeout} s")
    finally:
        stop(process)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def zhkg(*args: object, **kwargs) -> subprocess.CompletedProcess:
    """``python -m zhkg ARGS`` in a bounded subprocess."""
    return run(["-m", "zhkg", *map(str, args)], **kwargs)


def one_error_line(stderr: str) -> str:
    """The one ``Error: …`` line of a failed command's stderr (no traceback)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


def tmp_files(folder: Path) -> list[str]:
    """Temporary files zhkg's writers leave behind, if any."""
    return sorted(str(p) for p in folder.rglob("*") if p.name.endswith((".tmp", ".old")))
