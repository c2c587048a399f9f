"""Forms of posts and memberships Wikipedia biographies write (round 13), each in Simplified and in Traditional.

The passages are probes written for these tests (no source text); each form has a negative beside it: the one who
appoints holds no post, a verb that is no appointment names no one, a group named by a pronoun, two trades joined
by 兼 with no body.
"""

import pytest

from tests.helpers import both_scripts


def relations(pipeline, text, kind="HOLDS_ROLE"):
    """(person, role, holder, former) of every relation of ``kind`` the pipeline reads in ``text``."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], r.role_simplified, names[r.target], r.former)
                  for r in ex.relations if r.kind.value == kind)


def people(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    return sorted(e.name for e in ex.entities if e.label.value == "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the appointed is named between the verb and 为, and holds the post; the appointer holds nothing
        ("1920年，孙中山任命黄复生为四川靖国联军总司令。", [("黄复生", "总司令", "四川靖国联军", False)]),
        ("同年，段祺瑞改任石青阳为川北招讨使。", [("石青阳", "招讨使", "川北", False)]),
        # no name stands between the verb and 为: no one holds the post, the appointer least of all
        ("1920年，孙中山任命他为四川靖国联军总司令。", []),
    ]),
)
def test_post_of_the_appointed(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, name, named",
    both_scripts([
        ("皇帝追封郭昌为阳安侯。", "郭昌", True),
        ("朝廷任命黄复生为知府。", "黄复生", True),
        # no surname opens the letters before 为: no one
        ("政府任命大会为期三天。", "大会", False),
    ]),
)
def test_name_after_a_verb_of_appointing(pipeline, text, name, named):
    assert (name in people(pipeline, text)) is named


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # an ordinal before a bare post whose body the sentence named in a clause before
        ("南苑航空学校正式开学，秦国镛任首任校长，王鄂任教育长。",
         [("王鄂", "教育长", "南苑航空学校", False), ("秦国镛", "校长", "南苑航空学校", False)]),
        # a paper in 《》 after 在, the post after 任
        ("李四平在《人民日报》任主编。", [("李四平", "主编", "人民日报", False)]),
        # a paper's work, not a post in it
        ("李四平在《人民日报》发表文章。", []),
    ]),
)
def test_bare_posts_of_biographies(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 是/为, 前 and a kind of group before the body: a former member
        ("王小红是香港歌手，为前流行组合辣妹合唱团的成员之一。", [("王小红", "成员", "辣妹合唱团", True)]),
        ("张三丰是流行组合辣妹合唱团的成员。", [("张三丰", "成员", "辣妹合唱团", False)]),
        # a group a pronoun names is no body
        ("张三丰是该组合的成员。", []),
    ]),
)
def test_member_of_a_group_named_with_its_kind(pipeline, text, expected):
    assert relations(pipeline, text, "MEMBER_OF") == expected


@pytest.mark.parametrize("text", both_scripts(["美国旅行家兼记者汤玛斯所写的报告轰动一时。"]))
def test_no_body_before_a_second_trade(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    assert not [e.name for e in ex.entities if e.label.value == "ORGANIZATION"]
    assert relations(pipeline, text) == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a biography's opening: the name, a short description, the body and a member word closing the clause
        ("三崎太郎，日本足球运动员，前日本国家足球队成员。", [("三崎太郎", "成员", "日本国家足球队", True)]),
        ("王立伟，民进党党员，曾任台北市议员。", [("王立伟", "党员", "民进党", False)]),
        # the person does not open the sentence: someone else's description, no apposition
        ("记者见到了王立伟，民进党党员都在场。", []),
        # the member word does not close the clause
        ("王立伟，民进党党员大会昨天召开。", []),
    ]),
)
def test_member_in_a_biographys_opening(pipeline, text, expected):
    assert relations(pipeline, text, "MEMBER_OF") == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a state named 民主国 after its place holds a minister's post
        ("前台湾民主国军务大臣李秉瑞殉职。", [("李秉瑞", "大臣", "台湾民主国", True)]),
        # a known Hong Kong group, whatever follows the name
        ("学民思潮召集人黄之锋闻言举起手册。", [("黄之锋", "召集人", "学民思潮", False)]),
        # two letters qualify a post after 在 + body + 任
        ("1912年，徐悲鸿在宜兴女子初级师范任图画教员。", [("徐悲鸿", "图画教员", "宜兴女子初级师范", False)]),
        # a verb after 任, no post
        ("徐悲鸿在宜兴女子初级师范任教多年。", []),
    ]),
)
def test_bodies_and_posts_of_wikipedia_prose(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize("text", both_scripts(["欧洲民主国家纷纷表态。", "美国是民主国家。"]))
def test_democracies_are_no_body(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    assert not [e.name for e in ex.entities if e.label.value == "ORGANIZATION"]
