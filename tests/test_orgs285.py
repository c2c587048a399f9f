"""Round orgs285 (issue 15): a government's unit named alone is an organisation of the entity layer (session 59's
call 2), and the relation readers do not see it.

A unit fused with its head's title in a list of a career (历任地政处长、工务处长、城乡发展处长等职) names each unit;
a unit standing as a clause's subject (在教育局考虑, 期间运输署于早上7时许宣布, 本港天文台预料, 县府民政处已透过)
names it. The role reader's bodies stay as they were (roles223: a county's unit named with its government, none
where no government is named in full). Each passage in both scripts; every sentence is written for the round, the
names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions, role_edges

from zhkg.records import HELD_FROM_RELATIONS, Document, RelationKind
from zhkg.stages.normalise import to_simplified


def _bodies(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, units", both_scripts([
    ("新任秘书长陈家宏现为县府参议，曾历任地政处长、工务处长、城乡发展处长等重要职务。", {"地政处", "工务处", "城乡发展处"}),
    ("李文华从基层技士起步，历任原民处副处长、产发处副处长等职。", {"原民处", "产发处"}),
    ("张志明曾任社会处长及教育处长，熟悉县政。", {"社会处", "教育处"}),
]))
def test_units_fused_with_their_titles_in_a_career_s_list(pipeline, text, units):
    assert units <= _bodies(pipeline, text)


@pytest.mark.parametrize("text, unit", both_scripts([
    ("这幅土地原本预留作学校，在教育局考虑学龄人口下降后改作他用。", "教育局"),
    ("多条道路严重水浸，期间运输署于早上7时许宣布封闭支路。", "运输署"),
    ("暴雨在商场造成水浸。本港天文台预料未来数日仍有大雨。", "天文台"),
    ("为确保能迅速撤离，县府民政处已透过公所办理疏散演练。", "县府民政处"),  # one body with its government (orgs296)
    ("县议员质询时，县府国际发展及计划处提出五百万元预算。", "县府国际发展及计划处"),
    ("台船董事长将改由学者出任。国营司表示将尽快召开董事会。", "国营司"),
    # a source in a clause opening with 根据, an agency's two-letter short form jieba reads as one word
    ("市长表示，根据气象署及水保署资讯，明日山区停班停课。", "水保署"),
    # a body set up, before a list's mark
    ("她曾参与推行改革，在设立基层医疗署及推进先导计划上发挥作用。", "基层医疗署"),
]))
def test_a_unit_standing_as_a_clause_s_subject(pipeline, text, unit):
    assert unit in _bodies(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("公司的战略布局将在明年改变。", "战略布局"),  # 布局 is a word of its own, no 局 of a body
    ("他说这个格局将延续下去。", "格局"),
    ("他历任常务副局长、董事长等职。", "常务副局"),  # a deputy's word is no field
    ("他能感受到与人相处将带来的好处。", "人相处"),
    ("根据部署及签署资讯，行动明日开始。", "部署"),  # a verb ending in 署 is no agency's short form
]))
def test_no_unit_from_an_ordinary_word(pipeline, text, wrong):
    assert not any(wrong in body for body in _bodies(pipeline, text))


@pytest.mark.parametrize("text, unit, absent_body", both_scripts([
    # a government named short only: the unit is an organisation, the post still has no body (roles223)
    ("县府今日公布人事异动。林志明现年58岁，历任观光处副处长、港务处长等职务。", "观光处", "观光处"),
    # no government named at all
    ("林志明现年58岁，历任观光处副处长、建设处长等职务。", "建设处", "建设处"),
]))
def test_the_unit_is_an_organisation_but_no_role_s_body(pipeline, text, unit, absent_body):
    assert unit in _bodies(pipeline, text)
    assert not any(absent_body in to_simplified(body) for _, body, _ in role_edges(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    # the government named in full: the role reader's unit named with it, as before
    ("金门县政府今日公布人事异动。张瑞心现年63岁，历任观光处副处长、港务处长、建设处长、工务处长等职务。",
     [("张瑞心", "金门县政府港务处", "处长"), ("张瑞心", "金门县政府建设处", "处长"), ("张瑞心", "金门县政府工务处", "处长")]),
]))
def test_a_county_s_unit_keeps_its_government_in_the_roles(pipeline, text, expected):
    found = role_edges(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, node", both_scripts([
    ("这幅土地原本预留作学校，在教育局考虑学龄人口下降后改作他用。", "org:教育局"),
]))
def test_a_held_unit_is_mentioned_in_its_document_and_seen_by_no_other_reader(pipeline, text, node):
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    held = [m for m in result.mentions if m.extractor in HELD_FROM_RELATIONS]
    assert held
    ends = {(r.kind, to_simplified(r.source)) for r in result.relations}
    assert (RelationKind.MENTIONED_IN, node) in ends
    assert not any(to_simplified(r.source) == node or to_simplified(r.target) == node
                   for r in result.relations if r.kind is not RelationKind.MENTIONED_IN)
