"""speed74: the extraction's cheaper hot paths answer as the paths they replaced.

:class:`~zhkg.text.WordScan` tries the listed companies' and the known organisations' tries only where two first
letters of one of their words stand, the positions found by one pass shared by both scans of a text; it must give
``pattern.finditer``'s matches. :class:`~zhkg.text.SpanIndex` indexes its mentions by character at its first
question instead of at each ``add``; it must answer as the index filled at once (the code it replaced, kept here
as the reference). Both are held to the old forms on texts in both scripts, and the whole pipeline's mentions
with the old forms patched back in are the new ones'.
"""

from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import both_scripts

from zhkg import text as T
from zhkg.extract.listed_companies import _scan as listed_scan
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified

SENTENCES = both_scripts([
    "台积电与鸿海股价上涨，苹果发布新手机后，苹果股价大涨。北大荒的苹果丰收。",
    "亚泥营收创新高，味全公司调涨售价。两岸统一问题。台塑、南亚、台化与台塑化股价齐涨。",
    "长江电力、贵州茅台、招商银行今日涨停，中国石油与中国石化跌，国泰航空与国泰均在港交所上市。",
    "国务院总理李克强在北京会见了联合国秘书长古特雷斯，北约与欧盟代表出席，TVBS与TVB记者在场。",
    "泛海系入股民安保险，美峰食品与金像食品为关联企业，天茂集团持有国华人寿5.5亿股。",
    "他说：「我们会继续努力。」记者从中国银行获悉，该行已发行债券100亿元。",
    "华为",
    "",
])


def _scans():
    lexicon = load_lexicon()
    return listed_scan(lexicon.dirs), lexicon.known_scan


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("text", SENTENCES)
def test_word_scans_match_as_their_patterns(text):
    for scan in _scans():
        for form in (text, to_simplified(text)):
            assert _spans(scan.finditer(form)) == _spans(scan.pattern.finditer(form))


def test_word_scans_match_as_their_patterns_on_their_own_words_glued_together():
    """Random texts of the tables' names (names that open others, names glued end to end, a name's first two
    letters alone, the last two letters of a text) alternately scanned by both scans, sharing the kept pass."""
    scans = _scans()
    words = sorted(w for scan in scans for w in _words(scan))
    fillers = ["的", "，", "。", "A", "1", " ", "中国", "股份"]
    rng = random.Random(74)
    for _ in range(300):
        parts = [rng.choice(words) if rng.random() < 0.5 else rng.choice(words)[:2] if rng.random() < 0.3
                 else rng.choice(fillers) for _ in range(rng.randint(1, 10))]
        text = "".join(parts)
        for scan in (*scans, *scans[::-1]):
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text)), text


def _words(scan) -> list[str]:
    """The names ``scan`` was made from (the known organisations, or the listed companies' short names)."""
    lexicon = load_lexicon()
    if scan is lexicon.known_scan:
        return list(lexicon.known_organisations)
    from zhkg.extract.listed_companies import _excluded, _short_names

    return sorted(_short_names(lexicon.dirs) - _excluded(lexicon))


def test_a_scan_made_after_a_text_was_passed_over_still_finds_its_words():
    """The kept positions of a text are dropped when a new scan brings openings of its own."""
    text = "甲乙丙丁与戊己庚辛，甲乙丙丁。"
    first = T.WordScan(["与戊"])
    assert _spans(first.finditer(text)) == [(4, 6, "与戊")]
    second = T.WordScan(["甲乙丙", "甲乙丙丁", "庚辛"])
    assert _spans(second.finditer(text)) == [(0, 4, "甲乙丙丁"), (7, 9, "庚辛"), (10, 14, "甲乙丙丁")]


def test_words_of_one_letter_and_no_words():
    text = "乙甲乙，甲乙"
    assert _spans(T.WordScan(["甲", "甲乙"]).finditer(text)) == [(1, 3, "甲乙"), (4, 6, "甲乙")]
    assert _spans(T.WordScan(["乙"]).finditer(text)) == [(0, 1, "乙"), (2, 3, "乙"), (5, 6, "乙")]
    assert _spans(T.WordScan([]).finditer(text)) == []


def test_a_long_text_is_scanned_without_keeping_its_pass():
    text = "股价上涨。" * (T._KEPT_TEXT_CHARS // 5) + "鸿海台积电"
    assert len(text) > T._KEPT_TEXT_CHARS
    scan = load_lexicon().known_scan
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    assert _spans(scan.finditer(text))[-2:] == [(len(text) - 5, len(text) - 3, "鸿海"), (len(text) - 3, len(text), "台积电")]


def test_a_scan_copied_to_another_process_registers_its_openings_there(tmp_path):
    scan = T.WordScan(["乙丙丁戊", "己庚"])
    assert [m.span() for m in scan.finditer("甲乙丙丁戊己庚")] == [(1, 5), (5, 7)]  # registered here
    (tmp_path / "scan.pickle").write_bytes(pickle.dumps(scan))
    code = ("import pickle, sys; scan = pickle.loads(open(sys.argv[1], 'rb').read()); "
            "print([m.span() for m in scan.finditer('甲乙丙丁戊己庚')])")
    env = {**os.environ, "PYTHONPATH": str(Path(T.__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "scan.pickle")], env=env, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "[(1, 5), (5, 7)]"


# ---- SpanIndex: filled at its first question


class EagerIndex:
    """The index as it was: every mention indexed by character when added (the reference)."""

    def __init__(self, mentions=()) -> None:
        self._at: dict[int, list] = {}
        for m in mentions:
            self.add(m)

    def add(self, m) -> None:
        for i in range(m.start, m.end):
            self._at.setdefault(i, []).append(m)

    def overlapping(self, m) -> list:
        seen: dict[int, object] = {}
        for i in range(m.start, m.end):
            for other in self._at.get(i, ()):
                seen.setdefault(id(other), other)
        return list(seen.values())

    def overlaps(self, m) -> bool:
        return any(i in self._at for i in range(m.start, m.end))


def _mention(start: int, end: int, label: Label = Label.PLACE) -> Mention:
    return Mention("d", start, end, "x" * max(0, end - start), "x" * max(0, end - start), label, "x")


def test_the_index_answers_as_one_filled_at_once_with_adds_and_questions_interleaved():
    rng = random.Random(74)
    for _ in range(300):
        first = [_mention(s, s + rng.randint(-1, 6)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        new, old = T.SpanIndex(iter(first)), EagerIndex(first)  # a generator is read when the index is made
        for _ in range(20):
            m = _mention(*sorted((rng.randint(0, 36), rng.randint(0, 36))))
            if rng.random() < 0.4:
                new.add(m)
                old.add(m)
                if rng.random() < 0.2:  # the same mention twice is answered once
                    new.add(m)
                    old.add(m)
            else:
                assert [id(x) for x in new.overlapping(m)] == [id(x) for x in old.overlapping(m)]
                assert new.overlaps(m) == old.overlaps(m)


def test_mentions_added_after_a_question_are_found():
    a, b = _mention(0, 3), _mention(2, 5)
    index = T.SpanIndex([a])
    assert index.overlapping(_mention(2, 3)) == [a]
    index.add(b)
    assert index.overlapping(_mention(2, 3)) == [a, b]
    assert index.overlaps(_mention(4, 5)) and not index.overlaps(_mention(5, 6))


def _mentions(pipeline, text: str) -> list[Mention]:
    from zhkg.stages.documents import parse_documents

    return list(pipeline.extract_mentions(parse_documents("t", text)[0]))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_pipeline_finds_what_the_old_forms_find(text, pipeline, monkeypatch):
    """Every mention of the whole pipeline (offsets, labels, extractors), with the eager index and re's own scans
    patched back in."""
    new = _mentions(pipeline, text)
    monkeypatch.setattr(T.SpanIndex, "__init__", EagerIndex.__init__)
    monkeypatch.setattr(T.SpanIndex, "add", EagerIndex.add)
    monkeypatch.setattr(T.SpanIndex, "overlapping", EagerIndex.overlapping)
    monkeypatch.setattr(T.SpanIndex, "overlaps", EagerIndex.overlaps)
    monkeypatch.setattr(T.WordScan, "finditer", lambda self, text: self.pattern.finditer(text))
    assert _mentions(pipeline, text) == new


@pytest.mark.parametrize("text", both_scripts(["北大荒的苹果丰收。台积电与鸿海股价上涨，苹果发布新手机后，苹果股价大涨。"
                                              "亚泥营收创新高，味全公司调涨售价。两岸统一问题。"]))
def test_the_scanned_names_are_still_read(text):
    from zhkg.extract.known_organisations import known_organisations
    from zhkg.extract.listed_companies import listed_company_names
    from zhkg.stages.segment import make_nlp, token_table

    simplified = to_simplified(text)
    table, lexicon = token_table(make_nlp()(simplified)), load_lexicon()
    assert [simplified[s:e] for s, e in known_organisations(simplified, table, lexicon)] == ["台积电", "鸿海", "苹果", "苹果"]
    assert [simplified[s:e] for s, e, _ in listed_company_names(simplified, table, lexicon)] == ["亚泥", "味全公司"]
