"""Round people33 (issue 15, person names people32 left): compound surnames and jieba's dictionary names.

* ``zhkg.extract.combine._compound_surname_name``: a compound surname jieba keeps as a word and a given name of one
  or two letters jieba built itself (端木|子涵, 独孤|静怡) was read by the rules (``surname_join``) but, a name read
  from letters alone, never kept, and the recogniser missed it: it is now a person. A given name of the dictionary
  (上官|方面) is no name.
* ``zhkg.extract.people._dictionary_name_candidates``: a Chinese name of jieba's dictionary (tag nr: 白崇禧, 上官婉儿,
  东方朔) opening a clause before a verb is a person (after a single surname, before a verb of saying only, and
  no two of its letters a word: 季后赛, 高中生 are nr too); the dictionary's nr words elsewhere stay the
  recogniser's (东方红|太阳升, a song).
Sentences written for these tests (none from an article), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

PERSON = "PERSON"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("端木子涵表示同意。", [("端木子涵", PERSON)], []),
    ("独孤静怡出席了会议。", [("独孤静怡", PERSON)], []),
    ("会上，端木子涵和独孤静怡先后发言。", [("端木子涵", PERSON), ("独孤静怡", PERSON)], []),
    # a word of the dictionary after the compound surname is no given name
    ("上官方面表示同意。", [], [("上官方面", PERSON), ("上官方", PERSON)]),
], convert_names=True))
def test_compound_surname_and_unknown_given_name(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("白崇禧表示愿意北上。", [("白崇禧", PERSON)], []),
    ("上官婉儿是唐代才女。", [("上官婉儿", PERSON)], []),
    ("东方朔是西汉文学家。", [("东方朔", PERSON)], [("东方朔", "PLACE")]),
    ("据史书记载，上官婉儿是唐代才女。", [("上官婉儿", PERSON)], []),
    # a dictionary name before a noun is no person of this rule (a song), nor a common noun the dictionary tags nr
    ("东方红太阳升。", [], [("东方红", PERSON)]),
    ("高中生申请留学。", [], [("高中生", PERSON)]),
    ("季后赛开始了。", [], [("季后赛", PERSON)]),
    ("国投瑞银、易方达等公司已经入场。", [], [("易方达", PERSON)]),
], convert_names=True))
def test_dictionary_name_opening_a_clause(finds, text, present, absent):
    finds(text, present, absent)


def test_dictionary_names_need_the_clause_start_and_a_verb():
    from zhkg.extract.people import _dictionary_name_candidates
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp

    nlp, lexicon = make_nlp(), load_lexicon()

    def found(text):
        return [text[s:e] for s, e, _ in _dictionary_name_candidates(nlp(text), lexicon)]

    assert found("上官婉儿是唐代才女。") == ["上官婉儿"]
    assert found("东方红太阳升。") == []  # no verb after
    assert found("唐代才女上官婉儿是谁") == []  # mid-clause
