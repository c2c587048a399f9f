"""MEMBER_OF in a game's story (zhkg.relate.members_games, session 14): a line-up after a team and a colon, a play
putting the team ahead, a team's possession, a contract; and a transliterated name between two players in a
comma-separated line-up read as a person (zhkg.extract.players). Both scripts, with the sentences that must stay
unread: a miss, a passive, a contract only planned, a colon after a body that is no team."""

import pytest

from tests.helpers import both_scripts, memberships

#: The sport's words that make a story a basketball one, so that teams.tsv's short names (火箭, 湖人) are read.
NBA = "NBA常规赛今天继续进行，火箭队在主场以102比95击败湖人队。"


def _pairs(pipeline, text):
    """(person, team) of every MEMBER_OF relation, names Simplified, the dot of a transliteration as a hyphen."""
    return {(person.replace("·", "-"), team) for person, team, _ in memberships(pipeline, text)}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a line-up after each team, commas between, the second team right after the first list's last name
        (NBA + "双方首发如下。火箭：阿隆-布鲁克斯，凯文-马丁，路易斯-斯科拉，查克-海耶斯，特雷沃-阿里扎湖人：德里克-费舍尔，"
               "科比-布莱恩特，罗恩-阿泰斯特，保罗-加索尔，安德鲁-拜纳姆",
         {("阿隆-布鲁克斯", "火箭"), ("凯文-马丁", "火箭"), ("路易斯-斯科拉", "火箭"), ("查克-海耶斯", "火箭"),
          ("特雷沃-阿里扎", "火箭"), ("德里克-费舍尔", "湖人"), ("罗恩-阿泰斯特", "湖人"), ("保罗-加索尔", "湖人"),
          ("安德鲁-拜纳姆", "湖人")}),
        # 、 between the names, 队 and 首发 before the colon
        (NBA + "两队首发名单：火箭队：布鲁克斯、马丁、斯科拉、巴丁格湖人队：费舍尔、科比、加索尔、奥多姆",
         {("布鲁克斯", "火箭"), ("马丁", "火箭"), ("斯科拉", "火箭"), ("巴丁格", "火箭"), ("费舍尔", "湖人"),
          ("加索尔", "湖人"), ("奥多姆", "湖人")}),
        # a shot made, then the team ahead
        (NBA + "斯科拉中投命中，火箭86比84反超。", {("斯科拉", "火箭")}),
        # 帮助 + team + an outcome after the player's clause
        (NBA + "特雷沃-阿里扎底角命中三分，帮助火箭取得领先。", {("特雷沃-阿里扎", "火箭")}),
        # a team's possession: the player with the ball and the one he passes to
        (NBA + "第三节，火箭快攻，阿隆-布鲁克斯传球给路易斯-斯科拉，后者轻松上篮。",
         {("阿隆-布鲁克斯", "火箭"), ("路易斯-斯科拉", "火箭")}),
        # a contract signed
        (NBA + "火箭正式与阿隆-布鲁克斯续约。", {("阿隆-布鲁克斯", "火箭")}),
    ]),
)
def test_game_forms(pipeline, text, expected):
    assert expected <= _pairs(pipeline, text)


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a miss lets the other team ahead: he is not its player
        (NBA + "阿隆-布鲁克斯两罚不中，让湖人取得领先。", ("阿隆-布鲁克斯", "湖人")),
        # a passive: blocked by a player of the team that goes ahead
        (NBA + "科比-布莱恩特被特雷沃-阿里扎封盖，帮助火箭取得领先。", ("科比-布莱恩特", "火箭")),
        # a coach leads his team to a win: no play of his in the sentence
        (NBA + "赛后，主帅菲尔-杰克逊带领湖人取得了胜利。", ("菲尔-杰克逊", "湖人")),
        # a contract only planned
        (NBA + "火箭将与阿隆-布鲁克斯续约。", ("阿隆-布鲁克斯", "火箭")),
        # a colon after a body that is no team
        ("国务院新闻办公室：王伟，李强，张明出席了发布会。", ("王伟", "国务院新闻办公室")),
    ]),
)
def test_not_game_members(pipeline, text, absent):
    assert absent not in _pairs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a line-up's third name, which the recogniser alone might take for a place, between two players
        NBA + "公牛：德里克-罗斯，基斯-博甘斯，洛尔-邓，卡洛斯-布泽尔，乔金-诺阿",
    ]),
)
def test_lineup_name_between_players(pipeline, text):
    pairs = _pairs(pipeline, text)
    assert ("洛尔-邓", "公牛") in pairs and ("德里克-罗斯", "公牛") in pairs


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # an agency's signed artist and models, the second listed after 、
        ("华谊兄弟旗下艺人黄晓明昨日出席了新片发布会。", {("黄晓明", "华谊兄弟", "艺人")}),
        ("新丝路模特经纪公司旗下模特王雯琴、李丹妮登上了杂志封面。",
         {("王雯琴", "新丝路模特经纪公司", "模特"), ("李丹妮", "新丝路模特经纪公司", "模特")}),
        # 选手 after an e-sports team, 主将 after a club (members.tsv)
        ("WE战队选手王思聪在昨晚的比赛中表现出色。", {("王思聪", "WE战队", "选手")}),
        ("申花主将于涛在比赛中受伤离场。", {("于涛", "申花", "主将")}),
    ]),
)
def test_signed_and_member_words(pipeline, text, expected):
    assert expected <= set(memberships(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # 旗下 + a brand or a game: no one signed
        "空中网旗下知名手机游戏品牌空中猛犸推出了新作。",
    ]),
)
def test_under_without_people(pipeline, text):
    assert memberships(pipeline, text) == []
