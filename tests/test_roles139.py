"""Roles on news whose holder the text names elsewhere (round roles139, issue 11, from the misses of the web set's
tune half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified


def _roles(pipeline, text):
    """(person, holder, title, former) of every HOLDS_ROLE relation, names in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


@pytest.mark.parametrize("text, right", both_scripts([
    # a state's head titled bare before a name, the state the text writes the same title after (a headline's)
    ("意大利新总理发表演讲。在前总理德拉吉执政期间，经济曾有起色。", ("德拉吉", "意大利", "总理", True)),
    ("巴西总统令军队撤离。总统卢拉昨天表示，政府将重建雨林。", ("卢拉", "巴西", "总统", False)),
    # or the one state the whole text names
    ("西班牙举行大选。新政府明天成立，国王费利佩六世昨天批准了内阁名单。", ("费利佩六世", "西班牙", "国王", False)),
    ("西班牙首相昨天向国王费利佩六世递交辞呈。", ("费利佩六世", "西班牙", "国王", False)),
]))
def test_state_title_with_the_state_unwritten(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: the state's title is another's (新加坡总理黄循财: 李强 is not Singapore's premier), the title after the
    # state is a longer word's (总统大选), two states name the title, a title inside a longer word (总经理)
    ("新加坡总理黄循财访华。总理李强在北京与他会谈。", "李强"),
    ("美国总统大选今天举行。总统赖清德表示祝贺。", "赖清德"),
    ("法国总统和德国总统都发表了讲话。总统马克龙表示欢迎。", "马克龙"),
    ("日本代表团抵达。总经理王明表示欢迎。", "王明"),
    # a place of another country counts for its country (the lead's review): 北京 is China's, so the text names two
    ("总理李强5日在北京会见德国外长贝尔伯克。", "李强"),
    ("总统王明在雅加达会见了德国外长贝尔伯克。", "王明"),
]))
def test_state_title_unwritten_refused(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person and r[2] in ("总理", "总统", "经理", "总经理")]


@pytest.mark.parametrize("text, right", both_scripts([
    # 首次/首度 (for the first time) between a name and its verb of appointment, as 再次, 再度
    ("2015年，时年52岁的林志远首次当选英国议会下院议员。", ("林志远", "英国议会下院", "议员", False)),
    ("张晓东首度出任华润集团董事长。", ("张晓东", "华润集团", "董事长", False)),
]))
def test_first_time_before_the_link(pipeline, text, right):
    assert right in _roles(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: 首次 before a verb that names no post
    ("张晓东首次访问华润集团总部。", "张晓东"),
]))
def test_first_time_before_no_link(pipeline, text, person):
    assert not [r for r in _roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right, person", both_scripts([
    # the one succeeded is no subject of the post (接替章倬标任兴化府知府: not 章倬标's), nor in a clause naming no
    # subject (…，2015年接替李建华出任董事长: the bare title was read as his); the successor's post is read as before
    ("2020年，陈国强接替李建华出任华润集团董事长。", ("陈国强", "华润集团", "董事长", False), "李建华"),
    ("陈国强于1990年加入华润集团，2015年接替李建华出任董事长。", None, "李建华"),
]))
def test_the_one_succeeded_holds_no_post(pipeline, text, right, person):
    found = _roles(pipeline, text)
    assert right is None or right in found, found
    assert not [r for r in found if r[0] == person], found


@pytest.mark.parametrize("text, right", both_scripts([
    # posts of two bodies listed in brackets after a name, joined by 、 (as after a comma: 王明，北京大学教授、华润集团董事)
    ("王大明（北京大学教授、华润集团董事）今天表示，将扩大投资。", [("王大明", "北京大学", "教授", False),
                                                ("王大明", "华润集团", "董事", False)]),
    ("李晓红（中国工程院院长、中国科协副主席）在会上致辞。", [("李晓红", "中国工程院", "院长", False),
                                            ("李晓红", "中国科协", "副主席", False)]),
]))
def test_bracketed_posts_of_two_bodies(pipeline, text, right):
    found = _roles(pipeline, text)
    assert all(r in found for r in right), found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: brackets holding more than posts (a kin word after the list), another person named inside
    ("王大明（北京大学教授、华润集团董事之子）今天表示。", "王大明"),
    ("王大明（北京大学教授、李四的学生）今天表示。", "王大明"),
]))
def test_bracketed_list_with_more_than_posts_refused(pipeline, text, person):
    found = _roles(pipeline, text)
    assert not [r for r in found if r[0] == person and r[1] == "华润集团"], found
    assert not [r for r in found if r[0] == person and r[1] == "北京大学"], found
