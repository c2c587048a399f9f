"""Teams news names by a word of their own (湖人, 曼联, 兄弟象): ``teams.tsv`` read in stories of their sport."""

from __future__ import annotations

import pytest
from helpers import org_mentions

from zhkg import Config, Pipeline
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_traditional
from zhkg.stages.read_files import RawDocument

BASKETBALL = ("北京时间4月12日消息，火箭主场以109比98击败国王，马丁拿下30分和8个篮板。赛后火箭主帅阿德尔曼说，"
              "球队还有机会进入季后赛，76人和尼克斯也在争夺东部席位。")


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_bare_team_names_in_a_basketball_story(pipeline, convert):
    orgs = org_mentions(pipeline, convert(BASKETBALL))
    assert {"火箭", "国王", "76人", "尼克斯"} <= set(orgs)


def test_the_model_s_person_yields_to_a_listed_team(pipeline):
    text = "尼克斯锁定了季后赛资格，安东尼拿下25分10个篮板。"
    mentions = pipeline.extract_mentions(parse_documents("d", text)[0])
    assert [m.label.value for m in mentions if m.simplified == "尼克斯"] == ["ORGANIZATION"]


def test_taiwan_names_of_a_team(pipeline):
    text = "塞爾提克昨天在主場以98比90擊敗公鹿，季後賽前景看好，皮爾斯全場攻下28分、8籃板。"
    assert {"塞尔提克", "公鹿"} <= set(org_mentions(pipeline, text))


@pytest.mark.parametrize("text", [
    "长征火箭发射成功，太阳升起时国王和勇士走进魔术表演的剧场。",  # no sport at all
    "这场比赛里火箭炮的声音不断，国王观看了比赛。",  # a general sports word or two is not the sport
])
def test_team_words_outside_a_story_of_their_sport_are_no_teams(pipeline, text):
    orgs = org_mentions(pipeline, text)
    assert not {"火箭", "太阳", "国王", "勇士", "魔术"} & set(orgs)


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_words_that_only_start_like_a_team_are_no_team(pipeline, convert):
    text = ("迈阿密当地媒体《太阳哨兵报》报道，湖人在季后赛首轮以4比1淘汰黄蜂，科比拿下11个篮板。"
            "我很尊重他的勇士精神，勇士们都很努力。现场有76人参加了活动。")
    orgs = org_mentions(pipeline, convert(text))
    assert {"湖人", "黄蜂"} <= set(orgs)
    assert not {"太阳", "勇士", "76人"} & set(orgs)


def test_a_team_is_one_entity_however_it_is_written(pipeline):
    text = ("洛杉矶湖人今天在季后赛中以102比96战胜黄蜂，加索尔抢下15个篮板。湖人队主帅杰克逊对球员表示满意，"
            "湖人下一轮的对手是小牛。")
    orgs = org_mentions(pipeline, text)
    assert {orgs[name] for name in ("洛杉矶湖人", "湖人队", "湖人")} == {"湖人"}


def test_teams_across_documents_are_one_node():
    docs = [RawDocument("a", "洛杉矶湖人队以102比96战胜黄蜂，加索尔抢下15个篮板，季后赛首轮告捷。"),
            RawDocument("b", "湖人在常规赛最后一战输给国王，科比只拿下18分和3个篮板。")]
    graph = Pipeline(Config(co_mentions="off")).run_raw(docs).graph
    lakers = [n for n, a in graph.nodes(data=True) if a.get("label") == "湖人"]
    assert len(lakers) == 1
    assert {v for _, v, d in graph.out_edges(lakers[0], data=True) if d["label"] == "MENTIONED_IN"} == {"doc:a", "doc:b"}


def test_a_user_s_lexicon_adds_teams(tmp_path):
    (tmp_path / "teams.tsv").write_text("猎鹰\tfootball\t\tan amateur club\n", encoding="utf-8")
    text = "猎鹰在联赛中以3比1战胜对手，门将多次扑出点球，比赛进球全部来自中场。"
    plain = Pipeline(Config(recogniser=False))
    extended = Pipeline(Config(recogniser=False, lexicon_dirs=(str(tmp_path),)))
    assert "猎鹰" not in org_mentions(plain, text)
    assert org_mentions(extended, text).get("猎鹰") == "猎鹰"


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_listed_team_and_its_player_joined_by_de(convert):
    text = convert("季后赛前，专家推荐小牛的泰森-钱德勒，他在常规赛场均10个篮板。新华社记者的李明也在场。")
    graph = Pipeline(Config(co_mentions="off")).run_raw([RawDocument("d", text)]).graph
    members = {(graph.nodes[u]["name_simplified"], graph.nodes[v]["name_simplified"])
               for u, v, d in graph.edges(data=True) if d["label"] == "MEMBER_OF"}
    assert members == {("泰森·钱德勒", "小牛")}  # a body + 的 + person is no member (新华社…的李明)


def test_a_team_by_number_after_a_verb(pipeline):
    text = "篮网主帅约翰逊已经盯上了76人小前锋杨，季后赛前他场均8个篮板。现场约76人观看了训练。"
    mentions = pipeline.extract_mentions(parse_documents("d", text)[0])
    assert [m.start for m in mentions if m.simplified == "76人" and m.label.value == "ORGANIZATION"] == [text.index("76人")]


def test_a_team_named_by_a_number_is_no_count(pipeline):
    text = "76人主场击败篮网，季后赛前景看好，伊戈达拉抢下12个篮板。现场约76人观看了训练。"
    mentions = pipeline.extract_mentions(parse_documents("d", text)[0])
    counts = [(m.end, m.quantity.counted_simplified) for m in mentions if m.label.value == "COUNT"]
    assert (3, "人") not in counts and (text.rindex("76人") + 3, "人") in counts


@pytest.mark.parametrize(
    "text, team, short",
    [
        # a club named with its home and its sponsor or nickname is the team its home or nickname alone names
        ("辽宁本钢队以105比98战胜广东东莞大益队。辽宁队主教练杨鸣赛后表示满意。", "辽宁本钢队", "辽宁队"),
        ("上海海港队客场击败山东泰山队。海港队外援进球。", "上海海港队", "海港队"),
    ],
)
def test_a_sponsored_club_and_its_short_name_are_one_team(text, team, short):
    from zhkg import Pipeline

    G = Pipeline().run_texts([("t", text)]).graph
    aliases = {a["label"]: set(a["aliases"].split("|")) for _, a in G.nodes(data=True) if a["type"] == "ORGANIZATION"}
    assert short in aliases[team] and short not in aliases


def test_two_clubs_of_one_home_leave_the_home_s_team_alone():
    from zhkg import Pipeline

    G = Pipeline().run_texts([("t", "辽宁本钢队和辽宁沈阳三生队交手。辽宁队表现出色。")]).graph
    labels = {a["label"] for _, a in G.nodes(data=True) if a["type"] == "ORGANIZATION"}
    assert {"辽宁本钢队", "辽宁沈阳三生队", "辽宁队"} <= labels
