"""Roles read right (round roles102), each in Simplified and Traditional (``both_scripts``): a department named by its
function alone (商务部, 组织部, 外事办, 科研所) after 、 or 兼 and the post of a company's unit is that unit's, holding no
post of its own (``roles_misreads.drop_departments_of_units``); a bare 委员会 holds none; the state's ministry stays after
a government's post or a person's name. A bare title after 原 or 前任 opening its clause is a post left of the body
the text named before, 而 or 而自 maybe opening the clause (万科集团…。而自原总经理张强离职以来…: ``roles_titles._LEFT_BEFORE_TITLE``, read by ``roles_context._roles_in_context``).

The passages are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, holds_roles
from helpers import role_edges as roles


def _posts(pipeline, text):
    """(person, title, holder, former) of ``text``'s HOLDS_ROLE relations, names in Simplified."""
    from zhkg.stages.normalise import to_simplified

    return [(to_simplified(p), t, to_simplified(h), f) for p, t, h, f in holds_roles(pipeline, text)]


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("李四，男，2010年7月至2011年12月任中泰化学总经办主任、商务部部长、党委办公室主任。", ("李四", "商务部")),
    ("李四，男，2009年至2013年历任银川新华百货商业集团股份有限公司东方红店一楼商品部部长、商务部经理。", ("李四", "商务部")),
    ("李四，男，历任中国乐凯胶片集团公司总经理助理、进出口公司总经理兼外事办主任。", ("李四", "外事办")),
    ("李四，男，曾任云南沾益化肥厂团委副书记、书记、组织部副部长兼团委书记、组织部部长。", ("李四", "组织部")),
    ("李四，男，任湖南一六九化工有限责任公司副总工程师、科研所所长。", ("李四", "科研所")),
    ("李四，男，兼任中国证监会并购重组审核委员会委员。", ("李四", "委员会")),
]))
def test_department_of_a_company_unit_holds_no_post(pipeline, text, wrong):
    assert not [r for r in roles(pipeline, text) if r[:2] == wrong]


@pytest.mark.parametrize("text, kept", both_scripts([
    # guards: the company's own post, the state's ministry after a government's post or a person, an office
    # named by its place, a committee with a name
    ("李四，男，2010年7月至2011年12月任中泰化学总经办主任、商务部部长。", ("李四", "中泰化学总经办", "主任")),
    ("外交部部长杨洁篪、商务部部长陈德铭出席了会议。", ("陈德铭", "商务部", "部长")),
    ("李四，男，历任国家计委副主任、商务部副部长。", ("李四", "商务部", "副部长")),
    ("张德华曾先后担任高雄市政府秘书长、经济部次长、行政院秘书长。", ("张德华", "经济部", "次长")),
    ("李四，男，历任福建电子计算机公司办公室副主任、北京办事处主任兼华北销售区经理。", ("李四", "北京办事处", "主任")),
    ("商务部部长陈德铭今天表示，出口形势好转。", ("陈德铭", "商务部", "部长")),
]))
def test_ministries_and_named_offices_stay(pipeline, text, kept):
    assert kept in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "王五，男，曾任天原化工厂厂长助理、副厂长、党委副书记，上海市化学工业技术监督所党委书记兼副所长。",
]))
def test_holder_named_again_after_a_cut_department_stays(pipeline, text):
    # the resolver may join the factory's bare 党委 with the bureau's: the bureau's own posts stay, its committee's
    # title the bureau's (党委书记 of it, session 50's convention)
    assert ("王五", "上海市化学工业技术监督所", "党委书记") in roles(pipeline, text)
    assert ("王五", "上海市化学工业技术监督所", "副所长") in roles(pipeline, text)


@pytest.mark.parametrize("text, post", both_scripts([
    ("万科集团昨日发布公告，聘任王明为公司总经理。原总经理张强因个人原因辞职。", ("张强", "总经理", "万科集团", True)),
    ("万科集团昨日发布公告，聘任王明为公司总经理。前任总经理张强因个人原因辞职。", ("张强", "总经理", "万科集团", True)),
    ("万科集团昨日发布公告。原董事长张强因个人原因辞职。", ("张强", "董事长", "万科集团", True)),
    ("万科集团昨日发布公告，聘任王明为公司总经理。而原总经理张强已经辞职。", ("张强", "总经理", "万科集团", True)),
    ("万科集团昨日发布公告，聘任王明为公司总经理。而自原总经理张强离职以来，该职位一直空缺。",
     ("张强", "总经理", "万科集团", True)),
    # guard: the post the sentence before gives is held now
    ("万科集团昨日发布公告，聘任王明为公司总经理。原总经理张强因个人原因辞职。", ("王明", "总经理", "万科集团", False)),
]))
def test_post_left_of_the_body_named_before(pipeline, text, post):
    assert post in _posts(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # guards: 原 inside a word (原来), and 原 not opening its clause: no post read from the sentence before
    "万科集团昨日发布公告。原来总经理张强已经辞职。",
    "万科集团昨日发布公告。记者采访原总经理张强时得知，他已辞职。",
]))
def test_left_word_opens_the_clause(pipeline, text):
    assert not [r for r in _posts(pipeline, text) if r[0] == "张强" and r[3]]
