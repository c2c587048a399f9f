"""Players, teams, bands and competitions read right (zhkg.extract.players, the sports cases of
zhkg.extract.combine and zhkg.extract.organisations), and the memberships they make readable: both scripts,
with the names that must stay unread."""

import pytest
from helpers import memberships as members

from tests.helpers import both_scripts
from zhkg.records import Document

NBA = "新浪体育讯 NBA常规赛今天继续进行，"
FOOTBALL = "新浪体育讯 德甲第20轮比赛今天进行，"


def named(pipeline, text):
    """(name as written, label) of every person, organisation and place the extraction reads in ``text``."""
    return {(m.text, m.label.value) for m in pipeline.extract_mentions(Document(id="t", text=text))
            if m.label.value in ("PERSON", "ORGANIZATION", "PLACE")}


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # 小 + a transliterated name is another person: kept whole, every time
        (NBA + "凯尔特人中锋小奥尼尔今天复出。麦基没能争过小奥尼尔。",
         [("小奥尼尔", "PERSON")], [("奥尼尔", "PERSON")]),
        # a name jieba tags a person's, listed with a player: a person, not a place
        (NBA + "不论罗伊或是阿尔德里奇、华莱士，一旦球队内部出现分歧，开拓者将被横扫。",
         [("华莱士", "PERSON"), ("阿尔德里奇", "PERSON")], [("华莱士", "PLACE"), ("华莱士", "ORGANIZATION")]),
        # a transliterated name the recogniser reads as a place or a body, the game saying it is a player
        ("新浪体育讯 黄蜂队今天客场挑战篮网。第三节，对方两人包夹下，奥卡福下手犯规，篮网罚球命中。",
         [("奥卡福", "PERSON")], [("奥卡福", "PLACE")]),
        ("新浪体育讯 湖人今天击败国王，奥多姆7分加索尔6分4篮板。",
         [("奥多姆", "PERSON"), ("加索尔", "PERSON")], [("奥多姆", "PLACE"), ("加索尔", "PLACE")]),
        ("新浪体育讯 雷霆控卫的进攻欲望不亚于托尼-帕克和维斯特布鲁克这些控卫。",
         [("维斯特布鲁克", "PERSON")], [("维斯特布鲁克", "ORGANIZATION")]),
        # a club named with a number: the whole name
        (FOOTBALL + "汉诺威96队主场2比1击败沙尔克04队，汉诺威96队升至第三。",
         [("汉诺威96队", "ORGANIZATION"), ("沙尔克04队", "ORGANIZATION")],
         [("96队", "ORGANIZATION"), ("04队", "ORGANIZATION")]),
        # digits alone before 队 count teams
        (FOOTBALL + "本届联赛共有18队参赛，山东队击败河北队。", [("山东队", "ORGANIZATION")], [("18队", "ORGANIZATION")]),
        # a company's first letter cut off by jieba at the clause's start, the name written so again
        ("合景泰富地产今日宣布，合景泰富将在广州开发新项目。",
         [("合景泰富地产", "ORGANIZATION"), ("合景泰富", "ORGANIZATION")],
         [("景泰富地产", "ORGANIZATION"), ("景泰", "PERSON")]),
        # a band's members after its member word: stage names too
        ("五月天乐队成员阿信、石头和怪兽昨日出席新专辑发布会。",
         [("阿信", "PERSON"), ("石头", "PERSON"), ("怪兽", "PERSON")], []),
    ], convert_names=True),
)
def test_players_read(pipeline, text, present, absent):
    found = named(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a delegation's members: its interpreter and driver are no names
        ("代表团成员张明、翻译和司机昨日抵达北京。", [("翻译", "PERSON"), ("司机", "PERSON")]),
        # 老 before a name is a fond "old": the same person
        ("记者来到农场时，老艾伦正在院子里修理拖拉机。", [("老艾伦", "PERSON")]),
        # 小 glued to the word before (过小): the letter is no part of the name
        (NBA + "他认为这个差距太小奥尼尔无法弥补。", [("小奥尼尔", "PERSON")]),
        # a body's members, no band's: what follows 成员 is no stage name
        ("韩国的生育率在经合组织成员中是比较低的。", [("中是", "PERSON")]),
        # listed with a two-letter name: colleges, not players
        ("新浪体育讯 疯狂三月的选秀无奈顺延，达特茅斯和布朗依旧没有挤进前八。", [("达特茅斯", "PERSON")]),
        # a verb before a company named once: no first letter to take back
        ("买万科地产股票的人越来越多。", [("买万科地产", "ORGANIZATION")]),
    ], convert_names=True),
)
def test_players_not_read(pipeline, text, absent):
    assert not set(absent) & named(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 队友 of a team's captain: a member of the captain's team; the captain is one too (his 队长 is a role)
        ("国足队长郑智和队友孙继海昨日抵达训练基地。", [("孙继海", "国足", ""), ("郑智", "国足", "")]),
        # 为 + a team + a shot or points: the shooter is the team's
        (NBA + "奇才队客场挑战凯尔特人队。布莱切高位跳投为奇才命中本场第一球。", [("布莱切", "奇才", "")]),
        # 来到 + a team: joining it
        (NBA + "爵士队主场迎战马刺队。直到费沃斯来到爵士，米尔萨普才有了竞争对手。", [("费沃斯", "爵士", "")]),
        # a member word before a band's position
        ("此次拍摄，五月天成员吉他手石头还在电影中客串老师。", [("石头", "五月天", "成员")]),
        # the band's members listed after its member word, stage names too
        ("五月天乐队成员阿信、石头和怪兽昨日出席新专辑发布会。",
         [("怪兽", "五月天乐队", "成员"), ("石头", "五月天乐队", "成员"), ("阿信", "五月天乐队", "成员")]),
    ]),
)
def test_sports13_members(pipeline, text, expected):
    assert members(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a former captain's teammate: nothing to read
        "国足前队长郑智和前队友孙继海昨日见面。",
        # a team's title won for it: no shot, no player (a coach wins titles too)
        NBA + "湖人队击败国王队。杰克逊为湖人拿下总冠军。",
        # a negation between the person and 为
        NBA + "奇才队客场挑战凯尔特人队。对方球员费沃斯没有为奇才命中一球。",
        # 来到 + a team's ground: a visit
        NBA + "爵士队主场迎战马刺队。科比来到爵士主场，受到嘘声。",
        # a competition is no team: no one joins it as a member
        FOOTBALL + "拜仁击败多特蒙德，里贝里加入联盟杯大名单。",
        "新浪体育讯 意甲联赛今天进行，托蒂加盟欧冠冠军国际米兰。",
        # a captain of no team named: no teammate's team
        "队长郑智和队友孙继海昨日抵达训练基地。",
    ]),
)
def test_sports13_not_members(pipeline, text):
    assert members(pipeline, text) == []
