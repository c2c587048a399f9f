"""Universal NER round 38: rules that cut the recogniser's right transliterated names (Wikipedia's Roman and Russian
names), lands named after people, an appointed name's list mates, world agencies and 官也街, each in both scripts,
with the run-ons the rules were written for still cut."""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.person_edges import _drop_trailing_verbs, _trim_name_tails
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import normalise, to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _person(text: str, name: str) -> Mention:
    simplified = normalise(text).simplified
    start = simplified.index(normalise(name).simplified)
    end = start + len(name)
    return Mention("d", start, end, text[start:end], simplified[start:end], Label.PERSON, "crf")


# ---- a transliterated name of four keeps its last letter (_trim_name_tails)

@pytest.mark.parametrize("text, name, kept", [
    ("此后戴克里先推行四帝共治。", "戴克里先", "戴克里先"),  # 戴克里 are letters of transliterated names
    ("叶铭汉交工资后回家了。", "叶铭汉交", "叶铭汉"),  # a Chinese name of three and the verb after it
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_four_letter_transliterated_name_kept(text, name, kept, convert):
    text = convert(text)
    out = _trim_name_tails([_person(text, convert(name))], normalise(text).simplified, load_lexicon())
    assert [m.simplified for m in out] == [kept]


# ---- a joined name keeps its last letter where cutting it would leave one letter, or where a clause ends after a
# letter that is no verb (_drop_trailing_verbs)

@pytest.mark.parametrize("text, name, kept", [
    ("其中香侬·帕搏做到了助理警长。", "香侬·帕搏", "香侬·帕搏"),
    ("他原名列夫·布隆施泰因，生于乌克兰。", "列夫·布隆施泰因", "列夫·布隆施泰因"),
    ("叶甫根尼·普鲁申科住在圣彼得堡。", "叶甫根尼·普鲁申科住", "叶甫根尼·普鲁申科"),  # 住 governs 在圣彼得堡
    ("叶甫根尼·普鲁申科因伤退赛。", "叶甫根尼·普鲁申科因", "叶甫根尼·普鲁申科"),  # 因 governs 伤
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_joined_name_trailing_letter(text, name, kept, convert):
    text = convert(text)
    out = _drop_trailing_verbs([_person(text, convert(name))], load_lexicon(), normalise(text).simplified)
    assert [m.simplified for m in out] == [kept]


# ---- the whole extraction

@pytest.mark.parametrize("text, person", both_scripts([
    ("托洛茨基原名列夫·达维多维奇·布隆施泰因，1879年生于乌克兰。", "列夫·达维多维奇·布隆施泰因"),  # 名列 is a word
    ("罗马帝国晚期，戴克里先执政时推行改革。", "戴克里先"),
]))
def test_transliterated_names_whole(pipeline, text, person):
    found = labelled_mentions(pipeline, text)
    assert ("PERSON", person) in found
    assert not any(label == "PERSON" and name != person and name in person for label, name in found)


@pytest.mark.parametrize("text, person", both_scripts([
    ("他的长孙李明在场。", "李明"),  # a model person from a word's last letter is still the rules' person
]))
def test_chinese_names_still_cut(pipeline, text, person):
    found = labelled_mentions(pipeline, text)
    assert ("PERSON", person) in found
    assert not any(label == "PERSON" and name != person and person in name for label, name in found)


# ---- lands and seas named after a person are places, not the person (胡安·德富卡板块, 查尔斯王子山脉)

@pytest.mark.parametrize("text, place, person", both_scripts([
    ("胡安·德富卡板块正在向北美板块之下俯冲。", "胡安·德富卡板块", "胡安·德富卡"),
]))
def test_plate_named_after_a_person(pipeline, text, place, person):
    found = labelled_mentions(pipeline, text)
    assert ("PLACE", place) in found and ("PERSON", person) not in found


@pytest.mark.parametrize("text", ["山脉以查尔斯王子山脉命名。", "查尔斯王子海峡", "查尔斯王子冰川很长。"])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_known_person_before_a_feature_is_no_person(text, convert):
    from zhkg.extract.known_people import _NAMED_AFTER

    text = convert(text)
    at = normalise(text).simplified.index("王子") + 2
    assert _NAMED_AFTER.match(normalise(text).simplified, at)


@pytest.mark.parametrize("text, person", both_scripts([
    ("查尔斯王子访问了澳大利亚。", "查尔斯王子"),  # the prince himself, no feature after him
]))
def test_known_person_still_read(pipeline, text, person):
    assert ("PERSON", person) in labelled_mentions(pipeline, text)


# ---- a name listed with an appointed name is appointed too, when its letters may write a name

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("孙中山改任黄复生、卢师谛为总司令、副司令。", [("黄复生", "PERSON"), ("卢师谛", "PERSON")], []),
    ("会议改任黄复生、师谛为总司令。", [("黄复生", "PERSON")], [("师谛", "PERSON")]),  # 师 opens no surname
], convert_names=True))
def test_appointed_list_mates(pipeline, text, present, absent):
    found = {(name, label) for label, name in labelled_mentions(pipeline, text)}
    for name, label in present:
        assert (normalise(name).simplified, label) in found
    for name, label in absent:
        assert (normalise(name).simplified, label) not in found


# ---- the world's news agencies by their short names (時事社, 朝中社, 德新社)

@pytest.mark.parametrize("text, agency", both_scripts([
    ("时事社报道，日本首相将于下月访美。", "时事社"),
    ("朝中社25日报道，朝鲜当天试射导弹。", "朝中社"),
    ("德新社消息称，德国总理将访华。", "德新社"),
    ("据安莎社报道，意大利总理辞职。", "安莎社"),
]))
def test_world_agencies(pipeline, text, agency):
    assert ("ORGANIZATION", agency) in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["他每天关注时事社评。"]))
def test_topics_desk_is_no_agency(pipeline, text):
    assert not any(name.startswith("时事") for _, name in labelled_mentions(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["澳门氹仔官也街是游客必到的景点。", "游客在官也街品尝葡挞。"]))
def test_macau_street_with_ye(pipeline, text):
    assert ("PLACE", "官也街") in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["景顺长城基金总经理离职⊙本报记者 徐婧婧景顺长城基金今日公告，同意其辞职。"]))
def test_byline_mates_keep_the_bar(pipeline, text):
    # a byline's parts are no appointed list: the fund's short name glued on after the reporter is no person
    assert ("PERSON", "景顺") not in labelled_mentions(pipeline, text)
