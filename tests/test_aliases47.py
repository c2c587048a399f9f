"""Aliases within a document, round 47 (issue 15; zhkg.extract.company_aliases, zhkg.stages.resolve):

- a brand and its name with one trade (乳业, 电器, 药业) the document names it in are one company: 蒙牛 and 蒙牛乳业,
  国美 and 国美电器 (as 新鸿基 and 新鸿基地产 were);
- a bare stem that opens two companies' names of the document is none of them: 联想 beside 联想集团 and
  联想控股股份有限公司, while 信实 beside 信实集团 alone stays that company.
Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.company_aliases import join_trade_names
from zhkg.stages.resolve_companies import _names_no_one_company, _stem_opens_another_company, document_company


@pytest.mark.parametrize("names, expected", [
    (["蒙牛", "蒙牛乳业"], {"蒙牛": "蒙牛乳业"}),
    (["国美", "国美电器"], {"国美": "国美电器"}),
    (["同仁堂", "同仁堂药业"], {"同仁堂": "同仁堂药业"}),
    (["蒙牛", "蒙牛乳业", "蒙牛地产"], {}),  # two trades: which is 蒙牛?
    (["平安", "平安银行", "平安证券"], {}),
])
def test_a_brand_and_its_one_trade(names, expected):
    assert join_trade_names(names) == expected


@pytest.mark.parametrize("stem, names, orgs, expected", [
    ("联想", ["联想", "联想集团"], ["联想", "联想集团", "联想控股股份有限公司"], True),
    ("百联", ["百联", "百联集团"], ["百联", "百联集团", "百联电子商务有限公司"], True),
    ("信实", ["信实", "信实集团"], ["信实", "信实集团", "信实大厦"], False),  # a building is no company
    ("方太", ["方太", "方太集团"], ["方太", "方太集团", "方太集团杭州分公司"], False),  # the group's own unit
    ("皮克斯", ["皮克斯", "皮克斯公司"], ["皮克斯", "皮克斯公司", "皮克斯公开发售公司"], False),  # no legal name
])
def test_a_stem_opening_another_company(stem, names, orgs, expected):
    assert _stem_opens_another_company(stem, names, orgs) is expected


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("蒙牛乳业今日公布年度业绩，蒙牛表示将继续拓展海外市场。", "蒙牛", "蒙牛乳业"),
    ("国美电器昨日召开发布会，国美将在三年内开设一千家门店。", "国美", "国美电器"),
]))
def test_a_brand_beside_its_name_with_a_trade_is_the_company(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(short in names and full in names for names in nodes), nodes


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("联想控股股份有限公司董事长与联想集团总裁一同出席活动，联想的员工代表也到场。", "联想", "联想集团"),
]))
def test_a_stem_two_companies_open_joins_neither(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(short in names for names in nodes), nodes  # read as a name at all
    assert not any(short in names and full in names for names in nodes), nodes


@pytest.mark.parametrize("stem, names, after, expected", [
    ("九鼎", ["九鼎", "九鼎集团"], {"九鼎": {"投资"}}, True),  # 九鼎|投资称 beside 九鼎集团
    ("九鼎", ["九鼎", "九鼎投资集团"], {"九鼎": {"投资"}}, False),
    ("九鼎", ["九鼎", "九鼎集团"], {}, False),
])
def test_a_stem_another_company_word_follows(stem, names, after, expected):
    assert _names_no_one_company(stem, names, [], after) is expected


@pytest.mark.parametrize("name, names, expected", [
    ("绿瘦国际集团", ["绿瘦国际集团公司", "西安三奇"], "绿瘦国际集团公司"),
    ("中信银行", ["中信"], "中信"),
    ("平安银行", ["平安", "平安证券"], "平安银行"),  # 平安 has two trades here
    ("北京公司", ["北京集团"], "北京公司"),  # a place is no stem
])
def test_a_derived_company_takes_the_documents_name(name, names, expected):
    places = {"北京"}
    assert document_company(name, names, places) == expected


@pytest.mark.parametrize("text", both_scripts([
    "东吴基金公司昨日公告，东吴基金电子商务部负责网上直销。",
]))
def test_a_derived_parent_is_the_documents_company(pipeline, text):
    # a reader derives 东吴基金, the unit's parent; the document names it with 公司
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any({"东吴基金", "东吴基金公司"} <= names for names in nodes), nodes


@pytest.mark.parametrize("text", both_scripts([
    "九鼎投资称其从未违规，九鼎集团原作为PE机构挂牌并无不妥。",
]))
def test_a_stem_before_another_company_word_is_not_the_group(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any("九鼎集团" in names for names in nodes), nodes
    assert not any({"九鼎", "九鼎集团"} <= names for names in nodes), nodes
