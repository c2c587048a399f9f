"""Run-time checks on the recogniser's spans (zhkg.ner.model) and on its people (zhkg.extract.statistical)."""

import pytest

from zhkg.extract.statistical import people_off_places
from zhkg.ner.model import _department_end, _is_name, _is_repetition
from zhkg.records import Label, Mention, MentionSource


@pytest.mark.parametrize(
    "text, repeated",
    [
        ("北京市平谷区北京市平谷区", True),
        ("北京市平谷区北京市平谷区北京市平", True),  # cut off mid-unit
        ("平谷区平谷区", True),
        ("北京市平谷区", False),
        ("丽丽", False),  # a one-character unit twice is a name
        ("中国中央电视台", False),
    ],
)
def test_a_unit_said_again_and_again_is_no_name(text, repeated):
    assert _is_repetition(text) is repeated
    assert _is_name(text, "ORG") is not repeated


@pytest.mark.parametrize(
    "sentence, end, limit, expected",
    [
        ("清华大学心理学系的王伟教授作为主讲。", 4, 18, "清华大学心理学系"),
        ("北京大学中文系主任王伟", 4, 9, "北京大学中文系"),
        ("北京大学与清华大学建立联系。", 9, 14, "清华大学"),  # 联系 is no department
        ("清华大学心理学系王伟", 4, 6, "清华大学"),  # the next span starts inside: leave both alone
        ("交通银行信贷系统", 4, 8, "交通银行"),  # only a university or college has departments
    ],
)
def test_a_university_takes_its_department(sentence, end, limit, expected):
    start = sentence.index(expected[:2])
    assert sentence[start:_department_end(sentence, end, "ORG", limit)] == expected


def _mention(start, end, text, label, source, code=""):
    return Mention(doc_id="t", start=start, end=end, text=text, simplified=text, label=label, extractor=source,
                   code=code)


def test_a_model_person_on_a_coded_place_yields_to_the_place():
    person = _mention(0, 2, "萨国", Label.PERSON, MentionSource.RECOGNISER)
    other = _mention(3, 5, "王伟", Label.PERSON, MentionSource.RECOGNISER)
    place = _mention(0, 2, "萨国", Label.PLACE, MentionSource.GAZETTEER, code="SV")
    uncoded = _mention(3, 5, "王伟", Label.PLACE, MentionSource.GAZETTEER)
    assert people_off_places([person, other], [place, uncoded]) == [other]
