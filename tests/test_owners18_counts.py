"""Issue 14, session 18 (owners18): counts and owners on text no count rule was read from (MSRA and CLUENER
passages, ``bench/counts_fresh18.py``), by general construction.

- A lone classifier closing its clause takes the dictionary noun glued before its number when a verb or a list's
  end comes before that noun (…等展品150件, 共立课题800多项), not the thing of a neighbouring count; a verb jieba
  tags a noun (出院) is no such noun.
- A noun of people glued to N人, or to 约N人, is what is counted (流动党员2100人), after a verb, 的 or a break; not
  after an adverb (不代表两人: 代表 is the verb).
- The clauses from 其中 on count parts of the count before 其中 in their sentence, whose owner they share.
- A country joined to the people counted by 的, or listed with others (日本和美国的研究人员约120人), says who they
  are: it owns none of them.
- A clause opening with 就 after a clause of 每 says how many per unit (每向前推进1公里，就有1名…): a rate, no count.
- 我国 describing a noun (我国钢铁行业的龙头企业, 围绕我国改革…) is no topic of later clauses' or sentences' counts.

Every passage is written for these tests, in the style of news, and checked in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_form, both_scripts

# (text, a count that must be read as (value, thing), a reading that must not be)
FORMS = [
    ("展览展出了明代瓷器复制品30余件，同时还展出了青铜器、陶器等展品150件。", (150, "展品"), (150, "复制品")),
    ("多年来，研究人员围绕重大问题开展研究，共立课题800多项，其中有关15项技术标准的研究获奖。", (800, "课题"), (800, "标准")),
    ("展览共征集到手稿300余件、照片900余张以及录音带和工作生活用品40多件。", (40, "生活用品"), (40, "手稿")),
    # a verb jieba tags a noun is no noun to count: the cases stay the neighbour's
    ("全省累计报告确诊病例210例，已治愈出院98例，其余在院治疗。", (98, "确诊病例"), (98, "出院")),
    # people glued to their number
    ("截至去年底，北京市人才服务中心管理着流动党员2100人。", (2100, "党员"), (2100, "人")),
    # ...but not a verb after an adverb
    ("初次见面不顺利，也不代表两人完全没有发展的可能。", (2, "人"), (2, "代表")),
]

# a clause opening with 就 after a clause of 每 gives a rate per unit: no count
RATES = [
    ("在修建这段铁路的日子里，铁路每向前推进1公里，就有1名劳工献出生命。", (1, "劳工")),
    ("每到周末，就有3000多名游客涌入这座古镇。", (3000, "游客")),
]

# (text, value of the count, the owner it must have, or None for none)
OWNERS = [
    # 其中 and the clauses after it: parts of the count before, the same holder's
    ("截至去年底，北京市人才服务中心管理着流动党员2100人，其中在国外的400人，在外省市的120人。", 400, "北京市人才服务中心"),
    ("截至去年底，北京市人才服务中心管理着流动党员2100人，其中在国外的400人，在外省市的120人。", 120, "北京市人才服务中心"),
    # ...and a part of a count no one owns is no one's either
    ("据统计，全年约有3万名游客乘船出海，其中外地游客1万人。", 10000, None),
    # a nationality joined by 的, or listed, owns none of the people counted
    ("这个研究小组里共有法国和德国的研究人员约90人，他们的实验室设在一座小镇。", 90, None),
    ("目前在当地一所大学就读的韩国的留学生共有300余名。", 300, None),
    # 我国 describing a noun in an earlier clause, or opening a sentence before the noun it describes, is no topic
    ("多年来，研究人员紧紧围绕我国经济发展中的重大问题，加强学术交流，共立课题800多项。", 800, None),
    ("记者报道：我国钢铁行业的龙头企业与一所大学日前在京宣布合作。展览共征集到各种手稿500余件。", 500, None),
    # ...while 我国 as the subject still owns what its clause has
    ("据了解，我国软科学研究机构千余家，从业人员已达3万余人。", 1000, "中国"),
]


def _owners_by_value(pipeline, text: str) -> dict[float, set[str]]:
    """Value of each count -> the Simplified names of its owners."""
    from zhkg.records import Document, Label, RelationKind
    from zhkg.stages.entity_groups import entity_id
    from zhkg.stages.normalise import to_simplified

    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    names = {entity_id(m): to_simplified(m.canonical) for m in result.mentions}
    counts = {entity_id(m): m.quantity.value for m in result.mentions if m.label is Label.COUNT and m.quantity}
    out: dict[float, set[str]] = {v: set() for v in counts.values()}
    for r in result.relations:
        if r.kind is RelationKind.HAS_COUNT and r.target in counts:
            out[counts[r.target]].add(names[r.source])
    return out


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts(FORMS, id_chars=24))
def test_count_form_owners18(nlp, text, present, absent):
    assert_count_form(nlp, text, present, absent)


@pytest.mark.parametrize(("text", "absent"), both_scripts(RATES, id_chars=24))
def test_rate_per_unit_owners18(nlp, text, absent):
    assert_count_form(nlp, text, None, absent)


@pytest.mark.parametrize(("text", "value", "owner"), both_scripts(OWNERS, id_chars=30))
def test_count_owner_owners18(pipeline, text, value, owner):
    got = _owners_by_value(pipeline, text)
    assert value in got, got  # the count is read
    if owner is None:
        assert got[value] == set(), got
    else:
        assert owner in got[value], got
