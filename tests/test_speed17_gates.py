"""One test in C before a Python loop (speed17): each fast form answers as the loop it stands in front of, in
Simplified and Traditional text, and the readers it gates still fire."""

from __future__ import annotations

import random

import pytest
from helpers import both_scripts, memberships, role_edges

from zhkg.stages.normalise import to_traditional
from zhkg.text import Span, SpanIndex, first_at, first_ending

_TEXTS = (
    "新华社北京3月5日电，王伟后来又出任北京大学校长；此前他曾经担任副校长。人均收入达3万元，人口为499万。",
    "记者获悉：公司董事长张三丰、总经理李四，以及委员会成员赵五等人出席；该市人口约1,912人！",
    "",
    "a-b",
)
# words that begin or end one another (后, 后来), repeated letters, a Latin one, and one no text holds
_WORDS = ("后来", "后", "又", "出任", "曾经", "曾", "校长", "副校长", "长", "董事长", "事长", "成员", "人口", "a-", "-b", "无此词")


def _scripts(text: str) -> list[str]:
    return [text, to_traditional(text)]


@pytest.mark.parametrize("text", [t for row in _TEXTS for t in _scripts(row)])
def test_first_at_is_the_first_word_there_in_order(text):
    for words in (_WORDS, tuple(reversed(_WORDS)), tuple(to_traditional(w) for w in _WORDS), ()):
        for at in range(-len(text) - 2, len(text) + 3):
            for end in (None, at + 1, len(text) - 1):
                assert first_at(text, words, at, end) == next(
                    (w for w in words if text.startswith(w, at, end)), ""), (words, at, end)
            assert first_at(text, words, at, default=None) == next(
                (w for w in words if text.startswith(w, at)), None)


@pytest.mark.parametrize("text", [t for row in _TEXTS for t in _scripts(row)])
def test_first_ending_is_the_first_word_ending_there_in_order(text):
    for words in (_WORDS, tuple(reversed(_WORDS)), tuple(to_traditional(w) for w in _WORDS), ()):
        for end in range(-2, len(text) + 3):
            for start in (0, end - 2, -3):
                assert first_ending(text, words, end, start) == next(
                    (w for w in words if text.endswith(w, start, end)), ""), (words, start, end)
            assert first_ending(text, words, end, default=None) == next(
                (w for w in words if text.endswith(w, 0, end)), None)


class _Naive:
    """The index as it was: every indexed span compared, the order of first meeting kept."""

    def __init__(self, spans=()):
        self.at: dict[int, list] = {}
        for m in spans:
            self.add(m)

    def add(self, m):
        for i in range(m.start, m.end):
            self.at.setdefault(i, []).append(m)

    def overlapping(self, m):
        seen: dict[int, object] = {}
        for i in range(m.start, m.end):
            for other in self.at.get(i, ()):
                seen.setdefault(id(other), other)
        return list(seen.values())


@pytest.mark.parametrize("seed", range(5))
def test_span_index_answers_and_orders_as_before(seed):
    rng = random.Random(seed)
    spans = [Span(s, s + rng.randint(0, 4)) for s in (rng.randint(0, 60) for _ in range(25))]
    spans.append(spans[0])  # the same mention twice, as readers sometimes add it
    fast, slow = SpanIndex(spans[:10]), _Naive(spans[:10])
    for m in spans[10:]:
        fast.add(m)
        slow.add(m)
    for q in [Span(s, s + w) for s in range(-2, 70) for w in (0, 1, 3, 7)]:
        assert fast.overlapping(q) == slow.overlapping(q)
        assert fast.overlaps(q) is bool(slow.overlapping(q))
    assert not SpanIndex().overlaps(Span(0, 5)) and SpanIndex().overlapping(Span(0, 5)) == []


# ---- counts: the clause a number stands in, the rate cues, the measures never counted


@pytest.mark.parametrize("text", [t for row in _TEXTS for t in _scripts(row)])
def test_clause_start_is_after_the_last_break_before(text):
    from zhkg.extract.count_clauses import _clause_start
    from zhkg.text import CLAUSE_BREAKS

    other = "甲，乙；丙。" + text  # two texts in turn: the breaks kept are each text's own
    for pos in range(-len(text) - 1, len(text) + 3):
        for t in (text, other, text):
            expected = max((t.rfind(ch, 0, pos) for ch in CLAUSE_BREAKS), default=-1) + 1
            assert _clause_start(t, pos) == expected, (t, pos)


@pytest.mark.parametrize("text", [t for row in _TEXTS for t in _scripts(row)])
def test_rate_cue_search_finds_a_cue_inside_the_window(text):
    from zhkg.extract.count_exclusions import _RATE_CUE
    from zhkg.extract.count_nouns import _RATE_CUES

    for window in range(len(text) + 1):
        for start in range(window, min(len(text), window + 14) + 1):
            expected = any(cue in text[window:start] for cue in _RATE_CUES)
            assert (_RATE_CUE.search(text, window, start) is not None) is expected


def test_measures_never_counted_as_one_tuple():
    from zhkg.extract.count_exclusions import _NOT_COUNTED_LONG
    from zhkg.extract.count_phrase import _NOT_COUNTED

    words = ["篮板球", "万元", "人民币", "平方公里", "球员", "工作人员", "小时", "时", "三分球", "交易日", "日子"]
    for word in words + [to_traditional(w) for w in words]:
        assert word.endswith(_NOT_COUNTED_LONG) is any(word.endswith(w) for w in _NOT_COUNTED if len(w) > 1)


@pytest.mark.parametrize(("text", "expected"), both_scripts([
    ("全镇人口为3万，其中农业人口2万。", [(30000.0, "人口"), (20000.0, "人口")]),  # past a connector, and without
    ("该县人口约1,912，比去年多。", [(1912.0, "人口")]),
    ("该村平均每户拥有3辆汽车。", []),  # a rate counts nothing
    ("球队场均得到12个篮板球，全队共有15名球员。", [(15.0, "球员")]),  # nor a rate, nor a measure (篮板球)
    ("该村共有300辆汽车。", [(300.0, "汽车")]),
]))
def test_counts_read_as_before(nlp, text, expected):
    from helpers import counts_in

    assert counts_in(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), both_scripts([
    ("王伟是北京大学学生会成员。", ("王伟", "北京大学学生会", "成员")),
]))
def test_member_word_after_a_person_is_read(pipeline, text, expected):
    assert expected in memberships(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), both_scripts([
    ("张明辉，男，1962年生，后来出任华远地产股份有限公司董事长。", ("张明辉", "华远地产股份有限公司", "董事长")),
]))
def test_role_after_an_adverb_is_read(pipeline, text, expected):
    assert expected in role_edges(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), both_scripts([
    ("山东队力克河北队。", ["山东队", "河北队"]),  # the one sports word is a verb of the result
    ("本赛季，山东队表现出色。", ["山东队"]),  # …or a season, at the text's start
    ("山东队表现出色。", []),  # no sports word: no team read from 队 alone
]))
def test_a_single_sports_word_opens_the_teams(text, expected):
    from zhkg.extract.teams import sports_teams
    from zhkg.stages.normalise import normalise

    simplified = normalise(text).simplified
    assert [simplified[s:e] for s, e, _ in sports_teams(simplified)] == expected
