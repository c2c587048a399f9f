"""Round counts236: count owners of Hong Kong and Taiwan election and business news (issue 14).

Owners of the web tune half's forms, each read by a rule of a whole kind:

* votes a person wins after 的 and the person's party or district (获31,480票的自由党黄志明), and after a comma closing
  the person's clause (九龙东张家豪，获 20,315 票): the person's (``relate/count_votes``);
* a place glued before a person's name (九龙东刘国强) is the person's district: no owner, no topic
  (``relate/count_elections.labelled_people``);
* seats read for a place go to the organisation named last before them in their sentence (国民党…，全市预计提名28席),
  other counts stay the place's (``relate/count_elections.seats_body``);
* a company's name with a whole region's word glued after it (莱尔富全台) owns as the company
  (``relate/count_companies.region_cut``);
* athletes (运动员, 选手) counted where no holder is named are the delegation's named before, unless several
  delegations are named (a games' athletes: ``relate/count_counted._MEMBERS_OF``, ``member_body``).

Each pipeline case runs as written in Traditional, and in Simplified.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.count_companies import region_cut
from zhkg.stages.normalise import to_simplified

# (text, counted head, owner or None)
OWNERS = [
    # votes after 的 and a party glued before the person
    ("獲31,480票的自由黨黃志明未能當選。", "票", "黄志明"),
    # votes after the person's clause and a comma, a space before the figure
    ("落選者中得票最多的是九龍東張家豪，獲 20,315 票。", "票", "张家豪"),
    # a place glued to a person is the person's district: the party the sentence opens with keeps its members
    ("另一政團新民黨，派出9人出戰，惟九龍東劉國強落敗，下屆仍有5名議員。", "议员", "新民党"),
    ("新民黨派出9人出戰，惟九龍東劉國強落敗，最終有5人當選。", "人", "新民党"),
    # seats: the party, not the whole city
    ("國民黨高雄市議員初選昨日截止，全市預計提名28席。", "席", "国民党"),
    # ...other things counted there stay the city's
    ("國民黨高雄市議員初選昨日截止，全市預計新設28個服務處。", "服务处", "高雄市"),
    # a place not glued to a person still owns its counts
    ("九龍東今年新增3所學校。", "学校", "九龙东"),
    # athletes counted in a later paragraph than their delegation
    ("今天下午，中國聾人體育代表團在上海成立。\n代表團總人數300人。\n運動員平均年齡24歲，有9名少數民族運動員。",
     "运动员", "中国聋人体育代表团"),
    # ...but a games' athletes, several delegations named before them, are no one delegation's
    ("本屆全運會共有30個代表團參賽。\n廣西代表團派出500人，雲南代表團亦有400人參賽。\n人員構成方面，9000名運動員中男女比例均衡。",
     "运动员", None),
]


@pytest.mark.parametrize("simplified", [False, True], ids=["traditional", "simplified"])
@pytest.mark.parametrize(("text", "counted", "owner"), OWNERS)
def test_owners_counts236(pipeline, text: str, counted: str, owner: str | None, simplified: bool) -> None:
    assert_count_owner(pipeline, to_simplified(text) if simplified else text, counted, owner)


def test_seats_not_a_place_of_a_district_label_counts236(pipeline) -> None:
    # the district glued to a person never owns the seats; the party opening the sentence does
    from helpers import count_owners

    got = count_owners(pipeline, "另一政團新民黨，派出9人出戰，惟九龍東劉國強落敗，下屆議會仍保持5個議席。")
    assert {to_simplified(n) for n in got["议席"]} == {"新民党"}


def _org(start: int, written: str, label: Label = Label.ORGANIZATION) -> tuple[int, int, Mention]:
    m = Mention("d", start, start + len(written), written, to_simplified(written), label, MentionSource.RECOGNISER)
    return (m.start, m.end, m)


@pytest.mark.parametrize(("written", "cut"), [
    ("萊爾富全台", "莱尔富"),  # the region word cut off
    ("好鄰居全港", "好邻居"),
    ("大眾全國", "大众"),  # two letters before it are enough
    ("中華全國總工會", None),  # a name that goes on after the region word is its own
    ("全國", None),  # nothing before it
])
def test_region_word_glued_to_a_company_counts236(written: str, cut: str | None) -> None:
    spot = _org(3, written)
    (start, end, holder), = region_cut([spot])
    if cut is None:
        assert (start, end, holder) == spot
    else:
        assert (start, end, holder.name, holder.label) == (3, 3 + len(cut), cut, Label.ORGANIZATION)


def test_region_word_inside_the_company_owns_nothing_counts236() -> None:
    company, region = _org(0, "萊爾富全台"), _org(3, "全台", Label.PLACE)
    other = _org(10, "全台", Label.PLACE)  # the same word elsewhere stays
    out = region_cut([company, region, other])
    assert [(s, e, h.name) for s, e, h in out] == [(0, 3, "莱尔富"), (10, 12, "全台")]
