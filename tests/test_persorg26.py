"""Session 24, round persorg26: a person listed among companies stays a person (issue 15, precision).

The recogniser reads a person that a 、 list sets among companies as one of them (华为、小米、雷军、联想: 雷军
ORGANIZATION). A model organisation that is a whole item of such a list, has a person's shape (a surname and one or
two letters) and is a name the people rules read as a person by its context somewhere in the document (after a
title, a known person …) is that person, unless the document writes the name as a body's name or its start.
Sentences are made up.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.stages.normalise import to_simplified


def _labels(pipeline, text: str, name: str) -> list[str]:
    result = pipeline.process_document(Document("d", text))
    return [m.label.value for m in result.mentions if to_simplified(m.simplified) == name]


@pytest.mark.parametrize("text, name", both_scripts([
    ("小米科技创始人雷军出席。华为、小米、雷军、联想都在场。", "雷军"),
    ("小米董事长雷军表示满意。参加会议的有华为、小米、雷军、联想。", "雷军"),
]))
def test_a_person_listed_among_companies_stays_a_person(pipeline, text, name):
    assert _labels(pipeline, text, name) == ["PERSON", "PERSON"]


@pytest.mark.parametrize("text, name", both_scripts([
    # the list's companies stay companies
    ("小米科技创始人雷军出席。华为、小米、雷军、联想都在场。", "联想"),
    # the document writes the name as a company's: the founder's company
    ("李宁公司董事长李宁出席。李宁、安踏、特步都在场。", "李宁"),
]))
def test_a_company_in_the_list_stays_a_company(pipeline, text, name):
    assert set(_labels(pipeline, text, name)) == {"ORGANIZATION"}


@pytest.mark.parametrize("text, name", both_scripts([
    # jieba's tag alone is no evidence of a person: clubs by their short names (a first version read them as people)
    ("本轮国米、米堡、尤文都赢了。", "米堡"),
    ("本轮国米、米堡、尤文都赢了。", "尤文"),
]))
def test_a_club_only_jieba_reads_as_a_person_stays(pipeline, text, name):
    assert _labels(pipeline, text, name) == ["ORGANIZATION"]
