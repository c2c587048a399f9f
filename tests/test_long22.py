"""Session 22 (long22): the indexes that keep a long document's readers local give what the scans they replace gave.

Each helper is checked against the scan it replaced, written out here, on small tables of spans: the nearest
antecedent before an offset (counts' short forms), mentions replaced by aliases (find_aliases), a place held by a
body's span (junk), and the coded-place chains (statistical). Timing is measured by ``bench/long_text.py``, not here.
"""

from __future__ import annotations

import pytest

from zhkg.extract.defined_short_forms import _replace_clashes
from zhkg.extract.junk import _Spans
from zhkg.extract.statistical import _coded_chain, _ends
from zhkg.records import Label, Mention
from zhkg.relate.base import NearestBefore


def _m(start: int, end: int, extractor: str = "crf", label: Label = Label.ORGANIZATION) -> Mention:
    return Mention("d", start, end, "x" * (end - start), "x" * (end - start), label, extractor)


def _nearest_by_scan(mentions: list[Mention], at: int) -> Mention | None:
    before = [m for m in mentions if m.end <= at]
    return max(before, key=lambda m: (m.end, -m.start)) if before else None


SPAN_TABLES = [
    [],
    [(0, 2)],
    [(0, 4), (2, 4), (6, 8)],
    [(6, 8), (0, 4), (2, 4), (3, 4), (10, 12), (9, 12)],
    [(5, 9), (0, 3), (1, 2), (4, 12), (8, 9)],
]


@pytest.mark.parametrize("spans", SPAN_TABLES)
def test_nearest_before_is_the_scans_answer(spans):
    mentions = [_m(s, e) for s, e in spans]
    near = NearestBefore(mentions)
    for at in range(-1, 15):
        assert near.at(at) is _nearest_by_scan(mentions, at)


def test_nearest_before_keeps_the_first_of_equal_spans():
    a, b = _m(0, 4, "crf"), _m(0, 4, "org_rule")  # one span, two mentions: the scan's max keeps the first
    assert NearestBefore([a, b]).at(5) is a
    assert NearestBefore([b, a]).at(5) is b


def _replace_by_list(mentions, replaced):
    out = list(mentions)
    for clashes, alias in replaced:
        out = [o for o in out if o not in clashes]
        out.append(alias)
    return out


A, B, C = _m(0, 2), _m(5, 7), _m(9, 11)
ALIAS_B, ALIAS_C = _m(5, 7, "alias"), _m(9, 11, "alias")


@pytest.mark.parametrize("mentions, replaced", [
    ([A, B, C], []),
    ([A, B, C], [([B], ALIAS_B)]),
    ([A, B, C], [([B], ALIAS_B), ([C], ALIAS_C)]),
    ([A, B, B, C], [([B], ALIAS_B)]),  # an equal mention twice: both go
    ([A, B, C], [([], ALIAS_B), ([ALIAS_B], ALIAS_C)]),  # an alias equal to a later clash goes
    ([A, B, C], [([A], ALIAS_B), ([], ALIAS_B)]),  # an alias twice stays twice
    ([A], [([], A)]),  # an alias equal to an earlier mention it does not clash with stays beside it
])
def test_replace_clashes_is_the_list_filter(mentions, replaced):
    assert _replace_clashes(mentions, replaced) == _replace_by_list(mentions, replaced)


@pytest.mark.parametrize("spans", SPAN_TABLES)
def test_spans_hold_as_the_scan(spans):
    held = _Spans(spans)
    for start in range(0, 13):
        for end in range(start + 1, 14):
            assert held.hold(start, end) == any(s <= start and end <= e for s, e in spans), (start, end)


@pytest.mark.parametrize("start, end, coded, expected", [
    (0, 4, {(0, 2), (2, 4)}, True),  # 高雄|冈山
    (0, 6, {(0, 2), (2, 4), (4, 6)}, True),
    (0, 4, {(0, 2)}, False),
    (0, 2, {(0, 2)}, False),  # one place is no chain
    (0, 5, {(0, 2), (0, 3), (3, 5)}, True),  # the longest place starting at an offset is followed
    (0, 4, {(0, 2), (0, 3), (2, 4)}, False),
])
def test_coded_chain(start, end, coded, expected):
    assert _coded_chain(start, end, _ends(coded)) is expected
