"""Scripted queries over the seed graph and tiny hand-built graphs."""

from pathlib import Path

import networkx as nx
import pytest
from helpers import mention

from zhkg.export.jsonl import write_graph_json
from zhkg.query.graph import (
    GraphFileError,
    KnowledgeGraph,
    NoPathError,
    QueryError,
    UnknownNameError,
    ask,
    load_graph,
)
from zhkg.records import Document, Entity, Evidence, Label, Quantity, Relation, RelationKind
from zhkg.stages.graph import build_graph

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
MAIN = "000_e88b616f19a6a93b"


@pytest.fixture(scope="module")
def seed():
    return load_graph(SEED_GRAPH)


def _entity(id_, label, name, display, aliases, doc="d", start=0, **kw):
    return Entity(id_, label, name, display, aliases, (mention(doc, start, display, label),), doc_ids=(doc,), **kw)


@pytest.fixture
def tiny():
    """Two documents; 陈涛 is linked to the rest only through the second one."""
    docs = [Document("d", "区政协主席闫维洪。全区十多天。", title="标题"), Document("d2", "陈涛在平谷。", title="第二篇")]
    approx = Quantity(10, "天", "天", "", True, "days")
    ents = [
        _entity("person:闫维洪", Label.PERSON, "闫维洪", "闫维洪", ("闫维洪",), start=5),
        _entity("org:平谷区政协", Label.ORGANIZATION, "平谷区政协", "平谷區政協", ("区政协", "區政協")),
        _entity("place:110117", Label.PLACE, "平谷区", "平谷區", ("平谷区", "全区")),
        _entity("count:d:11", Label.COUNT, "十多天", "十多天", ("十多天",), start=11, quantity=approx),
        _entity("person:陈涛", Label.PERSON, "陈涛", "陳濤", ("陈涛", "陳濤"), doc="d2"),
    ]
    ev = Evidence("d", "区政协主席闫维洪。", 0, 9)
    rels = [
        Relation("person:闫维洪", "org:平谷区政协", RelationKind.HOLDS_ROLE, ev, "主席", "主席"),
        Relation("org:平谷区政协", "place:110117", RelationKind.LOCATED_IN, ev),
        Relation("place:110117", "count:d:11", RelationKind.HAS_COUNT, Evidence("d", "全区十多天。", 9, 15)),
        Relation("person:闫维洪", "doc:d", RelationKind.MENTIONED_IN, ev),
        Relation("person:陈涛", "doc:d2", RelationKind.MENTIONED_IN, Evidence("d2", "陈涛在平谷。", 0, 6)),
        Relation("place:110117", "doc:d2", RelationKind.MENTIONED_IN, Evidence("d2", "陈涛在平谷。", 0, 6)),
    ]
    return KnowledgeGraph(build_graph(docs, ents, rels))


# -- people, roles, counts ----------------------------------------------------------------------


def test_people_of_lists_roles_then_members_in_reading_order(seed):
    rows = [(r.person.label, r.role, r.kind) for r in seed.people_of("平谷区政协")]
    assert rows == [
        ("閆維洪", "黨組書記", "HOLDS_ROLE"),
        ("閆維洪", "主席", "HOLDS_ROLE"),
        ("張吉輝", "委員", "MEMBER_OF"),
        ("李偉濤", "委員", "MEMBER_OF"),
        ("田曉光", "委員", "MEMBER_OF"),
        ("劉全順", "委員", "MEMBER_OF"),
        ("鄭嘉波", "委員", "MEMBER_OF"),
    ]


def test_people_of_carries_the_evidence_sentence(seed):
    for role in seed.people_of("平谷區政協"):
        assert role.evidence.doc_id == MAIN
        assert role.person.label in role.evidence.sentence and role.role in role.evidence.sentence
        assert role.organisation.id == "org:平谷区政协"


def test_roles_of_a_person(seed):
    rows = {(r.organisation.label, r.role) for r in seed.roles_of("闫维洪")}
    assert rows == {("平谷區城鄉基層防控組", "組長"), ("平谷區政協", "黨組書記"), ("平谷區政協", "主席")}


def test_counts_of_a_place_in_reading_order_with_evidence(seed):
    counts = seed.counts_of("平谷區")
    table = [(c.display_value, c.counted, c.gloss) for c in counts]
    assert table[:4] == [("0", "確診病例", "confirmed cases"), ("17", "鎮鄉(街道)", "towns and subdistricts"),
                         ("274", "村", "villages"), ("1028", "卡口", "checkpoints")]
    assert {c.owner.label for c in counts} == {"平谷區"}
    for c in counts:
        assert c.count.label in c.evidence.sentence


def test_counts_of_an_organisation(seed):
    # 5 同志 in its own clause; 50 座位 and 19 人 from the clause-less rest of the sentence that opens
    # with 區政協辦公樓409會議室 (a count whose clause names no owner takes its sentence's)
    assert sorted((c.value, c.counted) for c in seed.counts_of("區政協")) == [(5.0, "同志"), (19.0, "人"), (50.0, "座位")]


def test_approximate_count_displays_a_plus(tiny):
    (count,) = tiny.counts_of("平谷区")
    assert (count.value, count.approximate, count.display_value, count.gloss) == (10.0, True, "10+", "days")


# -- documents and neighbours -------------------------------------------------------------------


def test_entities_of_a_document_by_type_then_first_appearance(seed):
    rows = [(e.type, e.label) for e in seed.entities_of(f"{MAIN}#related-09")]
    # the headline's 祁陽公安國保 is the brigade its story names in full, so the brigade comes first
    assert rows[:4] == [("PERSON", "陳瑛"), ("PERSON", "李會生"), ("ORGANIZATION", "祁陽市公安國保大隊"),
                        ("ORGANIZATION", "湖南日報")]
    assert ("PLACE", "祁陽市") in rows
    assert all(t != "DOCUMENT" for t, _ in rows)


def test_entities_of_accepts_node_id_and_title(tiny):
    by_id = tiny.entities_of("d2")
    assert by_id == tiny.entities_of("doc:d2") == tiny.entities_of("第二篇")
    assert {e.label for e in by_id} == {"陳濤", "平谷區"}


def test_unknown_document_suggests_ids(seed):
    with pytest.raises(UnknownNameError, match=rf"no document named '{MAIN}#related-99'; closest: {MAIN}#related-"):
        seed.entities_of(f"{MAIN}#related-99")


def test_documents_of_an_entity(seed, tiny):
    assert [d.doc_id for d in seed.documents_of("張吉輝")] == [MAIN]
    assert [d.title for d in tiny.documents_of("平谷区")] == ["第二篇"]


def test_neighbours_filtered_by_kind(seed):
    rows = [(n.kind, n.direction, n.role, n.entity.label) for n in seed.neighbours("閆維洪", kind="HOLDS_ROLE")]
    assert rows == [("HOLDS_ROLE", "out", "組長", "平谷區城鄉基層防控組"), ("HOLDS_ROLE", "out", "黨組書記", "平谷區政協"),
                    ("HOLDS_ROLE", "out", "主席", "平谷區政協")]
    incoming = {n.entity.label for n in seed.neighbours("平谷區政協", kind="MEMBER_OF")}
    assert incoming == {"張吉輝", "李偉濤", "田曉光", "劉全順", "鄭嘉波"}
    with pytest.raises(QueryError, match="unknown relation kind 'BOSS_OF'"):
        seed.neighbours("閆維洪", kind="BOSS_OF")


# -- paths ---------------------------------------------------------------------------------------


def test_path_steps_carry_evidence_and_skip_documents(seed):
    steps = seed.path("张吉辉", "北京市")
    assert [(s.source.label, s.kind, s.target.label) for s in steps] == [
        ("張吉輝", "MEMBER_OF", "平谷區政協"), ("平谷區政協", "LOCATED_IN", "平谷區"), ("平谷區", "WITHIN", "北京市")]
    assert steps[0].role == "委員" and "張吉輝" in steps[0].evidence.sentence
    assert all(s.evidence.sentence and s.evidence.doc_id for s in steps)


def test_path_ignores_direction_and_says_so(seed):
    steps = seed.path("平谷區政協", "鄭嘉波")
    assert [(s.kind, s.forward) for s in steps] == [("MEMBER_OF", False)]


def test_path_through_a_document_only_when_asked(tiny):
    with pytest.raises(NoPathError, match="no path from '陈涛' to '闫维洪' without going through documents"):
        tiny.path("陈涛", "闫维洪")
    steps = tiny.path("陈涛", "闫维洪", include_documents=True)
    labels = [steps[0].source.label] + [s.target.label for s in steps]
    assert labels[0] == "陳濤" and labels[-1] == "闫维洪"
    assert "第二篇" in labels or "标题" in labels
    assert isinstance(NoPathError("x"), LookupError)


def test_path_to_itself_is_empty(tiny):
    assert tiny.path("闫维洪", "Yan Weihong") == ()


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["闫维洪", "閆維洪", "Yan Weihong", "yanweihong", "YANWEIHONG", " yan wei-hong ", "Yán Wéihóng"])
def test_three_name_forms_find_the_same_person(seed, name):
    assert seed.entity(name).id == "person:闫维洪"


@pytest.mark.parametrize("name", ["平谷区政协", "平谷區政協", "區政協", "平谷政协", "pingguquzhengxie", "Pinggu Qu Zhengxie"])
def test_organisation_by_name_alias_or_pinyin(seed, name):
    assert seed.entity(name).id == "org:平谷区政协"


def test_traditional_query_folds_to_simplified(tiny):
    # 闫维洪 has no Traditional alias in this graph: the query is folded with OpenCC
    assert tiny.entity("閆維洪").id == "person:闫维洪"


def test_find_reports_how_each_match_was_made(seed):
    assert [(f.entity.label, f.how) for f in seed.find("yanweihong")] == [("閆維洪", "pinyin")]
    assert seed.find("閆維洪")[0].how == "name"
    ambiguous = [f.entity.label for f in seed.find("全區")]
    assert ambiguous[0] == "平谷區" and "三水區" in ambiguous  # more mentions first


def test_chinese_query_is_not_matched_by_sound(seed):
    with pytest.raises(UnknownNameError):
        seed.entity("阎维洪")  # same pinyin, different person


@pytest.mark.parametrize("name, closest", [("闫维红", "閆維洪"), ("Yan Weihng", "閆維洪"), ("平谷区政", "平谷區政協")])
def test_unknown_name_lists_the_closest_names(seed, name, closest):
    with pytest.raises(UnknownNameError) as info:
        seed.people_of(name)
    assert isinstance(info.value, LookupError)
    assert str(info.value).startswith(f"no entity named '{name}'; closest: {closest}")
    assert closest in info.value.closest


@pytest.mark.parametrize("indexed", [False, True])
@pytest.mark.parametrize("name", ["张三丰", "張三豐"])
def test_a_chinese_name_is_not_offered_names_that_only_sound_a_little_alike(name, indexed, tmp_path, monkeypatch):
    # once "closest: 長城, 湖南省" (zhangsanfeng is 0.64 like changcheng and hunansheng); found by a QA pass
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    kg = load_graph(SEED_GRAPH, indexed=indexed)
    with pytest.raises(UnknownNameError, match=f"^no entity named '{name}'; no similar names$"):
        kg.roles_of(name)


def test_unknown_name_without_anything_close(seed):
    with pytest.raises(UnknownNameError, match="^no entity named 'qqqqqqq'; no similar names$"):
        seed.find("qqqqqqq")


# -- loading and ask -----------------------------------------------------------------------------


def test_node_link_json_gives_the_same_answers(tmp_path):
    G = nx.read_graphml(SEED_GRAPH, force_multigraph=True)
    for _, _, k, d in G.edges(keys=True, data=True):
        d["id"] = k
    path = tmp_path / "seed.json"
    write_graph_json(G, path)
    from_json, from_graphml = load_graph(path), load_graph(SEED_GRAPH)
    assert from_json.people_of("平谷区政协") == from_graphml.people_of("平谷区政协")
    assert from_json.path("張吉輝", "北京市") == from_graphml.path("張吉輝", "北京市")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("g.gexf", "<gexf/>", "GEXF is written for Gephi; query the .graphml file the same run wrote"),
        ("g.xml", "<graphml/>", "expected a .graphml or node-link .json file"),
        ("missing.graphml", None, "no such graph file"),
        ("bad.graphml", "<graphml><oops", "cannot read"),
        ("bad.json", '{"nodes": [', "cannot read"),
    ],
)
def test_load_graph_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=message):
        load_graph(path)


def test_ask_dispatches_and_checks_arguments(seed):
    assert ask(seed, "people-of", ["平谷區政協"]) == seed.people_of("平谷區政協")
    assert ask(seed, "find", ["Yan", "Weihong"]) == seed.find("Yan Weihong")
    assert ask(seed, "neighbours", ["閆維洪"], kind="HOLDS_ROLE") == seed.neighbours("閆維洪", kind="HOLDS_ROLE")
    with pytest.raises(QueryError, match="unknown question 'who'"):
        ask(seed, "who", ["x"])
    with pytest.raises(QueryError, match="path takes A B; got 3 arguments"):
        ask(seed, "path", ["a", "b", "c"])
    with pytest.raises(QueryError, match="roles-of takes PERSON; got 0 arguments"):
        ask(seed, "roles-of", [])
