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
    # the first part's head is jieba's unknown word of its own (叶甫|根尼): the whole name, not the recogniser's loss
    ("花样滑冰名将叶甫根尼·普鲁申科宣布退役。", "叶甫根尼·普鲁申科", "根尼·普鲁申科"),
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
    # a given name of three letters is no name run into the next word (高桥|美佳子)
    ("据报道，高桥美佳子昨日出席了发布会。", "高桥美佳子", "高桥"),
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


@pytest.mark.parametrize(("text", "name"), both_scripts([
    # a preposition or a verb jieba's unknown word glues to a name is none of it
    ("球队如今的阵容是由罗德-索恩一手打造的。", "罗德-索恩"),
    ("老将兹德鲁纳斯-伊尔戈斯卡斯倒是另外一种情况。", "兹德鲁纳斯-伊尔戈斯卡斯"),
    # a player's position before the name is none of it
    ("他心目中的第一控卫德隆-威廉姆斯昨天伤愈复出。", "德隆-威廉姆斯"),
]))
def test_a_separator_name_takes_no_word_around_it(pipeline, text, name):
    people = {n for n, label in _mentions(pipeline, text) if label == PERSON}
    assert name in people
    assert not any(name in n and n != name for n in people)


@pytest.mark.parametrize(("text", "names"), both_scripts([
    ("新歌《雨夜》作词：林夕　作曲：陈辉阳，将于下月发行。", ["林夕", "陈辉阳"]),
    ("日剧《天使》导演：新田真三，主演：百田夏菜子 玉井诗织，本周五首播。", ["新田真三", "百田夏菜子", "玉井诗织"]),
    ("该动画原作：夏树静子，脚本：寺田敏雄，声优：悠木碧。", ["夏树静子", "悠木碧"]),
    ("个人简介 姓名：全成赞 国籍：韩国 出生地：首尔", ["全成赞"]),
]))
def test_people_named_in_a_credit(pipeline, text, names):
    found = _mentions(pipeline, text)
    for name in names:
        assert (name, PERSON) in found


@pytest.mark.parametrize(("text", "not_names"), both_scripts([
    # a site, a sentence run on after the colon, a name glued to the next label
    ("作者：中关村在线 本期评测的这款手机续航出色。", ["中关村在线"]),
    ("作者：王小明本以为，这次考试不难。", ["王小明本以为"]),
    ("编剧：肖明首播：2018年3月，共40集。", ["肖明首播"]),
    # an interview's transcript: a speaker's label and what the speaker says
    ("主持人：好的，谢谢王总。嘉宾：谢谢大家！导演：是吗？", ["好的", "谢谢大家", "是吗"]),
]))
def test_what_a_credit_names_that_is_no_person(pipeline, text, not_names):
    found = {n for n, label in _mentions(pipeline, text) if label == PERSON}
    for name in not_names:
        assert name not in found
