"""Round roles233 (issue 11): posts written apart from their holder's name, after a verb of appointment, each passage
in Simplified and Traditional (``both_scripts``).

**An appointer the news does not name** (:mod:`zhkg.relate.roles_appointers`): 王明获政府委任为民政事务局局长 gave
nothing, 政府 being no extracted body; now 获/被 + a word for the appointing authority (政府, 中央, 特首, 董事会…) + a
verb of appointing reads the post after it as 获委任为 does.

**升职 and 特助**: 升职 + body + title is a move into the post as 升职为 is; 特助 after a title is an assistant's post
(董事长特助: no 董事长's), as 助理 is.

**A résumé's list closed by 等职, a school's 国立 before its name**: 曾任国立成功大学副校长等职 gave nothing (the body
named after 国立, the clause closed by 等职); now 等职 closes the post as 职务 does, and 国立/私立/市立/县立/省立 before
a body named without it is skipped.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, role_posts

_posts = role_posts


@pytest.mark.parametrize("text, expected", both_scripts([
    ("随着麦小娟获政府委任为民政事务局局长，工联会的议席由8席变7席。", ("麦小娟", "民政事务局", "局长", False)),
    ("李志明获特首委任为环境及生态局副秘书长，任期两年。", ("李志明", "环境及生态局", "副秘书长", False)),
    ("陈大文被董事会任命为华强集团总经理。", ("陈大文", "华强集团", "总经理", False)),
]))
def test_a_post_given_by_an_unnamed_authority_is_read(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text, absent", both_scripts([
    # 获 + an authority + no verb of appointing: no post
    ("麦小娟获政府资助出任民政事务局顾问的计划告吹。", ("麦小娟", "民政事务局", "顾问", False)),
    # a plan: 将获 … 任命为
    ("陈大文将获董事会任命为华强集团总经理。", ("陈大文", "华强集团", "总经理", False)),
]))
def test_no_post_where_the_authority_appoints_no_one(pipeline, text, absent):
    assert absent not in _posts(pipeline, text)


@pytest.mark.parametrize("text, expected", both_scripts([
    ("油尖旺民政专员余志强升职环境及生态局副秘书长，由李家华接手油尖旺。",
     ("余志强", "环境及生态局", "副秘书长", False)),
    ("张国强转任富邦育乐董事长特助，负责球团事务。", ("张国强", "富邦育乐", "董事长特助", False)),
]))
def test_a_move_by_shengzhi_and_an_assistant_s_post(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert expected in found, found


def test_an_assistant_s_post_is_no_post_of_the_title_before_it(pipeline):
    found = _posts(pipeline, "张国强转任富邦育乐董事长特助，负责球团事务。")
    assert ("张国强", "富邦育乐", "董事长", False) not in found, found


@pytest.mark.parametrize("text, expected", both_scripts([
    # (曾任|国立…: since roles245 jieba no longer glues 任国立, and the body keeps its charter word, its full name)
    ("王大明曾任国立成功大学副校长等职。", [("王大明", "国立成功大学", "副校长", True)]),
    ("王大明曾任国立成功大学副校长等职务。", [("王大明", "国立成功大学", "副校长", True)]),
    ("王大明曾任国立高雄师范大学教育学院院长、学务长、主秘等职。",
     [("王大明", "国立高雄师范大学教育学院", "院长", True), ("王大明", "国立高雄师范大学教育学院", "主秘", True)]),
]))
def test_a_resume_list_closed_by_dengzhi_after_a_chartered_school(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("新竹县政府今天宣布人事异动，由徐大同出任副县长、陈小伟升任副秘书长。",
     [("徐大同", "新竹县政府", "副县长", False), ("陈小伟", "新竹县政府", "副秘书长", False)]),
    ("华强集团今天宣布人事异动，王明出任总经理、李大华升任副总经理。",
     [("王明", "华强集团", "总经理", False), ("李大华", "华强集团", "副总经理", False)]),
]))
def test_bare_posts_of_people_listed_by_a_pause_mark(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("经民联今天改选，新设党魁一职由议员吴永乐担任。", ("吴永乐", "经民联", "党魁", False)),
    ("经民联今天改选，党魁一职由议员吴永乐担任。", ("吴永乐", "经民联", "党魁", False)),
]))
def test_a_post_created_and_filled_by_a_titled_name(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text", both_scripts([
    # 由 + a description with no title right before the name: not read as the one filling the post
    "华强集团今天改组，总经理由董事会推举的王明担任。",
    # the name after 由 is followed by no verb of filling: no post
    "经民联今天改选，党魁一职由议员吴永乐提名。",
]))
def test_no_post_filled_where_the_name_after_you_is_not_titled_or_no_verb_closes(pipeline, text):
    found = _posts(pipeline, text)
    assert not [f for f in found if f[2] in ("总经理", "党魁")], found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("张成中以河北省委常委、省政府党组副书记的身份出席会议并讲话。",
     [("张成中", "河北省委", "常委", False), ("张成中", "河北省政府", "党组副书记", False)]),
    ("王明以华强集团董事长、总经理的身份出席。",
     [("王明", "华强集团", "董事长", False), ("王明", "华强集团", "总经理", False)]),
]))
def test_a_list_of_posts_closed_by_yi_shenfen(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


def test_yi_and_a_list_of_posts_with_no_shenfen_gives_none(pipeline):
    assert _posts(pipeline, "王明以华强集团董事长、总经理出席。") == []
