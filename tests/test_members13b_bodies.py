"""MEMBER_OF beyond sports (zhkg.relate.members_bodies): biographies' party, Youth League and association fields,
共青团员, a band's member list closed by 和, a delegation's or board's list whose people carry titles, and a team's
captain with his teammate. Passages written for the purpose, both scripts, with the sentences that must stay
unread (a cast, titles an organisation confers, 中共党员 with no member of it named)."""

import pytest
from helpers import memberships as members
from helpers import role_edges

from tests.helpers import both_scripts

NBA = "NBA常规赛今天继续进行，火箭队在主场以102比95击败湖人队。"
CPC, CYL = "中国共产党", "中国共产主义青年团"


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a biography's fields: the sex or a year of birth make it one
        ("王建国，男，汉族，1965年生，中共党员，现任市政府副秘书长。", [("王建国", CPC, "党员")]),
        ("李秀英，女，1972年3月生，河北保定人，中共党员，大学学历。", [("李秀英", CPC, "党员")]),
        ("刘海涛，男，满族，辽宁沈阳人，1969年生，中国共产党党员。", [("刘海涛", CPC, "党员")]),
        ("李红，女，1990年生，共青团员，在校学生。", [("李红", CYL, "团员")]),
        ("王伟，男，1960年生，中国美术家协会会员。", [("王伟", "中国美术家协会", "会员")]),
        # a résumé's opening: 先生/女士 and a colon after the person, a label before him
        ("刘志强先生：1956年出生，中国国籍，中共党员，大专学历。", [("刘志强", CPC, "党员")]),
        ("监事：王秀芳，女，汉族，中专学历，中共党员。", [("王秀芳", CPC, "党员")]),
        # 共青团员 before a person, 是一名 + 中共党员/共青团员 after one
        ("共青团员王小明在抗洪中表现突出。", [("王小明", CYL, "团员")]),
        ("王小明是一名共青团员，今年读高二。", [("王小明", CYL, "团员")]),
        ("王伟是一名中共党员，在村里很有威望。", [("王伟", CPC, "党员")]),
        # a band's list closed by 和: stage names the recogniser misses
        ("五月天乐队成员阿信、石头和怪兽昨晚出席了发布会。",
         [("石头", "五月天乐队", "成员"), ("怪兽", "五月天乐队", "成员"), ("阿信", "五月天乐队", "成员")]),
        ("苏打绿乐团成员吴青峰和史俊威接受了采访。",
         [("史俊威", "苏打绿乐团", "成员"), ("吴青峰", "苏打绿乐团", "成员")]),
        # a delegation's list with titles; a bare 代表团 is the one named before
        ("中国政府代表团成员包括外交部副部长王伟、商务部部长助理李强等。",
         [("李强", "中国政府代表团", "成员"), ("王伟", "中国政府代表团", "成员")]),
        ("中国代表团昨日抵达华盛顿。代表团成员包括外交部副部长王伟、商务部部长助理李强。",
         [("李强", "中国代表团", "成员"), ("王伟", "中国代表团", "成员")]),
        ("访问团成员有北京大学教授张伟和清华大学教授李强。", [("张伟", "访问团", "成员"), ("李强", "访问团", "成员")]),
        # a captain is a member, and so is his teammate
        ("国足队长郑智和队友孙继海一同出席了活动。", [("孙继海", "国足", ""), ("郑智", "国足", "")]),
        ("申花队长杜威和队友于涛赛后接受采访。", [("于涛", "申花", ""), ("杜威", "申花", "")]),
        (NBA + "火箭队长姚明和队友麦迪都表现出色。", [("姚明", "火箭", ""), ("麦迪", "火箭", "")]),
    ]),
)
def test_bodies_members(pipeline, text, expected):
    assert members(pipeline, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "会议指出，中共党员要发挥先锋模范作用，王伟主持会议。",  # no member of the party named
        "王伟说，男女老少都来了，中共党员带头。",  # not a biography: the person does not open the fields
        "王伟，1970年生，无党派人士。",  # no party
        "王伟，男，1965年生，现任公司总经理。",  # a biography with no membership
        "王伟：我们欢迎中共党员和共青团员报名。",  # a colon, but no biography's field (男/女, a birth year)
        "五月天乐队成员阿信和歌迷一起合唱。",  # a crowd after 和, not a member (阿信 alone is)
        "黑豹乐队主唱秦勇表示演唱会将如期举行。",  # 主唱 is a title (HOLDS_ROLE)
        "该片由周迅和黄晓明主演，演员阵容强大。",  # a cast
        "全国政协委员王伟在会上发言。",  # 委员 is a title
        "公司独立董事王伟对该议案投了反对票。",  # so is 独立董事
        "中国足协主席王伟出席会议。",  # a chair
    ]),
)
def test_bodies_not_members(pipeline, text):
    found = members(pipeline, text)
    if text.startswith(("五月天", "五月天樂隊")):
        assert found == [("阿信", "五月天乐队", "成员")]
    else:
        assert found == []


@pytest.mark.parametrize(
    "text, holder, title",
    both_scripts([
        ("国足队长郑智和队友孙继海一同出席了活动。", "郑智", "队长"),
        ("中国政府代表团成员包括外交部副部长王伟、商务部部长助理李强等。", "王伟", "副部长"),
    ]),
)
def test_titles_stay_roles(pipeline, text, holder, title):
    assert any(p == holder and t == title for p, _, t in role_edges(pipeline, text))
