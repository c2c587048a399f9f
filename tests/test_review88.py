"""review88: the page's search answers a typed query as ``zhkg query … find`` does.

``find`` (``NameIndex.find`` and the SQLite ``GraphIndex.find``) lists whole keys first (name, alias, pinyin, an
alias's pinyin), then every name a Latin query begins (:func:`zhkg.query.names.match_order`). The page's search had
no alias pinyin (``hu`` found 湖人, not 上海市 whose alias 沪 reads ``hu``) and ranked a key's middle among them.
Now its ``zhkg.findNodes`` lists ``find``'s answers in ``find``'s order, then (page only) starts of a name or code
in characters and a key's middle; its search selects the first.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_node, assert_quiet, page_payload, search, wait_for_layout

from zhkg.errors import UnknownNameError
from zhkg.export.html import write_html
from zhkg.query.graph import load_graph
from zhkg.query.names import pinyin_keys, sound_keys
from zhkg.stages.normalise import to_simplified, to_traditional

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "thucnews_1000.tsv"
SHANGHAI = "place:310000"  # 上海市, alias 沪
SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


def hu_graph(script: Any) -> nx.MultiDiGraph:
    """上海市 (alias 沪, read hu), 火箭 much mentioned, 湖人 and 胡锦涛 less, a document 湖南 headline."""
    G = nx.MultiDiGraph(title="review88")
    add_node(G, SHANGHAI, script("上海市"), "PLACE", "上海市", "上海市|沪|滬", mentions=3, code="310000")
    for node_id, label, kind, mentions in (("org:火箭", "火箭", "ORGANIZATION", 40), ("org:湖人", "湖人", "ORGANIZATION", 11),
                                           ("person:胡锦涛", "胡锦涛", "PERSON", 5)):
        add_node(G, node_id, script(label), kind, label, f"{label}|{to_traditional(label)}", mentions=mentions)
    add_node(G, "doc:d1", script("湖人夺冠"), "DOCUMENT", "湖人夺冠", "", mentions=0)
    return G


def write_both(G: nx.MultiDiGraph, folder: Path) -> tuple[Path, Path]:
    """GraphML (for ``find``) and the page of the same graph."""
    graphml, page = folder / "g.graphml", folder / "g.html"
    nx.write_graphml(G, graphml)
    write_html(G, page)
    return graphml, page


def in_script(G: nx.MultiDiGraph, convert: Any) -> nx.MultiDiGraph:
    H = G.copy()
    for _node, attrs in H.nodes(data=True):
        attrs["label"] = convert(str(attrs.get("label", "")))
    return H


# ---- the payload: find's keys, compactly


def test_an_alias_pinyin_reaches_the_page_and_the_name_pinyin_is_not_repeated(tmp_path) -> None:
    _graphml, page = write_both(hu_graph(to_traditional), tmp_path)
    nodes = {node["id"]: node for node in page_payload(page.read_text(encoding="utf-8"))["nodes"]}
    assert nodes["place:310000"]["aliasSound"] == ["hu"]  # 沪 and 滬 read hu: once
    assert "aliasSound" not in nodes["org:湖人"]  # 湖人|湖人 (Traditional) read as the name does
    assert nodes["place:310000"]["code"] == "310000" and "310000" not in nodes["place:310000"]["search"]
    assert nodes["doc:d1"]["pinyin"] == [] and "aliasSound" not in nodes["doc:d1"]
    assert nodes["person:胡锦涛"]["names"] == 2 and "names" not in nodes["org:湖人"]  # 胡錦濤 and 胡锦涛; 湖人 once


def test_sound_keys_are_the_keys_find_matches() -> None:
    attrs = {"label": "吕布", "name_simplified": "吕布", "aliases": "呂布|奉先", "type": "PERSON"}
    names, aliases = sound_keys("person:吕布", attrs)
    assert "lubu" in names and "lvbu" not in names  # v folded to u, as a query is
    assert aliases == ("fengxian",)
    assert pinyin_keys("吕布", person=True)[0] == "lv bu"  # the page derives the folded keys from these


# ---- the browser: same keys, same order


def page_order(page: Any, queries: list[str]) -> dict[str, list[str]]:
    return page.evaluate("qs => Object.fromEntries(qs.map(q => [q, zhkg.findNodes(q)]))", queries)


def assert_same_order(page: Any, graphml: Path, html: Path, queries: list[str]) -> int:
    """The page lists, first, exactly what find lists among the nodes it draws, in find's order; after them only
    nodes find does not list. Returns how many queries find answered."""
    drawn = {node["id"] for node in page_payload(html.read_text(encoding="utf-8"))["nodes"]}
    answers = page_order(page, queries)
    answered = 0
    for indexed in (False, True):
        kg = load_graph(graphml, indexed=indexed)
        for query in queries:
            try:
                found = [f.entity.id for f in kg.find(query)]
            except UnknownNameError:
                found = []
            expected = [node for node in found if node in drawn]
            got = answers[query]
            assert got[:len(expected)] == expected, (query, indexed)
            assert not set(got[len(expected):]) & set(found), (query, indexed)
            answered += bool(expected)
    return answered


def open_page(offline_page: Any, html: Path) -> Any:
    page, log = offline_page
    page.goto(html.as_uri())
    wait_for_layout(page)
    return page, log


HU_ORDERS = [
    ("hu", ["place:310000", "org:湖人", "person:胡锦涛", "org:火箭"]),  # 沪 reads hu whole; then starts, syllables first
    ("Hu", ["place:310000", "org:湖人", "person:胡锦涛", "org:火箭"]),
    ("h", ["org:火箭", "org:湖人", "person:胡锦涛", "place:310000"]),  # inside every first syllable: by mentions
    ("hujin", ["person:胡锦涛"]),
    ("湖人", ["org:湖人", "doc:d1"]),  # find: the name; the page then adds the headline it begins
    ("滬", ["place:310000"]),
    ("310000", ["place:310000"]),  # a code: the page only (find takes the id, place:310000)
    ("shanghai", ["place:310000"]),
    ("jin", ["person:胡锦涛"]),  # a key's middle: the page only, last
]


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS)
def test_the_page_lists_what_find_lists_in_its_order(offline_page, tmp_path, script) -> None:
    graphml, html = write_both(hu_graph(script), tmp_path)
    page, log = open_page(offline_page, html)
    answers = page_order(page, [query for query, _ in HU_ORDERS])
    assert {query: answers[query] for query, _ in HU_ORDERS} == dict(HU_ORDERS)
    assert assert_same_order(page, graphml, html, [query for query, _ in HU_ORDERS]) == 2 * 7  # all but jin and 310000
    search(page, "hu")  # the search box selects find's first answer
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["place:310000"]
    assert_quiet(log)


def sample_queries(G: nx.MultiDiGraph, html: Path, n: int, seed: int) -> list[str]:
    """Names, aliases, both scripts, pinyin whole, spaced, starts and letters of ``n`` nodes the page draws."""
    rng = random.Random(seed)
    nodes = sorted(node["id"] for node in page_payload(html.read_text(encoding="utf-8"))["nodes"])
    queries = ["hu", "h", "zh", "bei", "beijing", "shang", "Zhang", "wang", "li", "lu", "lv", "Yán", "x", "zhong guo"]
    for node in rng.sample(nodes, min(n, len(nodes))):
        attrs = G.nodes[node]
        simplified = str(attrs.get("name_simplified", "") or attrs.get("label", node))
        aliases = [a for a in str(attrs.get("aliases", "")).split("|") if a]
        queries += [str(attrs.get("label", node)), simplified, to_traditional(simplified)] + aliases[:2]
        keys = pinyin_keys(simplified, person=attrs.get("type") == "PERSON")
        if keys and attrs.get("type") != "DOCUMENT":
            queries += [keys[0], keys[0].split(" ")[0], keys[-1][:3], keys[-1][:2].upper()]
        queries.append(simplified[:2])
    return list(dict.fromkeys(q for q in queries if q.strip()))


def assert_page_answers_as_find(offline_page: Any, folder: Path, G: nx.MultiDiGraph, script: Any, n: int,
                                seed: int) -> Any:
    """The page of ``G`` in ``script`` answers a sample of queries about ``n`` of its nodes as find does."""
    graphml, html = write_both(in_script(G, script), folder)
    page, log = open_page(offline_page, html)
    queries = sample_queries(G, html, n, seed)
    assert assert_same_order(page, graphml, html, queries) > len(queries)  # most queries find something (x2 indexes)
    assert_quiet(log)
    return page


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS)
def test_the_seed_page_answers_as_find(offline_page, tmp_path, seed_graph, script) -> None:
    assert_page_answers_as_find(offline_page, tmp_path, seed_graph, script, 60, 88)


@pytest.fixture(scope="module")
def corpus_graph100(pipeline: Any) -> nx.MultiDiGraph:
    """The graph of the first 100 eligible THUCNews rows."""
    if not CORPUS.is_file():
        pytest.skip("shared/data is not beside this checkout")
    from bench.relations_audit import eligible_rows

    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    texts = [(f"thucnews_1000-{row + 1}", lines[row].split("\t", 1)[1]) for row in eligible_rows(1000)[:100]]
    return pipeline.run_texts(texts).graph


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS)
def test_the_100_row_page_answers_as_find(offline_page, tmp_path, corpus_graph100, script) -> None:
    page = assert_page_answers_as_find(offline_page, tmp_path, corpus_graph100, script, 80, 100)
    hu = page_order(page, ["hu"])["hu"]
    assert hu[0] == SHANGHAI and len(hu) > 5  # 沪 whole, then the names hu begins (review86's list)
