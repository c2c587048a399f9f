"""MEMBER_OF forms of round 12 (zhkg.relate.membership): squads (阵中, 队中, 麾下), 效力 without 于, transfers with
the team left, a team right before a player, 该队/球队 pointing back, 中共党员 and national squads; both scripts,
with the sentences that must stay unread."""

import pytest

from zhkg.stages.normalise import convert

SCRIPTS = pytest.mark.parametrize("script", ["", "s2tw"], ids=["simplified", "traditional"])
#: The sport's words that make a story a basketball one, so that teams.tsv's short names (火箭, 奇才) are read.
NBA = "NBA常规赛今天继续进行，火箭队在主场以102比95击败湖人队。"


def members(pipeline, text, script):
    from zhkg.stages.entity_groups import one_join

    ex = pipeline.run_texts([("t", convert(text, script) if script else text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "MEMBER_OF"), one_join


@SCRIPTS
@pytest.mark.parametrize(
    "text, expected",
    [
        # a team's squad: 阵中/队中 + 有 + a list (和 alone joins it there), 阵中 + 的 + person, qualifiers and a
        # member word between, 在 + team + 阵中 + ， and the person opening the clause after it
        (NBA + "奇才队中还有阿里纳斯、巴特勒和贾米森三名主力。",
         [("巴特勒", "奇才", "", False), ("贾米森", "奇才", "", False), ("阿里纳斯", "奇才", "", False)]),
        (NBA + "当初桑德斯刚来的时候，奇才队中还有阿里纳斯和巴特勒。",
         [("巴特勒", "奇才", "", True), ("阿里纳斯", "奇才", "", True)]),
        ("热火队中有詹姆斯、韦德和波什三位球星。",
         [("波什", "热火队", "", False), ("詹姆斯", "热火队", "", False), ("韦德", "热火队", "", False)]),
        (NBA + "在火箭阵中，姚明拿下30分和12个篮板。", [("姚明", "火箭", "", False)]),
        # (a listed person's node is named as people_known.tsv names him: 科比)
        ("湖人阵中的科比-布莱恩特今天砍下40分。", [("科比", "湖人", "", False)]),
        ("火箭阵中主力中锋姚明今天休战。", [("姚明", "火箭", "中锋", False)]),
        # 效力 without 于; 在/为 + team + 效力; past when 曾 stands before or 时/的时候 follows
        ("王治郅在八一队效力多年，去年退役。", [("王治郅", "八一队", "", False)]),
        ("王治郅多年来一直为八一队效力。", [("王治郅", "八一队", "", False)]),
        ("在广东队效力的时候，朱芳雨曾拿下三个总冠军。", [("朱芳雨", "广东队", "", True)]),
        ("易建联曾经效力雄鹿队两个赛季。", [("易建联", "雄鹿", "", True)]),
        # transfers: the team moved to is his, the team after 从 a past one; traded or lent to a team
        ("易建联从广东队转会至篮网队。", [("易建联", "广东队", "", True), ("易建联", "篮网队", "", False)]),
        ("孙悦被交易到灰熊队。", [("孙悦", "灰熊队", "", False)]),
        ("郑智被租借到查尔顿队。", [("郑智", "查尔顿队", "", False)]),
        ("王治郅入选国家队大名单。", [("王治郅", "国家队", "", False)]),
        # a team right before a player (not a body's officer, whose title follows him)
        ("CBA常规赛今天继续进行，吉林队以98比90战胜江苏队。吉林队杰米尔砍下全场最高32分。",
         [("杰米尔", "吉林队", "", False)]),
        # 该队/球队 + member word: the one team of the sentence or the two before
        ("湖人队上赛季夺冠。该队后卫费舍尔表示不会退役。", [("费舍尔", "湖人", "后卫", False)]),
        ("广东队本赛季表现出色。球队后卫王仕鹏全场得到20分。", [("王仕鹏", "广东队", "后卫", False)]),
        # 中共党员 (the recognisers leave 中共 unnamed there) and a national squad + 的 + person
        ("王伟是中共党员。", [("王伟", "中国共产党", "党员", False)]),
        ("中共党员王伟在会上发言。", [("王伟", "中国共产党", "党员", False)]),
        ("中国女排的朱婷在比赛中拿下30分。", [("朱婷", "中国女排", "", False)]),
        # a party + 员, 党 shared by the party and the member word; 身披 + team + its number
        ("国民党员王伟表示反对。", [("王伟", "国民党", "党员", False)]),
        ("王伟是国民党员。", [("王伟", "国民党", "党员", False)]),
        ("民进党员李明昨天宣布参选。", [("李明", "民进党", "党员", False)]),
        ("姚明身披火箭队11号球衣出场。", [("姚明", "火箭队", "", False)]),
        # a list of players closed by 等球员 after a team written with its players goes on across an item no
        # recogniser named (derived as a person); 麾下 after a team
        (NBA.replace("火箭队", "骑士队") + "赛后他跑到骑士替补席和莫-威廉姆斯、JJ希克森、瓦莱乔等球员一一握手。",
         [("JJ希克森", "骑士", "球员", False), ("瓦莱乔", "骑士", "球员", False), ("莫-威廉姆斯", "骑士", "球员", False)]),
        (NBA + "湖人麾下的科比-布莱恩特今天砍下40分。", [("科比", "湖人", "", False)]),
        # a team's short form the document writes in full elsewhere (骑士队 … 骑士) + 的 + person
        (NBA.replace("火箭队", "骑士队") + "骑士的瓦莱乔拿下20分。", [("瓦莱乔", "骑士", "", False)]),
        # a past team: 昔日 before it, or a player's 老东家
        (NBA + "昔日火箭中锋姚明在场边观战。", [("姚明", "火箭", "中锋", True)]),
        (NBA.replace("火箭队", "骑士队") + "詹姆斯重返老东家骑士的主场。", [("詹姆斯", "骑士", "", True)]),
        # a list closed by 等 or a count, a team and a member word
        (NBA + "姚明、斯科拉等火箭球员赛后都很高兴。", [("姚明", "火箭", "球员", False), ("斯科拉", "火箭", "球员", False)]),
        (NBA + "姚明和斯科拉两名火箭球员都拿到了两双。", [("姚明", "火箭", "球员", False), ("斯科拉", "火箭", "球员", False)]),
        # 这位 + a description + team + member word: the person last named before it in the sentence
        (NBA + "记者问起了斯科拉的伤势，这位阿根廷籍的火箭前锋表示并无大碍。", [("斯科拉", "火箭", "前锋", False)]),
        # a line-up's entry whose name the recogniser missed there but found later in the document
        ("CBA常规赛第23轮战罢，新疆队客场战胜广东队。本周最佳阵容——中锋：巴特尔 (新疆队 数据：9分、11个篮板)"
         "从数据看，巴特尔表现很一般。", [("巴特尔", "新疆队", "中锋", False)]),
        # 堪称/算是 + team + … + member word, like 是
        ("诺阿堪称公牛最该嘉奖的球员。", [("诺阿", "公牛", "球员", False)]),
        ("CBA常规赛今天继续进行。王治郅算是八一队的老将。", [("王治郅", "八一队", "老将", False)]),
    ],
)
def test_round12_forms(pipeline, script, text, expected):
    found, one_join = members(pipeline, text, script)
    assert found == sorted((one_join(p), team, word, former) for p, team, word, former in expected)


@SCRIPTS
@pytest.mark.parametrize(
    "text",
    [
        "新界北总区交通部特别调查队吕兆财高级督察表示，肇事路段限时速80公里。",  # an officer, his title after him
        "CBA常规赛今天继续进行，广东队在主场战胜辽宁队。球队后卫王仕鹏全场得到20分。",  # two teams: 球队 is unread
        "会议要求，中共党员要带头，王伟主持会议。",  # 中共 with no person of its clause: not derived (a biography's
        # field, 王伟，男，1965年生，中共党员, is read since members13b: tests/test_members13b_bodies.py)
        "湖人主教练杰克逊赛后表示满意。",  # a coach holds a role
        "王伟希望在八一队效力。",  # a wish
        "CBA常规赛今天继续进行，在比赛中，朱芳雨得到20分。",  # 比赛中: no team's squad
        "王伟是新党员。",  # a new member of some party: 新党 is a common word too
        "姚明身披11号球衣出场。",  # a number, no team
        "他和王伟、JJ希克森、李明等人见面。",  # a list with no team: nothing, and no person derived
        NBA + "这位火箭前锋表示并无大碍。",  # 这位 with no one named before it in its sentence
        NBA + "在火箭阵中，主教练阿德尔曼也表示满意。",  # the coach holds a role, he is no member
    ],
)
def test_round12_not_members(pipeline, script, text):
    assert members(pipeline, text, script)[0] == []
    ex = pipeline.run_texts([("t", convert(text, script) if script else text)]).extraction
    assert not any(m.extractor == "relate:derived" and m.label.value == "PERSON" for m in ex.mentions)
