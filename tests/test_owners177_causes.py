"""Round owners177: the count-owner cause classifier (``bench/count_owner_causes.py``) on sentences of our own.

Each case is built by hand (mentions and relations as the pipeline would give them), so the class depends only on
the classifier's rules: which stage lost the owner, decided by code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.count_owner_causes import CLASSES, OwnerCase, cause_table, document_causes, holderless, owner_cause  # noqa: E402
from zhkg.evaluate_counts import GoldCount, GoldDocument, match_counts  # noqa: E402
from zhkg.records import Evidence, Label, Mention, MentionSource, Quantity, Relation, RelationKind  # noqa: E402


def _count(text: str, written: str, value: float, counted: str) -> Mention:
    start = text.index(written)
    return Mention("d", start, start + len(written), written, written, Label.COUNT, "count_grammar",
                   quantity=Quantity(value, counted, counted))


def _entity(text: str, written: str, label: Label, *, nth: int = 0, canonical: str = "", code: str = "",
            extractor: str = "gazetteer") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return Mention("d", start, start + len(written), written, written, label, extractor, canonical=canonical, code=code)


def _case(text: str, count: Mention, owners: tuple[str, ...] | None, mentions: list[Mention],
          relations: tuple[Relation, ...] = ()) -> OwnerCase:
    gold = GoldCount(count.start, count.end, count.quantity.value, (count.quantity.counted_simplified,), owners)
    return OwnerCase(text, gold, count, [*mentions, count], relations)


PINGGU = "平谷区有5所学校。"
LEGCO = "立法会今天开会。议员们讨论了议案。\n18个事务委员会选出主席。"
POLICE = "阿坝州公安局召开发布会。全州破获案件657起。"
COMMITTEE = "地区扑灭罪行委员会有536人。"
BEIJING = "北京市平谷区有5所学校。"
RESTAURANT = "王府井大酒店位于北京市，有300名员工。"


def test_right_owner_has_no_class():
    text = PINGGU
    place = _entity(text, "平谷区", Label.PLACE, code="110117")
    assert owner_cause(_case(text, _count(text, "5所学校", 5, "学校"), ("平谷区",), [place]), "place:110117") is None


@pytest.mark.parametrize(("text", "owners", "count", "mentions", "cause"), [
    # the gold owner stands in the count's clause, no owner read: the reader lost it
    (PINGGU, ("平谷区",), ("5所学校", 5, "学校"), [("平谷区", Label.PLACE, "110117")], "none: gold in the clause"),
    # named two paragraphs back, nothing carried across the break
    (LEGCO, ("立法会",), ("18个事务委员会", 18, "委员会"), [("立法会", Label.ORGANIZATION, "")],
     "none: gold in an earlier paragraph"),
    # named in the paragraph's first sentence
    ("立法会今天开会。18个事务委员会选出主席。", ("立法会",), ("18个事务委员会", 18, "委员会"),
     [("立法会", Label.ORGANIZATION, "")], "none: gold in an earlier sentence"),
    # the gold is written, no extractor named it
    ("阿坝州今年破获案件657起。", ("阿坝州",), ("案件657起", 657, "案件"), [], "none: gold not extracted"),
    # the gold is not written at all (立委 → 立法院)
    ("113名立委周四就职。", ("立法院",), ("113名立委", 113, "立委"), [], "none: gold not written"),
    # an anaphor of the clause stands for the owner, unresolved
    ("该公司有300名员工。", ("华为",), ("300名员工", 300, "员工"), [], "none: anaphor unresolved"),
])
def test_no_owner_classes(text, owners, count, mentions, cause):
    found = [_entity(text, w, label, code=code) for w, label, code in mentions]
    assert owner_cause(_case(text, _count(text, *count), owners, found), None) == cause
    assert cause in CLASSES


def test_deixis_resolved_to_the_gold_counts_as_its_mention():
    # 全州 resolved to 阿坝州's node: the gold's mention in the clause before, though its name as written is 全州
    text = POLICE
    place = _entity(text, "阿坝州", Label.PLACE, canonical="阿坝藏族羌族自治州", code="513200")
    deixis = _entity(text, "全州", Label.PLACE, canonical="阿坝藏族羌族自治州", code="513200", extractor=MentionSource.DEIXIS)
    case = _case(text, _count(text, "案件657起", 657, "案件"), ("阿坝州",), [place, deixis])
    assert owner_cause(case, None) == "none: gold in the clause"
    assert owner_cause(case, "place:513200") is None  # the scorer takes any surface form of the owner's entity


def test_wrong_owner_classes():
    text = COMMITTEE
    short = _entity(text, "罪行委员会", Label.ORGANIZATION)
    count = _count(text, "536人", 536, "人")
    assert owner_cause(_case(text, count, ("地区扑灭罪行委员会",), [short]), "org:罪行委员会") == "wrong: another span of the gold"

    text = BEIJING
    city = _entity(text, "北京市", Label.PLACE, code="110000")
    district = _entity(text, "平谷区", Label.PLACE, code="110117")
    case = _case(text, _count(text, "5所学校", 5, "学校"), ("平谷区",), [city, district])
    assert owner_cause(case, "place:110000") == "wrong: parent or child of the gold"

    text = RESTAURANT
    hotel = _entity(text, "王府井大酒店", Label.ORGANIZATION, extractor="org_suffix")
    city = _entity(text, "北京市", Label.PLACE, code="110000")
    case = _case(text, _count(text, "300名员工", 300, "员工"), ("王府井大酒店",), [hotel, city])
    assert owner_cause(case, "place:110000") == "wrong: place for a body or person"
    case = _case(text, _count(text, "300名员工", 300, "员工"), ("北京市",), [hotel, city])
    assert owner_cause(case, "org:王府井大酒店") == "wrong: body or person for a place"


def test_parent_by_relation():
    # two bodies joined by LOCATED_IN: the owner is the gold's parent or child though no code says so
    text = "联想集团北京分公司有300名员工。"
    parent = _entity(text, "联想集团", Label.ORGANIZATION, extractor="org_suffix")
    child = _entity(text, "北京分公司", Label.ORGANIZATION, extractor="org_suffix")
    joined = Relation("org:北京分公司", "org:联想集团", RelationKind.LOCATED_IN, Evidence("d", text, 0, 9))
    case = _case(text, _count(text, "300名员工", 300, "员工"), ("北京分公司",), [parent, child], (joined,))
    assert owner_cause(case, "org:联想集团") == "wrong: parent or child of the gold"
    # a co-mention joins them too, but says nothing of a hierarchy
    comention = Relation("org:北京分公司", "org:联想集团", RelationKind.CO_MENTIONED, Evidence("d", text, 0, 9))
    case = _case(text, _count(text, "300名员工", 300, "员工"), ("北京分公司",), [parent, child], (comention,))
    assert owner_cause(case, "org:联想集团") == "wrong: another of the same kind in the sentence"


def test_holderless_sentences():
    text = LEGCO
    body = _entity(text, "立法会", Label.ORGANIZATION)
    assert holderless(_case(text, _count(text, "18个事务委员会", 18, "委员会"), None, [body]))
    assert not holderless(_case(PINGGU, _count(PINGGU, "5所学校", 5, "学校"), None,
                                [_entity(PINGGU, "平谷区", Label.PLACE, code="110117")]))


def test_document_causes_and_table_print_counts_only():
    text = LEGCO
    body = _entity(text, "立法会", Label.ORGANIZATION)
    count = _count(text, "18个事务委员会", 18, "委员会")
    missed = GoldCount(0, 2, 7.0, ("次",), ("立法会",))  # no prediction overlaps it
    doc = GoldDocument("d", "simplified", "check", text, (missed, GoldCount(count.start, count.end, 18.0, ("委员会",), ("立法会",))))
    assert match_counts(doc.counts, [count]) == [None, 0]
    causes = document_causes(doc, [body, count], [])
    assert [c for c, _, _ in causes] == ["count not matched", "holderless", "owned", "none: gold in an earlier paragraph"]
    table = "\n".join(cause_table({"simplified": causes}))
    assert "| none: gold in an earlier paragraph | 1 (1) |" in table and "| **owner errors** | 1 |" in table
    assert "| **owners right / owned (the scorer's figure)** | 0/1 |" in table  # the unmatched count is no owner's error
    assert "| holderless · holderless sentence: gold an owner, read none | 1 |" in table
    assert "立法会" not in table and "委员会选出" not in table  # classes and counts, never the text


# The owner reader's link the cause table found on both halves (the gold's name read, another entity linked): a
# longer organisation name the document writes again is its own name, not a shorter one with a word glued on.
@pytest.mark.parametrize(("text", "counted", "owner"), [
    # 兴业全球 written again opening 兴业全球系基金: the company, not 兴业 (the same name cut)
    ("兴业全球旗下有三只基金进入前十。兴业全球系基金占据前十中的三席。兴业表示将继续努力。", "基金", "兴业全球"),
    # written once: still the shorter name the document names on its own (广发基金中标 of a headline)
    ("兴业全球旗下有三只基金进入前十。兴业表示将继续努力。", "基金", "兴业"),
    ("广发基金中标两公司企业年金。记者近日从广发基金了解到,该公司业务进展很快。", "公司", "广发基金"),
    # a model's letters stay cut though written twice (富士A of 富士A175 is 富士)
    ("富士的A系列相机很受欢迎。富士A175拥有6种场景模式。富士A175仅售1999元。", "模式", "富士"),
])
def test_longer_name_written_again_is_its_own(pipeline, text, counted, owner):
    from test_count_owners import owner_of

    assert owner_of(pipeline, text, counted) == owner
