"""Benchmarks: each script measures zhkg as a user runs it, against a baseline in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

__all__ = ["installed_env"]


def installed_env(source: Path, **extra: str) -> dict[str, str]:
    """The environment for a child ``python -m zhkg`` that runs ``source`` as an installed zhkg runs.

    ``pip install`` compiles every module to bytecode once; a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` set (as on this machine) compiles all of zhkg's
    modules again in every process, about 0.13 s that no user pays. So ``source``
    is compiled here first (``compileall``, quietly; the ``__pycache__`` folders it
    writes are ignored by git), and the child may read the bytecode.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source)], check=True,
                   stdout=subprocess.DEVNULL)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(source), **extra}
