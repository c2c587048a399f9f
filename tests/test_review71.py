"""Review71: the product as a user runs it, the CLI, outputs and API (docs/changes-session33.md, review71)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
TEXT = "平谷区政协主席闫维洪主持会议。"
TEXT_TRADITIONAL = "平谷區政協主席閆維洪主持會議。"


def _killed_in(script: str, cache: Path) -> list[Path]:
    """The files a fresh process of this checkout running ``script`` (which kills itself with SIGKILL) leaves in
    ``cache``'s subfolders."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "pipeline"), ZHKG_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env, timeout=300)
    assert done.returncode == -signal.SIGKILL
    return sorted(p for p in cache.rglob("*") if p.is_file())


def test_a_query_index_build_killed_outright_is_removed_by_the_next(runner, tmp_path, monkeypatch) -> None:
    # the index's temporary in the cache folder was named `.NAME.XXXX.tmp`: a kill -9 left it there for ever
    cache = tmp_path / "cache"
    graph = tmp_path / "g.graphml"
    graph.write_bytes(SEED_GRAPH.read_bytes())
    left = _killed_in(f"""
        import os, signal
        from zhkg.query import index
        def build(G, db, fingerprint):
            db.execute("CREATE TABLE half (x)")
            db.execute("INSERT INTO half VALUES (1)")
            os.kill(os.getpid(), signal.SIGKILL)
        index.GraphIndex.build = staticmethod(build)
        from zhkg.query.graph import load_graph
        load_graph({str(graph)!r}, indexed=True)
    """, cache)
    assert len(left) == 1 and left[0].name.endswith(".tmp") and ".sqlite.zhkg-" in left[0].name
    mine = left[0].parent / ".notes.tmp"
    mine.write_text("mine", encoding="utf-8")
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(cache))
    result = runner.invoke(main, ["query", str(graph), "find", "闫维洪"])
    assert result.exit_code == 0, result.output
    assert not left[0].exists() and mine.read_text(encoding="utf-8") == "mine"
    assert [p.suffix for p in left[0].parent.iterdir() if p != mine] == [".sqlite"]


def test_a_cache_file_killed_while_written_is_removed_by_the_next_write(tmp_path) -> None:
    # the cache's other writer (gazetteer, jieba, recogniser tables, pinyin) named its temporary `.STEM-XXXX`
    cache = tmp_path / "cache"
    (left,) = _killed_in("""
        import os, signal
        from zhkg.cachedir import cache_dir, store
        def write(handle):
            handle.write(b"half")
            handle.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        store(cache_dir("demo") / "a.bin", write)
    """, cache)
    from zhkg.cachedir import store

    assert store(left.parent / "b.bin", lambda handle: handle.write(b"x"))
    assert sorted(p.name for p in left.parent.iterdir()) == ["b.bin"]
