"""Session 28 (roles35): biography forms of Chinese Wikipedia.

An infobox's post field written after a name (林志明，现职：国立成功大学校长; other fields maybe before it), a unit's
letter before a bare title in the clause after a post of that unit (…历史系教授，兼任系主任), 执教 and 任教于 giving a
later bare title its body (执教统一狮队，其后转任总教练), a league named before a coached team, a band's 主唱 (a
title, ``roles.tsv``), and 其后/后来 + 升任 after a body joined (a post there, no membership). The passages are
written for these tests, none taken from the ``r35`` pool of ``tests/gold/roles_dev.jsonl``.
"""

import pytest
from helpers import both_scripts, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("陈文华，现职：国立中兴大学教授。", "陈文华", "国立中兴大学", "教授"),
        ("张晓明，职务：上海交通大学副校长。", "张晓明", "上海交通大学", "副校长"),
        ("何立仁，现任：台北市政府秘书长。", "何立仁", "台北市政府", "秘书长"),
        # other fields before the post's
        ("林美玲，出生地：台中，职位：中华邮政董事长。", "林美玲", "中华邮政", "董事长"),
        ("黄仁杰，国籍：中华民国，职位：台积电董事长。", "黄仁杰", "台积电", "董事长"),
        # a list of posts in the field, one with a title no reader knows after it
        ("王秀兰，职务：中国科学院院士、南开大学教授。", "王秀兰", "南开大学", "教授"),
        ("钱伟，职位：中国足球协会副主席、国际足联执委。", "钱伟", "中国足球协会", "副主席"),
        # another field after it
        ("刘永清，职务：中国篮球协会主席，任期：2017年至今。", "刘永清", "中国篮球协会", "主席"),
    ]),
)
def test_an_infobox_post_field_after_a_name(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["王大中，曾任职务：新北市副市长。", "王大中，历任：新北市副市长。"]))
def test_a_field_of_posts_held_before_marks_them_former(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    held = [r for r in ex.relations if r.kind.value == "HOLDS_ROLE"]
    assert len(held) == 1 and held[0].former


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # fields that hold no post
        "吴志豪，国籍：中华民国，职业：演员。",
        "吴志豪，国籍：中华民国，出生于台北。",
        # no name before the field
        "她的职位：公司经理。",
        # more fields before the post's than an infobox line holds
        "陈大文，国籍：中华民国，出生：台北，母校：台大，配偶：林美，职位：台积电董事长。",
    ]),
)
def test_no_post_from_other_fields(pipeline, text):
    assert roles(pipeline, text) == []


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        ("李国华为武汉大学化学系教授，兼任系主任。", "李国华", "武汉大学化学系"),
        ("黎明辉任香港理工大学电机工程学系讲师，后升任系主任。", "黎明辉", "香港理工大学电机工程学系"),
    ]),
)
def test_a_unit_letter_before_a_bare_title_repeats_the_unit(pipeline, text, person, body):
    assert (person, body, "主任") in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # the letter names another kind of unit than the body's: which 系 is not said
        ("李国华为武汉大学教授，兼任系主任。", "李国华"),
    ]),
)
def test_no_unit_post_when_the_body_is_of_another_kind(pipeline, text, person):
    assert not any(p == person and r == "主任" for p, _b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("刘伟任教于南京大学，后升任教授。", "刘伟", "南京大学", "教授"),
        ("周明在东海大学任教，后升任教授。", "周明", "东海大学", "教授"),
        # (the team's name may be read with or without its 队)
        ("黄建宏执教兄弟象队，其后升任总教练。", "黄建宏", "兄弟象", "总教练"),
    ]),
)
def test_teaching_or_coaching_gives_a_later_bare_title_its_body(pipeline, text, person, body, title):
    assert any(p == person and b.startswith(body) and r == title for p, b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # a place's title after teaching at a school is no step up there
        ("李大同曾在东吴大学任教，后出任台北市长。", "李大同"),
    ]),
)
def test_no_school_post_for_a_place_title_after_teaching(pipeline, text, person):
    assert not any(p == person and "大学" in b for p, b, _r in roles(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["张学文自2004年起执教中华职棒统一狮队。"]))
def test_a_league_before_a_coached_team(pipeline, text):
    assert any(p == "张学文" and "统一狮" in b and r == "教练" for p, b, r in roles(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["张学文自2004年起执教中华职棒统一狮队，其后转任总教练。"]))
def test_a_bare_title_after_coaching_a_team_of_a_league(pipeline, text):
    assert any(p == "张学文" and "统一狮" in b and r == "总教练" for p, b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, band",
    both_scripts([
        ("李明是五月天乐团的主唱。", "李明", "五月天乐团"),
        ("陈大为为黑豹乐队主唱，2000年离队。", "陈大为", "黑豹乐队"),
    ]),
)
def test_a_band_lead_singer_holds_the_title(pipeline, text, person, band):
    assert (person, band, "主唱") in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts(["主唱：张学友。", "该乐队主唱王强表示，新专辑将于明年发行。", "这首歌由张学友主唱，收录于专辑中。"]),
)
def test_no_lead_singer_with_no_band(pipeline, text):
    assert roles(pipeline, text) == [] and memberships(pipeline, text) == []


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("王丽加入华为技术有限公司，其后升任副总裁。", "王丽", "华为技术有限公司", "副总裁"),
        ("张勇进入中国银行，后来升任行长。", "张勇", "中国银行", "行长"),
    ]),
)
def test_a_body_joined_then_a_post_there_is_the_post_only(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)
    assert not any(p == person for p, _b, _w in memberships(pipeline, text))
