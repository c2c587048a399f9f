"""Transliterated people in a person's slot (issue 15, sports and world news): :mod:`zhkg.extract.transliterated`.

Each sentence is written for these tests and runs through the whole pipeline (recogniser on), as written and in
Traditional characters; names are compared in Simplified.
"""

import pytest
from helpers import both_scripts, entity_nodes

from zhkg.records import Label, MentionSource
from zhkg.stages.normalise import to_simplified


def _names(pipeline, text):
    return {(kind, name) for kind, name, _code in entity_nodes(pipeline, text)}


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a run of transliteration characters after a team + 的, before what a player does
    ("马刺队的吉诺比利得到20分，帕克砍下18分。", [("PERSON", "吉诺比利")], [("PERSON", "吉诺")]),
    ("76人的伊戈达拉得到15分8个篮板。", [("PERSON", "伊戈达拉")], [("PLACE", "伊戈达拉")]),
    # a first part jieba knows as a name word written with other characters
    ("湖人队的香农-布朗投中关键三分。", [("PERSON", "香农·布朗")], [("PERSON", "布朗")]),
    # the whole first part, not the part the character list knows
    ("奇才的特拉维斯-奥特洛得到10分。", [("PERSON", "特拉维斯·奥特洛")], [("PERSON", "拉维斯·奥特洛")]),
    # a particle jieba splits off is no part of the name
    ("雄鹿队的布兰顿-詹宁斯得了31分。", [("PERSON", "布兰顿·詹宁斯")], [("PERSON", "布兰顿·詹宁斯得")]),
    # Latin initials glued before the name are the name's
    ("萨克拉门托国王的JJ希克森抓下12个篮板。", [("PERSON", "JJ希克森")], [("PERSON", "希克森")]),
    ("他和贾米森、JJ希克森等球员热情拥抱。", [("PERSON", "JJ希克森")], [("PERSON", "希克森")]),
    # a verb before the name that writes names too (让) stays out of it
    ("这让詹姆斯得到了15分。", [("PERSON", "詹姆斯")], [("PERSON", "让詹姆斯")]),
]))
def test_people_in_slots(pipeline, text, present, absent):
    names = _names(pipeline, text)
    for key in present:
        assert key in names, (key, sorted(names))
    for key in absent:
        assert key not in names, (key, sorted(names))


@pytest.mark.parametrize("text, absent", both_scripts([
    # a coded country in a speaker's slot stays the country
    ("意大利表示将加强合作。", ("PERSON", "意大利")),
    # a list's name is the whole item: 斯巴达|人般 is none
    ("主角有马克-吉尔伯、斯巴达人般的勇者和老伯。", ("PERSON", "斯巴达")),
    # a joined name whose last letter is a verb jieba splits off keeps it (斯宾诺拉)
    ("奥托·斯宾诺拉表示满意。", ("PERSON", "奥托·斯宾诺")),
]))
def test_no_person_outside_a_slot(pipeline, text, absent):
    assert absent not in _names(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "马刺队的吉诺比利得到20分。赛后，记者采访了吉诺比利。",
]))
def test_a_slotted_name_is_a_person_wherever_written(pipeline, text):
    mentions = pipeline.run_texts([("t", text)]).extraction.mentions
    people = [m for m in mentions if m.label is Label.PERSON and m.simplified == "吉诺比利"]
    assert len(people) == 2
    assert {m.extractor for m in people} == {MentionSource.PEOPLE_SLOT}
    assert all(to_simplified(m.text) == "吉诺比利" for m in people)


@pytest.mark.parametrize("text, team, player", both_scripts([
    # a name before a player's position and the player is the player's team (a university's: Butler, UConn)
    ("巴特勒的大四后卫沙尔文-迈克很有希望被选中。", "巴特勒", "沙尔文·迈克"),
    ("康大新生后卫杰雷米-兰博抢断得分。", "康大", "杰雷米·兰博"),
]))
def test_a_name_before_a_players_position_is_the_team(pipeline, text, team, player):
    names = _names(pipeline, text)
    assert ("ORGANIZATION", team) in names and ("PERSON", team) not in names, sorted(names)
    assert ("PERSON", player) in names, sorted(names)


@pytest.mark.parametrize("text", both_scripts(["科比的队友加索尔得到20分。"]))
def test_a_teammate_is_no_team(pipeline, text):
    assert ("ORGANIZATION", "科比") not in _names(pipeline, text)
