"""Every article of the THUCNews sample goes through a corpus run (when ``../shared`` is beside the checkout).

A rule that stops moving forward on one odd sentence hangs a whole corpus run; the unit tests use made-up
sentences, so this runs the real corpus once, in a subprocess with a generous limit, and checks what it wrote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from zhkg.evaluate import find_data_dir

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_every_thucnews_article_goes_through(tmp_path: Path) -> None:
    data = find_data_dir(ROOT)
    corpus = data / "corpus" / "thucnews_1000.tsv" if data is not None else None
    if corpus is None or not corpus.is_file():
        pytest.skip("shared/data/corpus is not beside this checkout")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline"), "ZHKG_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "zhkg", "extract", str(corpus), "--text-column", "2", "--jobs", "2",
         "-o", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=900, env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    G = nx.read_graphml(tmp_path / "out" / "thucnews_1000.graphml")
    rows = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    documents = [n for n, kind in G.nodes(data="type") if kind == "DOCUMENT"]
    assert len(documents) == rows
    assert any(kind == "PERSON" for _, kind in G.nodes(data="type"))
