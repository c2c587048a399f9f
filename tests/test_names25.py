"""People a list names beside a person; a family and a headline's city are no person (issue 15, session 24):
extract/list_mates.py and people.py's headline reader."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.list_mates import families_not_people, list_mates
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


def _mentions(pipeline, text: str) -> list[tuple[str, str]]:
    result = pipeline.process_document(Document("d", text))
    return [(to_simplified(m.simplified), m.label.value) for m in result.mentions]


def _people(pipeline, text: str) -> set[str]:
    return {name for name, label in _mentions(pipeline, text) if label == "PERSON"}


@pytest.mark.parametrize("text, name", both_scripts([
    # made up, in the forms People's Daily lists readers, authors and appointees
    ("一周来，河南西峡符祖国、江西广昌吴小毛、河北石家庄马强等百余位朋友给本刊来信来稿。", "符祖国"),
    ("一周来，河南西峡符祖国、江西广昌吴小毛、河北石家庄马强等百余位朋友给本刊来信来稿。", "马强"),
    ("一周来，湖南长沙符祖国、江西广昌吴小毛等百余位朋友给本刊来信。", "符祖国"),
    ("出演的还有包文婧(微博)、蓝盈莹、夏一瑶等，影帝曾志伟也加盟演出。", "蓝盈莹"),  # a Sina link after the first
]))
def test_a_name_listed_beside_a_person_is_a_person(pipeline, text, name):
    assert name in _people(pipeline, text)


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("d", at, at + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)


def _place(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("d", at, at + len(name), name, name, Label.PLACE, "gazetteer")


@pytest.mark.parametrize("text, known, expected", [
    ("作者郝贵平、路小路等人", ["郝贵平"], ["路小路"]),  # 等 closes the item after the person
    ("作者郝贵平、路小路，", ["郝贵平"], ["路小路"]),
    ("作者郝贵平、路小路是长期生活在石油工人中间的作家", ["郝贵平"], ["路小路"]),  # 是 closes the list
    ("军委委员傅全有、王克以及解放军四总部", ["傅全有"], ["王克"]),  # 以及, not 及
    ("出席的有郝贵平、路小路二人。", ["郝贵平"], ["路小路"]),
    ("孙中山改任黄复生、卢祖谛为总司令", ["黄复生"], ["卢祖谛"]),  # 为 after the appointees
    ("，商国富、陆新平二人心里着急", ["陆新平"], ["商国富"]),  # before the person, a clause opens the item
    ("书画院院长曾先国、副院长王小明出席", ["王小明"], ["曾先国"]),  # a title before the name
    ("赛前，由孙俊、罗毅刚组队", ["罗毅刚"], ["孙俊"]),  # 由 opens the list, no part of the name
])
def test_list_mates_reads_the_item_beside_a_person(text, known, expected):
    found = list_mates([_person(text, n) for n in known], text, load_lexicon(), "d")
    added = [m for m in found if m.extractor == MentionSource.PEOPLE_LIST_MATE]
    assert [m.text for m in added] == expected
    assert all(m.label is Label.PERSON for m in added)


def test_the_places_before_a_name_are_no_part_of_it():
    text = "河南西峡符祖国、江西广昌吴小毛等"
    known = [_place(text, "河南"), _place(text, "西峡"), _place(text, "江西"), _place(text, "广昌"),
             _person(text, "吴小毛")]
    found = list_mates(known, text, load_lexicon(), "d")
    assert [m.text for m in found if m.extractor == MentionSource.PEOPLE_LIST_MATE] == ["符祖国"]


@pytest.mark.parametrize("text, known", [
    ("作者郝贵平、路小路长期生活在油田", ["郝贵平"]),  # 长期…: the item runs on, not set off
    ("于尔约·哈卡宁、丽塔·蒂恩", ["丽塔·蒂恩"]),  # 哈卡宁 is the last part of a longer name
    ("记者戴鹏、江山报道", ["戴鹏"]),  # 江山: a dictionary word (a place), not read as a name
    ("就有广发、工银瑞信、鹏华、南方四只基金", ["鹏华"]),  # 南方四只…: the item runs on
    ("郝贵平、路小路?等", ["郝贵平"]),  # an ASCII ? stands for a letter lost: no item end
    ("郝贵平、和的等人", ["郝贵平"]),  # function words are no name
    ("郝贵平路小路等人", ["郝贵平"]),  # no 、 between them
    ("她说凤妈、赵家都还在", ["凤妈"]),  # a family, no person
])
def test_no_list_mate_where_the_item_is_no_name(text, known):
    found = list_mates([_person(text, n) for n in known], text, load_lexicon(), "d")
    assert [m for m in found if m.extractor == MentionSource.PEOPLE_LIST_MATE] == []


def test_a_held_letter_is_left_alone():
    text = "郝贵平、路小路等人"
    held = Mention("d", 4, 6, "小路", "小路", Label.PLACE, "crf")
    found = list_mates([_person(text, "郝贵平"), held], text, load_lexicon(), "d")
    assert [m for m in found if m.extractor == MentionSource.PEOPLE_LIST_MATE] == []


@pytest.mark.parametrize("text, family", both_scripts([
    ("导演陈勋奇说，杨家上下使用的武器不一样。", "杨家"),
    ("电影中武戏设置的理念是要真实，杨家人擅长枪法。", "杨家人"),
    ("崔世安出生于澳门望族家庭。崔家为澳门著名的建筑商，在澳门政商界根基深厚。", "崔家"),
]))
def test_a_surname_and_jia_is_a_family_not_a_person(pipeline, text, family):
    assert family not in _people(pipeline, text)


def test_families_not_people_keeps_names_with_jia_inside():
    ms = [Mention("d", 0, 3, "欧阳家", "欧阳家", Label.PERSON, MentionSource.RECOGNISER),
          Mention("d", 3, 6, "王家卫", "王家卫", Label.PERSON, MentionSource.RECOGNISER),
          Mention("d", 6, 9, "张家口", "张家口", Label.PLACE, "gazetteer"),
          Mention("d", 9, 12, "李家人", "李家人", Label.PERSON, MentionSource.RECOGNISER)]
    assert [m.text for m in families_not_people(ms, load_lexicon())] == ["王家卫", "张家口"]


@pytest.mark.parametrize("text, city", both_scripts([
    ("沈阳：出租房已成犯罪窝点\n9月沈阳警方在全市统一开展了行动。", "沈阳"),
    ("武汉：江城房价与成交量背离\n数据显示，武汉商品住宅成交均价上涨。", "武汉"),
]))
def test_a_city_heading_a_headline_is_a_place(pipeline, text, city):
    found = _mentions(pipeline, text)
    assert (city, "PERSON") not in found
    assert (city, "PLACE") in found


@pytest.mark.parametrize("text, name", both_scripts([
    ("孙威：中国经济仍将保持增长\n孙威表示，今年的出口有望回升。", "孙威"),
]))
def test_a_person_heading_a_headline_stays_a_person(pipeline, text, name):
    assert name in _people(pipeline, text)
