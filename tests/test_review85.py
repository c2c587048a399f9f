"""Session 33's review85: a ``:`` in an API caller's attribute name no longer reaches a CSV header, where Neo4j and
Kùzu read ``name:type`` at the first ``:``."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from zhkg.export.csv import EDGE_COLUMNS, NODE_COLUMNS, csv_tables, kuzu_schema, write_csv


def _graph(node_attrs: dict, edge_attrs: dict | None = None) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("person:甲", label="閆維洪", type="PERSON", **node_attrs)
    G.add_node("org:乙", label="平谷區政協", type="ORGANIZATION")
    G.add_edge("person:甲", "org:乙", key="e1", label="MEMBER_OF", **(edge_attrs or {}))
    return G


@pytest.mark.parametrize(("name", "value", "header"), [
    ("a:b", 3, "a_b:int"),                 # was a:b:int: Neo4j reads the type b:int, Kùzu's schema failed
    ("score:万", 1.5, "score_万:double"),
    ("note:x", "文字", "note_x"),          # was note:x: Neo4j reads the type x
    ("flag:", True, "flag_:boolean"),
])
def test_a_colon_in_a_callers_node_attribute_is_not_a_type(tmp_path, name, value, header) -> None:
    nodes_path, _ = write_csv(_graph({name: value}), tmp_path)
    with open(nodes_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert header in rows[0] and not any(h.startswith(name) for h in rows[0])
    column = rows[0].index(header)
    written = {"true": True}.get(rows[1][column], rows[1][column])
    assert str(written) == str(value)
    assert all(h.count(":") <= 1 for h in rows[0])  # each header one name and at most one type


def test_a_colon_in_an_edge_attribute_and_kuzu_reads_the_schema() -> None:
    G = _graph({"views:万": 12}, {"w:x": 2, "src:url": "http://example.com/a"})
    nodes, edges = csv_tables(G)
    assert "views_万:int" in nodes[0] and "w_x:int" in edges[0] and "src_url" in edges[0]
    schema = kuzu_schema(G)  # raised KeyError('万:int') before
    assert "views_万 INT64" in schema and "w_x INT64" in schema and "src_url STRING" in schema


def test_a_name_that_needs_no_change_keeps_it_beside_the_changed_one() -> None:
    nodes, _ = csv_tables(_graph({"a:b": 1, "a_b": "y", "label:": "z"}))
    header = nodes[0]
    assert "a_b" in header and "a_b.2:int" in header and "label_" in header
    row = dict(zip(header, nodes[1]))
    assert row["a_b"] == "y" and row["a_b.2:int"] == "1" and row["label_"] == "z" and row["label"] == "閆維洪"


def test_zhkgs_own_headers_are_unchanged() -> None:
    nodes, edges = csv_tables(_graph({"category": "体育", "pub date": "2009-01-01"}))
    assert nodes[0][: len(NODE_COLUMNS)] == [h for _, h in NODE_COLUMNS]
    assert edges[0][: len(EDGE_COLUMNS)] == [h for _, h in EDGE_COLUMNS]
    assert nodes[0][len(NODE_COLUMNS):] == ["category", "pub date"]
