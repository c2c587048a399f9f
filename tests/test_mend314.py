"""Faults a review found in session 62's merged readers (round mend314): each its wrong reading and a reading kept.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, former_roles, org_mentions, role_posts


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a company named in the sentence before, the party in it too: a company's 副总裁, not the party's
        "台积电今天举行法说会，民进党立委王美也到场。副总裁李明表示，营收将成长。",
    ]),
)
def test_a_vice_president_with_the_party_in_another_sentence_is_not_the_partys(pipeline, text):
    assert not any(p == "李明" and b == "民进党" for p, b, t, f in role_posts(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("立宪民主党公布新体制，名单如下：\n副总裁：中村正雄（70岁）\n国会对策委员长：山田一郎（58岁）", "中村正雄"),
        ("自民党今天召开总务会议，副总裁古川圭介表示，党将全力备战。", "古川圭介"),
    ]),
)
def test_a_vice_president_in_a_roster_or_the_partys_sentence_is_the_partys(pipeline, text, person):
    assert any(p == person and t == "副总裁" and b.endswith("党") for p, b, t, f in role_posts(pipeline, text))


@pytest.mark.parametrize(
    "text, post, former",
    both_scripts([
        # 任教, 任由, 任何…: 任 opening another word is no move to a new post
        ("清华大学计算机系主任王强任教三十年，培养了大批人才。", ("王强", "清华大学计算机系", "主任"), False),
        ("北京大学化学系主任王明任由学生自选课题，从不过问。", ("王明", "北京大学化学系", "主任"), False),
        # a move: the post before the name left
        ("青海省长吴海军任青海省委书记。", ("吴海军", "青海省", "省长"), True),
    ]),
)
def test_a_post_before_the_name_is_left_only_by_a_move(pipeline, text, post, former):
    assert former_roles(pipeline, text, holder=True).get(post) is former


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a one-letter word before the first field is no part of it (两|国|交通和能源部长)
        ("两国交通和能源部长签署协议。", "国交通和能源部"),
    ]),
)
def test_a_joined_ministry_starts_at_no_one_letter_word(pipeline, text, absent):
    assert absent not in org_mentions(pipeline, text)


@pytest.mark.parametrize(
    "text, body",
    both_scripts([
        ("新任经济与财政部长杜邦现年45岁。", "经济与财政部"),
        ("农业及食品部长也出席了记者会。", "农业及食品部"),
    ]),
)
def test_a_joined_ministry_is_still_read_whole(pipeline, text, body):
    assert body in org_mentions(pipeline, text)


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # two states before the name: each its own ministries, no one body
        ("美日两国外交与国防部长今天在东京举行会谈。", "外交与国防部"),
        ("两国交通和能源部长签署协议。", "交通和能源部"),
        ("中美双方经济与财政部长通了电话。", "经济与财政部"),
    ]),
)
def test_no_joined_ministry_after_two_states(pipeline, text, absent):
    assert absent not in org_mentions(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # the one state the text names, in passing: not the head's
        ("2024年，美国大选结果揭晓。首相、自民党总裁石破茂表示关注。", "石破茂"),
        ("日本执政党在选举中大胜。会后记者云集。首相、自民党总裁李小华出席。", "李小华"),  # two sentences back
    ]),
)
def test_a_bare_head_with_no_state_near_holds_nothing(pipeline, text, person):
    assert not any(p == person and t == "首相" for p, b, t, f in role_posts(pipeline, text))


@pytest.mark.parametrize(
    "text, post",
    both_scripts([
        ("日本执政党在选举中大胜。首相、自民党总裁李小华9日在东京召开记者会。", ("李小华", "日本", "首相", False)),
        ("韩国国会昨天开议。总统、国民力量党主席王大明出席。", ("王大明", "韩国", "总统", False)),
        ("日本首相、自民党总裁高市早苗9日召开记者会。", ("高市早苗", "日本", "首相", False)),
    ]),
)
def test_a_bare_head_with_its_state_near_is_the_states(pipeline, text, post):
    assert post in role_posts(pipeline, text)
