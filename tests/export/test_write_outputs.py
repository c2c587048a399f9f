"""zhkg.export.write_outputs: the outputs asked for, all written or none."""

from __future__ import annotations

import errno
import json

import networkx as nx
import pytest

import zhkg.export.gexf
from zhkg.config import Config
from zhkg.errors import OutputError
from zhkg.export import write_outputs
from zhkg.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def result():
    return Pipeline(Config(recogniser=False)).run_texts([("d1", "平谷区政协主席闫维洪主持会议。全区17个镇乡。")])


def test_writes_what_is_asked_and_returns_the_paths(tmp_path, result):
    written = write_outputs(result, graphml=tmp_path / "g.graphml", html=tmp_path / "g.html", json=tmp_path / "g.json",
                            mentions=tmp_path / "m.jsonl", csv_dir=tmp_path / "csv", gexf=tmp_path / "g.gexf",
                            title="zhkg: test", config=Config(html_height="321px"))
    assert written == [tmp_path / "g.graphml", tmp_path / "g.html", tmp_path / "g.json", tmp_path / "m.jsonl",
                       tmp_path / "csv" / "nodes.csv", tmp_path / "csv" / "edges.csv", tmp_path / "g.gexf"]
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == result.graph.number_of_nodes()
    assert "321px" in (tmp_path / "g.html").read_text(encoding="utf-8")
    mentions = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "闫维洪" in {m["text"] for m in mentions}


def test_a_graph_alone_is_enough_without_mentions(tmp_path, result):
    assert write_outputs(result.graph, graphml=tmp_path / "g.graphml") == [tmp_path / "g.graphml"]
    with pytest.raises(TypeError):
        write_outputs(result.graph, mentions=tmp_path / "m.jsonl")


def test_nothing_asked_writes_nothing(tmp_path, result):
    assert write_outputs(result) == []


def test_a_failing_writer_is_an_output_error_and_nothing_is_replaced(tmp_path, result, monkeypatch):
    (tmp_path / "g.graphml").write_text("old", encoding="utf-8")

    def full_disk(G, path, positions=None):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(zhkg.export.gexf, "write_gexf", full_disk)
    with pytest.raises(OutputError) as caught:
        write_outputs(result, graphml=tmp_path / "g.graphml", gexf=tmp_path / "g.gexf")
    assert str(caught.value) == f"cannot write --gexf {tmp_path / 'g.gexf'}: No space left on device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml"]
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8") == "old"
