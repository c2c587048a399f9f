"""Names of history writing (issue 15, round uner14): an era name that dates an event is no person, and a name
before 等人 is one.

Each sentence is written for these tests in the style of Wikipedia and news, run as written (Simplified) and
converted to Traditional.
"""

import pytest
from helpers import both_scripts

from zhkg.extract.history import ERA_NAMES, settle_history_names
from zhkg.records import Label, Mention, MentionSource

PERSON, ORG, PLACE = "PERSON", "ORGANIZATION", "PLACE"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a year counted in an era, or the era's span, is a date (the recogniser reads the era as its emperor)
    ("乾隆五十年，知府在城南修建了一座书院。", [], [("乾隆", PERSON)]),
    ("明治三十年（1897年），这所学校迁到了东京。", [("东京", PLACE)], [("明治", PERSON)]),
    ("同治年间，当地商人集资重修了这座桥。", [], [("同治", PERSON)]),
    ("光绪元年，他考中举人，后任知县。", [], [("光绪", PERSON)]),
    ("康熙三十年，清廷在此设县。", [("清廷", ORG)], [("康熙", PERSON)]),
    # the emperor himself stays a person
    ("乾隆帝南巡时曾在此题诗。", [("乾隆", PERSON)], []),
], convert_names=True))
def test_era_names_date_events(finds, text, present, absent):
    finds(text, present, absent)


def _person(text: str, name: str, at: int = 0) -> Mention:
    start = text.index(name, at)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)


@pytest.mark.parametrize("after, dropped", [
    ("二十二年", True), ("42年", True), ("元年", True), ("末年", True), ("时期", True),
    ("帝", False), ("皇帝下诏", False), ("说", False), ("年轻时", False),
])
def test_what_makes_an_era_a_date(after, dropped):
    text = "嘉庆" + after
    out = settle_history_names([_person(text, "嘉庆")], text)
    assert (out == []) is dropped


def test_only_era_names_and_only_people():
    text = "张伟二十二年来一直在此。嘉庆二年。"
    place = Mention("d", 13, 15, "嘉庆", "嘉庆", Label.PLACE, MentionSource.RECOGNISER)
    out = settle_history_names([_person(text, "张伟"), place], text)
    assert [m.simplified for m in out] == ["张伟", "嘉庆"]
    assert "张伟" not in ERA_NAMES and {"乾隆", "明治", "贞观", "万历"} <= ERA_NAMES


@pytest.mark.parametrize("text, name", both_scripts([
    ("馆方请周振青等专家鉴定这批瓷器。", "周振青"),
    ("县里派出刘德茂等人前往灾区慰问。", "刘德茂"),
]))
def test_name_before_others_is_a_person(nlp, text, name):
    from zhkg.extract.people import extract_people
    from zhkg.stages.normalise import normalise

    found = {(m.simplified, m.extractor) for m in extract_people(nlp(normalise(text).simplified))}
    assert (name, MentionSource.PEOPLE_BEFORE_ROLE) in found, sorted(found)


@pytest.mark.parametrize("text", both_scripts([
    "他在门口等人。",  # waiting for someone: no name before 等人
    "全国人大代表等人民代表到场。",  # 等人民 is no 等人
]))
def test_no_name_before_others(nlp, text):
    from zhkg.extract.people import extract_people
    from zhkg.stages.normalise import normalise

    found = [m for m in extract_people(nlp(normalise(text).simplified))
             if m.extractor == MentionSource.PEOPLE_BEFORE_ROLE]
    assert found == []
