"""The page's date filter in Python (page195): which days each drawn edge carries, the days the control spans,
and the pages that have no control (no date, or one day only) keeping their bytes."""

from __future__ import annotations

import networkx as nx
import pytest
from helpers import add_edge, add_node, page_payload

from zhkg.export.html import render_html
from zhkg.export.html_dates import date_filter_html, dated_payload, edge_days
from zhkg.stages.graph import MAX_EDGE_DOC_IDS

DAYS = {"d1": "2021-01-05", "d2": "2021-03-02", "d3": "2021-06-10", "d4": ""}


def dated_graph() -> nx.MultiDiGraph:
    """Four documents (three dated, one not), an entity of each kind of evidence, and one with no edge."""
    G = nx.MultiDiGraph(title="dated")
    for doc, day in DAYS.items():
        add_node(G, f"doc:{doc}", f"文章{doc}", "DOCUMENT", f"文章{doc}", "", doc_id=doc, date=day)
    add_node(G, "person:甲", "甲", "PERSON", "甲", "甲")
    add_node(G, "person:乙", "乙", "PERSON", "乙", "乙")
    add_node(G, "org:丙", "丙公司", "ORGANIZATION", "丙公司", "丙公司")
    add_node(G, "person:丁", "丁", "PERSON", "丁", "丁")
    add_node(G, "person:戊", "戊", "PERSON", "戊", "戊")
    add_node(G, "person:己", "己", "PERSON", "己", "己")
    edges = [
        ("person:甲", "org:丙", "e1", "MEMBER_OF", "d1", {}),
        ("person:乙", "org:丙", "e2", "HOLDS_ROLE", "d2", {}),
        # a co-mention of the first and the last document: not of March
        ("person:甲", "person:乙", "e3", "CO_MENTIONED", "d1", {"doc_ids": "d1|d3", "date_last": DAYS["d3"]}),
        ("person:丁", "org:丙", "e4", "MEMBER_OF", "d4", {}),  # undated
        ("person:甲", "doc:d1", "e5", "MENTIONED_IN", "d1", {}),
        ("person:乙", "doc:d2", "e6", "MENTIONED_IN", "d2", {}),
        ("person:戊", "doc:d3", "e7", "MENTIONED_IN", "d3", {}),
    ]
    for source, target, key, kind, doc, extra in edges:
        add_edge(G, source, target, key, kind, f"{key}的句子。")
        G.edges[source, target, key].update(doc_id=doc, date=DAYS[doc], **extra)
    return G


@pytest.mark.parametrize(("attrs", "expected"), [
    ({"date": "2021-03-02", "doc_id": "d2"}, (["2021-03-02"], False)),
    ({"date": ""}, ([], False)),
    # each listed document's day, an undated one left out
    ({"date": "2021-01-05", "date_last": "2021-06-10", "doc_ids": "d1|d3|d4"}, (["2021-01-05", "2021-06-10"], False)),
    ({"date": "2021-01-05", "date_last": "2021-06-10", "doc_ids": "d3|d1"}, (["2021-01-05", "2021-06-10"], False)),
    # a document the graph does not hold: the span, as between() keeps it
    ({"date": "2021-01-05", "date_last": "2021-06-10", "doc_ids": "d1|d9"}, (["2021-01-05", "2021-06-10"], True)),
    ({"date": "2021-01-05", "date_last": "2021-01-05", "doc_ids": "d1|d9"}, (["2021-01-05"], False)),
    # a list that may be cut: the span
    ({"date": "2021-01-05", "date_last": "2021-06-10", "doc_ids": "|".join(["d1"] * MAX_EDGE_DOC_IDS)},
     (["2021-01-05", "2021-06-10"], True)),
])
def test_edge_days(attrs, expected) -> None:
    assert edge_days(attrs, DAYS) == expected


def test_the_payload_carries_each_edge_s_days() -> None:
    payload = page_payload(render_html(dated_graph()))
    assert payload["dates"] == ["2021-01-05", "2021-03-02", "2021-06-10"]
    days = {edge["id"]: [payload["dates"][i] for i in edge.get("days", [])] for edge in payload["edges"]}
    assert days == {"e1": ["2021-01-05"], "e2": ["2021-03-02"], "e3": ["2021-01-05", "2021-06-10"], "e4": [],
                    "e5": ["2021-01-05"], "e6": ["2021-03-02"], "e7": ["2021-06-10"]}
    assert not any("daySpan" in edge for edge in payload["edges"])
    node_days = {node["id"]: payload["dates"][node["day"]] for node in payload["nodes"] if "day" in node}
    assert node_days == {"doc:d1": "2021-01-05", "doc:d2": "2021-03-02", "doc:d3": "2021-06-10"}


def test_the_control_spans_the_first_and_last_day_and_counts_the_undated() -> None:
    page = render_html(dated_graph())
    assert '<input id="zhkg-since" type="date" min="2021-01-05" max="2021-06-10" value="2021-01-05">' in page
    assert '<input id="zhkg-until" type="date" min="2021-01-05" max="2021-06-10" value="2021-06-10">' in page
    # 丁 (an undated edge only), 己 (no edge) and the undated document
    assert '<p id="zhkg-undated" data-nodes="3">3 nodes with no dated relation' in page
    assert page.count("zhkg.setDateRange = setRange;") == 1 and page.count("#zhkg-dates {") == 1


def test_a_span_edge_is_marked() -> None:
    G = dated_graph()
    G.edges["person:甲", "person:乙", "e3"]["doc_ids"] = "d1|d9"  # d9: no such document here
    payload = page_payload(render_html(G))
    (edge,) = [edge for edge in payload["edges"] if edge["id"] == "e3"]
    assert edge["daySpan"] is True and [payload["dates"][i] for i in edge["days"]] == ["2021-01-05", "2021-06-10"]


def undated(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = G.copy()
    for _node, attrs in H.nodes(data=True):
        attrs.pop("date", None)
    for *_ends, attrs in H.edges(data=True):
        attrs["date"], attrs["date_last"] = "", ""
    return H


@pytest.mark.parametrize("one_day", [False, True], ids=["no-date", "one-day"])
def test_a_page_without_two_days_has_no_filter(one_day) -> None:
    G = undated(dated_graph())
    if one_day:  # every dated thing of one day: the range could only show it all or none
        G.nodes["doc:d1"]["date"] = "2021-01-05"
        G.edges["person:甲", "org:丙", "e1"]["date"] = "2021-01-05"
    page = render_html(G)
    payload = page_payload(page)
    assert "dates" not in payload
    assert not any("days" in edge for edge in payload["edges"]) and not any("day" in node for node in payload["nodes"])
    assert "zhkg-since" not in page and "zhkg-dates" not in page and "Dates</h2>" not in page
    # the slots add nothing: the relations list closes straight before the visible count, the page's script ends it
    assert "    </ul>\n    <p id=\"zhkg-visible\"" in page
    assert page.endswith("})();\n\n</script>\n</body>\n</html>\n") and "setDateRange" not in page


def test_dated_payload_leaves_a_one_day_payload_untouched() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("p", "o", key="e1", id="e1", date="2021-03-02")
    payload = {"nodes": [{"id": "o"}, {"id": "p"}], "edges": [{"id": "e1"}]}
    assert dated_payload(G, G, payload) is None
    assert payload == {"nodes": [{"id": "o"}, {"id": "p"}], "edges": [{"id": "e1"}]}


def test_the_dated_page_is_deterministic() -> None:
    assert render_html(dated_graph()) == render_html(dated_graph())


def test_the_undated_note_is_absent_when_every_node_is_dated() -> None:
    assert "zhkg-undated" not in date_filter_html({"first": "2021-01-05", "last": "2021-03-02", "undated": 0})
    assert "1 node with no dated relation stays" not in date_filter_html(
        {"first": "2021-01-05", "last": "2021-03-02", "undated": 1})


def test_a_date_that_is_no_iso_day_is_no_day() -> None:
    G = dated_graph()
    hostile = '"><script>alert(1)</script>'
    G.nodes["doc:d2"]["date"] = hostile
    G.edges["person:乙", "org:丙", "e2"]["date"] = hostile
    G.edges["person:乙", "doc:d2", "e6"]["date"] = "2021/3/2"
    page = render_html(G)
    payload = page_payload(page)
    assert payload["dates"] == ["2021-01-05", "2021-06-10"]
    assert not any("days" in edge for edge in payload["edges"] if edge["id"] in ("e2", "e6"))
    assert "<script>alert" not in page
