"""Round roles205 (issue 11): party badges in Hong Kong and Taiwan news, each in Simplified and Traditional
(``both_scripts``).

A party written right before a name is the person's badge where a clause or a list item opens (the rule before
this round) and now also after 由, 是, 为 and the 的 that closes a clause describing the person, as election
results read (则由工联会吴秋北当选, 同区当选人是民建联张培刚, 竞逐连任的民建联陈学锋): the person is the party's member
(:func:`zhkg.relate.members_parties._opens_clause`). The member word is the party's own whatever the text writes
(:func:`zhkg.relate.members_parties._party_member_word`): 党员 of a party (民建联成员庄雅婷: 党员 of 民建联), 成员 of a
union (工联会, 劳联), as the web golds and roles_news write them.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, person, member", both_scripts([
    ("港岛东则由工联会黄志明及民建联林美华当选。", "黄志明", ("成员", "工联会")),
    ("港岛东则由工联会黄志明及民建联林美华当选。", "林美华", ("党员", "民建联")),
    ("九龙东的票王是工联会黄志明，同区当选人是民建联林美华。", "林美华", ("党员", "民建联")),
    ("港岛西由竞逐连任的民建联黄志明当选，由劳工界转战的工联会林美华则落败。", "黄志明", ("党员", "民建联")),
    ("港岛西由竞逐连任的民建联黄志明当选，由劳工界转战的工联会林美华则落败。", "林美华", ("成员", "工联会")),
    ("新界东北由新民党黄志明、民建联林美华顺利连任。", "黄志明", ("党员", "新民党")),
]))
def test_a_party_before_a_name_after_you_shi_or_a_clause_de_is_a_badge(pipeline, text, person, member):
    found = relation_rows(pipeline, text, "MEMBER_OF")
    assert (person, *member, False) in found, found


@pytest.mark.parametrize("text, person, member, other", both_scripts([
    # a union's member is its 成员, as a badge before the name or in brackets
    ("九龙中方面，工联会黄志明成功连任。", "黄志明", ("成员", "工联会"), "党员"),
    ("委任区议员包括黄志明（工联会）。", "黄志明", ("成员", "工联会"), "党员"),
    # a party's member written 成员 is its 党员
    ("获委任的是民建联成员黄志明。", "黄志明", ("党员", "民建联"), "成员"),
]))
def test_the_member_word_is_the_partys_own(pipeline, text, person, member, other):
    found = relation_rows(pipeline, text, "MEMBER_OF")
    assert (person, *member, False) in found, found
    assert not [r for r in found if r[0] == person and r[1] == other], found


@pytest.mark.parametrize("text, person", both_scripts([
    # after a verb the party is its object: no badge
    ("他批评民建联黄志明的说法。", "黄志明"),
    ("他们支持民建联林美华表示的方案。", "林美华"),
]))
def test_a_party_after_a_verb_is_no_badge(pipeline, text, person):
    found = relation_rows(pipeline, text, "MEMBER_OF")
    assert not [r for r in found if r[0] == person], found
