"""Co-mentions: the per-sentence reader, its bound, and one weighted edge per pair across documents."""

from __future__ import annotations

import networkx as nx
import pytest

from zhkg import Config, Pipeline
from zhkg.cli import main
from zhkg.registry import get_relation_reader
from zhkg.run.pipeline import relation_reader_names


def co_mentions(result) -> list[tuple[str, str, float, str]]:
    names = {e.id: e.name for e in result.extraction.entities}
    return sorted((names[u], names[v], d["weight"], d["doc_ids"]) for u, v, d in result.graph.edges(data=True)
                  if d["label"] == "CO_MENTIONED")


def sentence_pairs(result) -> list[tuple[str, str]]:
    names = {e.id: e.name for e in result.extraction.entities}
    return sorted((names[r.source], names[r.target]) for r in result.extraction.relations
                  if r.kind.value == "CO_MENTIONED")


def test_the_reader_is_registered_and_runs_unless_off():
    assert get_relation_reader("co_mentions").kinds == ("CO_MENTIONED",)
    assert relation_reader_names(Config())[-1] == "co_mentions"
    assert "co_mentions" not in relation_reader_names(Config(co_mentions="off"))


def test_pairs_of_a_sentence_summed_over_documents_into_one_edge(pipeline):
    texts = [("a", "张吉辉和李伟涛在平谷区考察。"), ("b", "张吉辉与李伟涛交谈。李伟涛说，张吉辉很忙。"), ("c", "郑嘉波来了。")]
    result = Pipeline(Config(co_mention_min_weight=1)).run_texts(texts)
    # ends are ordered by id (person:… before place:…)
    assert co_mentions(result) == [
        ("张吉辉", "平谷区", 1.0, "a"), ("张吉辉", "李伟涛", 3.0, "a|b"), ("李伟涛", "平谷区", 1.0, "a"),
    ]
    # one relation per pair and sentence in the records; the graph sums them
    assert sentence_pairs(result).count(("张吉辉", "李伟涛")) == 3
    edge = next(d for u, v, d in result.graph.edges(data=True) if d["label"] == "CO_MENTIONED" and d["weight"] == 3)
    assert edge["doc_id"] == "a" and edge["evidence"] == "张吉辉和李伟涛在平谷区考察。"
    # the default minimum weight (2 sentences) keeps only the pair seen twice or more
    assert co_mentions(pipeline.run_texts(texts)) == [("张吉辉", "李伟涛", 3.0, "a|b")]


def test_undirected_pairs_are_stored_from_the_smaller_id():
    result = Pipeline(Config(co_mention_min_weight=1)).run_texts([("a", "李伟涛见到张吉辉。"), ("b", "张吉辉见到李伟涛。")])
    [(u, v, d)] = [(u, v, d) for u, v, d in result.graph.edges(data=True) if d["label"] == "CO_MENTIONED"]
    assert u < v and d["weight"] == 2.0


def test_counts_documents_and_names_inside_names_take_no_part():
    result = Pipeline(Config(co_mention_min_weight=1)).run_texts([("a", "平谷区政协主席闫维洪带领30名干部到马坊镇。")])
    pairs = sentence_pairs(result)
    assert ("平谷区政协", "闫维洪") in pairs or ("闫维洪", "平谷区政协") in pairs
    named = {name for pair in pairs for name in pair}
    assert "平谷区" not in named, "平谷区 inside 平谷区政协 is part of that name"
    types = {e.name: e.label.value for e in result.extraction.entities}
    assert not {name for name in named if types[name] in ("COUNT", "DOCUMENT")}


@pytest.mark.parametrize("window, expected", [(1, 5), (2, 9), (5, 15), (100, 15)])
def test_a_sentence_gives_at_most_window_pairs_per_entity(window, expected):
    text = "张吉辉、李伟涛、田晓光、刘全顺、郑嘉波、闫维洪出席。"
    result = Pipeline(Config(co_mention_window=window, co_mention_min_weight=1)).run_texts([("a", text)])
    # six people: n - 1 + n - 2 + ... pairs, each entity paired with the next `window` only
    assert len(sentence_pairs(result)) == expected


def test_off_reads_none():
    result = Pipeline(Config(co_mentions="off", co_mention_min_weight=1)).run_texts([("a", "张吉辉和李伟涛在平谷区考察。")])
    assert sentence_pairs(result) == [] and co_mentions(result) == []


def test_cli_co_mentions_option(runner, tmp_path):
    news = tmp_path / "news.txt"
    news.write_text("张吉辉和李伟涛在平谷区考察。张吉辉与李伟涛交谈。", encoding="utf-8")
    kinds = {}
    for mode in ("sentence", "off"):
        out = tmp_path / mode
        result = runner.invoke(main, ["extract", str(news), "-o", str(out), "--no-model", "--co-mentions", mode])
        assert result.exit_code == 0, result.output
        G = nx.read_graphml(out / "news.graphml")
        kinds[mode] = sorted(d["label"] for *_, d in G.edges(data=True) if d["label"] == "CO_MENTIONED")
    assert kinds == {"sentence": ["CO_MENTIONED"], "off": []}
    bad = runner.invoke(main, ["extract", str(news), "-o", str(tmp_path), "--co-mentions", "word"])
    assert bad.exit_code == 2 and "'word' is not one of 'sentence', 'off'" in bad.output
