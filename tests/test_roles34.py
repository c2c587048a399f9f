"""Roles in Hong Kong and Taiwan news (session 28, roles34), each form in Simplified and Traditional
(``both_scripts``), with its refusals:

* a body's title right after a name opening its clause, the body named in a clause before (环境局…，黄伟贤局长表示);
* a short bracketed aside between a title and the name (立法会议员（选委会界别）陈丽珊);
* the head of a numbered army unit after the army (国民革命军第七十四军军长);
* a township after its county that the recogniser ran into (屏东县雾台|乡长 is 乡长 of 雾台乡);
* 进入 a team in a clause whose subject is the one person of the clause before.

The passages are written for these tests, none taken from the ``r34`` pool of ``tests/gold/roles_dev.jsonl``.
"""

import pytest
from helpers import both_scripts, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("发展局今日公布新措施，陈志豪局长表示，措施下月实施。", "陈志豪", "发展局", "局长"),
        ("交通部今天召开记者会，林国栋部长指出，票价不会调整。", "林国栋", "交通部", "部长"),
        ("华夏银行昨天举行发布会，王建军行长在会上说，银行将开设新分行。", "王建军", "华夏银行", "行长"),
        ("台北市议会今天开议，张文华议员质询时表示，交通问题须尽快解决。", "张文华", "台北市议会", "议员"),
    ]),
)
def test_a_title_after_a_name_is_the_body_named_before(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # a free title (教授) is no body's
        ("北京大学今天举行典礼，王明教授表示，学校将扩招。", "王明"),
        # the name opens no clause (据)
        ("发展局今日公布新措施，据陈志豪局长介绍，措施下月实施。", "陈志豪"),
        # a noun after the title: the title is another's (his son's)
        ("发展局今日公布新措施，陈志豪局长的儿子表示，措施下月实施。", "陈志豪"),
        # the title closes its clause: a list of posts, no courtesy (the first's post is read by the list's reader)
        ("发展局今日公布新措施，陈志豪局长。", "陈志豪"),
        # a body named after the name: the earlier one is not surely his
        ("发展局今日公布新措施，陈志豪局长表示，香港大学会配合。", "陈志豪"),
        # the body in the sentence before only: a title after a name may be a courtesy with none (晚上，胡主席就将…)
        ("发展局今日公布新措施。陈志豪局长表示，措施下月实施。", "陈志豪"),
        # two bodies before: none is his
        ("发展局和教育局今日公布新措施，陈志豪局长表示，措施下月实施。", "陈志豪"),
    ]),
)
def test_no_body_for_a_title_after_a_name_when_unclear(pipeline, text, person):
    assert not any(p == person for p, _b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("立法会议员（选委会界别）何美琪今日提出动议。", "何美琪", "立法会", "议员"),
        ("立法会议员（工程界）卢志明今日表示，政府应增加基建投资。", "卢志明", "立法会", "议员"),
        ("华强集团总经理（左）王明与客户握手。", "王明", "华强集团", "总经理"),
    ]),
)
def test_a_short_aside_between_title_and_name(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # someone else named inside the aside
        ("北京大学校长（王明之子）李四出席典礼。", "李四"),
        # a clause inside the brackets is no aside
        ("立法会议员（本报记者，摄）何美琪今日提出动议。", "何美琪"),
    ]),
)
def test_no_title_across_an_aside_naming_someone_or_a_clause(pipeline, text, person):
    assert not any(p == person for p, _b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("1938年，王耀先升任国民革命军第七十四军军长。", "王耀先", "第七十四军", "军长"),
        ("国民革命军第十八军副军长李正中率部抵达长沙。", "李正中", "第十八军", "副军长"),
        ("解放军第三十八军军长王明出席会议。", "王明", "第三十八军", "军长"),
        ("国民革命军第五十一师师长张国华阵亡。", "张国华", "第五十一师", "师长"),
    ]),
)
def test_a_numbered_army_unit_and_its_head(pipeline, text, person, body, title):
    assert any(p == person and body in b and r == title for p, b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # no unit letter repeated before the title: no unit made up
        ("国民革命军军长王明出席会议。", "王明"),
    ]),
)
def test_no_unit_without_its_letter(pipeline, text, person):
    assert not any(p == person and "第" in b for p, b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, place",
    both_scripts([
        ("屏东县雾台乡长杜正义说，部落道路已抢通。", "杜正义", "雾台乡"),
    ]),
)
def test_a_township_after_its_county_is_the_head_s(pipeline, text, person, place):
    assert (person, place, "乡长") in roles(pipeline, text)


def test_a_township_after_its_county_stays_a_place(pipeline):
    from zhkg.stages.normalise import to_simplified

    for text in ("屏东县雾台乡今天举行丰年祭。", "屏東縣霧台鄉今天舉行豐年祭。"):
        ex = pipeline.run_texts([("t", text)]).extraction
        found = {(e.label.value, to_simplified(e.name)) for e in ex.entities}
        assert ("PLACE", "雾台乡") in found
        assert not any(n.startswith("屏东县雾") and label == "ORGANIZATION" for label, n in found)


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("陈伟伦高中毕业后赴日本发展，并进入阪神队。", "陈伟伦", "阪神队"),
        ("王大伟去年伤愈复出，今年进入厦门队。", "王大伟", "厦门队"),
    ]),
)
def test_entering_a_team_with_the_subject_before(pipeline, text, person, team):
    assert any(p == person and b == team for p, b, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, team",
    both_scripts([
        # two people in the clause before: whose is unclear
        ("陈伟伦和李明一起赴日本发展，并进入厦门队。", "厦门队"),
        # 进入 a school is no team joined
        ("陈伟伦高中毕业后赴北京发展，并进入北京大学。", "北京大学"),
    ]),
)
def test_no_subject_carried_over_to_enter_when_unclear(pipeline, text, team):
    assert not any(b == team for _p, b, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        ("陆军第八军团指挥官林志成中将今天主持演习。", "林志成", "第八军团"),
        ("海军陆战队指挥官王建国今天表示，部队已完成集结。", "王建国", "海军陆战队"),
    ]),
)
def test_a_commander_s_title(pipeline, text, person, body):
    assert any(p == person and body in b and r.endswith("指挥官") for p, b, r in roles(pipeline, text))
