"""Session 23 (perf24): the indexes and precompiled patterns that replace per-mention scans give what the scans gave.

Each helper is checked against the loop or scan it replaced, written out here: a facility's kind and its cue
(count_facilities), the first mention ending at an offset (RelationContext.first_ending_at), a company's short form
before a role (roles), a longer organisation's name ending with a shorter one (counts' suffix forms), an organisation
tiled by coded places (combine). Timing is measured by ``bench/long_text.py`` and ``bench/throughput.py``, not here.
"""

from __future__ import annotations

import random

import pytest

from zhkg.extract.kind_by_neighbours import _covered, _tiled_by
from zhkg.records import Document, Label, Mention
from zhkg.relate import count_facilities as cf
from zhkg.relate.base import RelationContext
from zhkg.relate.count_forms import _Reach, _suffix_forms
from zhkg.relate.roles_title_body import _SHORT_FORM_HEADS, _short_form_ending_at
from zhkg.stages.entity_groups import entity_id


def _facility_span_by_loop(text: str, pos: int, qualified: bool = False) -> int:
    ordinal = cf._ORDINAL.match(text, pos) if qualified else None
    lo = ordinal.end() if ordinal else pos
    hi = cf._MODIFIER.match(text, lo).end()
    for at in range(lo, min(hi, lo + 4) + 1):
        for kind in cf._KINDS_LONGEST:
            if text.startswith(kind, at) and cf._SUBJECT_CUE.match(text, at + len(kind)):
                return at + len(kind)
    return -1


def _cut_by_facility_by_loop(text: str, start: int, end: int) -> bool:
    if text[start:end].endswith(cf._KINDS_LONGEST):
        return False
    for kind in cf._KINDS_LONGEST:
        for j in range(1, len(kind)):
            if end - j >= start and text.startswith(kind, end - j) and cf._SUBJECT_CUE.match(text, end - j + len(kind)):
                return True
    return False


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    letters = sorted(set("".join(cf.FACILITY_KINDS)) | set("里内中的共有现已第一二3北京市区新街\n ，。该院家"))
    pieces = list(cf.FACILITY_KINDS) + letters
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(n)]


@pytest.mark.parametrize("text", ["工业园区内", "苏州工业园区内有", "托老院里有21位老人", "新街市内只有", "新街市场",
                                  "第一养老院共有床位", "养老院建设规划", "大工业区", "高尔夫球中心的设施"])
def test_facility_readers_on_written_cases_are_the_loops_answers(text):
    for pos in range(len(text) + 1):
        for qualified in (False, True):
            assert cf.facility_span(text, pos, qualified=qualified) == _facility_span_by_loop(text, pos, qualified)
        for end in range(pos, len(text) + 1):
            assert cf.cut_by_facility(text, pos, end) == _cut_by_facility_by_loop(text, pos, end)


def test_facility_readers_on_random_texts_are_the_loops_answers():
    for text in _random_texts(3000, 24):
        for pos in range(len(text) + 1):
            assert cf.facility_span(text, pos) == _facility_span_by_loop(text, pos), (text, pos)
            assert cf.facility_span(text, pos, qualified=True) == _facility_span_by_loop(text, pos, True), (text, pos)
            for end in range(pos, len(text) + 1):
                assert cf.cut_by_facility(text, pos, end) == _cut_by_facility_by_loop(text, pos, end), (text, pos, end)


def _m(start: int, end: int, label: Label = Label.ORGANIZATION, text: str = "", extractor: str = "crf") -> Mention:
    text = text or "x" * (end - start)
    return Mention("d", start, end, text, text, label, extractor)


def test_first_ending_at_is_the_scans_answer_as_mentions_are_derived():
    text = "王小明和小明说，花旗集团董事长"
    mentions = [_m(0, 3, Label.PERSON), _m(1, 3, Label.PERSON), _m(4, 6, Label.PERSON), _m(8, 12, Label.ORGANIZATION)]
    ctx = RelationContext(Document("d", text), mentions, {m: entity_id(m) for m in mentions})

    def scan(label, end):
        return next((m for m in ctx.mentions + ctx.derived if m.label is label and m.end == end), None)

    def agree():
        for label in (Label.PERSON, Label.ORGANIZATION, Label.PLACE):
            for end in range(len(text) + 2):
                assert ctx.first_ending_at(label, end) is scan(label, end)

    agree()
    ctx.derive_mention(12, 15, Label.PERSON)
    ctx.derive_mention(9, 12, Label.ORGANIZATION)
    agree()
    ctx.mentions = sorted(ctx.mentions + ctx.derived, key=lambda m: (m.start, -m.end))  # a new list: worked out again
    agree()


def _short_form_by_scan(ctx: RelationContext, p: int) -> tuple | None:
    simplified = ctx.simplified
    for org in ctx.of(Label.ORGANIZATION):
        name = org.name
        head = next((h for h in _SHORT_FORM_HEADS if name.endswith(h)), "")
        short = name[: len(name) - len(head)]
        start = p - len(short)
        if not head or len(short) < 2 or start < 0 or not simplified.startswith(short, start) or org.start == start:
            continue
        if (start > 0 and simplified[start - 1].isalnum()) or any(m.start < p and start < m.end for m in ctx.mentions):
            continue
        return (start, p, name)
    return None


SHORT_FORM_TEXTS = [
    # (text, organisations' spans)
    ("花旗集团宣布。花旗首席执行官潘迪特表示", [(0, 4)]),
    ("万科企业股份有限公司和万科集团。万科企业董事长王石，万科总裁郁亮", [(0, 10), (11, 15)]),
    ("花旗银行与花旗集团，花旗董事长", [(0, 4), (5, 9)]),
    ("A花旗集团，A花旗董事长", [(1, 5)]),
    ("中国银行。中国控股。中国", [(0, 4), (5, 9)]),
]


@pytest.mark.parametrize("text,spans", SHORT_FORM_TEXTS)
def test_short_form_ending_at_is_the_scans_answer(text, spans):
    for p in range(len(text) + 1):
        mentions = [_m(s, e, text=text[s:e]) for s, e in spans]
        ctx = RelationContext(Document("d", text), mentions, {m: entity_id(m) for m in mentions})
        expected = _short_form_by_scan(ctx, p)
        found = _short_form_ending_at(ctx, p)
        assert (None if found is None else (found.start, found.end, found.name)) == expected, p


def test_short_form_ending_at_finds_the_company_before_its_role():
    text = "花旗集团宣布。花旗首席执行官潘迪特表示"
    org = _m(0, 4, text="花旗集团")
    ctx = RelationContext(Document("d", text), [org], {org: entity_id(org)})
    found = _short_form_ending_at(ctx, 9)
    assert (found.start, found.end, found.name) == (7, 9, "花旗集团")


def _suffix_forms_by_scan(spots):
    place_starts = {s[0] for s in spots if s[2].label is Label.PLACE}
    names = {s[2].name for s in spots if s[2].label is Label.ORGANIZATION}
    orgs = sorted((s for s in spots if s[2].label is Label.ORGANIZATION and (
        s[0] in place_starts or any(s[2].name.startswith(n) and len(n) < len(s[2].name) for n in names))),
        key=lambda s: s[1])
    out = []
    for start, end, holder in spots:
        if holder.label is Label.ORGANIZATION and len(holder.name) >= 3:
            longer = [s for s in orgs if s[1] <= start and len(s[2].name) > len(holder.name)
                      and s[2].name.endswith(holder.name)]
            if longer:
                holder = longer[-1][2]
        out.append((start, end, holder))
    return out


def test_suffix_forms_are_the_scans_answer():
    text = "沙田区议会开会。东区区议会开会。区议会共有41名议员，沙田区议会和区议会"
    spans = [(0, 2, Label.PLACE), (0, 5, Label.ORGANIZATION), (8, 10, Label.PLACE), (8, 13, Label.ORGANIZATION),
             (16, 19, Label.ORGANIZATION), (27, 29, Label.PLACE), (27, 32, Label.ORGANIZATION), (33, 36, Label.ORGANIZATION)]
    spots = [(s, e, _m(s, e, label, text[s:e])) for s, e, label in spans]
    assert _suffix_forms(spots) == _suffix_forms_by_scan(spots)
    assert _suffix_forms(spots)[4][2].name == "东区区议会"  # the nearest longer name before it


def test_tiled_by_is_covered_less_its_own_span():
    rng = random.Random(23)
    for _ in range(3000):
        spans = {(s, s + rng.randint(1, 4)) for s in (rng.randint(0, 12) for _ in range(rng.randint(0, 8)))}
        start = rng.randint(0, 10)
        m = _m(start, start + rng.randint(1, 6))
        assert _tiled_by(m, sorted(spans)) == _covered(m.start, m.end, spans - {(m.start, m.end)}), (spans, m)


def test_reach_is_the_scans_answer():
    rng = random.Random(22)
    for _ in range(2000):
        spans = sorted(((s, s + rng.randint(0, 5)) for s in (rng.randint(0, 15) for _ in range(rng.randint(0, 8)))),
                       key=lambda sp: (sp[0], -sp[1]))
        reach = _Reach(spans)
        for start in range(0, 18):
            for end in range(start, start + 6):
                assert reach.overlaps(start, end) == any(s < end and start < e for s, e in spans)
                assert reach.holds(start, end) == any(s <= start and end <= e and e - s > end - start for s, e in spans)


def test_context_starts_are_its_people_starts_in_order():
    mentions = [_m(6, 8, Label.PERSON), _m(0, 2, Label.PLACE), _m(3, 5, Label.PERSON), _m(3, 4, Label.PERSON)]
    ctx = RelationContext(Document("d", "北京的王明和李雷"), mentions, {})
    assert ctx.starts(Label.PERSON) == [m.start for m in ctx.mentions if m.label is Label.PERSON] == [3, 3, 6]
    ctx.mentions = ctx.mentions[1:]  # a new list: worked out again
    assert ctx.starts(Label.PLACE) == [] and ctx.starts(Label.PERSON) == [3, 3, 6]
