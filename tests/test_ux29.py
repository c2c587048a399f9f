"""Session 26, ux29: a user's review of ``zhkg query``.

A question that found nothing printed a bare ``no results``: it did not say whether the name was the wrong
kind of entity (``people-of`` a person), whether a ``--since``/``--until`` range missed the graph's dates, or
what to ask instead. It now says so in one line on stderr, exit status still 0 (an empty answer is not an
error). Deciding whether the graph was dated read the whole graph from its index; the dates are now read in SQLite.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

from zhkg.cli import main
from zhkg.query.graph import KnowledgeGraph, load_graph

SEED_GRAPH = "graphs/000_e88b616f19a6a93b.graphml"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The query index in a folder of the test's own."""
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _empty(runner, *args: str) -> str:
    """The stderr of a question with no answer (stdout empty, exit status 0)."""
    result = runner.invoke(main, ["query", SEED_GRAPH, *args])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    return result.stderr


@pytest.mark.parametrize("args, message", [
    # a place has no people: the seed's 北京市 has other relations, which neighbours lists
    (["people-of", "北京市"], "no role or membership in 北京市 (PLACE) is recorded; neighbours 北京市 lists 9 relations"),
    # a person asked people-of: roles-of is the question, and it has an answer
    (["people-of", "闫维洪"], "no role or membership in 閆維洪 (PERSON) is recorded; ask roles-of 闫维洪 instead"),
    (["roles-of", "平谷区政协"],
     "no role or membership of 平谷區政協 (ORGANIZATION) is recorded; ask people-of 平谷区政协 instead"),
    (["counts-of", "閆維洪"], "no count of 閆維洪 (PERSON) is recorded; neighbours 閆維洪 lists 5 relations"),
    (["neighbours", "北京市", "--kind", "holds_role"],
     "北京市 (PLACE) has no HOLDS_ROLE relation; without --kind it has 9 relations"),
])
def test_an_empty_answer_says_what_was_asked_of_what(runner, cache, args, message):
    assert _empty(runner, *args) == f"no results: {message}\n"


@pytest.mark.parametrize("args, message", [
    (["neighbours", "平谷区", "--since", "2030-01-01"], "平谷區 (PLACE) has no relation dated from 2030-01-01"),
    (["documents-of", "平谷区", "--until", "2019-12-31"], "no document dated until 2019-12-31 mentions 平谷區 (PLACE)"),
    (["entities-of", "000_e88b616f19a6a93b", "--since", "2021-01-01", "--until", "2021-02-01"],
     "document 000_e88b616f19a6a93b has no mention dated from 2021-01-01 until 2021-02-01"),
])
def test_an_empty_date_range_says_the_dates_the_graph_has(runner, cache, args, message):
    # the seed's relations are all of 2020-12-22: one date, said once
    assert _empty(runner, *args) == f"no results: {message}; this graph's relations are dated 2020-12-22\n"


def test_json_stays_an_empty_list(runner, cache):
    # stdout stays parseable; the reason goes to stderr, one line, as without --json (review39)
    result = runner.invoke(main, ["query", SEED_GRAPH, "people-of", "北京市", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert result.stderr.startswith("no results: ") and result.stderr.count("\n") == 1


def test_a_range_says_first_and_last_dates_across_documents(runner, cache, tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("p", label="甲", type="PERSON", name_simplified="甲")
    G.add_node("o", label="乙公司", type="ORGANIZATION", name_simplified="乙公司")
    G.add_node("q", label="丙", type="PERSON", name_simplified="丙")
    G.add_edge("p", "o", key="e1", label="HOLDS_ROLE", role="董事长", date="2021-03-02")
    G.add_edge("q", "p", key="e2", label="CO_MENTIONED", date="2021-01-05", date_last="2021-04-01")
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    result = runner.invoke(main, ["query", str(path), "people-of", "乙公司", "--since", "2022-01-01"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == ("no results: no role or membership in 乙公司 (ORGANIZATION) dated from 2022-01-01; "
                             "this graph's relations are dated 2021-01-05 to 2021-04-01\n")


def test_date_range_of_an_indexed_graph_does_not_load_it(cache):
    kg = load_graph(SEED_GRAPH, indexed=True)
    assert kg.date_range() == ("2020-12-22", "2020-12-22") and kg.is_dated()
    assert kg._G is None  # answered in SQLite: a large graph is not read whole (17 s on 96,380 nodes)


@pytest.mark.parametrize("edges, expected", [
    ([], None),
    ([{"date": ""}], None),
    ([{"date": "2021-03-02"}, {"date": "2020-01-05", "date_last": "2021-04-01"}, {"date": ""}],
     ("2020-01-05", "2021-04-01")),
])
def test_date_range_networkx_and_index_agree(cache, tmp_path, edges, expected):
    G = nx.MultiDiGraph()
    G.add_node("a", label="甲", type="PERSON")
    G.add_node("b", label="乙", type="PERSON")
    for n, attrs in enumerate(edges):
        G.add_edge("a", "b", key=f"e{n}", label="CO_MENTIONED", **attrs)
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    assert KnowledgeGraph(G).date_range() == expected
    assert load_graph(path, indexed=True).date_range() == expected
    assert load_graph(path, indexed=True).is_dated() is (expected is not None)


# ---- --since/--until read the whole graph from its index first: 10-17 s a question on a 90,000-node graph

def _dated_graph(path):
    G = nx.MultiDiGraph()
    for node, label, kind in (("p", "甲", "PERSON"), ("q", "丙", "PERSON"), ("o", "乙公司", "ORGANIZATION"),
                              ("d1", "d1", "DOCUMENT"), ("d2", "d2", "DOCUMENT")):
        G.add_node(node, label=label, type=kind, name_simplified=label, doc_id=label)
    G.add_edge("p", "o", key="e1", label="HOLDS_ROLE", role="董事长", date="2021-03-02", doc_id="d1")
    G.add_edge("q", "o", key="e2", label="MEMBER_OF", role="员工", date="2021-06-01", doc_id="d2")
    G.add_edge("p", "q", key="e3", label="CO_MENTIONED", date="2021-01-05", date_last="2021-04-01")
    G.add_edge("p", "d1", key="e4", label="MENTIONED_IN", date="2021-03-02", doc_id="d1")
    G.add_edge("q", "d2", key="e5", label="MENTIONED_IN", date="2021-06-01", doc_id="d2")
    G.add_edge("q", "o", key="e6", label="HOLDS_ROLE", role="经理", date="", doc_id="d3")
    nx.write_graphml(G, path)
    return G


@pytest.mark.parametrize("since, until", [("2021-03-01", None), (None, "2021-03-31"), ("2021-04-01", "2021-12-31"),
                                          ("2022-01-01", None)])
def test_a_date_range_over_an_index_answers_as_the_whole_graph_does_without_reading_it(cache, tmp_path, since, until):
    G = _dated_graph(tmp_path / "g.graphml")
    indexed = load_graph(tmp_path / "g.graphml", indexed=True).between(since, until)
    whole = KnowledgeGraph(G).between(since, until)
    for question in ("people_of", "neighbours", "documents_of", "roles_of"):
        for name in ("乙公司", "甲", "丙"):
            assert getattr(indexed, question)(name) == getattr(whole, question)(name), (question, name)
    assert indexed.entities_of("d1") == whole.entities_of("d1")
    assert indexed._G is None  # answered from the index's rows
    assert sorted(k for *_, k in indexed.G.edges(keys=True)) == sorted(k for *_, k in whole.G.edges(keys=True))


def test_a_path_in_a_date_range_keeps_to_it(cache, tmp_path):
    _dated_graph(tmp_path / "g.graphml")
    kg = load_graph(tmp_path / "g.graphml", indexed=True)
    assert [s.kind for s in kg.between("2021-01-01", "2021-04-30").path("丙", "乙公司")] == ["CO_MENTIONED", "HOLDS_ROLE"]
    assert [s.kind for s in kg.path("丙", "乙公司")] == ["MEMBER_OF"]


def test_a_kind_the_graph_has_outside_the_range_is_not_called_unknown(runner, cache, tmp_path):
    _dated_graph(tmp_path / "g.graphml")
    result = runner.invoke(main, ["query", str(tmp_path / "g.graphml"), "neighbours", "乙公司", "--kind", "member_of",
                                  "--until", "2021-03-31"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("no results: 乙公司 (ORGANIZATION) has no MEMBER_OF relation dated until 2021-03-31;")


# ---- `cat news.jsonl | zhkg extract -` read the JSON lines as one text document, their keys and quotes in it

LINES = ('{"id": "a1", "text": "平谷区政协主席闫维洪主持会议。", "date": "2020-12-22"}\n'
         '\n'
         '{"id": "a2", "text": "北京市副市长张明华到平谷区调研。"}\n')


def _extract_stdin(tmp_path, stdin: str, *more: str):
    from click.testing import CliRunner

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "-", "-o", str(out), "--no-model", "--no-progress", *more], input=stdin)
    return result, out / "stdin.graphml"


def test_json_lines_on_standard_input_are_one_document_a_line(tmp_path):
    result, graph = _extract_stdin(tmp_path, LINES)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("2 documents;")
    G = nx.read_graphml(graph)
    docs = {a["doc_id"]: a for _, a in G.nodes(data=True) if a["type"] == "DOCUMENT"}
    assert sorted(docs) == ["a1", "a2"] and docs["a1"]["date"] == "2020-12-22"
    assert not any("{" in str(a.get("label", "")) or '"' in str(a.get("label", "")) for _, a in G.nodes(data=True))


def test_a_bad_json_line_on_standard_input_is_named_and_skippable(tmp_path):
    bad = LINES + "{oops\n"
    result, _ = _extract_stdin(tmp_path, bad)
    assert result.exit_code == 1
    assert result.stderr.endswith("Error: <stdin>:4: malformed JSON (Expecting property name enclosed in double quotes)\n")
    result, graph = _extract_stdin(tmp_path, bad, "--skip-bad")
    assert result.exit_code == 0 and "skipped: <stdin>:4: malformed JSON" in result.stderr
    assert result.stderr.count("2 documents;") == 1


@pytest.mark.parametrize("text", ["平谷区政协主席闫维洪主持会议。\n{张吉辉}委员捐赠物资。", "{平谷区政协}主席闫维洪主持会议。"])
def test_text_on_standard_input_stays_one_document(tmp_path, text):
    result, graph = _extract_stdin(tmp_path, text)
    assert result.exit_code == 0 and result.stderr.startswith("1 document;")


# ---- documents-of listed ids as strings: a table's row news-10 before news-2

def test_documents_of_keeps_the_order_of_numbered_ids(runner, cache, tmp_path):
    table = tmp_path / "news.tsv"
    rows = ["平谷区政协主席闫维洪主持会议。"] * 11
    table.write_text("text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert runner.invoke(main, ["extract", str(table), "-o", str(tmp_path), "--no-model", "--no-progress"]).exit_code == 0
    result = runner.invoke(main, ["query", str(tmp_path / "news.graphml"), "documents-of", "闫维洪", "--json"])
    assert [d["doc_id"] for d in json.loads(result.stdout)] == [f"news-{n}" for n in range(2, 13)]
