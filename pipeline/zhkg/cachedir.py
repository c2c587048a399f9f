"""zhkg's private cache folder: built once, read by later runs (graph indexes, the recogniser's tables).

``$ZHKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhkg``, else ``~/.cache/zhkg``. The
folder is made with mode 0700 and used only when the current user owns it (its
mode is narrowed to 0700 if need be): what is read back from it was written by
this user. :func:`cache_dir` returns ``None`` when there is no such folder;
callers then build what they need in memory, every time.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir(*parts: str) -> Path | None:
    """The private cache folder (or a subfolder ``parts`` of it), made if need be; ``None`` when there is no safe one.

    >>> import os, tempfile
    >>> os.environ["ZHKG_CACHE_DIR"] = tempfile.mkdtemp()
    >>> oct(cache_dir("graphs").stat().st_mode & 0o777)
    '0o700'
    >>> del os.environ["ZHKG_CACHE_DIR"]
    """
    base = os.environ.get("ZHKG_CACHE_DIR")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "zhkg"
    try:
        for path in (folder, *(folder.joinpath(*parts[: i + 1]) for i in range(len(parts)))):
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = path.lstat()
            if not stat.S_ISDIR(info.st_mode):
                return None
            if hasattr(os, "getuid"):
                if info.st_uid != os.getuid():
                    return None  # someone else's folder: what it holds could say anything
                if info.st_mode & 0o077:
                    path.chmod(0o700)
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    return folder.joinpath(*parts)
