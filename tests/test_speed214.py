"""Session 48's speed214: a batch's documents go through each stage together, each still read as alone.

The pipeline ran a batch one document at a time (segment and every extractor, the merge, every relation reader, then
the next document). It now runs each stage over the whole batch before the next: segmenting, then extractor by
extractor (:meth:`~zhkg.run.pipeline.Pipeline._read_names`), the merge part by part
(:meth:`~zhkg.run.pipeline.Pipeline._merge_many`), reader by reader (:func:`~zhkg.relate.base.relate_documents`).
The tests hold every document's result to the one-by-one order (``bench.speed214.OneByOne``, each stage alone and
all together) on batches mixing scripts, documents with and without names, and readers that derive organisations
(a derived name is seen by the later readers of its own document only).
"""

from __future__ import annotations

import pytest

from bench.speed214 import STAGES, OneByOne, one_by_one
from zhkg.records import Document, Relation
from zhkg.registry import RelationReaderSpec
from zhkg.relate.base import DERIVED, RelationContext, relate_document, relate_documents
from zhkg.run.pipeline import Pipeline
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.graph import document_node_id
from zhkg.stages.normalise import to_traditional

TEXTS = [
    "平谷区政协主席闫维洪昨日在北京会见了联合国秘书长。",
    "万科集团董事长王石表示，公司今年在深圳新建3个项目。国家发改委中国小城镇试点处处长乔润令出席。",
    "今天天气很好。",  # no name at all
    "国务院总理李克强在北京会见了美国国务卿。中国铝业、宜华健康等5家公司公布了业绩。",
    "据新华社报道，北京大学校长王恩哥说，该校有2万名学生。",
]


def _batch() -> list[Document]:
    texts = TEXTS + [to_traditional(TEXTS[0]), to_traditional(TEXTS[1])]
    return [Document(f"d{k}", text, kind="text") for k, text in enumerate(texts)]


@pytest.fixture(scope="module")
def pipeline_results() -> list:
    return Pipeline().process_documents(_batch())


@pytest.mark.parametrize("stages", [STAGES, *((stage,) for stage in STAGES)])
def test_each_document_as_when_the_stages_run_one_by_one(pipeline_results, stages) -> None:
    assert one_by_one(*stages)().process_documents(_batch()) == pipeline_results


def test_a_document_in_a_batch_as_when_alone(pipeline_results) -> None:
    pipeline = Pipeline()
    for document, result in zip(_batch(), pipeline_results):
        assert pipeline.process_documents([document]) == [result]


def test_the_batch_has_what_the_tests_need(pipeline_results) -> None:
    # relations in several documents, a reader's derived name, and a document without names: else the comparisons
    # above prove little
    assert sum(bool(r.relations) for r in pipeline_results) >= 4
    assert sum(any(m.extractor == DERIVED for m in r.mentions) for r in pipeline_results) >= 2
    assert any(not r.mentions for r in pipeline_results)


def _reader(log: list[tuple[str, str]], name: str) -> RelationReaderSpec:
    def read(ctx: RelationContext) -> list[Relation]:
        log.append((name, ctx.doc.id))
        return []

    return RelationReaderSpec(name, read, ())


def test_relate_documents_runs_reader_by_reader_and_tells_each_reader() -> None:
    log: list[tuple[str, str]] = []
    told: list[int] = []
    contexts = [RelationContext(Document(i, "平谷区。"), [], {}) for i in ("a", "b")]
    readers = [_reader(log, "first"), _reader(log, "second")]
    assert relate_documents(contexts, readers, told.append) == [[], []]
    assert log == [("first", "a"), ("first", "b"), ("second", "a"), ("second", "b")]
    assert told == [0, 1]


def test_a_derived_mention_is_seen_by_its_own_document_later_readers_only() -> None:
    pipeline = Pipeline()
    documents = [Document("a", "国家发改委中国小城镇试点处处长乔润令表示。", kind="text"),
                 Document("b", "今天天气很好。", kind="text")]
    alone = [pipeline.process_documents([d])[0] for d in documents]
    together = pipeline.process_documents(documents)
    assert together == alone
    assert any(m.extractor == DERIVED for m in together[0].mentions)  # 国家发改委中国小城镇试点处, a reader's
    assert together[1].mentions == ()


def test_relate_document_is_relate_documents_of_one() -> None:
    result = Pipeline().process_documents([Document("a", TEXTS[1], kind="text")])[0]
    mentions = [m for m in result.mentions if m.extractor != DERIVED]
    readers = Pipeline().relation_readers
    derived: list = []
    one = relate_document(result.document, mentions, {m: entity_id(m) for m in mentions}, readers=readers,
                          doc_node=document_node_id("a"), derived=derived)
    assert tuple(one) == result.relations
    assert sorted(mentions + derived, key=lambda m: (m.start, m.end, m.label.value)) == list(result.mentions)


def test_the_reference_runs_each_stage_document_by_document() -> None:
    assert OneByOne.one_by_one == frozenset(STAGES)
    assert one_by_one("merge").one_by_one == {"merge"}


@pytest.mark.parametrize("lengths", [[9, 5, 5, 2], [7], [3, 3, 3], [40, 12, 12, 11, 2, 1]])
def test_the_sentences_still_running_are_the_old_count(lengths) -> None:
    # Viterbi's sentences still running at a step: a bisection of the negated lengths, the count it replaced
    from bench.speed214 import _old_longer_than
    from zhkg.ner.decode import _longer_than

    negated = [-n for n in lengths]
    for t in range(max(lengths) + 2):
        assert _longer_than(negated, t) == _old_longer_than(lengths, negated, t)
