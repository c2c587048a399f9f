"""Japanese names and transliterated names written without a separator (issue 15, session 14), in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts, person_nodes

from zhkg import Document
from zhkg.records import Label
from zhkg.stages.normalise import to_simplified


def _people(pipeline, text: str) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {to_simplified(m.simplified) for m in result.mentions if m.label is Label.PERSON}


@pytest.mark.parametrize("text, name, cut", both_scripts([
    # jieba reads the whole name as one unknown word, the recogniser stops one letter short
    ("日本外相茂木敏充周四抵达首尔，与韩国外长举行会谈。", "茂木敏充", "茂木敏"),
    # a given name's last letter standing as a word of its own
    ("丰田汽车社长丰田章男在东京宣布，公司将推出三款电动车。", "丰田章男", "丰田章"),
]))
def test_a_japanese_name_cut_before_its_last_letter_is_whole(pipeline, text, name, cut):
    people = _people(pipeline, text)
    assert name in people
    assert cut not in people


@pytest.mark.parametrize("text, names", both_scripts([
    ("导演是枝裕和的新作入围了主竞赛单元，是枝裕和说这是他最满意的作品。", {"是枝裕和"}),
    ("日本演员长泽雅美和绫濑遥出席了颁奖典礼。", {"绫濑遥"}),
]))
def test_a_japanese_name_in_a_persons_slot_is_a_person(pipeline, text, names):
    assert names <= _people(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "丰田汽车今年在北美的销量增长了一成。",
    "日本演员和导演都出席了活动。",
]))
def test_a_family_name_inside_a_word_or_without_a_name_makes_no_person(pipeline, text):
    assert not {p for p in _people(pipeline, text) if p.startswith(("丰田", "日本"))}


@pytest.mark.parametrize("text, full, part", both_scripts([
    ("该片由好莱坞导演克里斯托弗诺兰执导，诺兰此前执导过多部科幻片。", "克里斯托弗诺兰", "诺兰"),
    ("美国歌手泰勒斯威夫特周末举行演唱会，斯威夫特演唱了二十首歌曲。", "泰勒斯威夫特", "斯威夫特"),
    ("科学家威尔罗德曼研发了一种新药，威尔希望它能治好父亲的病。", "威尔罗德曼", "威尔"),
]))
def test_a_part_of_a_foreign_name_written_without_a_separator_is_that_person(pipeline, text, full, part):
    nodes = person_nodes(pipeline, text)
    assert any({full, part} <= names for names in nodes.values()), nodes


@pytest.mark.parametrize("text", both_scripts([
    # 韦斯特 is no first part of 韦斯特法尔: two letters after it are too few to tell
    "主帅韦斯特法尔说球队打得很好。另一边，韦斯特最后8秒得分，全场拿下20分。",
]))
def test_a_short_first_part_stays_its_own_person(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert not any({"韦斯特法尔", "韦斯特"} <= names for names in nodes.values()), nodes


@pytest.mark.parametrize("text, full, part", both_scripts([
    ("法国影星苏菲玛索来华宣传新片，玛索说她很喜欢中国。", "苏菲玛索", "玛索"),
    ("加拿大歌手贾斯汀比伯因超速被捕，比伯的律师称将上诉。", "贾斯汀比伯", "比伯"),
]))
def test_the_last_part_of_a_foreign_name_written_alone_is_that_person(pipeline, text, full, part):
    nodes = person_nodes(pipeline, text)
    assert any({full, part} <= names for names in nodes.values()), nodes


@pytest.mark.parametrize("text", both_scripts([
    "好莱坞女星安吉丽娜朱莉日前访问了难民营，朱莉呼吁国际社会提供援助。",
]))
def test_a_foreign_name_the_recogniser_cut_in_two_is_one_person(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert "安吉丽娜" not in _people(pipeline, text)
    assert any({"安吉丽娜朱莉", "朱莉"} <= names for names in nodes.values()), nodes


@pytest.mark.parametrize("text", both_scripts([
    # two players run together by the recogniser, each written alone: no one person of both
    "比赛中布莱切接沃尔传球上篮得手。沃尔10分，布莱切14分。",
]))
def test_two_people_run_together_are_no_one_person(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert not any({"布莱切", "沃尔"} <= names for names in nodes.values()), nodes


@pytest.mark.parametrize("text", both_scripts([
    "据英国《每日邮报》报道，哈利波特作者J.K.罗琳的新书将于九月出版，罗琳说她很满意。",
]))
def test_dotted_initials_are_part_of_a_foreign_name(pipeline, text):
    nodes = person_nodes(pipeline, text)
    assert any({"J.K.罗琳", "罗琳"} <= names for names in nodes.values()), nodes
