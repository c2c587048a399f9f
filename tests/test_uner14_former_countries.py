"""Former countries (issue 15, round uner14): 苏联, 东德, 南斯拉夫, 捷克斯洛伐克… are places with their ISO 3166-3
codes (``place_extra_divisions.tsv``); West Germany is Germany (DE). Before the table the recogniser's 苏联 had
no code or was missed, 东德 was a person and 捷克斯洛伐克 was read as 捷克 + 斯洛伐克.

Sentences written for these tests, run as written (Simplified) and converted to Traditional.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.documents import parse_documents

PLACE, ORG, PERSON = "PLACE", "ORGANIZATION", "PERSON"


def _codes(pipeline, text):
    return {(m.simplified, m.code) for m in pipeline.extract_mentions(parse_documents("t", text)[0])
            if m.label.value == PLACE}


@pytest.mark.parametrize("text, expected", both_scripts([
    ("他曾在苏联留学，后回国任教。", {("苏联", "SUHH")}),
    ("他生于前苏联，1990年移居以色列。", {("苏联", "SUHH"), ("以色列", "IL")}),
    ("东德与西德于1990年统一。", {("东德", "DDDE"), ("西德", "DE")}),
    ("捷克斯洛伐克共产党领导人杜布切克访问莫斯科。", {("捷克斯洛伐克", "CSHH")}),
    ("北约轰炸南联盟，南斯拉夫政府提出抗议。", {("南联盟", "YUCS"), ("南斯拉夫", "YUCS")}),
    ("扎伊尔是刚果民主共和国的旧称。", {("扎伊尔", "ZRCD")}),
]))
def test_former_countries_have_their_codes(pipeline, text, expected):
    found = _codes(pipeline, text)
    assert expected <= found, sorted(found)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # one country, not the two that share its letters
    ("捷克斯洛伐克共产党领导人杜布切克访问莫斯科。", [("捷克斯洛伐克", PLACE), ("捷克斯洛伐克共产党", ORG)],
     [("捷克", PLACE), ("斯洛伐克", PLACE)]),
    # a country, not a person
    ("东德与西德于1990年统一。", [("东德", PLACE), ("西德", PLACE)], [("东德", PERSON), ("西德", PERSON)]),
    # the country before its party's name belongs to the name
    ("苏联共产党中央委员会召开全会。", [("苏联共产党中央委员会", ORG)], [("共产党中央委员会", ORG)]),
], convert_names=True))
def test_former_countries_read_whole(finds, text, present, absent):
    finds(text, present, absent)
