"""Organisation names of Taiwan, Hong Kong and mainland news (issue 15, session 27, orgs32): an owner's word before
a school or a hospital (国立成功大学), customs named by its kind (海关) where it acts, chains and Veterans General
Hospitals by their own names, a trade word before an association's bare head word (厂商联合会), and a party's
caucus as a body of its own that is PART_OF its party. Invented sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.departments import services_by_kind
from zhkg.extract.organisations import OWNERS
from zhkg.records import Label
from zhkg.relate.parts import PART_OF, caucus_party
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import token_table


def _orgs(pipeline, text: str) -> dict[str, str]:
    """Each organisation mention's Simplified text -> the Simplified name of the entity it belongs to."""
    return {to_simplified(m.simplified): to_simplified(m.canonical or m.simplified)
            for m in pipeline.process_document(Document("d", text)).mentions if m.label is Label.ORGANIZATION}


def _relations(pipeline, text: str, kind) -> set[tuple[str, str]]:
    result = pipeline.process_documents([Document("orgs32", text, kind="text")])[0]
    by_id = {entity_id(m): to_simplified(m.canonical or m.simplified) for m in result.mentions}
    return {(by_id.get(r.source, r.source), by_id.get(r.target, r.target)) for r in result.relations if r.kind is kind}


# ---- an owner's word is part of an institution's name; the bare name written again is its alias

@pytest.mark.parametrize("text, full, bare", both_scripts([
    ("国立成功大学今天举办毕业典礼，校长勉励毕业生。", "国立成功大学", "成功大学"),
    ("国立台湾大学与中研院今天签署合作备忘录。", "国立台湾大学", "台湾大学"),
    ("国立中兴大学今天与台中荣总签约。", "国立中兴大学", "中兴大学"),
    ("私立辅仁大学今天举行校庆。", "私立辅仁大学", "辅仁大学"),
]))
def test_owner_word_opens_the_name(pipeline, text, full, bare):
    found = _orgs(pipeline, text)
    assert full in found, found
    assert bare not in found


@pytest.mark.parametrize("text, full, bare", both_scripts([
    ("国立成功大学今天举办毕业典礼。成功大学校友会也派代表出席。", "国立成功大学", "成功大学"),
    ("国立台湾大学今天公布招生名额。台湾大学校方表示将增加名额。", "国立台湾大学", "台湾大学"),
]))
def test_bare_name_is_the_full_names_alias(pipeline, text, full, bare):
    found = _orgs(pipeline, text)
    assert found.get(bare) == full, found


@pytest.mark.parametrize("text", both_scripts([
    "美国立法院的说法不对。",  # 美国|立法院: no owner's word
    "该市立即展开调查，市长表示将严肃处理。",  # 该市|立即
]))
def test_owner_letters_inside_other_words_open_nothing(pipeline, text):
    assert not any(name.startswith(OWNERS) for name in _orgs(pipeline, text))


# ---- customs named by its kind

@pytest.mark.parametrize("text", both_scripts([
    "海关今天查获一批走私香烟，市价逾千万元。",
    "海关昨日表示，将加强对旅客行李的检查。",
    "据美方介绍，此次行动由财政部和海关联手实施。",
]))
def test_customs_acting_is_a_body(pipeline, text):
    assert "海关" in _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "海关人员在货柜中发现大量仿冒品。",
    "海关数据显示，上月出口按年增长一成。",
    "旅客须向海关申报携带的现金。",
]))
def test_customs_as_a_modifier_or_object_is_no_body(pipeline, text):
    assert "海关" not in _orgs(pipeline, text)


def test_customs_span_reader(nlp):
    text = "海关今天查获毒品。海关总署表示，海关人员已到场。"
    assert [(s, e) for s, e in services_by_kind(text, token_table(nlp(text)))] == [(0, 2)]


# ---- chains and hospitals by their own names; university and chain cues

@pytest.mark.parametrize("text, name", both_scripts([
    ("统一超商今天宣布，旗下门市将调涨咖啡价格。", "统一超商"),
    ("全家便利商店与莱尔富今年都将扩大展店。", "莱尔富"),
    ("全家今年将新开两百家门市。", "全家"),
    ("百佳和惠康今日宣布旗下分店延长营业时间。", "惠康"),
    ("屈臣氏今日公布中期业绩。", "屈臣氏"),
    ("台北荣总今天宣布成立罕见疾病中心。", "台北荣总"),
    ("高雄荣总副院长今天说明医疗量能。", "高雄荣总"),
    ("台大今年的申请人数创新高，校方将增加招生名额。", "台大"),
]))
def test_chains_hospitals_and_universities_by_their_names(pipeline, text, name):
    assert name in _orgs(pipeline, text)


@pytest.mark.parametrize("text, word", both_scripts([
    ("过年时全家一起吃团圆饭。", "全家"),
    ("他叫惠康，今年二十岁。", "惠康"),
    ("超市里的苹果今天减价。", "苹果"),
]))
def test_a_chains_name_that_is_a_common_word_needs_a_cue(pipeline, text, word):
    assert word not in _orgs(pipeline, text)


# ---- a trade word before a bare head word stays in the association's name

@pytest.mark.parametrize("text, name", both_scripts([
    ("香港中华厂商联合会今日发表调查报告。", "香港中华厂商联合会"),
]))
def test_trade_word_before_a_bare_head_is_the_name(pipeline, text, name):
    found = _orgs(pipeline, text)
    assert name in found, found
    assert "联合会" not in found


# ---- a union of a well-known body's staff

@pytest.mark.parametrize("text, name", both_scripts([
    ("华航企业工会今天宣布罢工。", "华航企业工会"),
    ("台积电工会今天成立。", "台积电工会"),
    ("中华电信工会今天到立法院陈情。", "中华电信工会"),
]))
def test_union_after_a_known_body(pipeline, text, name):
    assert name in _orgs(pipeline, text)


# ---- a caucus is a body of its own, PART_OF its party

@pytest.mark.parametrize("name, party", [
    ("民进党立院党团", "民进党"), ("台南市议会国民党团", "国民党"), ("民众党团", "民众党"), ("国民党立法院党团", "国民党"),
])
def test_caucus_party_span(name, party):
    s, e = caucus_party(name, load_lexicon())
    assert name[s:e] == party


@pytest.mark.parametrize("name", ["共青团", "党团活动", "民进党", "合唱团"])
def test_no_caucus(name):
    assert caucus_party(name, load_lexicon()) == (0, 0)


@pytest.mark.parametrize("text, caucus, party", both_scripts([
    ("民进党立院党团今天召开记者会，要求国民党撤回提案。", "民进党立院党团", "民进党"),
    ("台南市议会国民党团今天批评市府预算编列不当。", "台南市议会国民党团", "国民党"),
]))
def test_caucus_is_part_of_its_party(pipeline, text, caucus, party):
    assert (caucus, party) in _relations(pipeline, text, PART_OF)
