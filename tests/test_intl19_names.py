"""Foreign and transliterated people made whole (session 19, issue 15): separator names whose parts have a letter
of no list, a place carved out of a name the document writes elsewhere, Japanese family names the recogniser
carves, and monarchs with their regnal numbers. Every passage is made up, in the style of news."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified

PERSON = "PERSON"


def _mentions(pipeline, text: str) -> set[tuple[str, str]]:
    """(Simplified name, label) of the final mentions of ``text``."""
    return {(to_simplified(m.text), m.label.value) for m in pipeline.run_texts([("t", text)]).extraction.mentions}


@pytest.mark.parametrize(("text", "name", "part"), both_scripts([
    # jieba's unknown word glues a letter of no list to the first part (赖|莎)
    ("前苏联领导人的妻子赖莎·戈尔巴乔娃曾多次陪同丈夫出访。", "赖莎·戈尔巴乔娃", "莎·戈尔巴乔娃"),
    # a short part before a hyphen (让-吕克, 斯文-戈兰)
    ("法国左翼政党领袖让-吕克·梅朗雄周日表示将参加总统选举。", "让-吕克·梅朗雄", "吕克·梅朗雄"),
    ("斯文-戈兰·埃里克森昨日抵达广州，出任球队主教练。", "斯文-戈兰·埃里克森", "戈兰·埃里克森"),
    # a last part jieba's unknown word runs on (吉尔|平), and a country glued before the first part
    ("德鲁·吉尔平·福斯特在毕业典礼上发表演讲。", "德鲁·吉尔平·福斯特", "德鲁·吉尔"),
    ("这部诗集的作者是波兰塔杜施·鲁热维奇，出版后广受好评。", "塔杜施·鲁热维奇", "波兰塔杜施·鲁"),
    # a first letter jieba tags as a verbal noun is the name's, not a verb before it
    ("劳伦特·梅尔林，1984年9月出生，法国足球运动员，司职前锋。", "劳伦特·梅尔林", "伦特·梅尔林"),
]))
def test_a_separator_name_is_one_person(pipeline, text, name, part):
    found = _mentions(pipeline, text)
    assert (name, PERSON) in found
    assert (part, PERSON) not in found


@pytest.mark.parametrize("text", both_scripts([
    "国民党高雄市长候选人韩国瑜昨日在凤山造势，韩国瑜表示将全力拼经济。",
]))
def test_a_place_carved_out_of_a_name_written_elsewhere_is_the_person(pipeline, text):
    found = _mentions(pipeline, text)
    assert ("韩国瑜", PERSON) in found
    assert ("韩国", "PLACE") not in found


@pytest.mark.parametrize("text", both_scripts([
    "歌手李长春在长春开唱，长春市民热情高涨，李长春说很感动。",
]))
def test_a_place_inside_a_name_elsewhere_stays_a_place(pipeline, text):
    """Only a name's head is taken back from the gazetteer: 长春 the city stays where it stands alone."""
    found = _mentions(pipeline, text)
    assert ("长春", "PLACE") in found and ("李长春", PERSON) in found


@pytest.mark.parametrize(("text", "name", "piece"), both_scripts([
    ("这部电视动画改编自子安秀明原作的同名轻小说。", "子安秀明", "安秀明"),
    ("东山纪之在2010年娶了女星木村佳乃，两人育有两女。", "东山纪之", "东山"),
    # jieba reads the given name alone as an unknown word (毛利|新助): the recogniser stops one letter short
    ("毛利新助是日本战国时代的武将。", "毛利新助", "毛利新"),
]))
def test_a_carved_japanese_name_is_whole(pipeline, text, name, piece):
    found = _mentions(pipeline, text)
    assert (name, PERSON) in found
    assert not any(n == piece for n, _ in found)


@pytest.mark.parametrize(("text", "king", "name"), both_scripts([
    ("乔治五世的父亲爱德华七世娶了丹麦公主，婚后育有六名子女。", "爱德华七世", "爱德华"),
    ("英王爱德华七世娶了丹麦公主，两人育有多名子女。", "爱德华七世", "爱德华"),
    # a name of a one-letter surname and five letters is no run-on name when it ends with the reign (安|提柯三世)
    ("埃及托勒密王朝的安提柯三世统治时期，国力强盛。", "安提柯三世", "安提柯"),
]))
def test_a_monarch_keeps_the_number_of_the_reign(pipeline, text, king, name):
    found = _mentions(pipeline, text)
    assert (king, PERSON) in found
    assert (name, PERSON) not in found


@pytest.mark.parametrize("text", both_scripts([
    "马克思十九世纪写下《资本论》，影响深远。",
]))
def test_a_century_is_no_reign(pipeline, text):
    found = _mentions(pipeline, text)
    assert ("马克思", PERSON) in found
    assert not any(n.startswith("马克思") and n != "马克思" for n, _ in found)
