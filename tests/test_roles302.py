"""Forms of discourse that give a post its body or its holder elsewhere in news (session 61, roles302, issue 11).

* **A government written short stands for the county or city named before** (``roles_government_units``): 县府, 市府,
  县政府 or 市政府 with no place right before it is the government of the county or city (a place ending in the
  short form's 县 or 市) the document names nearest before it, else first after it; a unit named alone after it
  (曾历任地政处长、工务处长; 曾任县府主计处副处长) is that government's unit, no longer dropped. With no such place
  named, or no government at all, the unit named alone is dropped as before.
* **A 、 after a verb of a post changing hands opens a clause** (``roles_context._opens_after_handover``): 现任主任A卸任、
  新任主任B接任 — B's bare title opens its clause as after a comma. 给 is a function word before a bare title
  (交棒给新任校长X), as 予 was.
* **A person behind a title of a body no extractor named** (``roles_moves._titled_opener``): 国立某某大学校长X为…博士，
  曾任A、B: X is the subject of the career clause, the letters before the title a body's name (a strong head word
  last), as a named body there was. Letters that are no body's name (今天校长X为…) give nothing.
* **People listed before 都/均/皆 and a verb of leaving a post** (``roles_left_lists``): A、B、C都正式卸下立委职务 —
  each a former holder of the bare title, of the body an earlier clause names; one person, no 都, or no body named,
  nothing.

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, former_roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("云林县长张大善今日发布人事命令。王志明现为县府参议，曾历任地政处长、工务处长等重要职务。",
         [("王志明", "云林县政府地政处", "处长"), ("王志明", "云林县政府工务处", "处长")]),
        ("新竹县长杨大科宣布人事异动。陈伟明曾任县府工务处副处长。", [("陈伟明", "新竹县政府工务处", "副处长")]),
        ("台南市长黄大哲今天宣布人事。林志宏曾任市府工务处副处长。", [("林志宏", "台南市政府工务处", "副处长")]),
    ]),
)
def test_a_unit_after_a_short_government_is_the_named_countys(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for person, holder, title in expected:
        assert roles.get((person, holder, title)) is True


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王大明曾任地政处长、工务处长。", "王大明"),  # no government named at all
        ("华强集团宣布，王大明曾任财务处处长。", "王大明"),  # a company's department
        ("县府今天宣布，王大明曾任地政处长。", "王大明"),  # no county named
    ]),
)
def test_a_unit_alone_with_no_county_named_is_still_dropped(pipeline, text, person):
    assert not [k for k in former_roles(pipeline, text, holder=True) if k[0] == person and k[2].endswith("处长")]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("华强基金会今天举行交接典礼，现任主任王立明卸任、新任主任李小华接任。", ("李小华", "华强基金会", "主任")),
        ("民进党台中市议会党团今天总召交接，现任总召王立明卸任、新任总召周永鸿接任。",
         ("周永鸿", "民进党台中市议会党团", "总召")),
        ("东华大学今天举行校长交接典礼，由王大明交棒给新任校长李小华。", ("李小华", "东华大学", "校长")),
    ]),
)
def test_a_handovers_second_clause_gives_its_bare_title(pipeline, text, expected):
    assert former_roles(pipeline, text, holder=True).get(expected) is False


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("华强基金会今天开会，主任王立明、秘书李小华出席。", "李小华"),  # a 、 after no verb of a handover
        ("他把这本书送给校长李小华。", "李小华"),  # 给 before a bare title, no body named
    ]),
)
def test_no_handover_no_new_bare_title(pipeline, text, person):
    roles = former_roles(pipeline, text, holder=True)
    assert not [k for k in roles if k[0] == person and k[2] in ("主任", "校长")]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("国立高雄餐旅大学校长方大隆为英国牛津大学教育系哲学博士，曾任国立台湾师范大学教育学院院长、学务长。",
         [("方大隆", "国立台湾师范大学教育学院", "院长")]),
        ("南华科技大学校长林大同为台湾大学博士，曾任东海大学副校长。", [("林大同", "东海大学", "副校长")]),
    ]),
)
def test_a_person_behind_a_title_of_an_unnamed_body_is_the_careers_subject(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for key in expected:
        assert roles.get(key) is True


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "今天校长林大同为台湾大学博士，曾任东海大学副校长。",  # 今天 is no body's name
    ]),
)
def test_letters_that_name_no_body_make_no_subject(pipeline, text):
    assert ("林大同", "东海大学", "副校长") not in former_roles(pipeline, text, holder=True)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("民众党内规届满，8名立委除陈大姿留任外，黄大明、张小启、林国强都在1月30日正式卸下立委职务。",
         [("黄大明", "民众党", "立委"), ("张小启", "民众党", "立委"), ("林国强", "民众党", "立委")]),
        ("华强集团今天宣布，王大明、李小华均辞去董事职务。", [("王大明", "华强集团", "董事"), ("李小华", "华强集团", "董事")]),
    ]),
)
def test_people_listed_before_a_verb_of_leaving_each_leave_the_post(pipeline, text, expected):
    roles = former_roles(pipeline, text, holder=True)
    for key in expected:
        assert roles.get(key) is True


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王大明、李小华均辞去董事职务。", "李小华"),  # no body named
        ("华强集团今天宣布，王大明、李小华辞去董事职务后另有安排。", "李小华"),  # no 都/均/皆
        ("华强集团今天宣布，李小华均辞去董事职务。", "李小华"),  # one person
    ]),
)
def test_no_list_or_no_body_no_post_left(pipeline, text, person):
    assert not [k for k in former_roles(pipeline, text, holder=True) if k[0] == person and k[2] == "董事"]
