"""Foreign names the recogniser reads whole and the rules used to break, round foreign49 (studied on the tune49 half
of real MSRA, CLUENER and Universal NER train sentences, ``bench/foreign49.py``; every text here is written for the
test): a separator name whose first letters are of no list, People's Daily's dash in a double name, a word glued
after a name, a name split at a letter that is a surname, a person inside a place named after one."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.foreign_names import glued_after_foreign_name, opens_foreign_name
from zhkg.resources.lexicon import load_lexicon

FOREIGN = load_lexicon().foreign_name_chars


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the first one or two letters are of no list (思, 百, 勃): the model's span wins over the list's
    ("会上，一位叫费思特·斯特克威尔的美国工程师作了发言。",
     [("费思特·斯特克威尔", "PERSON")], [("特·斯特克威尔", "PERSON")]),
    ("老人艾百布拉·库尔班算了一笔账，收入翻了一番。",
     [("艾百布拉·库尔班", "PERSON")], [("布拉·库尔班", "PERSON")]),
    ("乌克兰法官勃伊科·维塔利·费奥多罗维奇昨天抵达北京。",
     [("勃伊科·维塔利·费奥多罗维奇", "PERSON")], [("伊科·维塔利·费奥多罗维奇", "PERSON")]),
    # a player's position before the name is none of it
    ("湖人控卫德里克-费舍尔表示，球队会打出来。",
     [("德里克-费舍尔", "PERSON")], [("控卫德里克-费舍尔", "PERSON")]),
    # the dash of a double name, before the first part or the last
    ("法国历史学家让—弗朗索瓦·贝尔热教授出席了开幕式。",
     [("让—弗朗索瓦·贝尔热", "PERSON")], [("弗朗索瓦·贝尔", "PERSON")]),
    ("外交部长会见了西班牙外交大臣阿韦尔·马图特斯—胡安。",
     [("阿韦尔·马图特斯—胡安", "PERSON")], [("阿韦尔·马图特斯", "PERSON")]),
], convert_names=True))
def test_model_name_wins_over_a_cut_one(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a conjunction or 任 (serves as) read on after the name is no part of it
    ("协会前主席兰普顿或其助手将出席明天的会议。", [("兰普顿", "PERSON")], [("兰普顿或", "PERSON")]),
    ("接替安迪·葛鲁夫任英特尔总裁的巴雷特表示，公司将继续投资。",
     [("安迪·葛鲁夫", "PERSON")], [("安迪·葛鲁夫任", "PERSON")]),
    # a Chinese name that ends in a letter of that kind keeps it
    ("董事长陈敏熏表示，公司今年盈利。", [("陈敏熏", "PERSON")], []),
], convert_names=True))
def test_word_glued_after_a_foreign_name(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # 任 and 江 are surnames, but the letters around them write one transliterated name
    ("众议院议长普瓦任斯基等人出席了仪式。", [("普瓦任斯基", "PERSON")], [("普瓦", "PERSON"), ("任斯基", "PERSON")]),
    ("展览介绍了细密画大师阿里江普尔的作品。", [("阿里江普尔", "PERSON")], [("阿里", "PERSON"), ("江普尔", "PERSON")]),
    # two Chinese names written together are still two
    ("晚会由陈伊琼夏邦主持。", [("陈伊琼", "PERSON")], [("陈伊琼夏邦", "PERSON")]),
], convert_names=True))
def test_transliterated_name_not_split_at_a_surname(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("探测器从美国肯尼迪航天中心发射升空。", [("肯尼迪航天中心", "PLACE")], [("肯尼迪", "PERSON")]),
    ("游客们来到毕加索故居参观。", [("毕加索故居", "PLACE")], [("毕加索", "PERSON")]),
    ("士兵们驻扎在萨姆·休斯敦堡的营地里。", [("萨姆·休斯敦堡", "PLACE")], [("萨姆·休斯敦", "PERSON")]),
    # the person alone stays a person
    ("肯尼迪说，毕加索是伟大的画家。", [("肯尼迪", "PERSON"), ("毕加索", "PERSON")], []),
], convert_names=True))
def test_person_inside_a_place_named_after_one(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("letters, opens", [
    ("列", True), ("艾百", True), ("勃", True), ("让—", True),
    ("由", False), ("和", False), ("家", False), ("控卫", False), ("后卫", False), ("A", False), ("—", False), ("", False),
])
def test_opens_foreign_name(letters, opens):
    assert opens_foreign_name(letters, FOREIGN) is opens


@pytest.mark.parametrize("name, letter, glued", [
    ("兰普顿", "或", True), ("安迪·葛鲁夫", "任", True), ("兰普顿", "斯", False),
    ("张德", "有", False), ("马丁", "或", False),
])
def test_glued_after_foreign_name(name, letter, glued):
    assert glued_after_foreign_name(name, letter, FOREIGN) is glued


@pytest.mark.parametrize("text, expected", both_scripts([
    # a clause of time opened by 当 names no body before the title of the name the model now reads whole
    ("当新主帅莱昂内尔-霍林斯上任后，球队开始了重建。", []),
    ("每当主帅罗伯特-马丁走进球场时，球迷都会欢呼。", []),
    # a body whose name opens with 当 still holds its officer
    ("当当网CEO李国庆表示，公司将上市。", [("李国庆", "当当网", "CEO")]),
]))
def test_no_body_in_a_clause_of_time(pipeline, text, expected):
    from test_relate import relations

    assert relations(pipeline, text, "HOLDS_ROLE") == expected
