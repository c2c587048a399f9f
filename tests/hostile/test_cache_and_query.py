"""Work-directory files and graph files that lie: bound to their document, refused with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_util import cli, one_error_line
from hostile_util import zhkg as run_zhkg

import zhkg.run.corpus
from zhkg.config import Config
from zhkg.export.graphml import graphml_bytes
from zhkg.run.corpus import CorpusRun, run_corpus
from zhkg.stages.read_files import RawDocument

DOCS = [RawDocument("a", "平谷区政协主席闫维洪主持会议。"), RawDocument("b", "稷山县公安局民警贺旺英坚守岗位。")]


def _run(work: Path, monkeypatch) -> tuple[bytes, list[str]]:
    computed: list[str] = []
    real = zhkg.run.corpus._process_many

    def spy(documents):
        computed.extend(d.id for d in documents)
        return real(documents)

    monkeypatch.setattr(zhkg.run.corpus, "_process_many", spy)
    result = run_corpus(DOCS, CorpusRun(Config(recogniser=False), jobs=1, work_dir=work))
    return graphml_bytes(result.graph), computed


def test_another_documents_cached_result_is_not_used(tmp_path, monkeypatch):
    work = tmp_path / "work"
    fresh, computed = _run(work, monkeypatch)
    assert computed == ["a", "b"]
    files = sorted(work.rglob("*.json"))
    by_doc = {json.loads(p.read_text(encoding="utf-8"))["document"]["id"]: p for p in files}
    by_doc["b"].write_bytes(by_doc["a"].read_bytes())  # a's result copied over b's
    again, computed = _run(work, monkeypatch)
    assert computed == ["b"] and again == fresh


@pytest.mark.parametrize("content", ["null", "[]", '"x"', "{}", '{"format": 3, "key": null}',
                                     "[" * 100_000 + "]" * 100_000, "\xff\xfe", "not json"])
def test_a_damaged_cache_file_is_recomputed(tmp_path, monkeypatch, content):
    work = tmp_path / "work"
    fresh, _ = _run(work, monkeypatch)
    target = sorted(work.rglob("*.json"))[0]
    target.write_bytes(content.encode("utf-8", "surrogateescape") if content != "\xff\xfe" else b"\xff\xfe")
    again, computed = _run(work, monkeypatch)
    assert len(computed) == 1 and again == fresh


def test_wrong_types_in_a_cache_file_are_recomputed(tmp_path, monkeypatch):
    work = tmp_path / "work"
    fresh, _ = _run(work, monkeypatch)
    for target in work.rglob("*.json"):
        data = json.loads(target.read_text(encoding="utf-8"))
        data["mentions"] = [{**m, "start": "0", "end": None} for m in data["mentions"]] or [{"start": []}]
        target.write_text(json.dumps(data), encoding="utf-8")
    again, computed = _run(work, monkeypatch)
    assert sorted(computed) == ["a", "b"] and again == fresh


@pytest.mark.parametrize(
    "content, message",
    [
        ("[]", "expected node-link JSON (an object with nodes and edges), found a JSON list"),
        ('"x"', "expected node-link JSON (an object with nodes and edges), found a JSON str"),
        ('{"nodes": [{"id": NaN}], "edges": []}', "NaN is not a JSON value"),
        ('{"nodes": [{"id": 1.5}], "edges": []}', "node 0 has no string or integer id"),
        ('{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]}', "edge 0 does not join two of the nodes"),
        ('{"nodes": 3}', "expected node-link JSON: nodes and edges must be lists"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_a_graph_that_is_not_node_link_json_is_one_line_error(tmp_path, content, message):
    graph = tmp_path / "g.json"
    graph.write_text(content, encoding="utf-8")
    result = cli("query", graph, "find", "x")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: cannot read {graph}: {message}"


def test_a_deeply_nested_graphml_is_one_line_error(tmp_path):
    graph = tmp_path / "g.graphml"
    graph.write_text("<graphml>" + "<a>" * 50_000 + "</a>" * 50_000 + "</graphml>", encoding="utf-8")
    result = run_zhkg("query", graph, "find", "x", timeout=120)
    assert result.returncode == 1
    assert one_error_line(result.stderr).startswith(f"Error: cannot read {graph}")


def test_a_question_in_characters_needs_no_pinyin_index(monkeypatch):
    import networkx as nx

    from zhkg.query import names
    from zhkg.query.graph import KnowledgeGraph

    G = nx.MultiDiGraph()
    for n in range(2000):
        G.add_node(f"person:{n}", label=f"张{n}", name_simplified=f"张{n}", type="PERSON")
    G.add_node("org:x", label="平谷區政協", name_simplified="平谷区政协", type="ORGANIZATION")

    def no_pinyin(*args, **kwargs):
        raise AssertionError("pinyin computed for a question in characters")

    monkeypatch.setattr(names, "name_keys", no_pinyin)
    kg = KnowledgeGraph(G)
    assert kg.entity("平谷区政协").id == "org:x"
    monkeypatch.undo()
    assert kg.entity("ping gu qu zheng xie").id == "org:x"  # built when a question needs it
