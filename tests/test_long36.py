"""Session 29 (long36): the scans long34 left, and a few more, each read a whole document (or sentence) at each hit.

* ``relate/counts._Topics``: a count's sentence topic, read once per sentence (was: from the sentence's opening to
  the count's clause at each count);
* ``extract/counts._parallel``: the last earlier count of a classifier, looked up (was: every earlier count);
* ``relate/membership._team_short_form``: teams by their short names (was: every organisation and every mention at
  each member word);
* ``extract/counts._Boundaries.heading_before`` and ``extract/known_organisations._sentence_around``: the last section
  mark and the last sentence break before a spot, by bisection (was: a search from the text's start);
* ``relate/roles._relative_clause_before``: breaks searched for only as far back as the longest clause;
* ``extract/players._band_members``: band names by their end.

Each is checked against the plain scan it replaced (kept here as the reference) on many small inputs; the last test
runs a 100,000-letter document with no sentence break through the whole pipeline (no timing).
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhkg.extract import count_neighbours as C
from zhkg.extract import counts as extract_counts_module
from zhkg.extract.count_clauses import _HEADING, _SENTENCE_BREAK, _Boundaries, _boundaries
from zhkg.extract.count_neighbours import _listed, _predicate
from zhkg.extract.count_phrase import _EVENT_CLASSIFIERS
from zhkg.extract.counts import extract_counts
from zhkg.extract.known_organisations import _SENTENCE_END, _sentence_around
from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.count_owner_words import _PART_OF_BEFORE, _PART_OF_BEFORE_LONGEST
from zhkg.relate.count_subject import _PARENTHESIS, _TOPIC_REST, _Topics
from zhkg.relate.members_teams import _listed_after, _team_short_form
from zhkg.relate.roles_context import _MAX_RELATIVE_CLAUSE, _POSSESSORS, _relative_clause_before
from zhkg.relate.roles_words import _word_tag_at
from zhkg.text import CLAUSE_BREAKS

_REAL_FILL = extract_counts_module._fill

# ---------------------------------------------------------------- read_counts' topic


def _topic_scan(text, spots, opens_clause, sentence_start, clause_start):
    """The scan ``_Topics`` replaced (read_counts' ``topic`` before session 29)."""
    ends = [s[1] for s in spots]
    shortest = min((s[1] - s[0] for s in spots), default=0)
    found = None
    first = bisect_left(ends, sentence_start + shortest) if clause_start >= sentence_start else 0
    for spot in spots[first:]:
        if spot[0] >= clause_start:
            break
        if spot[0] == sentence_start or (spot[0] > sentence_start and opens_clause(spot[0], sentence_start)):
            rest = _PARENTHESIS.sub("", text[spot[1] : spot[1] + 50], count=1)
            if _TOPIC_REST.match(rest):
                if spot[0] == sentence_start:
                    return spot
                found = spot
    return found


_TOPIC_LETTERS = "是有位于为还（）甲乙，"


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_topics_are_the_scan_they_replaced(data):
    text = data.draw(st.text(alphabet=_TOPIC_LETTERS, min_size=1, max_size=30))
    n = len(text)
    raw = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 6)), max_size=12))
    spots = sorted({(s, min(n, s + k)) for s, k in raw}, key=lambda s: (s[1], -s[0]))
    spots = [(s, e, f"h{i}") for i, (s, e) in enumerate(spots)]
    opening = data.draw(st.sets(st.integers(0, n)))  # where a clause opens, whatever the sentence

    def opens_clause(pos: int, sentence_start: int) -> bool:
        return pos == sentence_start or pos in opening

    topics = _Topics(text, spots, opens_clause)
    # the same reader asked in any order (it keeps what it read of each sentence)
    asked = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n + 2)), min_size=1, max_size=25))
    for sentence_start, clause_start in asked:
        assert topics(sentence_start, clause_start) == _topic_scan(
            text, spots, opens_clause, sentence_start, clause_start), (text, spots, sentence_start, clause_start)


def test_a_topic_read_for_a_later_clause_is_not_one_of_an_earlier():
    """A spot opening the sentence but ending past a nearer clause's start (甲乙丙丁戊己 here) is read when a later
    clause asks; an earlier clause, asked afterwards, stops before it, as the scan did."""
    text = "甲乙丙丁戊己是有，"
    spots = [(2, 3, "b"), (0, 6, "a")]
    topics = _Topics(text, spots, lambda pos, start: pos == start)
    assert topics(0, 9) == (0, 6, "a") == _topic_scan(text, spots, lambda pos, start: pos == start, 0, 9)
    assert topics(0, 2) is None is _topic_scan(text, spots, lambda pos, start: pos == start, 0, 2)


# ---------------------------------------------------------------- extract/count_neighbours._parallel


def _parallel_scan(readings, text, b, words):
    """The pass ``_parallel`` replaced: every earlier count compared with each."""

    def same_sentence(a, c):
        first, second = (a, c) if a.start < c.start else (c, a)
        return not _SENTENCE_BREAK.search(text, first.end, second.start)

    out = list(readings)
    for i, r in enumerate(readings):
        if r.full is None or r.cls_start < 0 or r.full[0] != r.cls_start + len(r.classifier):
            continue
        if (r.classifier not in _EVENT_CLASSIFIERS and _predicate(words, r.full, b)
                and any(o.classifier == r.classifier and o.full is not None and same_sentence(o, r) for o in out[:i])):
            out[i] = replace(r, end=r.cls_start + len(r.classifier), full=None, head_start=-1, noun_before=None)
            continue
        if text[r.full[1] : r.full[1] + 1] not in CLAUSE_BREAKS or any(
                s in b.starts for s in range(r.full[0] + 1, r.full[1])):
            continue
        if not any(o.classifier == r.classifier and o.full is not None and same_sentence(o, r) for o in out[:i]):
            continue
        neighbours = [readings[j] for j in (i - 1, i + 1) if 0 <= j < len(readings)]
        if any(o.lone_verb and o.classifier == r.classifier and _listed(text, o, r) for o in neighbours):
            out[i] = replace(r, end=r.cls_start + len(r.classifier), full=None, head_start=-1, noun_before=None)
    return out


# pieces of made-up market news: lists of counts with one classifier, predicates after them, breaks between
_PIECES = ["24只上涨", "6只持平", "2只下跌", "328只股基", "其中两只出现亏损", "5只股票", "3只上涨", "3家公司",
           "两家出现亏损", "12个项目", "4个亏损", "有", "，", "，", "。", "；", "开盘交易的32只封闭式基金", "另外"]


def _counts_with(monkeypatch, nlp, text, parallel, fill=None):
    monkeypatch.setattr(extract_counts_module, "_parallel", parallel)
    monkeypatch.setattr(extract_counts_module, "_fill", fill or _REAL_FILL)
    return [(m.start, m.end, m.text, m.quantity.counted if m.quantity else None) for m in extract_counts(nlp(text))]


def test_parallel_is_the_pass_it_replaced(monkeypatch, nlp):
    rng = random.Random(36)
    new = extract_counts_module._parallel
    changed = 0
    for _ in range(60):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(3, 14)))
        expected = _counts_with(monkeypatch, nlp, text, _parallel_scan)
        assert _counts_with(monkeypatch, nlp, text, new) == expected, text
        changed += expected != _counts_with(monkeypatch, nlp, text, lambda readings, *_: list(readings))
    assert changed >= 5  # the inputs reach what the pass does, not only its way out


# ---------------------------------------------------------------- extract/count_neighbours._fill


def _fill_scan(readings, doc, b, glossary, divisions=frozenset()):
    """The pass ``_fill`` replaced (before session 29): every count kept gathered at each (``divisions``, added by
    counts201, names no division in these pieces: 上海 and 北京 never stand right before a number)."""
    text = C.doc_text(doc)
    breaks = C._sentence_breaks(text)

    def sentence(pos: int) -> int:
        return bisect_right(breaks, pos)

    out = []
    for i, r in enumerate(readings):
        if r.full is None:
            same = [o for o in out if o.classifier == r.classifier and o.full is not None]
            before = [o for o in same if sentence(o.start) == sentence(r.start)]
            later = [o for o in readings[i + 1 :] if o.classifier == r.classifier and o.full is not None
                     and sentence(o.start) == sentence(r.start)]
            near = [o for o in same if r.start - o.end <= C._INHERIT_WINDOW]
            source = (before or [None])[-1] or (later or [None])[0]
            if source is None and (r.noun_before is None or text[r.noun_before[0] : r.noun_before[1]].endswith(C._WHERE_NOUNS)):
                source = (near or [None])[-1]  # 生产基地7个: the noun before it beats a count of another sentence
            if source is not None and C._object_noun_before(doc, r, b):
                source = None  # 复制品50余件，…等展品200件; 共立课题6000多项，其中12项技术政策: the noun it closes
            if source is not None and r.noun_before is not None and source.head_start >= 0 \
                    and r.noun_before[0] >= source.end:  # (not the neighbour's own noun: 32只封闭式基金24只上涨)
                own_head = C._head(text, r.noun_before[0], r.noun_before[1], b, glossary)
                if text[source.head_start : source.full[1]].endswith(text[own_head : r.noun_before[1]]):
                    source = None  # 在校学生有28000名,其中国际学生5000余名: a kind of the same thing, named before it
            if (source is not None and r.noun_before is not None and r.noun_before[0] >= source.end
                    and text[r.noun_before[0] - 1 : r.noun_before[0]] in C._ITEM_BREAKS):
                source = None  # 硕士点30个，博士点12个: a noun opening its clause is its own count's thing, a new item
            among = C._set_before(doc, r.start, b) if source is None and r.noun_before is None else None
            if among is None and source is None and r.noun_before is None:
                among = C._set_pointed(doc, r.start, b, breaks)  # 其中三只: of the funds named before
            if among is not None:  # 舰队中只有15艘: 15 of the fleet('s ships); the span stays the count's
                r = replace(r, full=among, head_start=C._head(text, among[0], among[1], b, glossary))
            elif source is None and r.noun_before is not None:  # 限价商品住房2.5万套
                start, end = r.noun_before
                r = replace(r, start=start, full=r.noun_before, head_start=C._head(text, start, end, b, glossary))
            else:
                if source is not None:
                    r = replace(r, full=source.full, head_start=source.head_start)
                elif (r.classifier in C._PEOPLE_CLASSIFIERS and C._ends_clause(text, r.end)) or (
                        r.classifier in C._SELF_AFTER_VERB and C._after_verb_or_listed(doc, r, b)) or (
                        text[r.start - 1 : r.start] in C._POINTERS and r.noun_before is None
                        and r.classifier != C._GENERIC_CLASSIFIER and C._predicate_after(doc, r.end, b)) or (
                        r.classifier in C._SELF_CLASSIFIERS and (C._ends_clause(text, r.end) or text.startswith("、", r.end) or (
                            text.startswith("的", r.end) and not text.startswith(tuple(C._NOT_COUNTED), r.end + 1)))):
                    # 只有你们5位, ; 成交量直降4000套, ; 十几场、二十几场; 这两项是…, 有了这四点: the classifier is the thing
                    cls_span = (r.cls_start, r.cls_start + len(r.classifier))
                    r = replace(r, full=cls_span, head_start=r.cls_start)
                else:
                    continue
        out.append(r)
    return out


# pieces of made-up reports: classifiers standing alone after a count of theirs with a thing, in one sentence or
# the next, far or near, with nouns before them, 其中 and 这 pointing back
_FILL_PIECES = ["上海报告新增病例12例", "北京报告9例", "其中三例", "全国共有28000名学生", "国际学生5000余名", "硕士点30个",
                "博士点12个", "生产基地7个", "3家公司", "两家", "限价商品住房2.5万套", "，", "，", "。", "；", "另有"]


def test_fill_is_the_pass_it_replaced(monkeypatch, nlp):
    rng = random.Random(29)
    new = extract_counts_module._fill
    changed = 0
    for _ in range(60):
        text = "".join(rng.choice(_FILL_PIECES) for _ in range(rng.randint(3, 14)))
        expected = _counts_with(monkeypatch, nlp, text, _parallel_scan, fill=_fill_scan)
        assert _counts_with(monkeypatch, nlp, text, _parallel_scan, fill=new) == expected, text
        changed += expected != _counts_with(monkeypatch, nlp, text, _parallel_scan,
                                            fill=lambda readings, *_: [r for r in readings if r.full is not None])
    assert changed >= 5


def test_a_part_follows_a_whole_a_few_letters_before_it():
    """read_counts looks the whole a part follows up among the counts ending as far back as _PART_OF_BEFORE
    reaches: no string it matches is longer."""
    import itertools

    letters = "之当中共就约仅只有"
    matched = [len(w) for n in range(1, 7) for w in map("".join, itertools.product(letters, repeat=n))
               if _PART_OF_BEFORE.fullmatch(w)]
    assert max(matched) == _PART_OF_BEFORE_LONGEST


def test_any_between_is_the_scan_it_replaced():
    rng = random.Random(5)
    for _ in range(200):
        text = "甲" * 20
        mentions = [Mention("d", s, s + rng.randint(0, 6), "", "", Label.PERSON, "x")
                    for s in (rng.randint(0, 18) for _ in range(rng.randint(0, 6)))]
        ctx = RelationContext(Document("d", text), mentions, {})
        for lo in range(22):
            for hi in range(22):
                assert ctx.any_between(lo, hi) == any(m.start < hi and m.end > lo for m in ctx.mentions)


# ---------------------------------------------------------------- membership._team_short_form


def _team_short_form_scan(ctx, p):
    """The scan ``_team_short_form`` replaced: every organisation, then every mention."""
    simplified = ctx.simplified
    for org in ctx.of(Label.ORGANIZATION):
        name = org.name
        short = name[:-1] if name.endswith("队") else ""
        start = p - len(short)
        if len(short) < 2 or start < 0 or not simplified.startswith(short, start) or org.start == start:
            continue
        if any(m.start < p and start < m.end and m.label is not Label.PLACE for m in ctx.mentions):
            continue
        return ctx.derive_organisation(start, p, canonical=name)
    return None


_TEAM_PIECES = ["湖人队", "湖人", "火箭队", "火箭", "湖人火箭队", "勇士队", "勇士", "中锋", "北京", "的", "，"]


def test_team_short_form_is_the_scan_it_replaced():
    rng = random.Random(29)
    found = 0
    for _ in range(150):
        text = "".join(rng.choice(_TEAM_PIECES) for _ in range(rng.randint(2, 12)))
        mentions = []
        for name in ("湖人队", "火箭队", "勇士队", "湖人火箭队"):
            at = text.find(name)
            while at >= 0:
                if rng.random() < 0.8:
                    mentions.append(Mention("d", at, at + len(name), name, name, Label.ORGANIZATION, "x"))
                at = text.find(name, at + 1)
        for _ in range(rng.randint(0, 3)):  # other names, some over a short form
            s = rng.randrange(len(text))
            e = min(len(text), s + rng.randint(1, 3))
            label = rng.choice([Label.PERSON, Label.PLACE, Label.ORGANIZATION])
            mentions.append(Mention("d", s, e, text[s:e], text[s:e], label, "y"))
        for p in range(len(text) + 2):
            ctx = RelationContext(Document("d", text), list(mentions), {})
            old = _team_short_form_scan(ctx, p)
            ctx = RelationContext(Document("d", text), list(mentions), {})
            new = _team_short_form(ctx, p)
            assert (new and (new.start, new.end, new.name)) == (old and (old.start, old.end, old.name)), (text, p)
            found += old is not None
    assert found >= 20


def _listed_after_scan(ctx, person, pair=False):
    starts = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    listed, at = [], person.end
    while at < len(ctx.simplified):
        sep = ctx.simplified[at]
        nxt = starts.get(at + 1)
        if nxt is None or not (sep == "、" or (sep in "和及与" and (listed or pair))):
            break
        listed.append(nxt)
        at = nxt.end
    return listed


def test_listed_after_is_the_scan_it_replaced():
    """membership._listed_after indexes the people by start once per mentions list; the list it reads is the same
    (whole function compared: what it does after the list is unchanged)."""
    rng = random.Random(12)
    for _ in range(150):
        text = "".join(rng.choice(["王明", "李华", "、", "和", "与", "说", "，"]) for _ in range(rng.randint(2, 12)))
        mentions = [Mention("d", s, min(len(text), s + rng.randint(1, 3)), "", "", rng.choice([Label.PERSON, Label.PLACE]), "x")
                    for s in (rng.randrange(len(text)) for _ in range(rng.randint(1, 8)))]
        ctx = RelationContext(Document("d", text), mentions, {})
        for person in ctx.mentions:
            for pair in (False, True):
                assert _listed_after(ctx, person, pair) == _listed_after_scan(ctx, person, pair), (text, person)
        ctx.mentions = sorted(ctx.mentions[1:], key=lambda m: (m.start, -m.end))  # a new list: worked out again
        for person in ctx.mentions:
            assert _listed_after(ctx, person, True) == _listed_after_scan(ctx, person, True)


# ---------------------------------------------------------------- a headline's opening, a sentence's start


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="■□● \u3000甲乙三，", max_size=25))
def test_heading_before_is_the_search_it_replaced(text):
    found = [h.span() for h in _HEADING.finditer(text)]
    b = _Boundaries(frozenset(), frozenset(), (), (
        tuple(h[0] for h in found), tuple(h[1] for h in found)))
    for pos in range(len(text) + 1):
        assert b.heading_before(pos) == max((h.end() for h in _HEADING.finditer(text, 0, pos)), default=0), (text, pos)


def test_boundaries_hold_the_headings(nlp):
    text = "■ 新闻分析上合峰会三任务在肩。● 三基金"
    b = _boundaries(nlp(text))
    assert [b.heading_before(p) for p in range(len(text) + 1)] == [
        max((h.end() for h in _HEADING.finditer(text, 0, p)), default=0) for p in range(len(text) + 1)]
    assert b.heading_before(len(text)) == text.index("●") + 2


def _sentence_around_scan(text, s, e):
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, s)), default=0)
    end = _SENTENCE_END.search(text, e)
    return start, text[start:s] + "\0" + text[e:end.start() if end else len(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="。！?；\n甲乙丙", max_size=20))
def test_sentence_around_is_the_search_it_replaced(text):
    openings = [m.end() for m in _SENTENCE_END.finditer(text)]
    for s in range(len(text) + 1):
        for e in range(s, min(len(text), s + 3) + 1):
            assert _sentence_around(text, s, e, openings) == _sentence_around_scan(text, s, e)


# ---------------------------------------------------------------- roles._relative_clause_before


def _relative_clause_scan(ctx, at):
    simplified = ctx.simplified
    if at < 2 or simplified[at - 1] != "的":
        return None
    start = max(simplified.rfind(ch, 0, at - 1) for ch in CLAUSE_BREAKS + "、") + 1
    span = simplified[start : at - 1]
    if not span or len(span) > _MAX_RELATIVE_CLAUSE or not span.isalnum() or span[0] in _POSSESSORS \
            or any(m.start < at - 1 and m.end > start for m in ctx.mentions):
        return None
    return start if any(_word_tag_at(span, i).startswith("v") for i in range(len(span))) else None


def test_relative_clause_before_is_the_search_it_replaced():
    rng = random.Random(8)
    pieces = ["分管", "执法", "提案", "的", "，", "。", "、", "工作", "负责", "全面", "市"]
    found = 0
    for _ in range(120):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(2, 16)))
        ctx = RelationContext(Document("d", text), [], {})
        for at in range(len(text) + 1):
            expected = _relative_clause_scan(ctx, at)
            assert _relative_clause_before(ctx, at) == expected, (text, at)
            found += expected is not None
    assert found >= 10


# ---------------------------------------------------------------- a long document with no sentence break


@pytest.mark.slow
def test_a_long_document_with_no_sentence_break_finishes():
    """100,000 letters of made-up news with every sentence break taken out: one sentence, read to the end."""
    from zhkg.run.pipeline import Pipeline

    unit = ("据新华社电，浙江省副省长王海峰在杭州主持会议，杭州海创智能装备股份有限公司董事长刘志明表示，公司去年新建3条"
            "生产线，湖人队中锋保罗-加索尔说，湖人中锋保罗-加索尔和火箭队的姚明出席，24只上涨，6只持平，2只下跌，其中两只"
            "出现亏损，海创公司是一家老牌企业，目前拥有员工2400人，■ 三基金，分管执法的赵建国副局长介绍，")
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert not _SENTENCE_BREAK.search(text)
    result = Pipeline().run_texts([("long", text)])
    assert len(result.extraction.mentions) > 1000
    assert any(m.text == "湖人" for m in result.extraction.mentions)  # the team's short form, derived
