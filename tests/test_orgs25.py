"""Organisations in company news (issues 11 and 15, session 24): a country before a Latin company's name is part of
it, a caption's person run over a space no longer cuts the company after it, a stock code between a company and a
title after 是 keeps the post, and a board names its company (万科董事会 is PART_OF 万科). Invented sentences,
Simplified and Traditional."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document, Label, RelationKind
from zhkg.relate.parts import PART_OF
from zhkg.stages.documents import parse_documents
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import to_simplified


def _mentions(pipeline, text: str) -> set[tuple[str, str]]:
    doc = parse_documents("orgs25", text)[0]
    return {(to_simplified(m.text), m.label.value) for m in pipeline.extract_mentions(doc)}


def _relations(pipeline, text: str, kind) -> set[tuple[str, str, str]]:
    result = pipeline.process_documents([Document("orgs25", text, kind="text")])[0]
    by_id = {entity_id(m): to_simplified(m.canonical or m.simplified) for m in result.mentions}
    return {(by_id.get(r.source, r.source), to_simplified(r.role or ""), by_id.get(r.target, r.target))
            for r in result.relations if r.kind is kind}


@pytest.mark.parametrize("text, name", both_scripts([
    # a country abroad is written apart from a Latin-named company since orgs311 (the web gold's convention)
    ("中联重科去年收购了意大利CIFA公司，并消化了它的技术。", "CIFA公司"),
    ("联想集团与日本NEC公司的合作昨日落定。", "NEC公司"),
    ("西南合成将与韩国SK集团共同研发新药。", "SK集团"),
]))
def test_a_country_before_a_latin_company_is_apart_from_it(pipeline, text, name):
    found = _mentions(pipeline, text)
    assert (name, Label.ORGANIZATION.value) in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # a Latin name with no company's kind after the place stays apart (a station, a district: 台湾|TVBS, 北京|CBD)
    ("据台湾TVBS电视台报道，台湾TVBS的民调显示支持度下降。", "台湾TVBS"),
]))
def test_a_place_before_a_latin_name_without_a_kind_stays_apart(pipeline, text, name):
    assert (name, Label.ORGANIZATION.value) not in _mentions(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a listed short name that is no common word before 发布公告 (a noun to jieba, which made it look like a longer name)
    ("3月8日,华电国际发布公告,公司当日与大同煤业公司签订股权转让协议。", "华电国际"),
]))
def test_a_listed_name_issuing_a_notice_is_a_company(pipeline, text, name):
    found = _mentions(pipeline, text)
    assert (name, Label.ORGANIZATION.value) in found, found


@pytest.mark.parametrize("text, person, company", both_scripts([
    ("阮洪良 福莱特玻璃集团股份有限公司董事长作为光伏玻璃供应商的代表发言。", "阮洪良", "福莱特玻璃集团股份有限公司"),
]))
def test_a_caption_person_before_a_space_leaves_the_company_whole(pipeline, text, person, company):
    found = _mentions(pipeline, text)
    assert (person, Label.PERSON.value) in found, found
    assert (company, Label.ORGANIZATION.value) in found, found
    assert not any(name != company and company.endswith(name) and label == Label.ORGANIZATION.value
                   for name, label in found), found


@pytest.mark.parametrize("text", both_scripts([
    "在整个山钢集团的自有矿山中，石门铁矿位列第二。",
]))
def test_a_word_before_a_company_stays_out_of_it(pipeline, text):
    found = _mentions(pipeline, text)
    assert ("山钢集团", Label.ORGANIZATION.value) in found, found
    assert ("整个山钢集团", Label.ORGANIZATION.value) not in found, found


@pytest.mark.parametrize("text, person, role, company", both_scripts([
    ("除了是港通达的原实控人之外，宣瑞国同时也是港股上市公司中国自动化集团（00569.HK）的董事长。", "宣瑞国", "董事长",
     "中国自动化集团"),
    ("王明是上市公司万科（000002.SZ）的总裁。", "王明", "总裁", "万科"),
]))
def test_a_stock_code_between_a_company_and_its_title_keeps_the_post(pipeline, text, person, role, company):
    found = _relations(pipeline, text, RelationKind.HOLDS_ROLE)
    assert (person, role, company) in found, found


@pytest.mark.parametrize("text", both_scripts([
    "宣瑞国同时也是中国自动化集团（00569.HK）的董事长。",
]))
def test_a_copula_is_no_part_of_a_listed_name(pipeline, text):
    found = _mentions(pipeline, text)
    assert ("中国自动化集团", Label.ORGANIZATION.value) in found, found
    assert ("是中国自动化集团", Label.ORGANIZATION.value) not in found, found


@pytest.mark.parametrize("text, board, company", both_scripts([
    ("万科董事会中来自华润的董事投出反对票。", "万科董事会", "万科"),
    ("力拓董事会昨晚在伦敦决定取消注资计划。", "力拓董事会", "力拓"),
    ("隧道股份董事会审议通过了投资议案。", "隧道股份董事会", "隧道股份"),
    ("博瑞传播七届董事会第二次会议昨日召开。", "博瑞传播七届董事会", "博瑞传播"),
    ("鸿远电力董事会宣布，鸿远电力将出售部分资产。", "鸿远电力董事会", "鸿远电力"),
]))
def test_a_board_is_part_of_its_company(pipeline, text, board, company):
    found = _relations(pipeline, text, PART_OF)
    assert (board, "", company) in found, found


@pytest.mark.parametrize("text", both_scripts([
    "新一届董事会昨日选举产生。",
    "上市公司董事会应当勤勉尽责。",
    "鸿远电力董事会宣布出售部分资产。",
]))
def test_a_board_of_no_named_company_is_part_of_nothing(pipeline, text):
    assert not _relations(pipeline, text, PART_OF)
