"""A body's generic governing unit before a title is part of the title (issues 15 and 11, session 50, orgs222), each
passage run as written and converted to Traditional (``both_scripts``); passages written for these tests in the style
of news, names invented.

The convention decided: 海螺集团党委书记张三 is ORGANIZATION 海螺集团 and 张三 HOLDS_ROLE 党委书记 of it (the units of
:data:`zhkg.resources.lexicon.GOVERNING_UNITS`: 党委, 党组, 纪委, 团委, 工会, 董事会, 监事会, 常委会, 管委会 …); a named
unit (光华管理学院) stays an organisation PART_OF its body; a division's committee (市委, 自治区党委) and a people's
congress's standing committee are bodies; a unit with no title after it, or no body before it, keeps the older reading.
"""

import pytest
from helpers import both_scripts, entity_names, relation_rows

from zhkg.extract.governing_units import body_before_unit, units_into_titles
from zhkg.ner.lexicons import load_ner_lexicons
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import GOVERNING_UNITS, load_lexicon


def org_names(pipeline, text):
    """The Simplified names of the organisation nodes of ``text``."""
    return {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, body, unit, posts", both_scripts([
    ("海螺集团党委书记张三出席会议。", "海螺集团", "海螺集团党委", [("张三", "党委书记", "海螺集团", False)]),
    ("星海集团党委副书记、总经理李四表示，公司将继续发展。", "星海集团", "星海集团党委",
     [("李四", "党委副书记", "星海集团", False), ("李四", "总经理", "星海集团", False)]),
    ("铜陵学院纪委书记陈明参加活动。", "铜陵学院", "铜陵学院纪委", [("陈明", "纪委书记", "铜陵学院", False)]),
    ("清华大学团委书记赵强发言。", "清华大学", "清华大学团委", [("赵强", "团委书记", "清华大学", False)]),
    ("鞍钢集团工会主席王刚出席。", "鞍钢集团", "鞍钢集团工会", [("王刚", "工会主席", "鞍钢集团", False)]),
    ("国新资产党组书记张华表示。", "国新资产", "国新资产党组", [("张华", "党组书记", "国新资产", False)]),
    ("公安部党委书记王强出席。", "公安部", "公安部党委", [("王强", "党委书记", "公安部", False)]),
    ("平安银行监事会主席王明出席。", "平安银行", "平安银行监事会", [("王明", "监事会主席", "平安银行", False)]),
]))
def test_a_governing_unit_before_a_title_is_the_titles(pipeline, text, body, unit, posts):
    orgs = org_names(pipeline, text)
    assert body in orgs and unit not in orgs, orgs
    assert relation_rows(pipeline, text) == posts


@pytest.mark.parametrize("text, posts, part", both_scripts([
    # a named unit stays an organisation, PART_OF its body
    ("北京大学光华管理学院院长刘伟表示。", [("刘伟", "院长", "北京大学光华管理学院", False)],
     ("北京大学光华管理学院", "北京大学")),
    # a unit with no title after it keeps its node
    ("海螺集团党委召开会议，研究部署工作。", [], ("海螺集团党委", "海螺集团")),
]))
def test_a_named_unit_or_a_unit_with_no_title_stays_a_part(pipeline, text, posts, part):
    assert relation_rows(pipeline, text) == posts
    assert part in {(s, t) for s, _role, t, _former in relation_rows(pipeline, text, "PART_OF")}


@pytest.mark.parametrize("text, post", both_scripts([
    # a division's committee is a body (市委, 省委, 自治区党委), as is a people's congress's standing committee
    ("中共北京市委书记王刚主持会议。", ("王刚", "书记", "中共北京市委", False)),
    ("宁夏回族自治区党委书记陈明表示。", ("陈明", "书记", "宁夏回族自治区党委", False)),
    ("北京市人大常委会主任李伟出席。", ("李伟", "主任", "北京市人大常委会", False)),
    ("西藏自治区党委常委、政府常务副主席丁明出席。", ("丁明", "常委", "西藏自治区党委", False)),
]))
def test_a_divisions_committee_is_a_body(pipeline, text, post):
    assert post in relation_rows(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "该公司董事会主席李明表示将继续推进。",
    "校党委书记王明出席。",
]))
def test_a_unit_with_no_body_before_it_names_no_bare_kind(pipeline, text):
    assert not org_names(pipeline, text) & {"公司", "校"}


@pytest.mark.parametrize("name, body", [
    ("海螺集团党委", "海螺集团"),
    ("万科集团董事会", "万科集团"),
    ("中国诚通控股集团有限公司党委", "中国诚通控股集团有限公司"),
    # no body before the unit: a division's, the nation's, a kind's, a reference's, one letter, none
    ("宁夏回族自治区党委", ""),
    ("苏州工业园区管委会", ""),
    ("中央纪委", ""),
    ("中华全国总工会", ""),
    ("北京市人大常委会", ""),
    ("公司董事会", ""),
    ("该公司董事会", ""),
    ("校党委", ""),
    ("党委", ""),
    ("光华管理学院", ""),
])
def test_body_before_unit(name, body):
    assert body_before_unit(name, load_lexicon()) == body


def _org(name, start=0, extractor="crf"):
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor)


@pytest.mark.parametrize("text, mention, kept", [
    ("海螺集团党委副书记杨军", _org("海螺集团党委"), "海螺集团"),
    ("海螺集团纪委委员杨军", _org("海螺集团纪委"), "海螺集团"),
    # no title after the unit, a title of no unit's, or a listed name: whole
    ("海螺集团党委召开会议", _org("海螺集团党委"), "海螺集团党委"),
    ("海螺集团党委宣传部", _org("海螺集团党委"), "海螺集团党委"),
    ("海螺集团党委副书记杨军", _org("海螺集团党委", extractor="org_known"), "海螺集团党委"),
])
def test_units_into_titles(text, mention, kept):
    assert [m.simplified for m in units_into_titles([mention], text, load_lexicon())] == [kept]


def test_an_alias_of_the_cut_name_names_the_body():
    alias = Mention("d", 12, 14, "海螺", "海螺", Label.ORGANIZATION, "alias", canonical="海螺集团党委")
    out = units_into_titles([_org("海螺集团党委"), alias], "海螺集团党委书记杨军表示，海螺将……", load_lexicon())
    assert [(m.simplified, m.canonical) for m in out] == [("海螺集团", ""), ("海螺", "海螺集团")]


@pytest.mark.parametrize("unit", sorted(GOVERNING_UNITS))
def test_each_unit_makes_titles_the_role_readers_take(unit):
    lexicon = load_lexicon()
    titles = [w for w in lexicon.role_words if w.startswith(unit) and w != unit]
    assert unit + "副主席" in titles or unit + "副书记" in titles
    assert lexicon.unit_title_at("星海集团" + unit + "副主席王明", 4) == unit + "副主席"


def test_the_recognisers_features_keep_the_table_titles_only():
    lexicon = load_lexicon()
    assert "党委副书记" in lexicon.unit_titles and "党委书记" not in lexicon.unit_titles  # (a row of roles.tsv)
    ner = load_ner_lexicons()
    assert ner.positions("xr", "党委副书记") == "--BME"  # 副书记 alone, as the model was trained
    assert ner.positions("xr", "党委书记") == "BMME"


@pytest.mark.parametrize("text, post", both_scripts([
    # a pair of bodies a dash joins (an agreement's name) is no long form of the body after the dash
    ("今天，“加州大学伯克利分校—上海张江(集团)有限公司”合作备忘录签约仪式举行。上海张江(集团)有限公司党委书记、总经理丁磊介绍。",
     [("丁磊", "党委书记", "上海张江(集团)有限公司", False), ("丁磊", "总经理", "上海张江(集团)有限公司", False)]),
]))
def test_a_body_after_a_pairs_dash_is_its_own_node(pipeline, text, post):
    assert relation_rows(pipeline, text) == post
