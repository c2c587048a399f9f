"""speed16: a run in one process reads its documents with the collector's full passes off, and gives the same graph.

``run_corpus`` with one job and ``Pipeline.run_documents`` fold each result into the tallies as soon as it is
made, so their loops run inside :func:`zhkg.run.memory.young_collections_only` as the parent of a pool did already;
a process reading documents (that loop, a pool's worker) collects its young generation every
``READING_THRESHOLD`` allocations. Checked here: the documents are read in the block, the thresholds come back
after it (also when a document fails), a worker gets the usual full passes and the rarer young ones, and the graph is byte for byte the one the same
results give when assembled with the usual collector, in both scripts.
"""

from __future__ import annotations

import gc

import pytest
from helpers import both_scripts

import zhkg.run.corpus as corpus
from zhkg.config import Config
from zhkg.errors import InputError
from zhkg.export.graphml import write_graphml
from zhkg.run.memory import READING_THRESHOLD, restore_collections, young_collections_only
from zhkg.run.pipeline import assemble
from zhkg.stages.documents import parse_documents
from zhkg.stages.read_files import RawDocument

TEXTS = both_scripts([
    # people, bodies, places and counts in one story, a second document naming the same people
    ("新华社北京3月5日电 国务院总理李克强在人民大会堂作政府工作报告，全国人大代表2900多人出席会议。",
     "香港特区行政长官林郑月娥昨日在政府总部会见北京大学校长郝平，双方签署三项合作协议。"),
    # a short text and a repeated name (namesakes are split by context across documents)
    ("张伟说：好。", "深圳市民张伟与广州市民张伟参加了马拉松比赛，共有3万名选手报名。"),
])


def _graphml(graph, tmp_path, name: str) -> bytes:
    path = tmp_path / f"{name}.graphml"
    write_graphml(graph, path)
    return path.read_bytes()


@pytest.fixture
def thresholds_seen(monkeypatch):
    """The collector's thresholds while each batch of a one-process corpus run is read."""
    seen: list[tuple[int, int, int]] = []
    plain = corpus._process_many

    def spying(batch):
        seen.append(gc.get_threshold())
        return plain(batch)

    monkeypatch.setattr(corpus, "_process_many", spying)
    return seen


@pytest.mark.parametrize(("first", "second"), TEXTS)
def test_one_process_run_reads_without_full_passes_and_gives_the_same_graph(first, second, pipeline, tmp_path,
                                                                            thresholds_seen):
    before = gc.get_threshold()
    raws = [RawDocument("a", first), RawDocument("b", second)]
    result = corpus.run_corpus(raws, corpus.CorpusRun(Config(), jobs=1, chunk_size=1))
    assert len(thresholds_seen) == 2
    assert all(t[0] >= READING_THRESHOLD and t[1] == before[1] and t[2] >= 1 << 30 for t in thresholds_seen)
    assert gc.get_threshold() == before
    # the same documents, processed and assembled with the usual collector
    docs = [d for raw in raws for d in parse_documents(raw.id, raw.text)]
    plain = assemble((r for d in docs for r in pipeline.process_documents([d])), pipeline.gazetteer)
    assert _graphml(result.graph, tmp_path, "run") == _graphml(plain.graph, tmp_path, "plain")


@pytest.mark.parametrize(("first", "second"), TEXTS)
def test_run_documents_in_the_block_gives_the_graph_of_the_usual_collector(first, second, pipeline, tmp_path,
                                                                          monkeypatch):
    seen = []
    plain_process = pipeline.process_documents

    def spying(batch):
        seen.append(gc.get_threshold())
        return plain_process(batch)

    before = gc.get_threshold()
    docs = [d for i, text in enumerate((first, second)) for d in parse_documents(f"d{i}", text)]
    plain = assemble((r for d in docs for r in pipeline.process_documents([d])), pipeline.gazetteer)
    monkeypatch.setattr(pipeline, "process_documents", spying)
    result = pipeline.run_documents(docs)
    assert seen and all(t[0] >= READING_THRESHOLD and t[2] >= 1 << 30 for t in seen)
    assert gc.get_threshold() == before
    assert _graphml(result.graph, tmp_path, "run") == _graphml(plain.graph, tmp_path, "plain")


def test_thresholds_come_back_when_a_document_fails(thresholds_seen):
    before = gc.get_threshold()
    too_long = RawDocument("big", "新闻" * 30)
    with pytest.raises(InputError):
        corpus.run_corpus([RawDocument("ok", "李明说。"), too_long],
                          corpus.CorpusRun(Config(max_document_chars=40), jobs=1, chunk_size=1))
    assert thresholds_seen and thresholds_seen[0][2] >= 1 << 30
    assert gc.get_threshold() == before



def test_a_pool_worker_gets_full_passes_back_and_rarer_young_collections():
    before = gc.get_threshold()
    try:
        with young_collections_only():
            restore_collections(reading=True)  # what a pool worker's initializer does
            assert gc.get_threshold() == (max(before[0], READING_THRESHOLD), before[1], before[2])
        gc.set_threshold(50_000, before[1], before[2])  # already rarer than that: left as it is
        restore_collections(reading=True)
        assert gc.get_threshold() == (50_000, before[1], before[2])
    finally:
        gc.set_threshold(*before)
