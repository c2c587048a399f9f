"""Kinds of name Hong Kong, Macau and mainland news write (issue 15, round 8): a department's head written once
before its title, a street after its district, a common word ending in a body's character. Each row is a
sentence written for these tests, in Traditional and in Simplified, through the whole extraction."""

import pytest

from zhkg.stages.documents import parse_documents


def _found(pipeline, text):
    doc = parse_documents("t", text)[0]
    return {(m.text, m.label.value) for m in pipeline.extract_mentions(doc)}


@pytest.mark.parametrize("text, present, absent", [
    # 司长 after 社会文化 shares its 司: the department is 社会文化司; 社会 is no body
    ("澳門社會文化司長宣佈參選。澳門社會文化司司長崔世安表示。", [("澳門社會文化司", "ORGANIZATION")],
     [("澳門社會文化", "ORGANIZATION"), ("澳門社會", "ORGANIZATION")]),
    ("澳门社会文化司长宣布参选。澳门社会文化司司长崔世安表示。", [("澳门社会文化司", "ORGANIZATION")],
     [("澳门社会文化", "ORGANIZATION"), ("澳门社会", "ORGANIZATION")]),
    # a street after its district is a place of its own, the district keeps its code
    ("在上環海味街經營海味鋪的陳先生生意大受影響。", [("上環", "PLACE"), ("海味街", "PLACE")], [("上環海味街", "PLACE")]),
    ("在上环海味街经营海味铺的陈先生生意大受影响。", [("上环", "PLACE"), ("海味街", "PLACE")], [("上环海味街", "PLACE")]),
    # a bureau's own name before its unit's title stays the bureau's
    ("山東省公安系統市地公安局處長全部交流完畢。", [], [("山東省公安系統市地公安局處", "ORGANIZATION")]),
    ("山东省公安系统市地公安局处长全部交流完毕。", [], [("山东省公安系统市地公安局处", "ORGANIZATION")]),
])
def test_news_kinds(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert set(present) <= found and not set(absent) & found, found


@pytest.mark.parametrize("text, present, absent", [
    # a club's second team is a team (國安二隊), its first-team squad names the club (國安|一線隊); a squad
    # after no club is no team (達不到|一隊)
    ("國安二隊的球員普遍達不到一隊的水平，聯賽開始時國安一線隊只有十八名球員。",
     [("國安", "ORGANIZATION"), ("國安二隊", "ORGANIZATION")], [("不到一隊", "ORGANIZATION"), ("一線隊", "ORGANIZATION")]),
    ("国安二队的球员普遍达不到一队的水平，联赛开始时国安一线队只有十八名球员。",
     [("国安", "ORGANIZATION"), ("国安二队", "ORGANIZATION")], [("不到一队", "ORGANIZATION"), ("一线队", "ORGANIZATION")]),
    # a team named in full stays whole
    ("山東隊力克河北隊，聯賽排名上升。", [("山東隊", "ORGANIZATION"), ("河北隊", "ORGANIZATION")], []),
    ("山东队力克河北队，联赛排名上升。", [("山东队", "ORGANIZATION"), ("河北队", "ORGANIZATION")], []),
])
def test_a_clubs_squads_name_the_club(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert set(present) <= found and not set(absent) & found, found
