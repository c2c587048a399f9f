"""Issue 14, session 27 (owners31): count owners in Hong Kong, Taiwan and mainland styles.

Read from sentences written for these tests (none from an article):

* a body's anaphor that reports or speaks (台积电…。该公司指出，…; 该校认为，…) is the body the text is about telling
  of itself, so it owns the counts after it, where a named outside source (穆迪指出，…) still owns none;
* people a country's name describes inside the count (约有2000名台湾旅客, 25600余名中国学生, 3000名中国公民) are no
  one's under the counts' conventions: neither the reporting body's nor the place where they are; a country's one
  letter is a descent (上百名华裔学生 of a school stay the school's), and 内地 or 大陆 a region seen from elsewhere;
* 县内, 省内 and 市内 opening a clause stand for the nearest county, province or city named before (嘉义县政府指出，
  县内目前有120所国民小学 -> 嘉义县); inside another word (城市内, 超市内) they are none;
* Taiwan's bare 县府 and 市府 take the county or city named before them even when the recogniser, not the gazetteer,
  found it (宜兰县长…，县府… is 宜兰县政府, where it was a bare 县政府);
* 高中 (jieba's place word) and 焚化厂 (split 焚化|厂) are counted things of the glossary: 12所高中, 5座焚化厂.

Every owner case is checked as written and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, both_scripts, counts_in, in_script

# (text, counted head in Simplified, expected owner or None)
OWNERS = [
    # a body's anaphor reporting of itself
    ("台积电今天召开法说会。该公司指出，今年将在全球新增5座晶圆厂。", "晶圆厂", "台积电"),
    ("中华电信今天召开记者会。该公司认为，明年将在全台增设500座基站。", "基站", "中华电信"),
    # a nationality inside the count: no one's
    ("外交部发言人表示，目前约有2000名台湾旅客滞留日本。", "旅客", None),
    ("英国目前有25600余名中国学生。", "学生", None),
    ("泰国旅游局表示，今年共有300万名中国游客到访。", "游客", None),
    ("外交部表示，目前有3000名中国公民在乌克兰。", "公民", None),
    # 县内, 省内 opening a clause
    ("嘉义县政府指出，县内目前有120所国民小学。", "国民小学", "嘉义县"),
    ("广东省教育厅表示，省内今年新增30所高校。", "高校", "广东省"),
    # 县府 after a county the recogniser found
    ("宜兰县长昨天表示，县府今年已完成42座桥梁补强工程。", "桥梁", "宜兰县政府"),
]

# Controls: read as before this round
CONTROLS = [
    ("台积电今天召开法说会。该公司表示，今年将在全球新增5座晶圆厂。", "晶圆厂", "台积电"),
    ("北京市今年接待了50万名游客。", "游客", "北京市"),  # no nationality
    ("香港大学表示，该校今年录取了300名内地学生。", "学生", "香港大学"),  # 内地: a region seen from Hong Kong
    ("北京市统计局数据显示，城市内共有3000家超市。", "超市", None),  # 市内 inside 城市内
    ("屏东县长昨天表示，县府今年已完成42座桥梁补强工程。", "桥梁", "屏东县政府"),
    ("台中市长今天表示，市府今年将新建8座运动中心。", "中心", "台中市政府"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_owners31_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(CONTROLS))
def test_owners31_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, start, end, expected", [
    ("该公司指出，今年新增5座工厂", 0, 3, True),
    ("该校认为，明年招生300名", 0, 2, True),
    ("穆迪指出，今年新增5座工厂", 0, 2, False),  # a named source, no anaphor
    ("该局批准9家公司上市", 0, 2, False),  # a body permitting others: no report of itself
    ("该公司今年新增5座工厂", 0, 3, False),  # no report at all
])
def test_anaphor_reports(text, start, end, expected):
    from zhkg.relate.count_subject import _anaphor_reports

    assert _anaphor_reports(text, start, end, {"该公司", "该校", "该局"}) is expected


def _count(text: str, span: str, thing: str):
    from zhkg.records import Label, Mention, Quantity

    start = text.index(span)
    return Mention("d", start, start + len(span), span, span, Label.COUNT, "counts",
                   quantity=Quantity(1, thing, thing))


def _place(text: str, name: str, code: str, at: int = 0):
    from zhkg.records import Label, Mention

    start = text.index(name, at)
    return Mention("d", start, start + len(name), name, name, Label.PLACE, "gazetteer", code=code)


@pytest.mark.parametrize("text, span, thing, place, code, expected", [
    ("目前约有2000名台湾旅客滞留日本", "约有2000名台湾旅客", "旅客", "台湾", "TW", True),
    ("英国有两名中国留学生", "两名中国留学生", "学生", "中国", "CN", True),  # a modifier between (留)
    ("上百名华裔学生抗议", "上百名华裔学生", "学生", "华", "CN", False),  # one letter: descent
    ("共有3家中国企业", "3家中国企业", "企业", "中国", "CN", False),  # things, not people
    ("中国学生仅有200余名", "中国学生仅有200余名", "学生", "中国", "CN", False),  # the noun opens the count
])
def test_national_people(text, span, thing, place, code, expected):
    from zhkg.relate.count_counted import _national_people

    p = _place(text, place, code)
    assert _national_people(text, _count(text, span, thing), [p], [p.start]) is expected


def test_place_in_sentence_takes_a_resolved_place():
    from zhkg.records import Label, Mention
    from zhkg.stages.resolve import _place_in_sentence
    from zhkg.text import SpanIndex

    text = "宜兰县长昨天表示，县府今年已完成工程。"
    county = Mention("d", 0, 3, "宜兰县", "宜兰县", Label.PLACE, "crf")  # the recogniser's: no code yet
    body = Mention("d", 9, 11, "县府", "县府", Label.ORGANIZATION, "org_suffix")
    places = SpanIndex([county])
    assert _place_in_sentence(body, places, text, "县") == ""
    assert _place_in_sentence(body, places, text, "县", lambda p: p.simplified == "宜兰县") == "宜兰县"


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, expected", [
    ("台北市有12所高中。", [(12, "高中")]),
    ("台北市有5座焚化厂。", [(5, "焚化厂")]),
    ("有3名学生考上高中。", [(3, "学生")]),  # control: 高中 after the count is no count
    ("台北市有30所大学。", [(30, "大学")]),  # control
])
def test_glossary_school_and_plant(nlp, script, text, expected):
    assert counts_in(nlp, in_script(text, script)) == expected
