"""Injection into the terminal and into jieba's dictionary cache."""

from __future__ import annotations

import marshal
import os
import re

import networkx as nx
from hostile_util import TEXT, cli, run

from zhkg.export.jsonl import write_graph_json

_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07\x9b31m\u202e"


def _graph(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("person:闫维洪", label=f"閆維洪{EVIL}", name_simplified="闫维洪", type="PERSON", mentions=1)
    G.add_node("org:平谷区政协", label="平谷區政協", name_simplified="平谷区政协", type="ORGANIZATION", mentions=1)
    G.add_edge("person:闫维洪", "org:平谷区政协", key="e1", id="e1", label="HOLDS_ROLE", role="主席",
               role_simplified="主席", evidence=f"平谷區政協主席閆維洪{EVIL}\n主持會議", doc_id=f"d{EVIL}",
               evidence_start=0, evidence_end=10)
    path = tmp_path / "g.json"
    write_graph_json(G, path)
    return path


def test_query_prints_no_terminal_control_sequences(tmp_path):
    graph = _graph(tmp_path)
    for args in (["people-of", "平谷区政协"], ["people-of", "平谷区政协", "--json"], ["find", "闫维洪"]):
        result = cli("query", graph, *args)
        assert result.exit_code == 0, result.output
        assert not _RAW.search(result.output), repr(result.output)
        assert "\\x1b]0;pwned\\x07" in result.output or "\\u001b]0;pwned\\u0007" in result.output
    result = cli("query", graph, "find", f"x{EVIL}")
    assert result.exit_code == 1 and not _RAW.search(result.output)


def test_skipped_file_names_are_escaped(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "bad\x1b[2J\x1b]0;x\x07.txt").write_bytes(b"")
    result = cli("extract", folder, "-o", tmp_path / "o", "--skip-bad")
    assert result.exit_code == 0, result.output
    assert "skipped: " in result.output and "bad\\x1b[2J\\x1b]0;x\\x07.txt is empty" in result.output
    assert not _RAW.search(result.output)
    result = cli("extract", folder / "missing\x1b[2J.txt", "-o", tmp_path / "o")
    assert result.exit_code == 1 and not _RAW.search(result.output)


def test_a_planted_jieba_cache_is_not_loaded(tmp_path):
    planted = tmp_path / "tmp"
    planted.mkdir()
    # a dictionary whose every word is one character: if loaded, 平谷区 would fall apart
    (planted / "jieba.cache").write_bytes(marshal.dumps(({"平谷区政协主席": 100, "平": 1, "谷": 1}, 102)))
    code = ("from zhkg.stages.segment import make_nlp, jieba_cache_dir; import os, stat; "
            "print([t.text for t in make_nlp()('平谷区政协主席')]); d = jieba_cache_dir(); "
            "print(d, oct(stat.S_IMODE(os.stat(d).st_mode)))")
    env = {**os.environ, "TMPDIR": str(planted), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = run(["-c", code], env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    tokens, where = result.stdout.splitlines()
    assert tokens == "['平谷区', '政协主席']"
    assert where == f"{tmp_path / 'cache' / 'zhkg'} 0o700"
    # jieba's stock dictionary is parsed into zhkg's own cache (zhkg.resources.jieba_dict), never $TMPDIR
    assert os.listdir(tmp_path / "cache" / "zhkg") == ["jieba"]
    assert [p.name.startswith("stock-") for p in (tmp_path / "cache" / "zhkg" / "jieba").iterdir()] == [True]
    assert os.listdir(planted) == ["jieba.cache"]


def test_an_open_or_linked_cache_folder_is_not_trusted(tmp_path):
    code = "from zhkg.stages.segment import jieba_cache_dir; import os, stat; d = jieba_cache_dir(); print(d, oct(stat.S_IMODE(os.stat(d).st_mode)))"
    opened = tmp_path / "open"
    (opened / "zhkg").mkdir(parents=True)
    os.chmod(opened / "zhkg", 0o777)  # ours but open to all: closed again
    result = run(["-c", code], env={**os.environ, "XDG_CACHE_HOME": str(opened)}, timeout=60)
    assert result.stdout.split() == [str(opened / "zhkg"), "0o700"]
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "zhkg").symlink_to(tmp_path, target_is_directory=True)  # a link: a private temporary folder instead
    result = run(["-c", code], env={**os.environ, "XDG_CACHE_HOME": str(linked)}, timeout=60)
    where, mode = result.stdout.split()
    assert where != str(linked / "zhkg") and os.path.basename(where).startswith("zhkg-jieba-") and mode == "0o700"
    os.rmdir(where)
