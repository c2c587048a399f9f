"""Time: a document's date on the document, on every relation from it, and queries by date."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from zhkg import Config, Pipeline
from zhkg.cli import main
from zhkg.errors import QueryError
from zhkg.query.graph import KnowledgeGraph, load_graph
from zhkg.stages.documents import parse_documents
from zhkg.stages.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"


@pytest.mark.parametrize(
    "metadata, date",
    [
        ({"date": "2020-12-22"}, "2020-12-22"),
        ({"date": "2020/1/5 08:30"}, "2020-01-05"),
        ({"date": "2020年12月22日"}, "2020-12-22"),
        # feeds write dates in English: RSS's RFC 2822 pubDate and month names were kept as given, undated (QA pass)
        ({"date": "Tue, 22 Dec 2020 08:30:00 +0800"}, "2020-12-22"),
        ({"date": "Dec 20, 2020"}, "2020-12-20"),
        ({"date": "December 5th, 2020 10:00"}, "2020-12-05"),
        ({"date": "5 Sept 2020"}, "2020-09-05"),
        ({"date": "Sunday, 20 December 2020"}, "2020-12-20"),
        # not a date: kept as written in date_text (ux21b: once in date itself), and no relation is dated by it
        ({"date": "Feb 30, 2021"}, ("", "Feb 30, 2021")),  # no such day
        ({"date": "12/05/2020"}, ("", "12/05/2020")),  # day or month first: not guessed
        ({"date": "May God"}, ("", "May God")),
        ({"date": "上周"}, ("", "上周")),
        ({}, ""),
    ],
)
def test_metadata_date_is_iso_on_the_document(metadata, date):
    [doc] = parse_documents("d", "张吉辉来到平谷区。", metadata)
    assert (doc.date, doc.date_text) == (date if isinstance(date, tuple) else (date, ""))


def test_dateline_date_is_iso_on_the_document():
    doc = parse_documents("d", "標題\n\n2020-1-5 消費日報網\n\n正文。\n")[0]
    assert doc.date == "2020-01-05"


@pytest.fixture(scope="module")
def dated_run(tmp_path_factory):
    """Three JSON-lines documents: two dated, one not, sharing people."""
    folder = tmp_path_factory.mktemp("dated")
    lines = [
        {"id": "dec", "date": "2020-12-22", "text": "平谷区政协主席闫维洪在平谷区考察。闫维洪与张吉辉交谈。"},
        {"id": "jan", "date": "2021-01-05", "text": "闫维洪与张吉辉来到马坊镇。张吉辉说，闫维洪很忙。"},
        {"id": "undated", "text": "张吉辉来到平谷区。"},
    ]
    news = folder / "news.jsonl"
    news.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return folder, news


def test_every_relation_keeps_its_documents_date(dated_run):
    folder, news = dated_run
    result = Pipeline(Config(recogniser=False)).run_raw(read_inputs([str(news)]))
    dates = {"dec": "2020-12-22", "jan": "2021-01-05", "undated": ""}
    assert {d.id: d.date for d in result.extraction.documents} == dates
    assert all(r.evidence.date == dates[r.evidence.doc_id] for r in result.extraction.relations)
    for _, _, d in result.graph.edges(data=True):
        if d["label"] == "CO_MENTIONED":
            # one edge for the pair across documents: dated by the first and the last day it was seen
            seen = [dates[doc] for doc in d["doc_ids"].split("|") if dates[doc]]
            assert (d["date"], d["date_last"]) == (min(seen), max(seen)) == ("2020-12-22", "2021-01-05")
        else:
            assert d["date"] == dates[d["doc_id"]]
    assert result.graph.nodes["doc:jan"]["date"] == "2021-01-05"


def test_relations_filtered_by_date(dated_run):
    folder, news = dated_run
    result = Pipeline(Config(recogniser=False)).run_raw(read_inputs([str(news)]))
    kg = KnowledgeGraph(result.graph)
    everything = {n.evidence.doc_id for n in kg.neighbours("张吉辉")}
    assert everything == {"dec", "jan", "undated"}
    # the pair's co-mention is one edge across documents, its evidence December's: seen again in January, it stays
    assert {(n.kind, n.evidence.doc_id) for n in kg.between(since="2021-01-01").neighbours("张吉辉")} == {
        ("MENTIONED_IN", "jan"), ("CO_MENTIONED", "dec")}
    assert {(n.kind, n.evidence.doc_id) for n in kg.between(since="2021-01-06").neighbours("张吉辉")} == set()
    assert {n.evidence.doc_id for n in kg.between(until="2020-12-31").neighbours("张吉辉")} == {"dec"}
    both = kg.between("2020-12-22", "2021-01-05")
    assert {d.doc_id for d in both.documents_of("张吉辉")} == {"dec", "jan"}
    assert all(n.evidence.date for n in both.neighbours("张吉辉"))
    assert kg.between() is kg
    # names still resolve when none of an entity's relations is in range
    assert kg.between(since="2030-01-01").neighbours("张吉辉") == ()
    with pytest.raises(QueryError, match="since must be a date such as 2020-12-22, not 'soon'"):
        kg.between(since="soon")
    with pytest.raises(QueryError, match="since 2021-01-05 is after until 2020-12-22"):
        kg.between(since="2021-01-05", until="2020-12-22")


def test_query_since_until_from_the_cli(runner, dated_run, tmp_path):
    folder, news = dated_run
    graph = tmp_path / "news.graphml"
    gexf = tmp_path / "news.gexf"
    made = runner.invoke(main, ["extract", str(news), "--graphml", str(graph), "--html", str(tmp_path / "n.html"),
                                "--gexf", str(gexf), "--no-model"])
    assert made.exit_code == 0, made.output
    timeline = nx.read_gexf(gexf)
    assert timeline.graph["mode"] == "dynamic"
    assert timeline.nodes["doc:jan"]["start"] == "2021-01-05" and "start" not in timeline.nodes["doc:undated"]
    ask = ["query", str(graph), "documents-of", "张吉辉", "--json"]
    docs = lambda *extra: [d["doc_id"] for d in json.loads(runner.invoke(main, [*ask, *extra]).stdout)]  # noqa: E731
    assert docs() == ["dec", "jan", "undated"]
    assert docs("--since", "2021-01-01") == ["jan"]
    assert docs("--until", "2020-12-22") == ["dec"]
    assert docs("--since", "2020-12-01", "--until", "2021-12-31") == ["dec", "jan"]
    neighbours = json.loads(runner.invoke(main, ["query", str(graph), "neighbours", "张吉辉", "--json",
                                                 "--since", "2021-01-05"]).stdout)
    assert {(n["kind"], n["evidence"]["date"]) for n in neighbours} == {
        ("MENTIONED_IN", "2021-01-05"), ("CO_MENTIONED", "2020-12-22")}  # the co-mention's first evidence
    later = json.loads(runner.invoke(main, ["query", str(graph), "neighbours", "张吉辉", "--json",
                                            "--since", "2021-01-06"]).stdout)
    assert later == []


def test_seed_relations_carry_the_article_date():
    kg = load_graph(SEED_GRAPH)
    roles = kg.people_of("平谷区政协")
    assert roles and {r.evidence.date for r in roles} == {"2020-12-22"}
    assert kg.between(since="2020-12-23").people_of("平谷区政协") == ()
    G = nx.read_graphml(SEED_GRAPH)
    assert {d["date"] for _, _, d in G.edges(data=True)} == {"", "2020-12-22"}
