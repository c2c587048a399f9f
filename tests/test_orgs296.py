"""Round orgs296 (issue 15): a unit written right after its government is one organisation with it in the entity
layer (session 60's call 1), the relation readers' bodies unchanged; and a listed company's list read past a stock code.

A government (县府, 市政府, 台中市政府) or a ministry (交通部) right before a unit (县府|社会处, 台南市政府|劳工局长,
交通部|路政司长, 嘉义县政府|农业处112年度) names one body, named with the government's full name where the document
names the county; the government stays an organisation where the text names it apart (县府表示). The role readers
read the government and the unit as before (roles223). Each passage in both scripts; every sentence is written for
the round, the names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions, role_edges

from zhkg.extract.departments_alone import unit_at
from zhkg.records import Document, Label, MentionSource, RelationKind
from zhkg.stages.normalise import to_simplified


def _bodies(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "ORGANIZATION"}


def _names(pipeline, text: str) -> dict[str, str]:
    """Each organisation's written (Simplified) span to its name, in the entity layer."""
    return {m.simplified: m.name for m in pipeline.extract_mentions(Document("d", text, kind="text"))
            if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text, joined, parts", both_scripts([
    ("为因应台风，县府社会处已完成物资整备。", "县府社会处", {"县府", "社会处"}),
    ("县议员质询时，县府文化观光处提出两百万元预算。", "县府文化观光处", {"县府", "文化观光处"}),
    ("新任县府工务处长陈志强今天宣誓就职。", "县府工务处", {"县府", "工务处"}),
    # a unit fused with its head's title (a ministry's too), and one the model does not read
    ("她曾任交通部路政司长、观光署副署长等职。", "交通部路政司", {"交通部", "路政司"}),
    ("县府人事处114年度考绩结果出炉，县议会质疑。", "县府人事处", {"县府", "人事处"}),
    # a field that is a verb of the unit's work
    ("根据交通部统计处资料显示，机车数量逐年下降。", "交通部统计处", {"交通部", "统计处"}),
]))
def test_a_unit_after_its_government_is_one_body(pipeline, text, joined, parts):
    bodies = _bodies(pipeline, text)
    assert joined in bodies
    assert not bodies & parts


@pytest.mark.parametrize("text, written, name", both_scripts([
    # the county's government named in full: its unit is that county's
    ("宜兰县政府今日公布人事异动。县府农业处长林志远将退休。", "县府农业处", "宜兰县政府农业处"),
    # none named: the unit as written (no county's unit of every county)
    ("为因应台风，县府社会处已完成物资整备。", "县府社会处", "县府社会处"),
]))
def test_the_joined_unit_is_named_with_its_government(pipeline, text, written, name):
    assert to_simplified(_names(pipeline, text)[to_simplified(written)]) == name


@pytest.mark.parametrize("text, government", both_scripts([
    ("县府社会处已完成物资整备，县府表示将持续关注。", "县府"),
    ("宜兰县政府今日公布人事异动。县府农业处长林志远将退休。", "宜兰县政府"),
]))
def test_a_government_named_apart_stays_a_body(pipeline, text, government):
    assert government in _bodies(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "县府行政处长李志成今日上任，他历任行政处副处长、秘书等职。",
]))
def test_the_unit_named_alone_elsewhere_is_the_same_body(pipeline, text):
    from zhkg.evaluate import predicted_entities

    entities = predicted_entities(pipeline.extract_mentions(Document("d", text, kind="text")))
    units = [names for label, names, _ in entities if label == "ORGANIZATION" and "行政处" in {to_simplified(n) for n in names}]
    assert len(units) == 1 and "县府行政处" in {to_simplified(n) for n in units[0]}


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("县府处理此案后，市政府副秘书长出席记者会。", "县府处"),  # 处理 is a word: no unit
    ("县府将于明日公布结果。", "县府将"),
]))
def test_no_joined_unit_from_ordinary_words(pipeline, text, wrong):
    assert not any(wrong in body for body in _bodies(pipeline, text))


@pytest.mark.parametrize("text, fields", [
    ("民政局长等职", 3), ("综发处副处长", 3), ("农业处112年度", 3), ("统计处资料", 3), ("副秘书长", 0), ("处理此案", 0), ("表示局势", 0),
    ("常务副局长", 0),
])
def test_unit_at(text, fields):
    assert unit_at(text, 0) == fields


@pytest.mark.parametrize("text, expected", both_scripts([
    # the post's body as main's role readers read it (the bare unit's span: tests/test_roles223.py), not the
    # entity layer's joined unit
    ("宜兰县政府今日公布人事异动。县府农业处长林志远将退休。", [("林志远", "农业处", "处长")]),
]))
def test_the_role_layer_reads_the_parts_as_before(pipeline, text, expected):
    assert role_edges(pipeline, text) == expected


@pytest.mark.parametrize("text", both_scripts([
    "为因应台风，县府社会处已完成物资整备。",
]))
def test_the_joined_unit_is_held_from_the_relation_readers(pipeline, text):
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    joined = [m for m in result.mentions if m.extractor == MentionSource.ORG_GOVERNMENT_UNIT]
    assert joined
    node = "org:" + joined[0].name
    assert (RelationKind.MENTIONED_IN, node) in {(r.kind, r.source) for r in result.relations}
    assert not any(node in (r.source, r.target) for r in result.relations if r.kind is not RelationKind.MENTIONED_IN)


@pytest.mark.parametrize("text, company", both_scripts([
    ("成交集中在新鸿基地产(16)、恒基地产(12)及盈达控股。", "盈达控股"),
    ("沽空最多的是恒基地产(12)和盈达控股，其次是银行股。", "盈达控股"),
]))
def test_a_list_of_listed_companies_goes_on_past_a_stock_code(pipeline, text, company):
    assert company in _bodies(pipeline, text)
