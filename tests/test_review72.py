"""The product as a Gephi user, a browser user, a scripted user and a cluster user (session 33, review72).

Found on 100 eligible THUCNews rows and the seed, each case failing before its fix:

* the scripted user: ``kg.between(datetime.date(2020, 12, 1))`` raised ``TypeError: expected string or
  bytes-like object``, a number the same, and a blank bound was silently no bound (the command line refuses
  both);
* the browser user: a node's panel named each evidence sentence's document without its date, so a dated corpus
  could not be read in time from the panel (only edge tooltips had it);
* the browser user: the pinyin search ``hu`` found 火箭 (``huo jian``, most mentioned) before 湖人 and 胡锦涛,
  whose first syllable ``hu`` is.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_node, assert_quiet, search, wait_for_layout

import zhkg
from zhkg.errors import QueryError
from zhkg.export.html import render_html, write_html
from zhkg.stages.normalise import to_simplified, to_traditional

SEED_GRAPH = Path(__file__).resolve().parents[1] / "graphs" / "000_e88b616f19a6a93b.graphml"
SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


# ---- The scripted user: kg.between's bounds


@pytest.fixture(scope="module")
def kg() -> Any:
    return zhkg.load_graph(SEED_GRAPH)


def _neighbours(kg: Any, since: Any, until: Any) -> list[tuple[str, str]]:
    return sorted((n.entity.id, n.kind) for n in kg.between(since, until).neighbours("平谷区"))


@pytest.mark.parametrize("since, until", [
    (dt.date(2020, 12, 1), dt.date(2020, 12, 31)),
    (dt.datetime(2020, 12, 1, 8, 30), dt.datetime(2020, 12, 31, 23, 59)),
    (dt.date(2020, 12, 22), "2020年12月22日"),
])
def test_between_takes_dates_as_python_writes_them(kg, since, until) -> None:
    expected = _neighbours(kg, "2020-12-01", "2020-12-31")
    assert expected  # the seed is dated 2020-12-22
    assert _neighbours(kg, since, until) == expected
    assert _neighbours(kg, dt.date(2020, 12, 23), None) == []


@pytest.mark.parametrize("bound", ["", "   ", 20201201, 2020.12, ["2020-12-01"], "2020-13-01"])
def test_between_refuses_what_is_no_date_in_one_line(kg, bound) -> None:
    for since, until in ((bound, None), (None, bound)):
        with pytest.raises(QueryError) as caught:
            kg.between(since, until)
        message = str(caught.value)
        assert "\n" not in message and "must be a date such as 2020-12-22" in message


def test_between_without_bounds_is_the_whole_graph(kg) -> None:
    assert kg.between(None, None) is kg


# ---- The browser user: a small dated corpus


def dated_page_graph(script: Any) -> nx.MultiDiGraph:
    """火箭 much mentioned, 湖人 and 胡锦涛 less; two documents, one dated, one not."""
    G = nx.MultiDiGraph(title="review72")
    for node_id, label, kind, mentions in (("org:火箭", "火箭", "ORGANIZATION", 40), ("org:湖人", "湖人", "ORGANIZATION", 11),
                                           ("person:胡锦涛", "胡锦涛", "PERSON", 5)):
        add_node(G, node_id, script(label), kind, label, f"{label}|{to_traditional(label)}", mentions=mentions)
    for doc, date in (("d1", "2009-05-25"), ("d2", "")):
        add_node(G, f"doc:{doc}", doc, "DOCUMENT", doc, "", mentions=0, doc_id=doc, title="", date=date)
    sentences = {"d1": script("火箭击败湖人，胡锦涛观看。"), "d2": script("胡锦涛说湖人。")}
    for n, (source, target, doc) in enumerate((("org:火箭", "org:湖人", "d1"), ("person:胡锦涛", "doc:d1", "d1"),
                                               ("person:胡锦涛", "doc:d2", "d2"), ("org:湖人", "doc:d2", "d2"))):
        kind = "MENTIONED_IN" if target.startswith("doc:") else "COMPETES_WITH"
        date = "2009-05-25" if doc == "d1" else ""
        G.add_edge(source, target, key=f"e{n}", id=f"e{n}", label=kind, role="", evidence=sentences[doc], doc_id=doc,
                   evidence_start=0, evidence_end=len(sentences[doc]), weight=1.0, date=date)
    return G


def _documents(page: str) -> dict[str, list[str]]:
    import json

    match = re.search(r'<script type="application/json" id="zhkg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))["documents"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_page_carries_each_evidence_document_s_date(script) -> None:
    # only a dated document gets a third item: an undated corpus's page is as it was
    assert _documents(render_html(dated_page_graph(script))) == {"d1": ["", "doc:d1", "2009-05-25"], "d2": ["", "doc:d2"]}


@pytest.fixture(params=SCRIPTS, scope="module")
def dated_page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review72") / "page.html"
    write_html(dated_page_graph(request.param), path)
    return path


@pytest.fixture
def opened(offline_page: tuple[Any, Any], dated_page: Path) -> tuple[Any, Any]:
    page, log = offline_page
    page.goto(dated_page.as_uri())
    wait_for_layout(page)
    return page, log


@pytest.mark.browser
@pytest.mark.slow
def test_a_panel_dates_each_evidence_sentence_by_its_document(opened) -> None:
    page, log = opened
    search(page, "胡錦濤")
    assert page.evaluate("zhkg.network.getSelectedNodes()") == ["person:胡锦涛"]
    links = [text.strip() for text in page.locator("#zhkg-panel-body .zhkg-doc").all_text_contents()]
    assert sorted(links) == ["d1 · 2009-05-25 [0:13)", "d2 [0:7)"]
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query, found", [
    ("hu", "湖人"),  # 湖人's and 胡锦涛's first syllable, more mentioned than 胡锦涛; 火箭's huo only begins with it
    ("Hu", "湖人"),
    ("huo", "火箭"),
    ("hujin", "胡锦涛"),  # two whole syllables
    ("huji", "胡锦涛"),  # inside a syllable, and no whole-syllable start: still found
    ("hu r", "湖人"),
])
def test_pinyin_search_prefers_a_start_of_whole_syllables(opened, query, found) -> None:
    page, log = opened
    search(page, query)
    assert to_simplified(page.text_content("#zhkg-status")) == f"found: {found}"
    assert_quiet(log)
