"""Round counts258: count owners read from how news writes a sentence's parts (issue 14, ``relate/count_owner_things``).

* votes a candidate wins where a place after 在 stands between the name and the votes (韩国瑜在高雄拿下89万票), and
  votes 分别 shares out among the people listed before it or a pronoun stands for (两人分别获39,707及22,054票);
* a name read as an organisation that is the very noun a lone classifier counts owns nothing (…外资研发中心…605家),
  and a figure joined to an owned one by a conjunction alone shares its owner (1042家和605家);
* organisations listed before 分别 own the counts after it in turn (民建联和工联会分别取得20席和7席);
* people counted after those a body sends are the body's, read across clauses (派出16人…，当中7人…);
* a body's great N (提出5大方针) is its own when it opens a clause of the sentence and the count's clause opens with
  its verb, a 等 list before the count too;
* a league's teams are the league's (港超今季共有11支球队), teams counted still no team's;
* a house or a league no extractor names, written as its place and its word (新北市议会, 日本职棒), is a holder.

Each pipeline case runs as written in Traditional, and in Simplified.
"""

from __future__ import annotations

import pytest

from zhkg.records import Label, Mention, Quantity
from zhkg.relate.base import RelationContext
from zhkg.relate.count_owner_things import (
    counted_holder,
    is_league,
    joined_count,
    own_plan,
    place_houses,
    respective_owner,
    sent_before,
    verb_clause_subject,
)
from zhkg.stages.normalise import to_simplified


def owners_by_count(pipeline, text: str) -> dict[str, set[str]]:
    """Each count's text as written (Simplified) -> the canonical names of its owners (Simplified)."""
    from zhkg.records import Document, RelationKind
    from zhkg.stages.entity_groups import entity_id

    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    names = {entity_id(m): m.canonical for m in result.mentions}
    counts = {entity_id(m): to_simplified(m.text) for m in result.mentions if m.label is Label.COUNT}
    out: dict[str, set[str]] = {c: set() for c in counts.values()}
    for r in result.relations:
        if r.kind is RelationKind.HAS_COUNT:
            out[counts[r.target]].add(to_simplified(names[r.source]))
    return out


# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    # votes won where a place after 在 says where: the candidate's
    ("韓國瑜在高雄拿下89萬票。", "89万票", "韩国瑜"),
    ("李慧琼在九龍西取得47,000票，順利連任。", "47,000票", "李慧琼"),
    ("陳志豪在新界東南獲得18,797票。", "18,797票", "陈志豪"),
    # votes 分别 shares out: among the people listed before it, or those a pronoun before it stands for
    ("王大明和李小華分別獲得120票和80票。", "120票", "王大明"),
    ("王大明和李小華分別獲得120票和80票。", "80票", "李小华"),
    ("港島東選區由爭取連任的工聯會吳秋北，以及首次參選的民建聯植潔鈴當選，兩人分別獲39,707及22,054票；選舉主任宣布結果。",
     "22,054票", "植洁铃"),
    ("九龍中選區完成點票，兩名現任議員民建聯李慧琼及無黨派楊永杰成功連任，他們分別取得53,529及28,161票。", "28,161票",
     "杨永杰"),
    # ...a party's votes stay the party's
    ("民建聯在港島西取得6萬票。", "6万票", "民建联"),
    # a category read as a body is what a lone classifier counts: the report's city owns the figures joined by 和
    ("上海市商務委透露，全市新設外資企業近2500家。總部經濟加快集聚，跨國公司地區總部、外資研發中心累計分別達到1042家和605家。",
     "605家", "上海市"),
    # organisations listed before 分别 own the counts after it in turn
    ("民建聯和工聯會分別取得20席和7席。", "20席", "民建联"),
    ("民建聯和工聯會分別取得20席和7席。", "7席", "工联会"),
    ("中華電信、遠傳和台灣大哥大分別有3家、5家和2家門市。", "3家", "中华电信"),
    ("中華電信、遠傳和台灣大哥大分別有3家、5家和2家門市。", "5家", "远传"),
    ("台積電和聯電去年分別招募了1萬名和3000名員工。", "3000名员工", "联电"),
    # people counted after those a body sends: the body's, across clauses
    ("另一政團工聯會，選舉成績未如人意，派出16人名單出戰，當中7人爭連任。", "7人", "工联会"),
    # ...no body sends them: the men found are no one's
    ("小隊人員在山上巡邏，其間發現3名男子形跡可疑，3人見狀逃跑。", "3人", None),
    # a body's great N, its clause opening with the verb: the body's own plan
    ("騰訊今日舉行記者會，提出5大方針。", "5大方针", "腾讯"),
    ("中國香港足球總會今日舉行新聞發布會，足總主席李明與總幹事陳強分享來年發展方向，提出包括代表隊、青訓發展等5大方針。",
     "5大方针", "足总"),
    # ...a place's or a report's great N is still no one's (owners138)
    ("北京市今日舉行記者會，提出5大方針。", "5大方针", None),
    ("中國銀行今日發布報告。報告提到了三大發展方向。", "三大发展方向", None),
    # a league's teams are the league's; teams counted are still no team's
    ("港超今季共有11支球隊。", "11支球队", "港超"),
    ("中華職棒今年共有6支球隊。", "6支球队", "中华职棒"),
    ("湖人和快艇兩隊昨晚交手。", "两队", None),
    # a house or a league no extractor names, written as its place and its word: its own, not the place's
    ("新北市議會共有66席。", "66席", "新北市议会"),
    ("日本職棒共有12支球隊。", "12支球队", "日本职棒"),
    # ...a house the extractors name keeps its name
    ("台北市議會共有61席議員。", "61席议员", "台北市议会"),
]


@pytest.mark.parametrize("simplified", [False, True], ids=["traditional", "simplified"])
@pytest.mark.parametrize(("text", "count", "owner"), OWNERS)
def test_owners_counts258(pipeline, text: str, count: str, owner: str | None, simplified: bool) -> None:
    got = owners_by_count(pipeline, to_simplified(text) if simplified else text)
    assert count in got, got  # the count is read
    assert got[count] == ({owner} if owner else set()), got


def _count(start: int, text: str, full: str = "") -> Mention:
    quantity = Quantity(1, full[-2:] or text[-1], full[-2:] or text[-1], "", counted_full=full)
    return Mention("d", start, start + len(text), text, text, Label.COUNT, "x", quantity=quantity)


def _holder(start: int, name: str, label: Label = Label.ORGANIZATION) -> tuple[int, int, Mention]:
    return (start, start + len(name), Mention("d", start, start + len(name), name, name, label, "x"))


def test_counted_holder_is_the_borrowed_noun_only() -> None:
    text = "外资研发中心分别达到1042家和605家"
    centre = _holder(0, "外资研发中心")[2]
    assert counted_holder(centre, _count(17, "605家", "外资研发中心"), text)
    # a place of that name, or a count writing its noun itself, is left to the other rules
    assert not counted_holder(_holder(0, "外资研发中心", Label.PLACE)[2], _count(17, "605家", "外资研发中心"), text)
    assert not counted_holder(centre, _count(0, "外资研发中心分别达到1042家", "外资研发中心"), text)


def test_joined_count_needs_a_conjunction_alone_and_an_owner_from_before_the_clause() -> None:
    text = "上海。分别达到1042家和605家，北京有3家"
    city = _holder(0, "上海", Label.PLACE)
    assert joined_count(text, _count(13, "605家"), {12: city}, 3) == 12
    assert joined_count(text, _count(13, "605家"), {}, 3) is None  # the first has no owner
    assert joined_count(text, _count(21, "3家"), {17: city}, 18) is None  # more than a conjunction between


def test_respective_owner_needs_as_many_counts_as_organisations() -> None:
    text = "腾讯和百度分别有3家门店、5家商场和2家工厂"
    spots = [_holder(0, "腾讯"), _holder(3, "百度")]
    counts = [_count(8, "3家门店"), _count(13, "5家商场"), _count(18, "2家工厂")]
    assert all(respective_owner(text, c, 0, len(text), spots, counts) is None for c in counts)
    two = "腾讯和百度分别有3家和5家"
    counts = [_count(8, "3家"), _count(11, "5家")]
    assert [respective_owner(two, c, 0, len(two), spots, counts)[2].name for c in counts] == ["腾讯", "百度"]
    places = [_holder(0, "北京", Label.PLACE), _holder(3, "上海", Label.PLACE)]
    assert respective_owner(two, counts[1], 0, len(two), places, counts) is None  # places: read as before


def test_sent_before_reads_a_verb_of_sending_right_before_the_count() -> None:
    text = "工联会派出16人名单出战，当中7人争连任。"
    assert sent_before(text, _count(5, "16人"), 0)
    assert not sent_before(text, _count(15, "7人"), 0)


def test_own_plan_and_verb_clause_subject_need_a_clause_opening_with_its_verb() -> None:
    firm = _holder(0, "腾讯")
    text = "腾讯今日举行记者会，提出5大方针。"
    assert own_plan(text, firm, _count(12, "5大方针"), 10, True)
    assert not own_plan(text, firm, _count(12, "5大方针"), 10, False)  # the body opens no clause of the sentence
    assert not own_plan("腾讯今日举行记者会，北京有5大方针。", firm, _count(13, "5大方针"), 10, True)
    listed = "腾讯今日举行记者会，提出包括微信等两大平台。"
    opens = lambda pos, start: pos in (0, 10)  # noqa: E731
    assert verb_clause_subject(listed, _count(17, "两大平台"), 10, 0, [firm], opens) == firm
    city = _holder(0, "北京", Label.PLACE)
    assert verb_clause_subject(listed.replace("腾讯", "北京"), _count(17, "两大平台"), 10, 0, [city], opens) is None


def test_is_league_by_the_word_ending_its_name() -> None:
    names = {"港超": True, "西甲": True, "NBA": True, "台湾职业篮球联盟": True, "湖人队": False, "腾讯": False}
    assert {n: is_league(_holder(0, n)[2]) for n in names} == names
    assert not is_league(_holder(0, "港超", Label.PLACE)[2])


def test_place_houses_only_where_no_organisation_is_named() -> None:
    from zhkg.records import Document

    city = _holder(0, "新北市", Label.PLACE)[2]
    assert [h[2].name for h in place_houses(RelationContext(Document("d", "新北市议会共有66席"), [city], {}))] == ["新北市议会"]
    council = _holder(0, "新北市议会")[2]
    assert place_houses(RelationContext(Document("d", "新北市议会共有66席"), [city, council], {})) == []
    assert place_houses(RelationContext(Document("d", "新北市政府共有12个局处"), [city], {})) == []
