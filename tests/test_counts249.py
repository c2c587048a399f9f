"""Round counts249: count owners decided by what the counted things are and by the clause that describes a holder
(issue 14, ``relate/count_owner_kinds``).

* people a body sends or fields (派出14人参选) are the organisation named last before them in their sentence;
* a body the document names, written unmarked inside a count right before its members (3名教育局人员), owns them;
* a count in a clause of having that describes a holder (现有19席的民建联, 拥有3000名员工的联想集团) is that holder's;
* a body's members are no place's, a place's population and villages no body's;
* players counted where their sentence names no holder are a club's named by its own word (曼联), as a 队's.

Each pipeline case runs as written in Traditional, and in Simplified.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.count_owner_kinds import described_holder, owner_of_kind, people_sent
from zhkg.stages.normalise import to_simplified

# (text, counted head, owner or None)
OWNERS = [
    # people a party sends: the party named before them in the sentence
    ("工聯會選舉成績未如人意，今次派出16人參選。", "人", "工联会"),
    ("商界政黨經民聯多名老將退下火線，今屆只派4人出選。", "人", "经民联"),
    # ...no verb of sending: no owner read from an earlier clause
    ("工聯會選舉成績未如人意，今次看到16人參選。", "人", None),
    # ...a place sending its delegation stays the place's
    ("香港派出600名運動員參加奧運。", "运动员", "香港"),
    # a body written inside the count before its members, named in an earlier paragraph
    ("教育局早前宣布委任校董。\n是次委任的3名教育局人員分別為首席教育主任。", "人员", "教育局"),
    # a count in a clause of having describes the holder after its 的, not the place before the clause
    ("北京市擁有3000名員工的聯想集團昨日宣布裁員。", "员工", "联想集团"),
    ("目前佔9席的商界政黨經民聯，多名老將退下火線。", "席", "经民联"),
    ("現有6席的新民黨昨日公布參選名單。", "席", "新民党"),
    # ...no holder right after the 的: the clause's place keeps it
    ("北京市有3000名員工的工廠昨日停工。", "员工", "北京市"),
    # villages counted where a body works: the place's
    ("扶貧辦表示，本年度在雲南幫助了30個行政村。", "行政村", "云南省"),
    # players pointed back to, in a sentence after a club known by its own word (teams.tsv), not a 队: the club's
    ("曼聯昨日宣布簽下兩名新援。這兩位球員都來自巴西。", "球员", "曼联"),
    # ...but branches an authority speaks of stay the place's (test_counts35)
    ("金管局表示，本港目前共有1,200間銀行分行。", "分行", "香港"),
]


@pytest.mark.parametrize("simplified", [False, True], ids=["traditional", "simplified"])
@pytest.mark.parametrize(("text", "counted", "owner"), OWNERS)
def test_owners_counts249(pipeline, text: str, counted: str, owner: str | None, simplified: bool) -> None:
    assert_count_owner(pipeline, to_simplified(text) if simplified else text, counted, owner)


def _mention(start: int, text: str, label: Label) -> Mention:
    return Mention("d", start, start + len(text), text, text, label, MentionSource.GAZETTEER)


def test_owner_of_kind_takes_a_body_of_the_members_kind_only() -> None:
    # staff are a company's: a school named before them is passed over, the company taken
    city, firm, school = _mention(0, "香港", Label.PLACE), _mention(3, "国泰航空公司", Label.ORGANIZATION), _mention(
        10, "香港大学", Label.ORGANIZATION)
    staff = _mention(20, "3万名员工", Label.COUNT)
    spots = [(m.start, m.end, m) for m in (city, firm, school)]
    found = owner_of_kind((0, 2, city), staff, 0, "员工", spots, [s[1] for s in spots])
    assert found[2] is firm
    # ...a body of an earlier sentence is not looked for
    assert owner_of_kind((0, 2, city), staff, 15, "员工", spots, [s[1] for s in spots])[2] is city


def test_owner_of_kind_gives_villages_to_the_place() -> None:
    office, province = _mention(0, "扶贫办", Label.ORGANIZATION), _mention(8, "云南", Label.PLACE)
    villages = _mention(12, "30个行政村", Label.COUNT)
    spots = [(0, 3, office), (8, 10, province)]
    assert owner_of_kind((0, 3, office), villages, 0, "行政村", spots, [3, 10])[2] is province
    assert owner_of_kind((0, 3, office), villages, 0, "市民", spots, [3, 10])[2] is office  # people an event or body draws
    # ...what is not a place's stays the body's
    assert owner_of_kind((0, 3, office), villages, 0, "项目", spots, [3, 10])[2] is office


def test_people_sent_needs_an_organisation_last_before_the_count() -> None:
    text = "香港工联会代表团，派出14人参选。"
    place, body = _mention(0, "香港", Label.PLACE), _mention(2, "工联会", Label.ORGANIZATION)
    sent = _mention(text.index("14"), "14人", Label.COUNT)
    assert people_sent(text, sent, 0, "人", [(0, 2, place), (2, 5, body)], [2, 5])[2] is body
    assert people_sent(text, sent, 0, "人", [(0, 2, place)], [2]) is None  # a place sending: left as read
    assert people_sent(text, sent, 0, "项目", [(2, 5, body)], [5]) is None  # no people counted


def test_described_holder_stops_at_a_mark_or_a_second_的() -> None:
    text = "拥有3000名员工的工厂的联想集团"
    staff = _mention(2, "3000名员工", Label.COUNT)
    firm = _mention(text.index("联想"), "联想集团", Label.ORGANIZATION)
    assert described_holder(text, staff, [(firm.start, firm.end, firm)]) is None
    text = "拥有3000名员工的大型企业联想集团"
    firm = _mention(text.index("联想"), "联想集团", Label.ORGANIZATION)
    assert described_holder(text, staff, [(firm.start, firm.end, firm)]) is firm
