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
    result = runner.invoke(main, ["query", SEED_GRAPH, "people-of", "北京市", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == [] and result.stderr == ""


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
