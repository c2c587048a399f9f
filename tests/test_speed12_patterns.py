"""Session 12's speed-ups change how patterns are built, never what they match (issue 15).

The word lists become tries (:func:`zhkg.text.longest_first`), the counts pattern looks at a count's first letter
before its lookbehinds, and the dateline and credit patterns are skipped in a text without their cue. Each test
puts the fast form beside the slow one it replaced, on Simplified and Traditional text.
"""

from __future__ import annotations

import re

import pytest

from zhkg.extract.counts import extract_counts
from zhkg.extract.news_outlets import news_outlets
from zhkg.ner.features import _ORG_SUFFIX_REVERSED, _ORG_SUFFIXES
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import make_nlp
from zhkg.text import longest_first


def _sorted_alternation(words) -> re.Pattern[str]:
    """The form the tries replaced: the words longest first, joined by ``|``."""
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


WORDS = ["国泰", "国泰航空", "國泰航空", "北约", "北約", "台积电", "台積電", "a.b", "a", "ab", "abc", "abd"]
TEXTS = [
    "国泰航空与国泰，北约和台积电。",
    "國泰航空與國泰，北約和台積電。",
    "a.b ab abc abd abx a.c aab",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_trie_finds_what_the_sorted_list_finds(text: str) -> None:
    slow, fast = _sorted_alternation(WORDS), re.compile(longest_first(WORDS))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_trie_backtracks_to_shorter_words_in_the_same_order(text: str) -> None:
    # a context after the words makes the longest fail: both must fall back to the same shorter word
    slow = re.compile("(" + _sorted_alternation(WORDS).pattern + ")(?![航與与])")
    fast = re.compile("(" + longest_first(WORDS) + ")(?![航與与])")
    assert [m.span(1) for m in fast.finditer(text)] == [m.span(1) for m in slow.finditer(text)]


def test_trie_of_no_words_matches_nothing() -> None:
    assert re.search(longest_first([]), "国泰航空") is None
    with pytest.raises(ValueError):
        longest_first(["国泰", ""])


@pytest.mark.parametrize("text", ["国泰航空与台积电、鸿海", "國泰航空與台積電、鴻海", "北大荒的苹果"])
def test_known_organisations_pattern_is_the_sorted_list(text: str) -> None:
    lexicon = load_lexicon()
    text = to_simplified(text)
    slow = _sorted_alternation(lexicon.known_organisations)
    assert [m.span() for m in lexicon.known_pattern.finditer(text)] == [m.span() for m in slow.finditer(text)]
    assert lexicon.known_pattern.search(text) is not None


@pytest.mark.parametrize("text", ["北京大学医学部附属医院与上海市委员会", "北京大學醫學部附屬醫院與上海市委員會"])
def test_recogniser_suffixes_are_the_sorted_list(text: str) -> None:
    reversed_text = to_simplified(text)[::-1]
    slow = re.compile("(?=(" + "|".join(re.escape(s[::-1]) for s in sorted(_ORG_SUFFIXES, key=lambda s: (-len(s), s)))
                      + "))")
    found = [(m.start(), m.group(1)) for m in _ORG_SUFFIX_REVERSED.finditer(reversed_text)]
    assert found == [(m.start(), m.group(1)) for m in slow.finditer(reversed_text)]
    assert found  # 医院, 委员会


@pytest.mark.parametrize("text, expected", [
    ("村里没有一个人受伤，约300人撤离，数十名志愿者和上万名群众参与，逾万人围观", ["没有一个人", "约300人", "数十名", "上万名", "逾万人"]),
    ("村裡沒有一個人受傷，約300人撤離，數十名志願者和上萬名群眾參與，逾萬人圍觀", ["沒有一個人", "約300人", "數十名", "上萬名", "逾萬人"]),
    ("唯一一只熊猫，共有两千五百名学生", ["一只", "两千五百名"]),
])
def test_counts_open_with_every_kind_of_first_letter(text: str, expected: list[str]) -> None:
    # negations, prefixes of approximation, Chinese numerals, 数/上/万 and Arabic digits each open a count
    found = [m.text for m in extract_counts(make_nlp()(to_simplified(text)))]
    for count in map(to_simplified, expected):
        assert any(f.startswith(count) for f in found), (count, found)


@pytest.mark.parametrize("text, expected", [
    ("新华网北京5月29日电 据香港文汇报报道", ["新华网", "文汇报"]),
    ("新浪娱乐讯 据“中央社”报道", ["新浪娱乐", "中央社"]),
    ("據《華盛頓郵報》報道，中新網6月8日電", ["华盛顿邮报", "中新网"]),
    ("据《华盛顿邮报》报道，没有电头也没有讯", ["华盛顿邮报"]),
])
def test_outlets_with_and_without_the_cues_of_datelines(text: str, expected: list[str]) -> None:
    text = to_simplified(text)
    assert [text[s:e] for s, e in news_outlets(text)] == sorted(expected, key=text.find)


@pytest.mark.parametrize("text", ["前副总经理王小明表示，董事长兼总经理李四说", "前副總經理王小明表示，董事長兼總經理李四說", "副主席、主席"])
def test_role_ends_are_those_of_a_find_per_role(text: str) -> None:
    # every end of every role word, overlapping ones too (副总经理 holds 总经理 and 经理)
    from zhkg.relate.roles_titles import _role_starts

    lexicon = load_lexicon()
    text = to_simplified(text)
    slow = set()
    for role in lexicon.role_words:
        i = text.find(role)
        while i >= 0:
            slow.add(i + len(role))
            i = text.find(role, i + 1)
    pattern, roles = _role_starts(lexicon)
    fast = {m.start() + n for m in pattern.finditer(text) for n in range(1, len(m.group(1)) + 1)
            if m.group(1)[:n] in roles}
    assert fast == slow and len(slow) >= 2
