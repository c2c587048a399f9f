"""Round counts211: a bare count of people is no crowd when the text says whose people they are.

A bare count of people (37人) is read as a crowd in a story, whose sentence's earlier clauses and topics own none
(``relate/count_scope.bare_people``). Two forms of the web tune half (a Taiwan company's staff, a Hong Kong party's
candidates) say whose people such a count counts, and now keep the owner the text gives
(``relate/counts._CountOwners.further_holder``):

* the members' noun written right before the number, with its total or number and a copula between
  (员工总数共计84512人, 正职员工为83825人, 员工总数为82万人: ``relate/count_counted._MEMBERS_GAP``): a body's members,
  carried from its clause as members counted with a classifier are, though only an organisation carried from another
  clause or sentence owns them (北京市今天召开会议。员工总数共计5000人: no one's);
* a bare count after a count of people an organisation of its own clause owns, earlier in the sentence, with no
  holder between (民建联派出26人出战，最终有20人当选): more of those people (``people_counted_earlier``). Not when
  that owner was carried from another clause (…小队人员…巡逻，其间发现3名男子…，3人随即逃跑: the men are no one's).

And one form of the Simplified tune half (a delegation's athletes, a trade council's exhibitors) where 全国 glued to a
count (全国25个省, 全国70家组展单位) was carried as the sentence's holder to a later clause's count: it says where that
count's things are, as 我国 inside a predicate does, and a holder before it carries instead (``_WHOLE``).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, in_script

# (text, the count as written in Simplified, owner or None)
MEMBERS_NAMED = [
    ("台积电展开全球化布局，2024年共招募1万多名新进员工，员工总数共计84512人，创历年新高。", "84512人", "台积电"),
    ("台积电去年扩大招募，正职员工为83825人。", "83825人", "台积电"),
    ("鸿海公布年报，员工总数为82万人。", "82万人", "鸿海"),
    ("联电表示，公司员工总数达2万人。", "2万人", "联电"),
    # people no body has as members, and a crowd with no noun, stay no one's
    ("台积电举行运动会，球迷共计3000人。", "3000人", None),
    ("台积电举行运动会，现场来了3000人。", "3000人", None),
    # a place carried from an earlier sentence has no staff
    ("北京市今天召开会议。员工总数共计5000人。", "5000人", None),
]

CONTINUED = [
    ("民建联派出26人出战，最终有20人当选。", "20人", "民建联"),
    ("工联会派出16名候选人出战，最终有7人当选。", "7人", "工联会"),
    # the earlier people's owner carried from another clause: no owner passed on
    ("旺角警区巡逻小队人员于区内巡逻，其间发现3名男子形迹可疑，3人随即逃跑。", "3人", None),
    # a holder of the count's own clause stays its owner
    ("民建联派出26人出战，工联会有20人当选。", "20人", "工联会"),
]

WHOLE_GLUED = [
    # 全国 glued to an earlier clause's count says where that count's things are: no later clause carries it
    ("2025年中国贸促会牵头审批全国70家组展单位赴57个国家参展办展，参展企业4.77万家。", "企业4.77万家", "中国贸促会"),
    ("运动员分别来自全国25个省、自治区和直辖市，平均年龄25.8岁，有12名少数民族运动员。", "12名少数民族运动员", None),
    # the count it is glued to keeps it, and 全国 as a clause's subject still carries
    ("2025年中国贸促会牵头审批全国70家组展单位赴57个国家参展办展，参展企业4.77万家。", "70家组展单位", "中国"),
    ("全国共有3000所学校，新建图书馆500座。", "图书馆500座", "中国"),
    ("全国上下团结一心，新建学校300所。", "学校300所", "中国"),
    ("我们调查过，全国860万户，近年来解决一些，现在1000万户的住房困难户三年内解决。", "1000万户", "中国"),
]


def owners_by_count(pipeline, text: str) -> dict[str, set[str]]:
    """Each count as written (Simplified) -> the Simplified names of its owners, for one document."""
    from zhkg.records import Document, Label, RelationKind
    from zhkg.stages.entity_groups import entity_id
    from zhkg.stages.normalise import to_simplified

    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    names = {entity_id(m): to_simplified(m.canonical) for m in result.mentions}
    owners = {r.target: names[r.source] for r in result.relations if r.kind is RelationKind.HAS_COUNT}
    out: dict[str, set[str]] = {}
    for m in result.mentions:
        if m.label is Label.COUNT:
            owner = owners.get(entity_id(m))
            out.setdefault(to_simplified(text[m.start : m.end]), set()).update({owner} if owner else set())
    return out


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count", "owner"), [*MEMBERS_NAMED, *CONTINUED, *WHOLE_GLUED])
def test_the_owner_of_a_bare_count_of_people_counts211_reads(pipeline, text: str, count: str, owner: str | None,
                                                              script: str) -> None:
    got = owners_by_count(pipeline, in_script(text, script))
    assert count in got, got  # the count is read
    assert got[count] == ({owner} if owner else set()), got
