"""speed15: the faster forms of a document's name search and token table give what the slow ones gave.

* :func:`zhkg.text.find_any` (a document's names found with ``str.find``) against ``re.finditer`` of the
  longest-first alternation it replaced, and a name found again wherever the document repeats it;
* the segmenter's token table (its words passed in, tags looked up with ``map``) against the table built
  from a spaCy ``Doc`` of the same text, whitespace tokens included.
"""

from __future__ import annotations

import random
import re

import pytest
from helpers import both_scripts

from zhkg.stages.segment import build_token_table, dictionary_tags, make_nlp, make_segmenter, token_table
from zhkg.text import find_any


def _regex_spans(names, text: str) -> list[tuple[int, int]]:
    if not names:
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(set(names), key=lambda n: (-len(n), n)))))
    return [m.span() for m in pattern.finditer(text)]


NAME_ROWS = [
    ("张伟在会上发言，张伟强调，张伟伟没有到场。", ["张伟", "张伟伟", "伟强"]),
    ("湖人队主场迎战湖人，人队之间。", ["湖人", "湖人队", "人队"]),
    ("哈哈哈哈哈", ["哈哈", "哈哈哈"]),
    ("市长李明、副市长李明华出席。李明华说，李明说。", ["李明", "李明华", "明华", "副市长李明"]),
    ("没有名字的一段话。", ["王五"]),
    ("没有名字的一段话。", []),
]


@pytest.mark.parametrize("text, names", both_scripts(NAME_ROWS))
def test_find_any_is_the_alternations_finditer(text: str, names: list[str]) -> None:
    from zhkg.stages.normalise import to_traditional

    for found in (names, [to_traditional(n) for n in names]):
        assert find_any(found, text) == _regex_spans(found, text)


@pytest.mark.parametrize("text", both_scripts(["的的哈的人哈的的人人哈", "甲乙甲乙乙甲甲甲乙"]))
def test_find_any_on_random_names(text: str) -> None:
    rng = random.Random(text)
    letters = sorted(set(text))
    for _ in range(300):
        names = {"".join(rng.choice(letters) for _ in range(rng.randrange(1, 4))) for _ in range(rng.randrange(0, 5))}
        assert find_any(names, text) == _regex_spans(names, text), names


@pytest.mark.parametrize("text, name", both_scripts([
    ("区政协党组书记、主席闫维洪身先士卒。会后，闫维洪又来到村里，村民都说闫维洪好。", "闫维洪"),
    ("市委书记陈建华出席，陈建华指出，大家要向陈建华学习。", "陈建华"),
]))
def test_a_name_is_found_again_where_repeated(text: str, name: str) -> None:
    # found by a rule once, the name is a person wherever else the document writes it (people:repeat)
    from zhkg.extract.people import extract_people
    from zhkg.stages.normalise import normalise

    simplified = normalise(text).simplified
    found = extract_people(make_nlp()(simplified))
    spans = sorted((m.start, m.end) for m in found if m.simplified == name)
    assert spans == [m.span() for m in re.finditer(name, simplified)]
    assert any(str(m.extractor) == "people:repeat" for m in found if m.simplified == name)


TABLE_TEXTS = [
    "平谷区 政协。  区长\t张三\r\n说：“好。”\u3000\u3000新华社北京3月5日电 ",
    " 开头是空格，结尾是两个空格  ",
    "Apple 发布 iPhone 15 Pro，售价 7999 元。",
    "没有空白的一句话。",
]


@pytest.mark.parametrize("text", both_scripts(TABLE_TEXTS))
def test_segmenter_table_is_spacys(text: str) -> None:
    ours = token_table(make_segmenter()(text))
    spacy_doc = make_nlp()(text)
    theirs = build_token_table(spacy_doc, dictionary_tags())
    assert ours.words == theirs.words
    assert ours.token_of_char == theirs.token_of_char
    assert ours.starts == theirs.starts and ours.ends == theirs.ends
    # whitespace tokens have no tag, the others jieba's or "x"
    assert all((w.tag == "") == w.is_space for w in ours.words)
