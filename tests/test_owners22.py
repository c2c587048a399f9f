"""Issue 14, session 22 (owners22): facilities and zones written as common nouns hold counts no earlier holder owns.

A count whose holder is a facility or zone named by its kind (托老院里有21位老人, 大工业区共有工厂300家, 高尔夫球中心的设施…)
used to take a holder named earlier (a city, a company): a wrong owner. Now a facility named by the place glued before
it (天津市第一养老院, 高村镇敬老院, 大连开发区; 院里 after it) is one holder, named by the whole, and owns its counts; a
facility named by its kind alone left its clause's counts ownerless, as a node named 托老院 would merge every
article's home for the aged (``zhkg.relate.count_facilities``). Session 24 gives them to that facility as the
document's own node (``org:托老院@doc:<id>``: ``tests/test_counts24.py``), as the annotation conventions want. Controls: facilities counted (养老院共有300家) leave
the holder before as it was; a facility kind describing another noun (开发区企业, 医院建设规划) is no subject; a city's
hospitals (北京市医院) are no one facility named by the city. Every passage is written for these tests and checked in
Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
CASES = [
    # a facility by its kind alone opening the clause: no city or company named before owns what it holds, the
    # facility does (session 23: the document's own node)
    ("北京市今年新建了10座公园。托老院里现有21位老人，招聘了8名护工。", "老人", "托老院"),
    ("北京市今年新建了10座公园。托老院里现有21位老人，招聘了8名护工。", "护工", "托老院"),
    ("万科集团今年业绩很好。养老院里住着50位老人。", "老人", "养老院"),
    ("广州市今年新修了20条道路。高尔夫球中心的设施包括设有91条球道的练习场。", "球道", "高尔夫球中心"),
    ("上海市今年引进了50家外资企业。大工业区共有工厂300家。", "工厂", "大工业区"),
    ("杭州市今年很热闹。现在院里有30位老人。", "老人", None),
    ("深圳市的菜价上涨。新街市内只有六七家档口在经营。", "档口", "新街市"),
    # controls: the holder before keeps what its own clause counts
    ("北京市今年新建了10座公园。托老院里现有21位老人，招聘了8名护工。", "公园", "北京市"),
    ("广州市今年新修了20条道路。高尔夫球中心的设施包括设有91条球道的练习场。", "道路", "广州市"),
    # a facility named by its place, with a name or an ordinal, or below a city: one holder, its counts its own
    ("天津市第一养老院共有床位300张。", "床位", "天津市第一养老院"),
    ("高村镇敬老院现有老人30名。", "老人", "高村镇敬老院"),
    ("大连开发区共有企业300家。", "企业", "大连开发区"),
    ("在平谷区托老院里有21位老人。", "老人", "平谷区托老院"),
    # ...and 院里 opening a later clause is that home
    ("记者来到高村镇敬老院。院里有21位老人。", "老人", "高村镇敬老院"),
    # ...and one where the counted are or work, inside a clause (同在卫生院共事的10位护士): no city named before owns them,
    # the facility does (session 23)
    ("上海市的同学都已返沪。同在卫生院共事的10位护士都很忙。", "护士", "卫生院"),
    ("北京市今年新建了10座公园。他们在养老院里照顾50位老人。", "老人", "养老院"),
    # ...and 该 + its kind, when one was named before; with none named, the document's own facility (session 23)
    ("大连开发区今年很忙。该开发区共有企业300家。", "企业", "大连开发区"),
    ("高村镇敬老院今年扩建。该敬老院现有老人30名。", "老人", "高村镇敬老院"),
    ("万科集团今年很忙。该养老院现有老人30名。", "老人", "养老院"),
    # ...and so does 全院 or 全校 the count was read from (全院现有老人30名), not a name (赢了掘金队1个 stays the subject's)
    ("北京市第一社会福利院今年扩建。全院现有老人30名。", "老人", "北京市第一社会福利院"),
    ("北京市第一中学今年扩建。全校现有学生3千名。", "学生", "北京市第一中学"),
    ("湖人队整场比赛在篮板球上赢了掘金队1个。", "掘金队", "湖人"),
    # a zone is a place: after 在 it is where, as any place is; a zone the recogniser names keeps its counts
    ("5亿元在大连开发区建设10条道路。", "道路", None),
    ("苏州工业园区内有企业3000家。", "企业", "苏州工业园"),
    # controls: facilities counted are the place's; a kind describing another noun is no subject
    ("北京市今年新建了10座公园。养老院共有300家，床位2万张。", "床位", "北京市"),
    ("北京市今年新建了10座公园。开发区企业共有300家。", "企业", "北京市"),
    ("北京市今年新建了10座公园。医院建设规划提出了3项措施。", "措施", "北京市"),
    ("西城区有3家养老院，共有床位500张。", "床位", "西城区"),
    # ...and the facilities just counted, written again, are all of them, not one: the holder of that count keeps this
    ("北京市今年新建了10座养老院，养老院里共有床位2万张。", "床位", "北京市"),
    # ...and a city's hospitals are no one hospital named by the city (an extractor's name stays as it was)
    ("成都市今年新建了5座公园。成都市养老院共有床位2万张。", "床位", "成都市"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_session22(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, where a facility's common noun opening a clause ends, or -1)
SUBJECTS = [
    ("托老院里有21位老人", 3), ("高尔夫球中心的设施", 6), ("大工业区共有", 4), ("院里有21位老人", 2), ("院内", 2),
    ("新街市内只有", 3), ("工业园区内有", 4), ("养老院建设规划", -1), ("开发区企业", -1), ("养老院共有300家", -1),
    ("医院达12所", -1), ("该院共有", -1), ("该养老院现有", 4), ("3家养老院", -1), ("北京市", -1), ("中心城区", -1), ("学院里", -1),
]


@pytest.mark.parametrize(("text", "end"), SUBJECTS, ids=[t for t, _ in SUBJECTS])
def test_facility_subject(text, end):
    from zhkg.relate.count_facilities import facility_subject

    assert facility_subject(text, 0) == end


QUALIFIED = [("第一养老院共有", 5), ("红星托老所现有", 5), ("开发区共有", 3), ("医院的", 2), ("市场监管", -1),
             ("养老院建设", -1)]


@pytest.mark.parametrize(("text", "end"), QUALIFIED, ids=[t for t, _ in QUALIFIED])
def test_facility_after_place(text, end):
    from zhkg.relate.count_facilities import facility_span

    assert facility_span(text, 0, qualified=True) == end


# (text, the place's span, whether a facility's kind cuts through it): 新街|市内 is a market, no street
CUTS = [("新街市内只有", 0, 2, True), ("新街市场", 0, 2, False), ("北京市内", 0, 3, False), ("苏州工业园区内", 0, 5, False)]


@pytest.mark.parametrize(("text", "start", "end", "cut"), CUTS, ids=[t for t, *_ in CUTS])
def test_cut_by_facility(text, start, end, cut):
    from zhkg.relate.count_facilities import cut_by_facility

    assert cut_by_facility(text, start, end) is cut


# (text, the facility's span, whether the facilities were just counted)
AGAIN = [("北京市新建了10座养老院，养老院里共有床位", 13, 16, True), ("北京市很忙。养老院里", 6, 9, False),
         ("西城区有三家医院。医院共有", 9, 11, True), ("西城区有三家银行。医院共有", 9, 11, False)]


@pytest.mark.parametrize(("text", "start", "end", "again"), AGAIN, ids=[t for t, *_ in AGAIN])
def test_counted_before(text, start, end, again):
    from zhkg.relate.count_facilities import counted_before

    assert counted_before(text, start, end) is again
