"""Organisations on text nobody tuned for (issue 15, session 23): a listed company named with a deal in its sentence,
a band's member written after the band, a temple whose name opens with a township's letter, and bodies named after a
place they do not sit in. Invented sentences, Simplified and Traditional."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document, Label, RelationKind
from zhkg.stages.documents import parse_documents
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import to_simplified


def _mentions(pipeline, text: str) -> set[tuple[str, str]]:
    doc = parse_documents("orgs24", text)[0]
    return {(to_simplified(m.text), m.label.value) for m in pipeline.extract_mentions(doc)}


def _located(pipeline, text: str) -> set[tuple[str, str]]:
    result = pipeline.process_documents([Document("orgs24", text, kind="text")])[0]
    by_id = {entity_id(m): m.canonical or m.simplified for m in result.mentions}
    return {(by_id.get(r.source, r.source), by_id.get(r.target, r.target))
            for r in result.relations if r.kind is RelationKind.LOCATED_IN}


@pytest.mark.parametrize("text, name", both_scripts([
    # a deal only companies make, in the sentence of a listed company's short name that is no common word
    ("这家分销企业排名前三，上海医药对其实施收购后，业务将大为扩展。", "上海医药"),
    ("受益于基建提速，中国铁建上半年净利比去年同期增长两成。", "中国铁建"),
    ("按照协议，两家电厂的利润归买方所有，再根据华电能源的注资比例计算。", "华电能源"),
    # a person the recogniser or the segmenter guessed inside the name yields to it (安琪 of 安琪酵母)
    ("安琪酵母今日公告，拟定向增发购买一家科技公司的资产。", "安琪酵母"),
]))
def test_a_listed_name_with_a_deal_in_its_sentence_is_a_company(pipeline, text, name):
    found = _mentions(pipeline, text)
    assert (name, Label.ORGANIZATION.value) in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # a deal word in the sentence does not make a short name that opens a longer phrase a company
    ("上海医药行业近年收购频繁。", "上海医药"),
]))
def test_a_listed_name_opening_a_longer_phrase_stays_no_company(pipeline, text, name):
    assert (name, Label.ORGANIZATION.value) not in _mentions(pipeline, text)


@pytest.mark.parametrize("text, band, member", both_scripts([
    ("五月天阿信昨晚在台北开唱，歌迷挤满会场。", "五月天", "阿信"),
    ("五月天石头和队友一起出席记者会。", "五月天", "石头"),
]))
def test_a_band_member_after_the_band_is_a_person(pipeline, text, band, member):
    found = _mentions(pipeline, text)
    assert (band, Label.ORGANIZATION.value) in found, found
    assert (member, Label.PERSON.value) in found, found
    assert (band + member, Label.ORGANIZATION.value) not in found, found


@pytest.mark.parametrize("text", both_scripts([
    "大甲镇澜宫的妈祖绕境今天出发，信众沿路迎接。",
]))
def test_a_temple_keeps_the_township_letter_its_name_opens_with(pipeline, text):
    found = _mentions(pipeline, text)
    assert ("镇澜宫", Label.PLACE.value) in found, found
    assert not {("大甲镇", Label.PLACE.value), ("澜宫", Label.PLACE.value)} & found, found


@pytest.mark.parametrize("text, org, wrong", both_scripts([
    ("上海合作组织成员国领导人昨天在北京会晤。", "上海合作组织", "上海市"),
    ("他毕业于华盛顿大学，后来回国创业。", "华盛顿大学", "华盛顿"),
]))
def test_no_seat_from_a_namesake_place(pipeline, text, org, wrong):
    assert (org, wrong) not in _located(pipeline, text)


@pytest.mark.parametrize("text, org, place", both_scripts([
    ("他在纽约大学读书，毕业后留在当地。", "纽约大学", "纽约"),
    ("日本银行昨天宣布维持利率不变。", "日本银行", "日本"),
    ("北京大学的学生昨天参观了博物馆。", "北京大学", "北京市"),
]))
def test_a_seat_the_name_gives_stays(pipeline, text, org, place):
    assert (org, place) in _located(pipeline, text)


@pytest.mark.parametrize("text, names, wrong", both_scripts([
    # a company's tie to another before its name is no part of it
    ("公司控股股东中车集团拟认购约五亿元新股。", ["中车集团"], "公司控股股东中车集团"),
    ("不过在股价大涨的背后，控股股东蓝光集团却在减持。", ["蓝光集团"], "股东蓝光集团"),
    ("重庆路桥涨停背后有玄机，央企南光集团或入主。", ["南光集团"], "央企南光集团"),
    ("公司简介嘉兴市佳乐科仪有限公司成立于2002年。", ["嘉兴市佳乐科仪有限公司"], "公司简介嘉兴市佳乐科仪有限公司"),
    # a company, the tie and another company are two names
    ("宝石集团二股东东旭集团成为唯一受让方。", ["宝石集团", "东旭集团"], "宝石集团二股东东旭集团"),
    # two companies joined by 与
    ("裁决内容为广药集团与鸿道集团签订的补充协议无效。", ["广药集团", "鸿道集团"], "广药集团与鸿道集团"),
]))
def test_a_company_tie_read_into_a_name_is_cut(pipeline, text, names, wrong):
    found = _mentions(pipeline, text)
    assert {(n, Label.ORGANIZATION.value) for n in names} <= found, found
    assert (wrong, Label.ORGANIZATION.value) not in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # a joining word inside one body's name stays (no company end before it, or no company end after)
    ("人力资源和社会保障部昨天发布了新规定。", "人力资源和社会保障部"),
    ("香港证券及期货事务监察委员会发出警告。", "香港证券及期货事务监察委员会"),
    # 国企 opens bodies' names (MSRA train: 国企改革小组): no heading word to cut
    ("国企改革小组昨天召开会议。", "国企改革小组"),
]))
def test_a_body_with_a_joining_word_in_its_name_stays_one(pipeline, text, name):
    found = _mentions(pipeline, text)
    assert (name, Label.ORGANIZATION.value) in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # multinationals and brands the recogniser reads as people or misses (organisations_known.tsv, session 23)
    ("力拓昨天宣布撤销这项注资计划。", "力拓"),
    ("雅培宣布在华召回部分奶粉产品。", "雅培"),
    ("这批奶粉由惠氏在爱尔兰的工厂生产。", "惠氏"),
    ("无论是加多宝还是其他品牌，都在加大广告投入。", "加多宝"),
]))
def test_a_well_known_multinational_is_an_organisation(pipeline, text, name):
    found = _mentions(pipeline, text)
    assert (name, Label.ORGANIZATION.value) in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # the drink, no company word in the sentence
    ("问世之初可口可乐的主要成分只有两种。", "可口可乐"),
]))
def test_an_ambiguous_brand_without_a_company_cue_is_not_read_from_the_table(pipeline, text, name):
    doc = parse_documents("orgs24", text)[0]
    assert not any(to_simplified(m.text) == name and m.extractor == "org_known" for m in pipeline.extract_mentions(doc))
