"""``zhkg query`` and the ``--csv``/``--gexf`` outputs of ``zhkg extract``, through CliRunner."""

import csv
import json
import unicodedata
from pathlib import Path

import networkx as nx
import pytest

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPH = str(ROOT / "graphs" / "000_e88b616f19a6a93b.graphml")


def _query(runner, *args):
    return runner.invoke(main, ["query", SEED_GRAPH, *args])


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _column_starts(line: str, cells: list[str]) -> list[int]:
    """Terminal column where each cell starts in ``line``."""
    starts, pos = [], 0
    for cell in cells:
        i = line.index(cell, pos)
        starts.append(_width(line[:i]))
        pos = i + len(cell)
    return starts


def test_people_of_prints_an_aligned_table(runner):
    result = _query(runner, "people-of", "平谷区政协")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["person", "role", "organisation", "relation", "document", "evidence", "person_aliases",
                                "organisation_aliases"]  # the other names last (review107)
    assert set(lines[1].replace(" ", "")) == {"-"}
    rows = [line.split()[:2] for line in lines[2:]]
    assert rows == [["閆維洪", "黨組書記"], ["閆維洪", "主席"]] + [[p, "委員"] for p in ["張吉輝", "李偉濤", "田曉光", "劉全順", "鄭嘉波"]]
    header = _column_starts(lines[0], ["person", "role", "organisation", "relation", "document", "evidence"])
    for line in lines[2:]:
        assert _column_starts(line, line.split()[:6]) == header, line


def test_counts_of_table_shows_value_thing_and_gloss(runner):
    result = _query(runner, "counts-of", "平谷區")
    assert result.exit_code == 0, result.output
    rows = [line.split()[:4] for line in result.stdout.splitlines()[2:]]
    assert ["平谷區", "274", "村", "villages"] in rows
    assert ["平谷區", "17", "鎮鄉(街道)", "towns"] in rows


def test_find_by_pinyin_without_quotes(runner):
    result = _query(runner, "find", "Yan", "Weihong")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].split()[:2] == ["閆維洪", "PERSON"]


def test_json_output_is_plain_data(runner):
    result = _query(runner, "path", "張吉輝", "北京市", "--json")
    assert result.exit_code == 0, result.output
    steps = json.loads(result.stdout)
    assert [(s["source"]["label"], s["kind"], s["target"]["label"]) for s in steps] == [
        ("張吉輝", "MEMBER_OF", "平谷區政協"), ("平谷區政協", "LOCATED_IN", "平谷區"), ("平谷區", "WITHIN", "北京市")]
    assert "張吉輝" in steps[0]["evidence"]["sentence"] and steps[0]["evidence"]["doc_id"] == "000_e88b616f19a6a93b"


def test_neighbours_kind_is_case_insensitive(runner):
    result = _query(runner, "neighbours", "閆維洪", "--kind", "holds_role", "--json")
    assert result.exit_code == 0, result.output
    assert {n["kind"] for n in json.loads(result.stdout)} == {"HOLDS_ROLE"}


def test_entities_and_documents_of(runner):
    entities = _query(runner, "entities-of", "000_e88b616f19a6a93b#related-09", "--json")
    assert {"陳瑛", "李會生", "湖南日報"} <= {e["label"] for e in json.loads(entities.stdout)}
    documents = _query(runner, "documents-of", "張吉輝")
    assert documents.stdout.splitlines()[2].split()[:3] == ["000_e88b616f19a6a93b", "2020-12-22", "article"]


def test_empty_answer_is_not_an_error(runner):
    result = _query(runner, "people-of", "北京市")
    assert result.exit_code == 0
    assert result.stdout == "" and "no results" in result.stderr
    assert json.loads(_query(runner, "people-of", "北京市", "--json").stdout) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["people-of", "平谷区政"], "Error: no entity named '平谷区政'; closest: 平谷區政協, "),
        (["roles-of", "Yan Weihng"], "Error: no entity named 'Yan Weihng'; closest: 閆維洪"),
        (["entities-of", "nope"], "Error: no document named 'nope'"),
    ],
)
def test_user_mistakes_are_one_line_errors(runner, args, message):
    result = _query(runner, *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name, message", [("missing.graphml", "Error: no such graph file: "),
                                           ("g.txt", "Error: cannot read ")])
def test_bad_graph_files(runner, tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("hello", encoding="utf-8")
    result = runner.invoke(main, ["query", str(path), "find", "x"])
    assert result.exit_code == 1 and result.stderr.startswith(message)


def test_extract_writes_csv_and_gexf(runner, tmp_path):
    src = tmp_path / "news.txt"
    src.write_text("平谷區政協黨組書記、主席閆維洪主持會議。全區274個村。", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"),
                                  "--csv", str(tmp_path / "csv"), "--gexf", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    for written in ("nodes.csv", "edges.csv"):
        assert f"wrote {tmp_path / 'csv' / written}" in result.stderr
    assert f"wrote {tmp_path / 'g.gexf'}" in result.stderr
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8", newline="") as fh:
        assert "閆維洪" in {row["label"] for row in csv.DictReader(fh)}
    G = nx.read_gexf(tmp_path / "g.gexf")
    assert any(a.get("label") == "閆維洪" and "position" in a["viz"] for _, a in G.nodes(data=True))


def test_extract_csv_has_the_graphml_positions(runner, tmp_path):
    # the x:double/y:double columns were empty for every node of `zhkg extract --csv` (found by a QA pass)
    src = tmp_path / "news.txt"
    src.write_text("平谷區政協黨組書記、主席閆維洪主持會議。全區274個村。", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"), "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8", newline="") as fh:
        rows = {row["id:ID"]: (row["x:double"], row["y:double"]) for row in csv.DictReader(fh)}
    assert len(rows) == G.number_of_nodes() > 3
    assert {n: (float(x), float(y)) for n, (x, y) in rows.items()} == {n: (a["x"], a["y"]) for n, a in G.nodes(data=True)}


def test_unknown_relation_kind(runner):
    result = _query(runner, "neighbours", "閆維洪", "--kind", "boss_of")
    assert result.exit_code == 2  # a bad option value (README: exit status 2)
    assert result.stderr.startswith("Error: unknown relation kind 'BOSS_OF'; one of: HOLDS_ROLE, MEMBER_OF,")
