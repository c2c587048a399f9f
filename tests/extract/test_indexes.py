"""Look-ups that replaced slow scans answer exactly as the scans did (made-up cases, no timing)."""

from __future__ import annotations

import random

import pytest

from zhkg.extract.count_clauses import _Boundaries
from zhkg.extract.count_nouns import _CONNECTORS
from zhkg.extract.count_numerals import parse_number
from zhkg.extract.count_people import _population_before
from zhkg.extract.count_phrase_words import _glossary_at, _glossary_lengths
from zhkg.resources.lexicon import glossary


def _glossary_scan(text: str, pos: int, ends: frozenset[int], words) -> int:
    """The old scan: every glossary word tried at ``pos``."""
    best = -1
    for word in words:
        end = pos + len(word)
        if end > best and end in ends and text.startswith(word, pos):
            best = end
    return best


GLOSSARY_CASES = [
    ("全区274个村委会成员", {"村": "village", "村委会": "committee", "村委": "c", "委会成员": "x"}),
    ("居委会", {"居委会": "committee", "居": "x"}),
    ("乡镇街道", {"乡镇": "t", "乡": "t", "乡镇街道办事处": "long"}),
    ("", {"村": "v"}),
    ("村", {}),
]


@pytest.mark.parametrize("text,words", GLOSSARY_CASES)
def test_glossary_at_answers_as_the_scan(text: str, words: dict) -> None:
    for cut in range(1 << min(len(text) + 1, 8)):
        ends = frozenset(i for i in range(len(text) + 1) if cut >> i & 1 or i > 7)
        for pos in range(len(text) + 1):
            assert _glossary_at(text, pos, ends, words) == _glossary_scan(text, pos, ends, words)


def test_glossary_at_on_the_shipped_glossary() -> None:
    words = glossary()
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(words)))) + "的了在"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(12))
        ends = frozenset(i for i in range(13) if rng.random() < 0.6)
        for pos in range(13):
            assert _glossary_at(text, pos, ends, words) == _glossary_scan(text, pos, ends, words)


def test_glossary_lengths_follow_a_new_glossary() -> None:
    first = {"村": "v"}
    second = {"村委会": "c"}
    assert _glossary_lengths(first) == (1,)
    assert _glossary_lengths(second) == (3,)
    assert _glossary_at("村委会", 0, frozenset({1, 3}), second) == 3


def _population_scan(text: str, start: int, b: _Boundaries):
    """The old reading, on a copy of the text before the number."""
    head = text[:start]
    for connector in _CONNECTORS:
        if head.endswith(connector) and len(head) - len(connector) in b.ends:
            head = head[: -len(connector)]
            break
    if head.endswith("人口") and len(head) - len("人口") in b.starts:
        return len(head) - len("人口"), len(head)
    return None


@pytest.mark.parametrize("text", ["2011年人口499", "人口约1,912", "人口为3万人", "共有人口达10", "口499", "人口"])
def test_population_before_answers_as_the_copy(text: str) -> None:
    everywhere = frozenset(range(len(text) + 1))
    for starts in (everywhere, frozenset()):
        for ends in (everywhere, frozenset({0})):
            b = _Boundaries(starts, ends, ())
            for start in range(len(text) + 1):
                assert _population_before(text, start, b) == _population_scan(text, start, b)


def test_population_before_finds_it() -> None:
    text = "2011年人口为499"
    everywhere = frozenset(range(len(text) + 1))
    assert _population_before(text, 8, _Boundaries(everywhere, everywhere, ())) == (5, 7)


def test_parse_number_cached_gives_the_same_and_still_raises() -> None:
    assert parse_number("15万余") == parse_number("15万余") == (150000.0, True)
    for _ in range(2):
        with pytest.raises(ValueError):
            parse_number("二〇二〇")


def _abbreviations_scan(doc, text, tokens, gazetteer):
    """The old reading: every pattern searched for in the whole text."""
    from zhkg.extract.base import make_mention
    from zhkg.extract.place_tokens import EXTRACTOR
    from zhkg.records import Label

    out = []
    for abbreviation in gazetteer.abbreviations:
        division = gazetteer.get(abbreviation.code)
        if division is None:
            continue
        at = text.find(abbreviation.pattern)
        while at != -1:
            stop = at + len(abbreviation.pattern)
            if at in tokens.starts and stop in tokens.ends:
                start = at + abbreviation.offset
                end = start + len(abbreviation.abbreviation)
                out.append(make_mention(doc, start, end, Label.PLACE, EXTRACTOR, canonical=division.name,
                                        code=division.code))
            at = text.find(abbreviation.pattern, at + 1)
    return out


ABBREVIATION_TEXTS = [
    "他昨天在京参加会议，随后返京，又赴沪、抵穗。",
    "来京务工人员离京返乡，京沪高铁在沪宁线上。",
    "驻港部队在港，赴港澳，访台湾。进京赶考的人在京城。",
    "没有任何简称的一句话。",
]


@pytest.mark.parametrize("text", ABBREVIATION_TEXTS)
def test_abbreviation_index_answers_as_the_scan(nlp, text: str) -> None:
    from zhkg.extract.place_abbreviations import _abbreviation_mentions
    from zhkg.extract.place_tokens import _Tokens
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    doc = nlp(text)
    tokens = _Tokens(doc)
    old = _abbreviations_scan(doc, text, tokens, gazetteer)
    assert _abbreviation_mentions(doc, text, tokens, gazetteer) == old
    # every start and end a boundary: patterns inside words are found too, in the same order
    tokens.starts, tokens.ends = set(range(len(text))), set(range(1, len(text) + 1))
    everywhere = _abbreviations_scan(doc, text, tokens, gazetteer)
    assert _abbreviation_mentions(doc, text, tokens, gazetteer) == everywhere
    if "京" in text:
        assert everywhere


@pytest.mark.parametrize("text, chars", [
    ("首规委和首都规划", {"首", "规"}),
    ("", {"首"}),
    ("首首首", {"首", "无"}),
    ("北京银行和北京市政府", set()),
    ("ab a b", {"a", " "}),
])
def test_positions_answer_as_the_walk_of_the_text(text, chars):
    from zhkg.extract.alias_mentions import _positions

    walk: dict[str, list[int]] = {ch: [] for ch in sorted(chars)}
    for i, ch in enumerate(text):
        if ch in chars:
            walk[ch].append(i)
    found = _positions(text, chars)
    assert found == walk and list(found) == list(walk)


@pytest.mark.parametrize("text", ["与上月同期相比减少283套", "减少了\n5套", "减少\n\n5套", "同比增", "5套", "", "多了", "增长了了5"])
def test_difference_before_looks_back_as_far_as_a_search_from_the_start(text):
    from zhkg.extract.count_refusals import _DIFFERENCE_BEFORE, _DIFFERENCE_REACH

    for start in range(len(text) + 1):
        whole = _DIFFERENCE_BEFORE.search(text, 0, start) is not None
        assert (_DIFFERENCE_BEFORE.search(text, max(0, start - _DIFFERENCE_REACH), start) is not None) == whole
