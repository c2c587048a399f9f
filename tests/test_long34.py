"""Session 28 (long34): whole extraction of one long line of news grew faster than its length, in many small places
(counts' readers asking every 《title》 about each mention, makers sorting every name at each mention, Latin names
compared pairwise, a slice of the rest of the text taken at each mention, bodies scanned for each name ending…).

Each place now looks up what it needs (bisection, an index by start or ending, the letters beside a span) and gives
the same answers. No timing: the first test counts the calls the whole pipeline makes on one line as the line
doubles; the others check each look-up against the plain scan it replaced, and count the words one reader touches.
"""

from __future__ import annotations

import ast
import cProfile
import pstats
import random
from functools import cache
from pathlib import Path

import pytest

from zhkg.extract.known_organisations import longer_holder
from zhkg.extract.latin_people import _JOINERS, _joined_to, latin_people
from zhkg.extract.makers import _ends_of, _first_place
from zhkg.extract.people_cuts import _split_at_verbs
from zhkg.records import Label, Mention
from zhkg.relate.count_counted import _title_around
from zhkg.stages.segment import TokenTable, Word

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"

# one unit of made-up news, on one line when repeated: a dateline, posts, 《titles》 with places in them, a maker and
# its model, Latin names listed together, a Latin original in brackets, a person's team, a successor (由…接任), counts
UNIT = ("据新华社电，浙江省副省长王海峰在杭州主持会议，杭州海创智能装备股份有限公司董事长刘志明表示，公司去年新建3条生产线。"
        "《浙江日报》报道，《杭州故事》一书收录了12篇文章。索尼HVR-Z5C采用了1200万像素传感器，索尼表示该机已上市。"
        "好莱坞造型师Rachel Zoe说，Rachel Zoe和Mary Kate Olsen出席了发布会。物理学家陆斯佛得（William Rutherford）到访。"
        "赵霏和他的团队已累计上传58个作品。该职务由李建华接任。宁波市市长李建华说，宁波港去年完成集装箱吞吐量3108万标准箱。"
        "日本政府宣布，全国已有40个县解除紧急状态。海创智能表示，其产品已销往12个国家，张晓东说。")
# the same news with no full stop, one sentence however long: the readers that took the sentence around each mention
# (the organisations of a sentence before each 其, the breaks before each organisation) took the whole line
RUN_ON = UNIT.replace("。", "，")

# left as they were (file and enclosing function): none since long36 made the last three linear (counts compared with
# the counts before them, counts._parallel; the topic of a count's sentence, read_counts' _Topics)
KNOWN_LEFT: set[tuple[str, str]] = set()


@cache
def _functions_by_line(relative: str) -> tuple[tuple[int, int, str], ...]:
    """(first line, last line, name) of every function of a module, to name the generator expressions inside them."""
    tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
    return tuple((n.lineno, n.end_lineno or n.lineno, n.name) for n in ast.walk(tree)
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))


def _enclosing(relative: str, line: int, name: str) -> str:
    """The innermost function of ``relative`` holding ``line`` (``name`` itself for a function)."""
    holding = [(first, last, fn) for first, last, fn in _functions_by_line(relative) if first <= line <= last]
    return max(holding)[2] if holding else name


def _calls(pipeline, text: str) -> dict[tuple[str, int, str], int]:
    """Calls of each function of the package while ``pipeline`` reads ``text`` as one document."""
    profile = cProfile.Profile()
    profile.enable()
    pipeline.run_texts([("long", text)])
    profile.disable()
    return {(str(Path(f).resolve().relative_to(PACKAGE)), line, name): v[1]
            for (f, line, name), v in pstats.Stats(profile).stats.items() if Path(f).resolve().is_relative_to(PACKAGE)}


@pytest.mark.parametrize("unit", [UNIT, RUN_ON], ids=["sentences", "one-sentence"])
def test_calls_grow_with_the_line_not_its_square(pipeline, unit):
    """Doubling one line doubles the calls of every function of the pipeline (a pairwise scan quadruples them: the
    genexprs that asked every title, every Latin name, every place abroad about each mention did, ×3.8–4.0)."""
    pipeline.run_texts([("warm-up", unit)])
    once, twice = _calls(pipeline, unit * 10), _calls(pipeline, unit * 20)
    grown = {}
    for key, n in twice.items():
        relative, line, name = key
        if n >= 100 and (relative, _enclosing(relative, line, name)) not in KNOWN_LEFT:
            grown[f"{relative}:{line}({name})"] = round(n / max(once.get(key, 0), 1), 2)
    assert grown, "no calls counted"
    assert {k: r for k, r in grown.items() if r > 2.6} == {}


def _brute_title(start: int, end: int, titles: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in titles if s < start and end < e), None)


def test_title_around_is_the_scan_it_replaced():
    rng = random.Random(34)
    for _ in range(300):
        titles, at = [], 0
        for _ in range(rng.randint(0, 6)):  # disjoint and in order, as finditer gives them
            s = at + rng.randint(0, 4)
            e = s + rng.randint(2, 7)
            titles.append((s, e))
            at = e
        for _ in range(20):
            start = rng.randint(0, at + 2)
            end = start + rng.randint(0, 5)
            assert _title_around(start, end, titles) == _brute_title(start, end, titles), (titles, start, end)


def test_first_place_and_ends_are_the_scans_they_replaced():
    places = {"烟台", "烟台奥尼", "上海", "上"}
    for name in ["烟台奥尼U660M", "烟台", "上海通用", "北京", "上", ""]:
        assert _first_place(name, places) == next((p for p in sorted(places) if name.startswith(p) and len(p) < len(name)), "")
    rest = "索尼HVR"
    assert _ends_of(rest) == {n for n in {rest[:i] for i in range(6)} | {rest[i:] for i in range(6)}
                              if rest.startswith(n) or rest.endswith(n)}


def _joined(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The pairwise test the look-up replaced: span ``a`` and the later ``b`` listed together (X和Y, X、Y)."""
    return text[a[1]:b[0]].strip(" \u00a0") in _JOINERS


def test_joined_to_is_the_pairwise_test_it_replaced():
    rng = random.Random(28)
    for _ in range(300):
        text = "".join(rng.choice("AB 和、\u00a0的") for _ in range(rng.randint(1, 14)))
        spans = {(s, e) for s in range(len(text)) for e in range(s + 1, len(text) + 1)}
        named = rng.sample(sorted(spans), min(3, len(spans)))
        starts, ends = {o[0] for o in named}, {o[1] for o in named}
        for s, e in spans:
            expected = any(_joined(text, o, (s, e)) or _joined(text, (s, e), o) for o in named)
            assert _joined_to(text, s, e, starts, ends) == expected, (text, named, s, e)


def test_latin_people_still_reads_people_listed_together():
    text = "好莱坞造型师Rachel Zoe说，Rachel Zoe和Mary Kate Olsen出席了发布会。"
    assert [m.simplified for m in latin_people([], text, _lexicon(), doc_id="d")] == \
        ["Rachel Zoe", "Rachel Zoe", "Mary Kate Olsen"]


def _lexicon():
    from zhkg.resources.lexicon import load_lexicon

    return load_lexicon()


def test_longer_holder_is_the_scan_it_replaced():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 20) for _ in range(rng.randint(0, 6)))]
        held = longer_holder(spans)
        for start in range(22):
            for end in range(start, start + 7):
                expected = any(s <= start and end <= e and e - s > end - start for s, e in spans)
                assert held(start, end) == expected, (spans, start, end)


class _CountingWords(tuple):
    """A token table's words that count how many of them a reader takes (a slice counts its length)."""

    taken = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        type(self).taken += len(got) if isinstance(key, slice) else 1
        return got


def _table(text: str, words: list[str]) -> TokenTable:
    made, at, token_of_char = [], 0, []
    for i, w in enumerate(words):
        made.append(Word(i, at, w, "x", False, False, False))
        token_of_char += [i] * len(w)
        at += len(w)
    assert at == len(text)
    return TokenTable(_CountingWords(made), frozenset(w.idx for w in made), frozenset(w.end for w in made),
                      tuple(token_of_char))


@pytest.mark.parametrize("units", [50])
def test_split_at_verbs_reads_only_the_words_of_each_mention(units):
    """Words taken per mention stay the same as the text grows (a slice of the rest of the text made it quadratic);
    the split itself is unchanged: 南车四方机车车辆股份|获|国家发改委 -> the body before the verb and the one after."""
    unit = ["南车四方机车车辆股份", "获", "国家发改委", "表彰", "。"]
    taken = []
    for n in (units, 2 * units):
        text = "".join(unit) * n
        table = _table(text, unit * n)
        size = len("".join(unit))
        model = [Mention("d", k * size, k * size + 16, text[k * size:k * size + 16], text[k * size:k * size + 16],
                         Label.ORGANIZATION, "recogniser") for k in range(n)]
        _CountingWords.taken = 0
        out = _split_at_verbs(model, text, table)
        taken.append(_CountingWords.taken)
        assert [m.simplified for m in out[:2]] == ["南车四方机车车辆股份", "国家发改委"]
        assert len(out) == 2 * n
    assert taken[1] <= 2 * taken[0] + 10, taken
