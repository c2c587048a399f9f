"""Assembly from tallies: the same graph whatever the order and grouping of the results, and the
same entities as resolving every mention at once, with a bounded sample of mentions and documents."""

from dataclasses import replace
from pathlib import Path

import pytest

from zhkg.export.jsonl import graph_json
from zhkg.records import Label
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.run.pipeline import Assembler, Pipeline
from zhkg.stages.documents import parse_documents
from zhkg.stages.entity_groups import resolve_entities, split_people

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_e88b616f19a6a93b.txt").read_text(encoding="utf-8")

TEXTS = [
    ("seed", SEED),
    ("a", "稷山县公安局民警张伟坚守岗位。全县12个乡镇设立卡口。平谷区政协主席闫维洪讲话。"),
    ("b", "丰泽区检察院检察官张伟认真工作。闫维洪强调。張偉與閆維洪交談。"),
    ("c", "稷山县公安局民警张伟再次值守。平谷区政协主席闫维洪和张伟来到平谷区。"),
    ("d", "张伟说，平谷区有274个村。閆維洪在平谷區。"),
    ("e", "平谷区政协委员张伟捐赠物资。闫维洪与张伟交谈。"),
]


@pytest.fixture(scope="module")
def results(pipeline):
    documents = [d for i, t in TEXTS for d in parse_documents(i, t)]
    return pipeline.process_documents(documents)


def assembled(results, order=None, records="none"):
    assembler = Assembler(load_gazetteer(), records=records)
    for result in (results if order is None else [results[i] for i in order]):
        assembler.add(result)
    return assembler.finish()


def test_order_and_grouping_do_not_change_the_graph(results):
    expected = graph_json(assembled(results).graph)
    assert graph_json(assembled(results, order=range(len(results) - 1, -1, -1)).graph) == expected
    # partial assemblers of single documents, combined in a tree (as workers of a cluster would)
    parts = []
    for result in results:
        part = Assembler(load_gazetteer(), records="none")
        part.add(result)
        parts.append(part)
    while len(parts) > 1:
        paired = []
        for left, right in zip(parts[::2], parts[1::2]):
            left.merge(right)
            paired.append(left)
        parts = paired + ([parts[-1]] if len(parts) % 2 else [])
    assert graph_json(parts[0].finish().graph) == expected


def test_tallies_give_the_entities_of_all_mentions(results):
    """What the tallies keep gives what resolving every mention at once gives (samples aside)."""
    contexts: dict = {}
    for r in results:
        for pid, ctx in r.contexts:
            contexts.setdefault(pid, {})[r.document.id] = frozenset(ctx)
    renamed, reasons = split_people(contexts)
    assert any(new.startswith("person:张伟~") for new in renamed.values())  # the namesakes are exercised
    mentions = [m for r in results for m in r.mentions]
    scripts = {r.document.id: r.script for r in results}
    full, _ = resolve_entities(mentions, scripts, load_gazetteer(), renamed=renamed, reasons=reasons)
    tallied = assembled(results).extraction.entities
    assert [e.id for e in tallied] == [e.id for e in full]
    for got, want in zip(tallied, full):
        assert got.n_mentions == len(want.mentions) and got.n_documents == len(want.doc_ids)
        assert got.mentions == want.mentions[:len(got.mentions)] and got.doc_ids == want.doc_ids
        assert replace(got, mentions=(), doc_ids=(), mention_count=0, document_count=0) == replace(want, mentions=(), doc_ids=())


def test_an_entity_keeps_a_bounded_sample_and_counts_everything(monkeypatch):
    import zhkg.stages.entity_groups as entity_groups  # where EntityTally reads them (tidy106)

    monkeypatch.setattr(entity_groups, "ENTITY_SAMPLE", 2)
    monkeypatch.setattr(entity_groups, "ENTITY_DOC_IDS", 3)
    texts = [(f"d{k}", "闫维洪讲话。闫维洪强调。") for k in (5, 1, 4, 2, 3)]
    result = Pipeline().run_texts(texts)
    [person] = [e for e in result.extraction.entities if e.label is Label.PERSON]
    assert person.doc_ids == ("d1", "d2", "d3") and person.n_documents == 5
    assert [(m.doc_id, m.start) for m in person.mentions] == [("d1", 0), ("d1", 6)] and person.n_mentions == 10
    assert result.graph.nodes[person.id]["mentions"] == 10 and result.graph.nodes[person.id]["documents"] == 5


def test_spooled_mentions_read_back_as_kept_ones(results):
    kept = assembled(results, records="keep").extraction
    spooled = assembled(results, records="spool").extraction
    assert list(spooled.mentions) == list(kept.mentions) == [m for r in results for m in r.mentions]
    assert list(spooled.mentions) == list(kept.mentions)  # read again
    none = assembled(results, records="none").extraction
    assert not none.mentions and not none.relations and kept.relations


@pytest.mark.slow
def test_dask_merges_partial_assemblers_in_a_tree(monkeypatch):
    """Batches of one document folded on the workers and merged two at a time give the local graph."""
    distributed = pytest.importorskip("dask.distributed")
    import zhkg.run.corpus as corpus
    from zhkg.config import Config
    from zhkg.export.graphml import graphml_bytes
    from zhkg.stages.read_files import RawDocument

    raws = [RawDocument(i, t) for i, t in TEXTS]
    local = corpus.run_corpus(raws, corpus.CorpusRun(Config(), jobs=1))
    monkeypatch.setattr(corpus, "MERGE_FAN_IN", 2)
    merges = MERGES
    merges.clear()
    monkeypatch.setattr(corpus, "_merge_parts", _counted)  # pickled by reference: this process's list
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        tree = corpus.run_corpus(raws, corpus.CorpusRun(Config(), engine="dask", scheduler=cluster.scheduler_address,
                                                        chunk_size=1))
    assert len(merges) == len(local.extraction.documents) - 1 and set(merges) == {2}  # a binary tree, a part a document
    assert graphml_bytes(tree.graph) == graphml_bytes(local.graph)
    assert graph_json(tree.graph) == graph_json(local.graph)
    assert len(tree.extraction.documents) == len(local.extraction.documents)


MERGES: list[int] = []


def _counted(config, *parts):
    """corpus._merge_parts, counting its calls in MERGES."""
    MERGES.append(len(parts))
    merged = Assembler(config=config, records="none")
    for part in parts:
        merged.merge(part)
    return merged


def _assembler(results):
    assembler = Assembler(load_gazetteer(), records="none")
    for result in results:
        assembler.add(result)
    return assembler


def test_the_layout_started_while_the_graph_is_built_is_the_graphs_layout(results, monkeypatch):
    import zhkg.export.outputs
    from zhkg.export.layout import layout_positions

    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_LAYOUT_NODES", 0)  # laid out early at any size
    early = _assembler(results).finish(lay_out=True)
    plain = _assembler(results).finish()
    assert plain.layout is None and early.layout is not None
    assert early.layout() == layout_positions(early.graph) == layout_positions(plain.graph)
    assert graph_json(early.graph) == graph_json(plain.graph)


def test_an_early_layout_of_another_shape_is_not_used(results, monkeypatch, tmp_path):
    import zhkg.export.outputs
    from zhkg.export import write_outputs
    from zhkg.export.graphml import graphml_bytes

    monkeypatch.setattr(zhkg.export.outputs, "PARALLEL_LAYOUT_NODES", 0)
    early = _assembler(results).finish(lay_out=True)
    early.graph.add_edge("doc:a", "doc:b", key="extra", id="extra", label="CO_MENTIONED", weight=1.0)  # changed after
    write_outputs(early, graphml=tmp_path / "g.graphml", workers=2)
    assert (tmp_path / "g.graphml").read_bytes() == graphml_bytes(early.graph)


def test_a_small_graph_is_not_laid_out_early(results):
    assert _assembler(results).finish(lay_out=True).layout is None  # under PARALLEL_LAYOUT_NODES: not worth a process
