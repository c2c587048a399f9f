"""review117: a researcher's questions in Python and the shell on a dated corpus.

* An edge read across documents (a co-mention, an organisation's place) gave its evidence the edge's first
  ``date``, not the date of the document the sentence is from: ``neighbours``, ``path`` and ``--json`` said a
  May sentence was of January. The evidence is now dated by its own document.
* A time slice kept such an edge's whole-corpus ``weight``, ``doc_ids`` and ``date``/``date_last``: a January
  slice said 北京市 and 上海市 were named together in 4 sentences of documents from January to March. The graph
  now records how many sentences each document gave (``doc_weights``, only where the weight is not the number
  of documents), and the slice restates the edge for its range: in the API, ``--json``, GraphML and GEXF alike.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg import Config, Pipeline
from zhkg.cli import main
from zhkg.export.gexf import write_gexf
from zhkg.export.graphml import write_graphml
from zhkg.query.graph import load_graph
from zhkg.stages.normalise import to_simplified, to_traditional
from zhkg.stages.read import read_inputs

SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]
INDEXED = [pytest.param(False, id="networkx"), pytest.param(True, id="index")]
PAIR = ("place:110000", "place:310000")  # 北京市, 上海市

# Row 2 (news-2) is of March, row 3 (news-3) of January and names the pair twice, row 4 (news-4) of March.
ROWS = (("2021-03-05", "北京市和上海市开展合作。"),
        ("2021-01-10", "北京市和上海市签署协议。北京市与上海市共同举办活动。"),
        ("2021-03-20", "北京市和上海市再次合作。"))


@pytest.fixture(scope="module", params=SCRIPTS)
def graph_file(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("review117")
    table = folder / "news.tsv"
    table.write_text("date\ttext\n" + "".join(f"{d}\t{request.param(t)}\n" for d, t in ROWS), encoding="utf-8")
    G = Pipeline(Config(recogniser=False)).run_raw(read_inputs([str(table)])).graph
    out = folder / "news.graphml"
    write_graphml(G, out)
    return out


def _pair(G: nx.MultiDiGraph) -> dict:
    (edge,) = [d for u, v, d in G.edges(data=True) if (u, v) == PAIR and d["label"] == "CO_MENTIONED"]
    return edge


def test_the_corpus_edge_says_each_documents_sentences(graph_file):
    edge = _pair(load_graph(graph_file).G)
    assert (edge["weight"], edge["doc_ids"], edge["doc_weights"]) == (4.0, "news-2|news-3|news-4", "1|2|1")
    assert (edge["date"], edge["date_last"], edge["doc_id"]) == ("2021-01-10", "2021-03-20", "news-2")


@pytest.mark.parametrize("indexed", INDEXED)
def test_evidence_is_dated_by_its_own_document(graph_file, indexed):
    kg = load_graph(graph_file, indexed=indexed)
    (found,) = [n for n in kg.neighbours("北京市", kind="CO_MENTIONED") if n.entity.id == PAIR[1]]
    assert (found.evidence.doc_id, found.evidence.date) == ("news-2", "2021-03-05")
    (step,) = kg.path("上海市", "北京市")
    assert step.evidence.date == "2021-03-05"


@pytest.mark.parametrize("indexed", INDEXED)
def test_a_slice_restates_the_edge_for_its_range(graph_file, indexed):
    kg = load_graph(graph_file, indexed=indexed)
    january = _pair(kg.between("2021-01-01", "2021-01-31").G)
    assert (january["weight"], january["doc_ids"], january["date"], january["date_last"]) == (
        2.0, "news-3", "2021-01-10", "2021-01-10")
    assert "doc_weights" not in january
    march = _pair(kg.between("2021-03-01", "2021-03-31").G)
    assert (march["weight"], march["doc_ids"], march["date"], march["date_last"]) == (
        2.0, "news-2|news-4", "2021-03-05", "2021-03-20")
    whole = _pair(kg.between("2021-01-01", "2021-12-31").G)
    assert (whole["weight"], whole["doc_weights"]) == (4.0, "1|2|1")
    assert _pair(kg.G)["weight"] == 4.0  # the whole graph is untouched


def test_a_written_slice_keeps_the_ranges_weight(graph_file, tmp_path):
    sliced = load_graph(graph_file).between("2021-01-01", "2021-01-31").G
    write_graphml(sliced, tmp_path / "jan.graphml")
    reread = _pair(nx.read_graphml(tmp_path / "jan.graphml"))
    assert (reread["weight"], reread["doc_ids"], reread["date_last"]) == (2.0, "news-3", "2021-01-10")
    write_gexf(sliced, tmp_path / "jan.gexf")
    ns = {"g": "http://gexf.net/1.3"}
    edges = ET.parse(tmp_path / "jan.gexf").getroot().findall(".//g:edge", ns)
    weights = {e.get("weight") for e in edges if (e.get("source"), e.get("target")) == PAIR and e.get("label") == "CO_MENTIONED"}
    assert weights == {"2.0"}


def test_the_command_line_answers_with_the_ranges_edge(graph_file):
    result = CliRunner().invoke(main, ["query", str(graph_file), "neighbours", "北京市", "--kind", "CO_MENTIONED",
                                       "--since", "2021-03-01", "--json"])
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.stdout)
    assert found["evidence"]["date"] == "2021-03-05"
    assert found["weight"] == 2.0 and found["doc_ids"] == ["news-2", "news-4"]


# -- the notebook on a graph of one's own ------------------------------------------------------------------------

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"
NEWS = "国务院总理温家宝、国务院副总理王岐山出席会议。上海市浦东新区有120所学校。浦东新区和上海市开展合作。"


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_notebook_walks_a_graph_of_ones_own(script, tmp_path, monkeypatch, capsys):
    """The notebook asked the seed's names of any graph (every cell after the first failed on a corpus); it now
    takes ``ZHKG_GRAPH`` and picks its person, organisation and place from the graph."""
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    G = Pipeline(Config(recogniser=False)).run_texts([("a", script(NEWS))]).graph
    write_graphml(G, tmp_path / "mine.graphml")
    monkeypatch.setenv("ZHKG_GRAPH", str(tmp_path / "mine.graphml"))
    monkeypatch.chdir(NOTEBOOK.parent)
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code").replace("plt.show()", "")
    try:
        exec(compile(code, "explore.ipynb", "exec"), {})  # noqa: S102 - the notebook's own cells
    finally:
        plt.close("all")
    out = capsys.readouterr().out
    assert "mine.graphml:" in out
    assert f"asking about: {script('温家宝')}, {script('国务院')}, {script('浦东新区')}" in out
    assert "Wen Jiabao   -> person:温家宝" in out and "no entity named 'Wen Jiaao'" in out
    assert f"{script('王岐山')}  {script('副总理')}" in out
    assert "120    " in out
    assert "no path from" in out  # 王岐山 and 上海市 share only the document


# -- the API's mistakes are one clear zhkg error ------------------------------------------------------------------


@pytest.mark.parametrize("path", [None, 5, "", "  "])
def test_a_graph_named_by_no_path_is_a_graph_file_error(path):
    from zhkg.errors import GraphFileError

    with pytest.raises(GraphFileError, match="a graph file is named by a path"):
        load_graph(path)


@pytest.mark.parametrize("kind", [5, True, ["HOLDS_ROLE"]])
def test_a_kind_that_is_not_text_is_a_query_error(graph_file, kind):
    from zhkg.errors import QueryError

    with pytest.raises(QueryError, match="relation kind as text"):
        load_graph(graph_file).neighbours("北京市", kind=kind)


def test_the_neighbours_table_says_how_often_and_where(graph_file):
    """``neighbours`` printed no weight and no document: a pair named together in four sentences looked like one
    named once, and the evidence's document went unsaid."""
    result = CliRunner().invoke(main, ["query", str(graph_file), "neighbours", "北京市", "--kind", "CO_MENTIONED",
                                       "--until", "2021-01-31"])
    assert result.exit_code == 0, result.output
    header, _, row = result.stdout.splitlines()[:3]
    assert header.split()[6:8] == ["weight", "document"]
    # the range's weight, then the document of the corpus's first sentence (of March)
    assert re.search(r"\sPLACE\s+2\s+news-2\s", row), row
