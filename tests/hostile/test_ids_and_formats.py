"""Silently wrong output: ids that collide after derivation or escaping; formats a hostile value breaks."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from helpers import kuzu_loaded
from hostile_util import cli

from zhkg.export.csv import csv_tables, write_csv
from zhkg.export.gexf import gexf_bytes
from zhkg.export.graphml import graphml_bytes
from zhkg.stages.read import read_inputs


def _feed(tmp_path, rows):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_user_id_shaped_like_a_derived_one_does_not_merge_with_it(tmp_path):
    page = "標題\n\n2020-12-22 消費日報網\n\n平谷區政協主席閆維洪主持會議。\n\n相關焦點\n\n• 張吉輝捐贈物資\n"
    feed = _feed(tmp_path, [{"id": "A", "text": page}, {"id": "A#related-01", "text": "李偉濤是委員。"}])
    result = cli("extract", feed, "-o", tmp_path / "o", "--json", tmp_path / "g.json")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    docs = sorted(n["doc_id"] for n in data["nodes"] if n.get("type") == "DOCUMENT")
    assert docs == ["A", "A#related-01", "A#related-01~2"]


def test_control_character_ids_stay_distinct_in_graphml_gexf_and_csv(tmp_path):
    rows = [{"id": f"ctl{chr(c)}id", "text": f"平谷区政协主席闫维洪主持第{c}次会议。"} for c in (1, 2, 0x0B)]
    feed = _feed(tmp_path, rows)
    out = tmp_path / "o"
    result = cli("extract", feed, "-o", out, "--name", "g", "--json", out / "g.json", "--gexf", out / "g.gexf",
                 "--csv", out / "csv")
    assert result.exit_code == 0, result.output
    expected = len(json.loads((out / "g.json").read_text(encoding="utf-8"))["nodes"])
    assert nx.read_graphml(out / "g.graphml").number_of_nodes() == expected
    assert nx.read_gexf(out / "g.gexf").number_of_nodes() == expected
    with open(out / "csv" / "nodes.csv", encoding="utf-8", newline="") as fh:
        assert len(list(csv.reader(fh))) - 1 == expected
    graph = nx.read_graphml(out / "g.graphml")
    assert all(graph.has_node(u) and graph.has_node(v) for u, v in graph.edges())


def test_xml_outputs_are_well_formed_whatever_the_characters():
    G = nx.MultiDiGraph()
    G.add_node("a\x00b", label="x\x01y", title="t\x0bz\ufffe", type="PERSON")
    G.add_edge("a\x00b", "a\x00b", key="k\x02", id="k\x02", label="R\x03", evidence="e\x0b\ud800")
    for data in (graphml_bytes(G), gexf_bytes(G)):
        assert not any(b < 0x20 and b not in (0x09, 0x0A, 0x0D) for b in data)
        ET.fromstring(data)  # well-formed XML 1.0


def _hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("person:=1+1", label='=HYPERLINK("http://evil","x")', type="PERSON", name_simplified="+cmd|' /C calc'!A0",
               aliases="@SUM(1+1)|-2+3", mentions=2, x=-3.5, y=1.0)
    G.add_node("org:a\nb", label="line\nbreak", type="ORGANIZATION", mentions=1)
    G.add_node("org:a b", label="a b", type="ORGANIZATION", mentions=1)
    G.add_node("doc:\tx", label="\tTAB", type="DOCUMENT", doc_id="\tx", title="\rCR")
    G.add_edge("person:=1+1", "org:a\nb", key="e1", id="e1", label="MEMBER_OF", role="-委員", evidence="=1+2",
               doc_id="\tx", evidence_start=0, evidence_end=3, weight=1.0)
    G.add_edge("person:=1+1", "org:a b", key="e2", id="e2", label="MEMBER_OF", evidence="@x", doc_id="\tx",
               evidence_start=-1, evidence_end=3, weight=-2.0)
    return G


def test_csv_cells_never_start_a_formula_and_records_stay_one_line(tmp_path):
    G = _hostile_graph()
    nodes_csv, edges_csv = write_csv(G, tmp_path)
    for path in (nodes_csv, edges_csv):
        text = path.read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        assert len(text.rstrip("\n").split("\n")) == len(rows)  # one record, one line
        header = rows[0]
        for row in rows[1:]:
            for name, cell in zip(header, row):
                if name.endswith((":int", ":double", ":boolean")):
                    float(cell) if cell and not name.endswith(":boolean") else None
                else:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
    nodes, edges = csv_tables(G)
    ids = [row[0] for row in nodes[1:]]
    assert len(set(ids)) == len(ids) == 4  # "org:a\nb" and "org:a b" stay two nodes
    assert {row[0] for row in edges[1:]} | {row[1] for row in edges[1:]} <= set(ids)
    x = nodes[0].index("x:double")
    assert "-3.5" in [row[x] for row in nodes[1:]]  # numbers stay numbers


def test_neutralised_csv_still_loads_into_kuzu(tmp_path):
    G = _hostile_graph()
    connection = kuzu_loaded(G, *write_csv(G, tmp_path / "csv"), tmp_path)
    assert connection.execute("MATCH (n:Node) RETURN count(*)").get_next() == [4]
    assert connection.execute("MATCH ()-[r:Relation]->() RETURN count(*)").get_next() == [2]
    row = connection.execute("MATCH (n:Node) WHERE n.type = 'PERSON' RETURN n.label, n.x").get_next()
    assert row == ['\'=HYPERLINK("http://evil","x")', -3.5]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_unicode_line_separators_stay_inside_a_line(tmp_path, separator):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": f"平谷{separator}区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [(d.id, d.text) for d in read_inputs([feed])] == [("x", f"平谷{separator}区")]
    table = tmp_path / "t.tsv"
    body = "平谷区政协主席闫维洪主持会议。"  # long enough that one control character is not "binary"
    table.write_text("".join(f"{k}\t{body}{separator}{k}\n" for k in "abc"), encoding="utf-8")
    assert [d.text for d in read_inputs([table])] == [f"{body}{separator}{k}" for k in "abc"]
