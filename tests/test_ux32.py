"""Defects a review as a user found (session 27, ux32): a Traditional-Chinese corpus of invented Hong Kong and
Taiwan news, saved the ways a newsroom saves it.

- UTF-16 saved without a byte-order mark was refused as "looks like a binary file": its ASCII letters and line
  ends carry NUL bytes. It is now read, as a text file and as JSON lines or a table (streamed).
- 高雄 (Kaohsiung) was a person: jieba builds the word, and surname 高 with a given name 雄 scores as a name, so
  高雄市長陳其邁…高雄捷運 lost the city and 陳其邁's post. A word jieba built that is a province's or a city's name,
  or one glued to the first letter of a dictionary word after it (在高雄興建: 高雄兴|建), is no person candidate.
"""

from __future__ import annotations

import json
import random

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.extract.people import _city_word
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.encodings import decode_bytes

TEXT = "台北市長陳建宏今天視察信義區的社會住宅工地。陳建宏表示，市府將在年底前完成第一期工程。\n"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def people(path) -> set[str]:
    G = nx.read_graphml(path)
    return {a["label"] for _, a in G.nodes(data=True) if a.get("type") == "PERSON"}


# ---- UTF-16 without a byte-order mark


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_bytes_reads_utf16_without_a_mark(codec):
    assert decode_bytes(TEXT.encode(codec)) == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_text_file_in_utf16_without_a_mark_is_extracted(tmp_path, codec):
    src = tmp_path / "news.txt"
    src.write_bytes(TEXT.encode(codec))
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1", "--no-model")
    assert result.exit_code == 0, result.output
    assert "陳建宏" in people(tmp_path / "out" / "news.graphml")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_json_lines_in_utf16_without_a_mark_are_read_line_by_line(tmp_path, codec):
    rows = [{"id": "a", "date": "2026-03-02", "text": TEXT.strip()},
            {"id": "b", "date": "2026-03-20", "text": "高雄市長陳其邁今天宣布新政策。"}]
    src = tmp_path / "news.jsonl"
    src.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(codec))
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1", "--no-model")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 documents")
    assert {"陳建宏", "陳其邁"} <= people(tmp_path / "out" / "news.graphml")


def test_a_table_in_utf16_without_a_mark_is_read(tmp_path):
    src = tmp_path / "news.csv"
    src.write_bytes(("id,text\na," + TEXT).encode("utf-16-le"))
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1", "--no-model")
    assert result.exit_code == 0, result.output
    assert "陳建宏" in people(tmp_path / "out" / "news.graphml")


def test_random_bytes_are_still_a_binary_file_one_line_and_nothing_written(tmp_path):
    src = tmp_path / "noise.txt"
    src.write_bytes(random.Random(32).randbytes(4000) + b"\x00\x00")
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1", "--no-model")
    assert result.exit_code == 1
    assert result.output == f"Error: {src} looks like a binary file, not text\n"
    assert not (tmp_path / "out").exists()


# ---- 高雄 is a city, not a person


@pytest.mark.parametrize(("word", "following", "city"), [
    ("高雄", "的", True), ("高雄兴", "建", True),
    ("高雄飞", "表示", False), ("孙威", "说", False), ("陈其迈", "今天", False),
])
def test_city_word(word, following, city):
    assert _city_word(word, following, load_lexicon()) is city


@pytest.mark.parametrize("text", ["他昨天抵達高雄。", "高雄捷運紅線將延伸至岡山。", "他昨天抵达高雄。"])
def test_kaohsiung_alone_is_the_city(tmp_path, text):
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1", "--no-model")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    types = {a["label"]: a["type"] for _, a in G.nodes(data=True)}
    assert not any(t == "PERSON" for t in types.values())
    assert "place:TW-KHH" in G


def test_the_mayor_of_kaohsiung_keeps_the_post_when_the_city_is_named_again(tmp_path):
    src = tmp_path / "news.txt"
    src.write_text("高雄市長陳其邁今天宣布，高雄捷運紅線將延伸至岡山。", encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    roles = {(G.nodes[u]["label"], a.get("role"), v) for u, v, a in G.edges(data=True) if a["label"] == "HOLDS_ROLE"}
    assert ("陳其邁", "市長", "place:TW-KHH") in roles
    assert "person:高雄" not in G


# ---- a Dask scheduler that is not there


def test_a_scheduler_host_that_does_not_resolve_is_refused_at_once(tmp_path):
    src = tmp_path / "news.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--engine", "dask", "--scheduler",
                 "tcp://no-such-host.invalid:8786")
    assert result.exit_code == 1
    assert result.output == ("Error: cannot find the Dask scheduler's host 'no-such-host.invalid' "
                             "(tcp://no-such-host.invalid:8786)\n")
    assert not (tmp_path / "out").exists()


def test_a_scheduler_that_does_not_answer_says_so(tmp_path):
    import socket

    import dask

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = tmp_path / "news.txt"
    src.write_text(TEXT, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run("extract", src, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no Dask scheduler answered at tcp://127.0.0.1:{port} (")
    assert result.output.endswith("; is it running?\n")
    assert result.output.count("\n") == 1
    assert not (tmp_path / "out").exists()
