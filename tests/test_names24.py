"""People the recogniser missed whole before a role verb (issues 11 and 15, session 23): extract/role_frames.py."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.role_frames import recover_role_frame_people
from zhkg.records import Label, Mention, MentionSource, RelationKind
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


def _read(pipeline, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    result = pipeline.process_document(Document("d", text))
    people = {to_simplified(m.simplified) for m in result.mentions if m.label is Label.PERSON}
    roles = {(r.source.split(":", 1)[1], r.role_simplified) for r in result.relations
             if r.kind is RelationKind.HOLDS_ROLE}
    return people, roles


@pytest.mark.parametrize("text, name, role", both_scripts([
    # made up: a clause opens with a name no extractor read, and a role verb follows it
    ("钱海洋担任华夏银行行长。", "钱海洋", "行长"),
    ("齐向东现任奇安信公司董事长。", "齐向东", "董事长"),
    ("方举赞任南京大学校长。", "方举赞", "校长"),
    ("据悉，钱海滨出任华夏银行行长。", "钱海滨", "行长"),
    ("华夏银行行长由钱海洋担任。", "钱海洋", "行长"),
    ("华夏银行决定聘请钱海洋担任行长。", "钱海洋", "行长"),
]))
def test_a_missed_name_before_a_role_verb_is_a_person(pipeline, text, name, role):
    people, roles = _read(pipeline, text)
    assert name in people
    assert (name, role) in roles


@pytest.mark.parametrize("text", [
    "汪先生现为华夏银行行长。",  # a surname and an address
    "曾先后担任华夏银行行长。",  # 曾 the adverb, 先后 a time
    "黄金担任重要角色。",  # a word of jieba's
    "高远征任南京大学校长。",  # 高远 a word of jieba's: the name is not read
    "吴主任南京大学校长。",  # 主任 a word
    "都知道现任南京大学校长。",  # 都 a surname, 知道 a verb
    "和幻灵担任南京大学校长。",  # 和 a conjunction before a clause
    "卸任后，杜氏受聘担任一家银行的顾问。",  # a surname and an address
])
def test_no_person_where_the_letters_read_as_words(text):
    found = recover_role_frame_people([], text, load_lexicon(), "d")
    assert [m for m in found if m.extractor == MentionSource.PEOPLE_ROLE_FRAME] == []


def test_the_recovered_name_is_tagged_by_its_source():
    found = recover_role_frame_people([], "钱海滨担任华夏银行行长。", load_lexicon(), "d")
    assert [(m.text, m.start, m.end, m.label, m.extractor) for m in found] == [
        ("钱海滨", 0, 3, Label.PERSON, MentionSource.PEOPLE_ROLE_FRAME)]


def test_a_place_the_recogniser_read_over_the_name_gives_way():
    text = "殷兴山担任中国人民银行副行长。"  # the recogniser's place 兴山 (a county's name) inside the person's
    place = Mention("d", 1, 3, "兴山", "兴山", Label.PLACE, MentionSource.RECOGNISER)
    found = recover_role_frame_people([place], text, load_lexicon(), "d")
    assert [(m.text, m.label) for m in found] == [("殷兴山", Label.PERSON)]


def test_a_place_the_gazetteer_gives_stays():
    text = "殷兴山担任中国人民银行副行长。"
    place = Mention("d", 1, 3, "兴山", "兴山", Label.PLACE, MentionSource.GAZETTEER)
    assert recover_role_frame_people([place], text, load_lexicon(), "d") == [place]


def test_no_name_opens_inside_a_word_over_a_body_end():
    text = "西州大学校花小蕊当选话剧社社长。"  # 校花 小蕊; the body read as 西州大学校
    body = Mention("d", 0, 5, "西州大学校", "西州大学校", Label.ORGANIZATION, MentionSource.ORG_SUFFIX)
    assert recover_role_frame_people([body], text, load_lexicon(), "d") == [body]
