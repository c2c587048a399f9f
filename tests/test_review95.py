"""review95: a data journalist's scripted questions, in Python, ``zhkg query`` and the notebook.

Defects met asking a 60-row THUCNews graph and the seed (README, *In Python, a notebook or the shell*):

* ``entities-of`` given an entity's name said ``no document named '湖人'; no similar names``, although ``documents-of``
  given a document says what it is and what to ask (``NotAnEntityError``); it now says the reverse
  (``NotADocumentError``, an ``UnknownNameError``);
* ``kg.neighbours(name, kind="")`` silently kept every relation, where ``--kind ''`` is refused and a blank
  ``between`` bound raises ``QueryError``;
* ``between`` kept a co-mention for a range none of its documents is dated in (seen before and after it), so
  ``neighbours 火箭 --kind co_mentioned`` answered three links for days ``documents-of 火箭`` found no document on.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import add_node, assert_one_line_error

from zhkg.cli import main
from zhkg.errors import QueryError, UnknownNameError
from zhkg.export.graphml import write_graphml
from zhkg.query.graph import load_graph
from zhkg.stages.graph import MAX_EDGE_DOC_IDS
from zhkg.stages.normalise import to_simplified, to_traditional

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
INDEXED = [pytest.param(False, id="networkx"), pytest.param(True, id="index")]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- entities-of an entity's name: "no document named …; no similar names"


@pytest.mark.parametrize("name", ["平谷區政協", "平谷区政协", "區政協"])
def test_entities_of_an_entity_says_it_is_an_entity(name, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    result = run("query", SEED, "entities-of", name)
    assert_one_line_error(result, f"{name!r} is an entity (org:平谷区政协), not a document: "
                                  f"documents-of {name} lists the documents that mention it")


@pytest.mark.parametrize("indexed", INDEXED)
def test_the_api_raises_not_a_document_an_unknown_name(indexed, tmp_path, monkeypatch):
    from zhkg import NotADocumentError

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(SEED, indexed=indexed)
    with pytest.raises(NotADocumentError) as caught:
        kg.entities_of("閆維洪")
    assert isinstance(caught.value, UnknownNameError)  # what scripts caught before still catches it
    assert caught.value.name == "閆維洪"


@pytest.mark.parametrize("name", ["000_e88b616f19a6a93b", "奮勇投身疫情防控第一線 為保人民群眾平安作貢獻"])
def test_entities_of_a_document_is_unchanged(name):
    assert "person:闫维洪" in {e.id for e in load_graph(SEED).entities_of(name)}


def test_a_name_no_node_has_still_says_no_document(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    assert_one_line_error(run("query", SEED, "entities-of", "湖人"), "no document named '湖人'; no similar names")


def test_a_pinyin_start_is_no_entity_to_refuse_as_a_document():
    """``Yan`` only begins a pinyin: no entity is named so, and the answer stays the unknown document's."""
    with pytest.raises(UnknownNameError, match="no document named 'Yan'"):
        load_graph(SEED).entities_of("Yan")


# ---- kg.neighbours(name, kind="") filtered nothing, silently


@pytest.mark.parametrize("indexed", INDEXED)
@pytest.mark.parametrize("kind", ["", " ", "\t"])
def test_a_blank_kind_is_refused_in_python_as_on_the_command_line(indexed, kind, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(SEED, indexed=indexed)
    with pytest.raises(QueryError, match="needs a relation kind"):
        kg.neighbours("平谷區", kind=kind)
    assert kg.neighbours("平谷區", kind=None) == kg.neighbours("平谷区")


# ---- between() kept a co-mention seen before and after the range, never in it

DATES = {"d1": "2020-01-01", "d2": "2020-02-15", "d3": "2020-03-01"}


def dated_graph(script, doc_ids: list[str], path: Path) -> Path:
    """Two people co-mentioned in ``doc_ids`` (first and last dated 2020-01-01 and 2020-03-01); the first also
    mentioned in d2 (2020-02-15)."""
    G = nx.MultiDiGraph(title="review95")
    add_node(G, "person:张三", script("张三"), "PERSON", "张三", "张三")
    add_node(G, "person:李四", script("李四"), "PERSON", "李四", "李四")
    for doc in sorted({*DATES, *doc_ids}):
        add_node(G, f"doc:{doc}", doc, "DOCUMENT", doc, "", mentions=0, doc_id=doc, date=DATES.get(doc, "2020-03-01"))
    G.add_edge("person:张三", "doc:d2", key="m", label="MENTIONED_IN", evidence=script("张三来了。"), doc_id="d2",
               evidence_start=0, evidence_end=2, weight=1.0, date=DATES["d2"])
    G.add_edge("person:张三", "person:李四", key="c", label="CO_MENTIONED", evidence=script("张三和李四。"), doc_id="d1",
               evidence_start=0, evidence_end=5, weight=float(len(doc_ids)), date=DATES["d1"],
               date_last="2020-03-01", doc_ids="|".join(doc_ids))
    write_graphml(G, path)
    return path


SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("indexed", INDEXED)
def test_a_co_mention_none_of_whose_documents_is_in_range_is_left_out(script, indexed, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(dated_graph(script, ["d1", "d3"], tmp_path / "g.graphml"), indexed=indexed)
    february = kg.between("2020-02-01", "2020-02-28")
    assert [n.kind for n in february.neighbours("张三")] == ["MENTIONED_IN"]
    assert february.neighbours("李四") == ()
    assert [n.entity.label for n in kg.between("2020-02-01", "2020-03-31").neighbours("李四")] == [script("张三")]
    assert [n.entity.label for n in kg.between(until="2020-01-01").neighbours("李四")] == [script("张三")]
    assert february.G.number_of_edges() == 1


@pytest.mark.parametrize("indexed", INDEXED)
def test_a_co_mention_in_a_document_of_the_range_stays(indexed, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(dated_graph(to_simplified, ["d1", "d2", "d3"], tmp_path / "g.graphml"), indexed=indexed)
    assert [n.entity.label for n in kg.between("2020-02-01", "2020-02-28").neighbours("李四")] == ["张三"]


def test_a_cut_list_of_documents_keeps_the_first_and_last_dates_rule(tmp_path):
    """A list cut at MAX_EDGE_DOC_IDS may leave out the documents of the range: the edge stays, as before."""
    docs = ["d1", *(f"x{i:02d}" for i in range(MAX_EDGE_DOC_IDS - 1))]
    kg = load_graph(dated_graph(to_simplified, docs, tmp_path / "g.graphml"))
    assert [n.entity.label for n in kg.between("2020-02-01", "2020-02-28").neighbours("李四")] == ["张三"]


def test_the_command_line_leaves_it_out_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    graph = dated_graph(to_traditional, ["d1", "d3"], tmp_path / "g.graphml")
    result = run("query", graph, "neighbours", "李四", "--since", "2020-02-01", "--until", "2020-02-28")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("no results: 李四 (PERSON) has no relation dated from 2020-02-01 until 2020-02-28")


# ---- find's start of a pinyin loaded pypinyin at every question (0.86 s against 0.30 s for people-of, 715 rows)


def hu_graph(script) -> nx.MultiDiGraph:
    """Names the start ``hu`` ranks by syllables, then mentions: 火箭 (huo) much mentioned, ends inside a syllable."""
    G = nx.MultiDiGraph(title="review95")
    for node_id, name, kind, mentions in (("org:火箭", "火箭", "ORGANIZATION", 40), ("org:湖人", "湖人", "ORGANIZATION", 11),
                                          ("person:胡锦涛", "胡锦涛", "PERSON", 5), ("person:胡歌", "胡歌", "PERSON", 7),
                                          ("place:420000", "湖北省", "PLACE", 2)):
        add_node(G, node_id, script(name), kind, name, f"{name}|{to_traditional(name)}", mentions=mentions)
    return G


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("query", ["hu", "Hu", "huo", "hujin", "h"])
def test_the_index_ranks_a_pinyin_start_without_reading_pinyin_again(script, query, tmp_path, monkeypatch):
    import zhkg.query.names as names

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    path = tmp_path / "hu.graphml"
    write_graphml(hu_graph(script), path)
    expected = [f.entity.id for f in load_graph(path).find(query)]  # networkx: every name's pinyin in memory
    load_graph(path, indexed=True).entity("湖人")  # the index, built with its pinyin

    def no_pinyin(*args, **kwargs):
        raise AssertionError("pinyin read at question time")

    monkeypatch.setattr(names, "pinyin_keys", no_pinyin)
    assert [f.entity.id for f in load_graph(path, indexed=True).find(query)] == expected
    if query == "hu":
        assert expected == ["org:湖人", "person:胡歌", "person:胡锦涛", "place:420000", "org:火箭"]


# ---- a name that is no text (None, a spreadsheet's NaN) failed with "normalize() argument 2 must be str"


@pytest.mark.parametrize("indexed", INDEXED)
@pytest.mark.parametrize("value", [None, float("nan"), 42, b"\xe5\xb9\xb3"])
@pytest.mark.parametrize("question", ["entity", "find", "people_of", "roles_of", "counts_of", "documents_of",
                                      "entities_of", "neighbours"])
def test_a_name_that_is_no_text_is_a_query_error(indexed, value, question, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(SEED, indexed=indexed)
    with pytest.raises(QueryError, match=f"^a name must be text \\(str\\), not {type(value).__name__}: "):
        getattr(kg, question)(value)


@pytest.mark.parametrize("pair", [(None, "北京市"), ("張吉輝", float("nan"))])
def test_path_refuses_an_end_that_is_no_text(pair):
    with pytest.raises(QueryError, match="a name must be text"):
        load_graph(SEED).path(*pair)


# ---- "what else is it called?": find showed the key that matched, never the entity's other names


@pytest.mark.parametrize("indexed", INDEXED)
@pytest.mark.parametrize("name", ["區政協", "区政协", "平谷區政協", "平谷区政协"])
def test_find_lists_the_other_names_an_entity_goes_by(indexed, name, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    found = load_graph(SEED, indexed=indexed).find(name)[0]
    assert found.entity.id == "org:平谷区政协"
    assert {"區政協", "区政协", "平谷政協", "政協北京市平谷區委員會"} <= set(found.aliases)
    assert not {"平谷區政協", "平谷区政协"} & set(found.aliases)  # its label and Simplified name are columns already


def test_find_prints_the_aliases_column_and_json(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    table = run("query", SEED, "find", "全区")
    assert table.exit_code == 0, table.output
    header, _, first, *_ = table.stdout.splitlines()
    assert header.split() == ["label", "type", "name_simplified", "matched", "how", "aliases", "id"]
    assert first.split()[0] == "平谷區" and first.split()[5] == "全区|全區|平谷"
    (answer, *_) = json.loads(run("query", SEED, "find", "北京", "--json").stdout)
    assert answer["entity"]["label"] == "北京市" and answer["aliases"] == ["京", "北京"]


def test_a_person_without_other_names_has_none():
    (found,) = load_graph(SEED).find("閆維洪")
    assert found.aliases == ()
