"""Defects a review found and left alone (session 21, ux21b), each as it was met.

Rule (README, *The commands*): bad input is one ``Error:`` line and a non-zero exit, never a traceback, never a
half-written or clobbered file; outputs are deterministic.
"""

from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main
from zhkg.text import EVIDENCE_LIMIT, sentence_excerpt


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- evidence is a sentence, or at most EVIDENCE_LIMIT characters of it around the relation

CLAUSE = "今天天气很好大家都出门了"  # 12 characters
HOLDER = "北京市平谷区政协主席闫维洪主持召开会议"
#: once a 189,000-character line with no full stop rode whole on each of its edges, in every output
LONG_LINE = "，".join(["FARAWAY"] + [CLAUSE] * 200 + [HOLDER] + [CLAUSE] * 200 + ["FARAWAY"])


@pytest.mark.parametrize(("text", "span", "limit", "excerpt"), [
    ("甲，乙和丙。", "乙和丙", 200, "甲，乙和丙。"),  # a sentence within the limit: whole
    ("天" * 200, "天" * 3, 200, "天" * 200),
    # cut at the clause marks nearest the window's edges, the marks dropped, … where cut
    ("天晴" * 20 + "，张三会见李四，" + "天晴" * 20, "张三会见", 24, "…张三会见李四…"),
    ("天晴" * 20 + "、张三会见李四、" + "天晴" * 20, "张三会见", 24, "…张三会见李四…"),
    ("天晴" * 20 + "   张三会见李四   " + "天晴" * 20, "张三会见", 24, "…张三会见李四…"),  # no space kept at a cut
    ("张三会见李四，" + "天晴" * 40, "张三会见", 24, "张三会见李四…"),  # at the sentence's start: no mark before
    ("天晴" * 40 + "，张三会见李四", "会见李四", 24, "…张三会见李四"),
    ("天晴" * 40 + "张三会见李四" + "天晴" * 40, "张三会见", 24, "…晴天晴天晴天晴天晴张三会见李四天晴天晴天晴天…"),
    # a span longer than the window: its two ends
    ("甲" * 40 + "乙" * 40, "甲" * 40 + "乙" * 40, 11, "甲甲甲甲甲…乙乙乙乙乙"),
    ("天" * 5 + "甲" * 40 + "乙" * 40 + "天" * 5, "甲" * 40 + "乙" * 40, 11, "…甲甲甲甲…乙乙乙乙…"),
])
def test_an_over_long_sentence_is_cut_around_the_span(text, span, limit, excerpt):
    start = text.index(span)
    got = sentence_excerpt(text, 0, len(text), start, start + len(span), limit=limit)
    assert got == excerpt
    assert len(got) <= limit


def test_a_long_line_is_cut_alike_in_every_output(tmp_path):
    news = tmp_path / "line.txt"
    news.write_text(LONG_LINE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", news, "-o", out, "--no-model", "--no-progress", "--json", out / "g.json",
                 "--gexf", out / "g.gexf", "--csv", out / "csv")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "line.graphml")
    graphml = {(u, v, d["label"]): d["evidence"] for u, v, d in G.edges(data=True)}
    role = graphml["person:闫维洪", "org:北京市平谷区政协", "HOLDS_ROLE"]
    assert HOLDER in role and role.startswith("…") and role.endswith("…") and len(role) <= EVIDENCE_LIMIT
    assert all(len(e) <= EVIDENCE_LIMIT for e in graphml.values())
    link = json.loads((out / "g.json").read_text(encoding="utf-8"))
    assert {(e["source"], e["target"], e["label"]): e["evidence"] for e in link["edges"]} == graphml
    with open(out / "csv" / "edges.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["evidence"] for r in rows) == sorted(graphml.values())
    gexf = nx.read_gexf(out / "g.gexf")
    assert sorted(d["evidence"] for *_, d in gexf.edges(data=True)) == sorted(graphml.values())
    for path in (out / "line.graphml", out / "line.html", out / "g.json", out / "g.gexf", out / "csv" / "edges.csv"):
        assert "FARAWAY" not in path.read_text(encoding="utf-8"), path  # once the whole line, on each edge


# ---- the Python API's blank ids, and a file whose stem shows nothing: a default id, never a blank label

NEWS = "北京市平谷区政协主席闫维洪主持召开会议。"


def _document_labels(G) -> list[tuple[str, str]]:
    return sorted((n, d["label"]) for n, d in G.nodes(data=True) if d["type"] == "DOCUMENT")


@pytest.mark.parametrize(("doc_id", "documents"), [
    ("", [("doc:a", "a"), ("doc:text-2", "text-2")]),  # once a node "doc:" labelled ""
    ("   ", [("doc:a", "a"), ("doc:text-2", "text-2")]),
    ("\u200b", [("doc:a", "a"), ("doc:text-2", "text-2")]),
    (None, [("doc:a", "a"), ("doc:text-2", "text-2")]),  # once a TypeError from a regular expression
    ("text-2", [("doc:a", "a"), ("doc:text-2", "text-2")]),
    (7, [("doc:7", "7"), ("doc:a", "a")]),
    ("a", [("doc:a", "a"), ("doc:a~2", "a~2")]),
])
def test_the_api_gives_a_blank_id_its_default(doc_id, documents):
    from zhkg import Pipeline

    assert _document_labels(Pipeline().run_texts([("a", "平谷区。"), (doc_id, NEWS)]).graph) == documents


def test_the_api_refuses_an_id_that_is_no_string_or_number():
    from zhkg import InputError, Pipeline

    with pytest.raises(InputError, match=r"^text 1: the id must be a string or a number, not list$"):
        Pipeline().run_texts([(["a"], NEWS)])


@pytest.mark.parametrize("doc_id", ["", "  ", "\u200b"])
def test_a_document_record_with_a_blank_id_is_refused(doc_id):
    from zhkg import Document, InputError, Pipeline

    with pytest.raises(InputError, match=r"^a document's id must show something, not "):  # once a node labelled ""
        Pipeline().run_documents([Document(doc_id, NEWS, kind="text")])


@pytest.mark.parametrize(("name", "folder", "label"), [
    (" .txt", False, " .txt"),  # once a node "doc: " labelled " "
    (" .txt", True, " .txt"),
    ("\u200b.txt", False, "\u200b.txt"),
    ("a .txt", False, "a "),
])
def test_a_file_whose_stem_shows_nothing_is_named_by_its_name(tmp_path, name, folder, label):
    news = tmp_path / "in" / name
    news.parent.mkdir()
    news.write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", news.parent if folder else news, "-o", out, "--name", "g", "--no-model", "--no-progress")
    assert result.exit_code == 0, result.output
    assert _document_labels(nx.read_graphml(out / "g.graphml")) == [(f"doc:{label}", label)]


# ---- an output's failure names the option that placed it; a size is told in characters, as the limit is


@pytest.mark.parametrize(("options", "message"), [
    # once "cannot write --graphml {tmp}/file/sub/news.graphml: Not a directory", an option never given
    (["-o", "{tmp}/file/sub"], "cannot write -o {tmp}/file/sub: {tmp}/file is not a folder"),
    (["-o", "{tmp}/file/sub/deeper"], "cannot write -o {tmp}/file/sub/deeper: {tmp}/file is not a folder"),
    (["-o", "{tmp}/out", "--json", "{tmp}/file/g.json"], "cannot write --json {tmp}/file/g.json: {tmp}/file is not a folder"),
    (["-o", "{tmp}/out", "--csv", "{tmp}/file/csv"], "cannot write --csv {tmp}/file/csv/nodes.csv: {tmp}/file is not a folder"),
    (["-o", "{tmp}/out", "--graphml", "{tmp}/file/g.graphml"],
     "cannot write --graphml {tmp}/file/g.graphml: {tmp}/file is not a folder"),
])
def test_an_output_below_a_file_names_its_option_and_path(tmp_path, options, message):
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = run("extract", news, *[o.format(tmp=tmp_path) for o in options], "--no-model", "--no-progress")
    assert_one_line_error(result, message.format(tmp=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "news.txt"]


def test_given_paths_for_both_default_outputs_leave_o_unused(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = run("extract", news, "-o", tmp_path / "file" / "sub", "--graphml", tmp_path / "g.graphml",
                 "--html", tmp_path / "g.html", "--no-model", "--no-progress")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("content", "source", "message"), [
    # once "x.txt is 60 bytes; the limit is 10 characters a document": bytes told against characters
    (NEWS.encode(), "file", "{name} has at least 14 characters (60 bytes); the limit is 10 a document"),
    (NEWS.encode("utf-32"), "file", "{name} has at least 20 characters (84 bytes); the limit is 10 a document"),
    (NEWS.encode(), "stdin", "<stdin> has more than 10 characters (over 44 bytes); the limit is 10 a document"),
    ("平谷区政协主席闫维洪。".encode(), "file", "{name} has 11 characters; the limit is 10 a document"),  # as before
])
def test_a_size_over_the_limit_is_told_in_characters(tmp_path, content, source, message):
    config = tmp_path / "c.toml"
    config.write_text("max_document_chars = 10\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_bytes(content)
    args = ["extract", "-" if source == "stdin" else news, "-o", tmp_path / "out", "--config", config, "--no-model",
            "--no-progress"]
    result = CliRunner().invoke(main, [str(a) for a in args], input=content if source == "stdin" else None)
    assert_one_line_error(result, message.format(name=news))


# ---- a date that is not read: date stays ISO or empty (as the relations are undated), the text kept as date_text


@pytest.mark.parametrize(("date", "node"), [
    # once date="12/05/2020" on the node while every relation of the document was undated
    ("12/05/2020", {"date": "", "date_text": "12/05/2020"}),
    ("上周 三", {"date": "", "date_text": "上周 三"}),
    ("2021-02-30", {"date": "", "date_text": "2021-02-30"}),  # no such day
    ("  2020/12/5\n", {"date": "2020-12-05"}),
    ("", {"date": ""}),
])
def test_a_date_not_read_is_kept_apart_from_date(tmp_path, date, node):
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "a", "date": date, "text": NEWS}, {"id": "b", "date": "2020-12-22", "text": "平谷区政协主席闫维洪。"}]
    feed.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", feed, "-o", out, "--gexf", out / "g.gexf", "--csv", out / "csv", "--no-model",
                 "--no-progress")
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "feed.graphml")
    assert {k: v for k, v in G.nodes["doc:a"].items() if k.startswith("date")} == node
    assert {d["date"] for _, _, d in G.edges(data=True) if d.get("doc_id") == "a"} == {node["date"]}
    gexf = (out / "g.gexf").read_text(encoding="utf-8")
    assert 'timeformat="date"' in gexf  # b is dated: Gephi's timeline, every start an ISO date
    assert set(re.findall(r' start="([^"]*)"', gexf)) <= {"2020-12-05", "2020-12-22"}
    with open(out / "csv" / "nodes.csv", encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["id:ID"] == "doc:a")
    assert (row["date"], row["date_text"]) == (node["date"], node.get("date_text", ""))
    page = (out / "feed.html").read_text(encoding="utf-8")
    assert ('"Date as written"' in page) == ("date_text" in node)


def test_a_date_not_read_is_no_date_to_query_by(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "date": "12/05/2020", "text": NEWS}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert run("extract", feed, "-o", tmp_path, "--no-model", "--no-progress").exit_code == 0
    result = run("query", tmp_path / "feed.graphml", "documents-of", "闫维洪", "--json")
    assert [row["date"] for row in json.loads(result.stdout)] == [""]

