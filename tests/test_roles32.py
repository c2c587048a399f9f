"""Roles in encyclopaedia biographies (session 27, roles32), each form in Simplified and Traditional
(``both_scripts``), with its refusals:

* a post named right after the body joined (加入新华社，任驻伦敦记者): the post there, no bare membership;
* 执教 a team (教练), and a team joined in the clause before a clause opening with 执教 (its coach, no member);
* a place's head chained after a post of the party committee of that place (中共浙江省委书记、省长: 省长 of 浙江省);
* a clause of joining with no subject carried over ；and clauses naming no one, or past a frame 在…下 naming
  someone else (X在Y的说服下，免费加盟Z: X joined);
* 征召入 a squad (被征召入国家队);
* 退休前为 + a post (a post held before), a post left in a clause before its subject (卸任台中市市长后，胡志平…),
  上将军 of a state of antiquity, 首辅 of the 内阁.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts, memberships
from helpers import role_edges as roles


def _former_roles(pipeline, text):
    """(person, holder, title, former) of every HOLDS_ROLE of ``text``, Simplified."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return {(names[r.source], names[r.target], r.role_simplified, r.former)
            for r in ex.relations if r.kind.value == "HOLDS_ROLE"}


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("李志明毕业后加入新华社，任驻东京记者。", "李志明", "新华社", "记者"),
        ("1990年，王建华加入中国银行，任副行长。", "王建华", "中国银行", "副行长"),
        ("赵敏毕业后进入华为技术有限公司担任副总裁。", "赵敏", "华为技术有限公司", "副总裁"),
    ]),
)
def test_a_post_named_after_the_body_joined_is_held_there(pipeline, text, person, body, title):
    assert any(p == person and b.endswith(body) and r.endswith(title) for p, b, r in roles(pipeline, text))
    assert not any(p == person and b.endswith(body) for p, b, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # no role word closes the clause: the membership stays, no role is made up
        ("李志明毕业后加入新华社，任职多年。", "李志明"),
        # someone else named in the post's clause
        ("李志明加入新华社，任王伟的助手。", "李志明"),
    ]),
)
def test_no_post_after_the_body_joined_without_a_title(pipeline, text, person):
    assert not any(p == person and b == "新华社" for p, b, _r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("2016年至2018年，陈国平执教上海申花足球队。", "陈国平", "上海申花足球队"),
        ("刘志刚曾执教北京国安俱乐部。", "刘志刚", "北京国安俱乐部"),
        # joined in the clause before, coaching in the next: the coach, not a member
        ("2012年，李国明改投大连队，执教球队的青年队。", "李国明", "大连队"),
    ]),
)
def test_a_team_coached_gives_its_coach(pipeline, text, person, team):
    assert any(p == person and b == team and r == "教练" for p, b, r in roles(pipeline, text))
    assert not any(p == person and b == team for p, b, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a body that is no team
        "陈国平执教北京大学。",
        # someone else between the person and the verb
        "陈国平称王伟执教上海申花足球队。",
    ]),
)
def test_no_coach_of_what_is_no_team_or_someone_elses(pipeline, text):
    assert not any(p == "陈国平" and r == "教练" for p, _b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, place, title",
    both_scripts([
        ("王建国曾任中共江苏省委书记、省长。", "王建国", "江苏省", "省长"),
        ("张立华任中共杭州市委副书记、代市长。", "张立华", "杭州市", "代市长"),
    ]),
)
def test_a_place_head_chained_after_its_party_committee_post(pipeline, text, person, place, title):
    assert (person, place, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the head is another kind of place's than the committee's
        "王建国任中共杭州市委副书记、省长。",
        # no post of the committee before the head
        "王建国是中共江苏省委的朋友、省长。",
    ]),
)
def test_no_place_head_for_another_kind_of_place(pipeline, text):
    assert not any(r.endswith("省长") for _p, _b, r in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, team",
    both_scripts([
        ("王晓东早年进入广州队；2008年入选国家青年足球队。", "王晓东", "国家青年足球队"),
        ("林小华1999年进入体校，2002年转到上海；2004年入选国家二队。", "林小华", "国家二队"),
        ("2003年，马可在队友罗西的说服下，免费加盟帕尔马队。", "马可", "帕尔马队"),
        ("2002年，刘大伟再次被征召入国家队参加亚运会。", "刘大伟", "国家队"),
    ]),
)
def test_a_subjectless_joining_looks_back_for_its_one_subject(pipeline, text, person, team):
    assert any(p == person and t == team for p, t, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, team",
    both_scripts([
        # two people in the clause before, neither inside a frame of 在…下
        ("王晓东和李强见面；2008年入选国家青年足球队。", "国家青年足球队"),
        # the frame names the only person: no one left to be the subject
        ("在教练罗西的说服下，免费加盟帕尔马队。", "帕尔马队"),
        # a 。 ends the sentence before: nothing carried over
        ("王晓东早年进入广州队。2008年入选国家青年足球队。", "国家青年足球队"),
    ]),
)
def test_no_subject_carried_over_two_people_a_frame_or_a_full_stop(pipeline, text, team):
    assert not any(t == team for _p, t, _w in memberships(pipeline, text))


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("周建明退休前为中国建设银行副行长。", "周建明", "中国建设银行", "副行长"),
        ("2010年卸任高雄市市长后，陈文华转任行政院副院长。", "陈文华", "高雄市", "市长"),
    ]),
)
def test_a_post_held_up_to_leaving_it_is_former(pipeline, text, person, body, title):
    assert (person, body, title, True) in _former_roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts(["卸任后，陈文华转任行政院副院长。", "卸任该职后，陈文华转任行政院副院长。"]),
)
def test_no_post_left_when_none_is_named(pipeline, text):
    assert not any(former for *_x, former in _former_roles(pipeline, text))


@pytest.mark.parametrize(
    "text, person, holder, title",
    both_scripts([
        ("王翦为秦国上将军，率军伐楚。", "王翦", "秦国", "上将军"),
        ("张居正任内阁首辅。", "张居正", "内阁", "首辅"),
    ]),
)
def test_historic_offices(pipeline, text, person, holder, title):
    assert (person, holder, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("陆文远官至兵部尚书。", "陆文远", "兵部", "尚书"),
        ("1580年，周文华官至礼部侍郎。", "周文华", "礼部", "侍郎"),
    ]),
)
def test_a_ministry_after_a_letter_of_appointment(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("许志明是香港民主党创党主席。", "许志明", "香港民主党", "创党主席"),
        ("王明是香港中华总商会创会会长。", "王明", "香港中华总商会", "创会会长"),
    ]),
)
def test_a_founding_head_is_the_bodys_before_it(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["施工部门负责人王明表示。", "他创党时只有十人。"]))
def test_no_ministry_or_founding_head_in_other_words(pipeline, text):
    assert not any(b in ("工部", "兵部") or r.startswith("创") for _p, b, r in roles(pipeline, text))
