"""Issue 14, session 42 (owners170): votes a person wins are the person's.

Written from the studied halves only (the tune halves of ``bench/counts_web.py``, ``counts_eval.py``,
``counts_owned59.py`` and ``counts_real46.py``; the check and blind halves scored as totals at the start and the end).
The web tune half's largest class of owner misses (12 of the Traditional half's 22) is the votes a candidate wins,
which its gold gives to the candidate (韩国瑜得54票; 高市早苗以237票击败其他对手; 击败51票的游锡堃), while a
party's votes stay the party's (民建联流失近25万票) and a tally of a motion (以325票赞成) no one's. The forms, each
a person a count of votes (票, 选票) belongs to:

* a person, a verb of winning glued to the votes (获, 得, 拿下…), a locative or an adverb at most between;
* a person glued to the votes in a list that leaves the verb out (、王建华45票);
* the votes after 以 and before a verb of winning (以301票击败对手; …第二轮以130票胜出): the nearest person named
  before them in their sentence;
* the votes describing a person after 的 (48票的王建华), and the votes given to one (40票全部投给王建华).

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document, Label, RelationKind
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import to_simplified


def _owners_by_count(pipeline, text: str) -> dict[str, set[str]]:
    """Each count's surface (Simplified, the first of each surface) -> its owners' canonical names (Simplified)."""
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    names = {entity_id(m): m.canonical for m in result.mentions}
    owners: dict[str, set[str]] = {}
    for r in result.relations:
        if r.kind is RelationKind.HAS_COUNT:
            owners.setdefault(r.target, set()).add(to_simplified(names[r.source]))
    out: dict[str, set[str]] = {}
    for m in result.mentions:
        if m.label is Label.COUNT:
            out.setdefault(to_simplified(text[m.start : m.end]), owners.get(entity_id(m), set()))
    return out


# (text, the count as written in Simplified, its owner exactly; None: no person): each read otherwise on main
VOTES = [
    ("首轮投票中，李明远得48票、王建华45票、陈小红9票，无效票一张。", "48票", "李明远"),
    ("首轮投票中，李明远得48票、王建华45票、陈小红9票，无效票一张。", "45票", "王建华"),
    ("首轮投票中，李明远得48票、王建华45票、陈小红9票，无效票一张。", "9票", "陈小红"),
    ("第二轮投票，李明远获52票，以4票之差击败48票的王建华。", "52票", "李明远"),
    ("第二轮投票，李明远获52票，以4票之差击败48票的王建华。", "48票", "王建华"),
    ("张国栋以超过众议院半数的301票击败对手，当选党主席。", "301票", "张国栋"),
    ("张国栋在首轮以301票击败对手；但在参议院得票未过半，第二轮以130票胜出。", "130票", "张国栋"),
    ("民主党议员40票全部投给王建华，民众党5票也投给自家议员陈小红。", "40票", "王建华"),
    ("民主党议员40票全部投给王建华，民众党5票也投给自家议员陈小红。", "5票", "陈小红"),
    ("最终由李明远在第二轮拿下52票当选。", "52票", "李明远"),
    ("副议长选举中，江志明在首轮投票获得了61票。", "61票", "江志明"),
]

# Votes no person wins: a tally of a motion, a party's votes, a person who only speaks or casts one
CONTROLS = [
    ("议员梅尔茨在第二轮投票中以325票赞成当选总理。", "325票"),
    ("民建联在直选中流失近25万票。", "近25万票"),
    ("李明远说，该党获得了120万张选票。", "120万张选票"),
    ("李明远表示，民进党获得120万张选票。", "120万张选票"),
    ("李明远在表决中投下关键一票。", "一票"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(VOTES))
def test_votes_a_person_wins_are_the_persons(pipeline, text, count, owner):
    got = _owners_by_count(pipeline, text)
    assert count in got, got
    assert got[count] == {owner}, got


@pytest.mark.parametrize("text, count", both_scripts(CONTROLS))
def test_votes_no_person_wins_stay_as_they_were(pipeline, text, count):
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    people = {to_simplified(m.canonical) for m in result.mentions if m.label is Label.PERSON}
    got = _owners_by_count(pipeline, text)
    if count in got:  # (一票 may be read as no count at all)
        assert not got[count] & people, got


def test_a_party_keeps_its_votes(pipeline):
    got = _owners_by_count(pipeline, "民建联在直选中流失近25万票。")
    assert got["近25万票"] == {"民建联"} or got["近25万票"] == {to_simplified("民主建港协进联盟")}, got


# A committee sets up committees of its own (立法会内务委员会…成立27个法案委员会): it is no one of those it counts, so the
# body its name opens with (立法会) does not take them, as it takes 第二炮兵导弹装备方队's 4个装备方队; a second part
# after 、 (…中有5人…、有8人…) is the same whole's as the first. Each read otherwise on main.
OWNERS = [
    ("市政协文史委员会今年共举办讲座5场，市政协主席出席。文史委员会下设3个工作委员会。", "3个工作委员会", "市政协文史委员会"),
    ("立法会内务委员会今年共举行31次会议，法案均获立法会通过。内务委员会本会期共成立27个法案委员会深入审议。",
     "27个法案委员会", "立法会内务委员会"),
    ("中华队名单超过半数为投手群。30名球员中有5人具备大联盟经验、有8人至少曾打到小联盟3A层级。", "8人", "中华队"),
    ("湖人队名单公布。15名球员中有6人是新秀、另有4人来自发展联盟。", "4人", "湖人"),
]
# ...while a holder named for the very things counted still yields to the body its name opens with, and a holder
# between the two parts owns the second
OWNER_CONTROLS = [
    ("第二炮兵导弹装备方队首次亮相。第二炮兵今年共有4个装备方队参阅。", "4个装备方队", "第二炮兵"),
    ("中华队名单超过半数为投手群。30名球员中有5人具备大联盟经验、北京有8人至少曾打到小联盟3A层级。", "8人", "北京市"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_committees_set_up_and_second_parts(pipeline, text, count, owner):
    got = _owners_by_count(pipeline, text)
    assert count in got, got
    assert got[count] == {owner}, got


# A false count, the web tune half's: a year in digits glued before a place whose name opens with a classifier's
# letter (2026台东博览会: 台 read as machines) counts nothing; a year-like number before a classifier and its noun still
# counts (2026台电脑). Each first row read as a count on main.
NO_COUNT = ["县府为明年的2026台东博览会造势。", "主办方为2026台北国际书展预做准备。", "1999台州马拉松吸引了万人参加。"]
STILL_COUNTS = [("公司今年共卖出2026台电脑。", "2026台电脑")]


@pytest.mark.parametrize("text", both_scripts(NO_COUNT))
def test_a_year_before_a_place_counts_nothing(pipeline, text):
    got = _owners_by_count(pipeline, text)
    assert not any(k[:4].isdigit() and k[4:5] == "台" for k in got), got


@pytest.mark.parametrize("text, count", both_scripts(STILL_COUNTS))
def test_a_number_before_its_classifier_still_counts(pipeline, text, count):
    assert count in _owners_by_count(pipeline, text)


# A section of a line (owners165 left the dev set's 該南延段): 该 and the section written right after a line named by its
# number stand for the line. Each read as no one's on main.
SECTIONS = [
    ("2006年12月13日，当局同意了电车7号线南延段的计划概要，该南延段共计3.8公里，包括7个新车站。", "7个新车站", "电车7号线"),
    ("市政府昨日批准地铁4号线北延线工程，该北延线全长9公里，共设车站6座。", "共设车站6座", "地铁4号线"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(SECTIONS))
def test_a_lines_section_is_the_lines(pipeline, text, count, owner):
    got = _owners_by_count(pipeline, text)
    assert got.get(count) == {owner}, got
