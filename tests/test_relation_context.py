"""RelationContext's look-ups answer as a scan over the mentions would."""

import pytest

from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext

TEXT = "北京市政府说，平谷区有5人，北京银行和5家公司在北京。"


def _m(start: int, end: int, label: Label) -> Mention:
    return Mention("d", start, end, TEXT[start:end], TEXT[start:end], label, "x")


MENTIONS = [_m(0, 3, Label.PLACE), _m(0, 5, Label.ORGANIZATION), _m(7, 10, Label.PLACE), _m(11, 13, Label.COUNT),
            _m(14, 18, Label.ORGANIZATION), _m(19, 22, Label.COUNT), _m(23, 25, Label.PLACE), _m(0, 2, Label.PERSON)]


def _slow(mentions, labels, but):
    return {i for m in mentions if (labels is None or m.label in labels) and m.label not in but
            for i in range(m.start, m.end)}


@pytest.mark.parametrize("labels, but", [
    (None, ()), (None, (Label.COUNT,)), ((Label.PLACE, Label.ORGANIZATION), ()), ((Label.ORGANIZATION,), ()),
    ((Label.COUNT,), ()), ((Label.PLACE,), (Label.PLACE,)), ((), ()),
])
def test_covered_is_the_offsets_inside_the_mentions(labels, but):
    ctx = RelationContext(Document("d", TEXT), MENTIONS, {})
    assert ctx.covered(labels, but=but) == _slow(MENTIONS, labels, but)
    assert ctx.covered(labels, but=but) is ctx.covered(labels, but=but)  # worked out once


def test_covered_follows_the_mentions_when_a_reader_adds_some():
    ctx = RelationContext(Document("d", TEXT), MENTIONS[:2], {})
    assert ctx.covered() == _slow(MENTIONS[:2], None, ())
    ctx.mentions = sorted(MENTIONS, key=lambda m: (m.start, -m.end))  # what relate_document does after a reader
    assert ctx.covered() == _slow(MENTIONS, None, ())
    assert ctx.covered(but=(Label.COUNT,)) == _slow(MENTIONS, None, (Label.COUNT,))


@pytest.mark.parametrize("text, name, expected", [
    ("皮克斯只是个作坊。后来皮克斯公司被收购。", "皮克斯", True),
    ("卡西欧Z280做工精致。卡西欧发布了相机。", "卡西欧", True),
    ("王明基金会成立。", "王明", False),  # 基金会 is no fund
    ("王明基金成立。", "王明", False),  # opens with a surname: a fund named after its manager
    ("广发基金成立。", "广发", True),
    ("尼克斯队赢了。尼克斯", "尼克斯", True),
    ("他说尼克斯", "尼克斯", False),
    ("尼克斯", "尼克斯斯", False),
])
def test_followed_by_body_answers_as_the_scan(text, name, expected):
    from zhkg.extract.worded_bodies import _BODY_AFTER, _FUND_AFTER, _find_all, _followed_by_body
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    slow = any(_BODY_AFTER.match(text, i + len(name))
               or (name[0] not in lexicon.surnames and _FUND_AFTER.match(text, i + len(name)))
               for i in _find_all(text, name))
    seen: dict[str, bool] = {}
    assert _followed_by_body(name, text, lexicon, seen) == slow == expected
    assert seen == {name: expected}
    assert _followed_by_body(name, text, lexicon, seen) == expected


@pytest.mark.parametrize("text", [
    "", "常乐镇上游村的村民", "湖人(55-27)对雷霆(40-42)", "润泽·悦溪项目开盘", "中影南方官方微博发布", "两岸经贸文化论坛举行。两岸经贸文化论坛",
    "华夏、广发、工银瑞信、银华等公司", "俄罗斯安全会议秘书", "五合国际(五合国际博客)的总经理", "没有什么", "论坛", "官网",
])
def test_guarded_scans_find_what_the_patterns_find(text):
    from zhkg.extract import worded_bodies
    from zhkg.relate import count_derived

    for pattern, needed in [(count_derived._TEAM_RECORD, "-"), (count_derived._VILLAGE, "村"), (count_derived._OFFICIAL, "官"),
                            (count_derived._PROJECT, "·"), (count_derived._EVENT_NAME, count_derived._EVENT_WORD)]:
        assert [m.span() for m in count_derived._matches(pattern, text, needed)] == [m.span() for m in pattern.finditer(text)]
    # every match holds what its guard looks for
    for pattern, needed in [(worded_bodies._BODY_LIST, worded_bodies._BODY_LIST_END), (worded_bodies._MEETING_BODY, "会议"),
                            (worded_bodies._BLOG_BRACKET, "博客")]:
        for m in pattern.finditer(text):
            assert (needed in m.group()) if isinstance(needed, str) else needed.search(m.group())
