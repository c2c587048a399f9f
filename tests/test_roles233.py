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

from typing import Any

import pytest
from helpers import both_scripts


def _posts(pipeline: Any, text: str) -> list[tuple[str, str, str, bool]]:
    """(person, organisation, title, former) of every HOLDS_ROLE relation of ``text``, names in Simplified."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


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
    ("王大明曾任国立成功大学副校长等职。", [("王大明", "成功大学", "副校长", True)]),
    ("王大明曾任国立成功大学副校长等职务。", [("王大明", "成功大学", "副校长", True)]),
    ("王大明曾任国立高雄师范大学教育学院院长、学务长、主秘等职。",
     [("王大明", "高雄师范大学教育学院", "院长", True), ("王大明", "高雄师范大学教育学院", "主秘", True)]),
]))
def test_a_resume_list_closed_by_dengzhi_after_a_chartered_school(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found
