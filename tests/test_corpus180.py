"""One thing, one node across a corpus's documents (corpus180): alias pairs a document establishes and the
well-known bodies' rows join nodes of other documents when the corpus leaves them unambiguous; the result does not
depend on the order of the documents, on ``--jobs`` or on the Dask path."""

import random

import pytest

from zhkg.config import Config
from zhkg.export.graphml import graphml_bytes
from zhkg.export.jsonl import graph_json
from zhkg.query.graph import KnowledgeGraph
from zhkg.records import Label
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import load_lexicon
from zhkg.run.pipeline import Assembler
from zhkg.stages.corpus_aliases import EntityFacts, join_across_documents
from zhkg.stages.documents import parse_documents
from zhkg.stages.read_files import RawDocument

DPP = [("a", "民主進步黨今天在台北召開中常會，討論年底選舉提名。"), ("b", "民進黨秘書長林右昌表示，黨將全力輔選。")]
TENCENT = [("t1", "腾讯控股有限公司（以下简称腾讯控股）发布财报，净利润增长。"), ("t2", "腾讯控股今日宣布回购股份。")]
HUAXIA = [("h1", "华夏基金管理有限公司（以下简称华夏）发布公告。"), ("h2", "华夏银行股份有限公司（以下简称华夏）发布公告。"),
          ("h3", "华夏今日发布公告称业绩增长。")]
CITY = [("c1", "北京市委书记在会上讲话，市委要求各区落实。"), ("c2", "市委召开常委会议，研究部署工作。")]
BILSON = [("p1", "好莱坞女星瑞切尔·贝尔森（Rachel Bilson）出席首映礼。"), ("p2", "Rachel Bilson近日现身洛杉矶街头。")]
GASOL = [("g1", "湖人队的保罗·加索尔得到20分，加索尔赛后表示满意。"), ("g2", "加索尔说，球队需要休息。")]
ALL = DPP + TENCENT + HUAXIA + CITY + BILSON + GASOL


def nodes(result, label: str) -> dict:
    return {n: d for n, d in result.graph.nodes(data=True) if d["type"] == label}


@pytest.fixture(scope="module")
def results(pipeline):
    return pipeline.process_documents([d for i, t in ALL for d in parse_documents(i, t)])


def assembled(results, order=None):
    assembler = Assembler(load_gazetteer(), records="keep")
    for result in (results if order is None else [results[i] for i in order]):
        assembler.add(result)
    return assembler.finish()


def test_a_full_name_alone_and_its_known_short_form_elsewhere_are_one_node(pipeline):
    result = pipeline.run_texts(DPP)
    orgs = nodes(result, "ORGANIZATION")
    assert list(orgs) == ["org:民进党"]  # named as a document naming both names it: the table's first form
    node = orgs["org:民进党"]
    assert {"民主進步黨", "民進黨", "民主进步党", "民进党"} <= set(node["aliases"].split("|"))
    assert "民主进步党、民进党: joined by alias (organisations_known.tsv)" == node["merged_because"]
    assert node["documents"] == 2
    # every form is findable, in both scripts
    kg = KnowledgeGraph(result.graph)
    assert {f.entity.id for name in ("民主進步黨", "民主进步党", "民進黨") for f in kg.find(name)} == {"org:民进党"}


def test_edges_of_a_short_form_move_to_the_joined_node(pipeline):
    result = pipeline.run_texts(DPP)
    ends = {(u, v) for u, v, d in result.graph.edges(data=True) if d["label"] != "MENTIONED_IN"}
    assert ends and all("org:民主进步党" not in pair for pair in ends)
    assert any(v == "org:民进党" for _, v in ends)


def test_a_pair_one_document_writes_joins_the_short_form_of_another(pipeline):
    orgs = nodes(pipeline.run_texts(TENCENT), "ORGANIZATION")
    assert list(orgs) == ["org:腾讯控股有限公司"]
    assert orgs["org:腾讯控股有限公司"]["documents"] == 2
    assert "a document writes them as one" in orgs["org:腾讯控股有限公司"]["merged_because"]


def test_a_short_form_two_bodies_share_stays_apart(pipeline):
    orgs = nodes(pipeline.run_texts(HUAXIA), "ORGANIZATION")
    assert {"org:华夏", "org:华夏基金管理有限公司", "org:华夏银行股份有限公司"} <= set(orgs)


def test_a_head_the_document_completes_stays_apart(pipeline):
    orgs = nodes(pipeline.run_texts(CITY), "ORGANIZATION")
    assert {"org:北京市委", "org:市委"} <= set(orgs)  # 市委 of another document is another city's


def test_people_join_by_a_latin_name_and_its_transliteration_only(pipeline):
    people = nodes(pipeline.run_texts(BILSON), "PERSON")
    assert list(people) == ["person:瑞切尔·贝尔森"] and people["person:瑞切尔·贝尔森"]["documents"] == 2
    people = nodes(pipeline.run_texts(GASOL), "PERSON")
    assert {"person:保罗·加索尔", "person:加索尔"} <= set(people)  # a surname alone is no strong evidence


def test_order_and_grouping_do_not_change_the_graph(results):
    expected = assembled(results)
    assert "org:民进党" in expected.graph and "org:民主进步党" not in expected.graph
    want = graphml_bytes(expected.graph)
    for seed in (1, 2, 3):
        order = list(range(len(results)))
        random.Random(seed).shuffle(order)
        assert graphml_bytes(assembled(results, order).graph) == want
    parts = []
    for result in reversed(results):
        part = Assembler(load_gazetteer(), records="none")
        part.add(result)
        parts.append(part)
    while len(parts) > 1:  # partial assemblers combined in a tree, as a cluster's workers do
        paired = []
        for left, right in zip(parts[::2], parts[1::2]):
            left.merge(right)
            paired.append(left)
        parts = paired + ([parts[-1]] if len(parts) % 2 else [])
    assert graph_json(parts[0].finish().graph) == graph_json(expected.graph)


def test_kept_relations_name_the_joined_node(results):
    relations = assembled(results).extraction.relations
    assert relations and not any("org:民主进步党" in (r.source, r.target) for r in relations)
    assert not any(r.source == r.target == "org:腾讯控股有限公司" for r in relations)


@pytest.mark.slow
def test_jobs_and_dask_give_the_same_bytes():
    import zhkg.run.corpus as corpus

    distributed = pytest.importorskip("dask.distributed")
    raws = [RawDocument(i, t) for i, t in ALL]
    one = corpus.run_corpus(raws, corpus.CorpusRun(Config(), jobs=1))
    assert "org:民进党" in one.graph and "org:腾讯控股" not in one.graph
    two = corpus.run_corpus(list(reversed(raws)), corpus.CorpusRun(Config(), jobs=2))
    assert graphml_bytes(two.graph) == graphml_bytes(one.graph)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        tree = corpus.run_corpus(raws, corpus.CorpusRun(Config(), engine="dask", scheduler=cluster.scheduler_address,
                                                        chunk_size=1))
    assert graphml_bytes(tree.graph) == graphml_bytes(one.graph)


def facts(*rows):
    return {f"{'org' if label is Label.ORGANIZATION else 'person'}:{name}":
            EntityFacts(label, name, frozenset({name, *forms}), docs) for label, name, forms, docs in rows}


ORG = Label.ORGANIZATION


def test_a_form_two_full_names_share_joins_neither():
    joined, _ = join_across_documents(facts((ORG, "首规委", (), 2), (ORG, "首都规划建设委员会", ("首规委",), 1),
                                            (ORG, "首都规划委员会", ("首规委",), 1)), load_lexicon())
    assert joined == {}


def test_a_form_whose_full_names_are_one_body_joins_them_all_whatever_the_order():
    rows = [(ORG, "腾讯控股", (), 3), (ORG, "腾讯控股有限公司", ("腾讯控股",), 1),
            (ORG, "腾讯控股公司", ("腾讯控股", "腾讯控股有限公司"), 1)]
    want = None
    for seed in range(6):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        got = join_across_documents(facts(*shuffled), load_lexicon())
        want = want or got
        assert got == want
    joined, reasons = want
    assert set(joined) | set(reasons) == {"org:腾讯控股", "org:腾讯控股有限公司", "org:腾讯控股公司"}
    assert list(reasons) == ["org:腾讯控股有限公司"]  # the full name no accepted pair shortens


def test_a_known_form_flagged_ambiguous_stays_apart():
    # 牛津 is also the city (organisations_known.tsv: ambiguous)
    assert join_across_documents(facts((ORG, "牛津", (), 1), (ORG, "牛津大学", (), 1)), load_lexicon())[0] == {}
    # named as a document naming both names it: the form the table lists first (港大 and 香港大学 are 香港大学)
    assert join_across_documents(facts((ORG, "北大", (), 1), (ORG, "北京大学", (), 1)), load_lexicon())[0] == {
        "org:北大": "org:北京大学"}


def test_every_form_is_found_in_a_graph_file_and_its_index(pipeline, tmp_path):
    from zhkg.export.graphml import write_graphml
    from zhkg.query.graph import load_graph

    path = tmp_path / "dpp.graphml"
    write_graphml(pipeline.run_texts(DPP).graph, path)
    for indexed in (False, True):
        kg = load_graph(path, indexed=indexed)
        assert {f.entity.id for name in ("民主進步黨", "民進黨") for f in kg.find(name)} == {"org:民进党"}


def test_a_stock_code_written_after_a_short_form_goes_to_the_joined_node(pipeline):
    result = pipeline.run_texts([("m1", "贵州茅台酒股份有限公司（以下简称贵州茅台）今日发布公告，营收增长。"),
                                 ("m2", "贵州茅台(600519)发布公告，董事会同意聘任王明远为公司总经理。")])
    orgs = nodes(result, "ORGANIZATION")
    assert "org:贵州茅台" not in orgs
    assert orgs["org:贵州茅台酒股份有限公司"]["stock_code"] == "600519"


def test_a_document_naming_both_joined_nodes_counts_once(pipeline):
    """A document that writes the short form both joined and alone (some of its mentions resolved, some not) and
    another document: the joined node names two documents, not three."""
    from zhkg.stages.entity_groups import EntityTally

    first = pipeline.process_documents(parse_documents("x", TENCENT[0][1]))[0]
    ms = [m for m in first.mentions if m.label is Label.ORGANIZATION]
    full, short = EntityTally(), EntityTally()
    full.add([m for m in ms if m.name == "腾讯控股有限公司"], first.script)
    short.add([ms[0]], first.script)  # the same document again, as another entity's tally
    other = EntityTally()
    other.add([replace_doc(ms[0], "y")], first.script)
    short.merge(other)
    full.merge(short, shared=True)
    assert full.documents == 2 and full.doc_ids == ["x", "y"]


def replace_doc(m, doc_id):
    from dataclasses import replace

    return replace(m, doc_id=doc_id)
