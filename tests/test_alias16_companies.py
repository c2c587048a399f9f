"""A company's short name and its full name in one document are one node (issue 15; zhkg.extract.company_aliases)."""

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.company_aliases import company_short_forms, join_legal_stems, join_trade_names


def _org_nodes(pipeline, text):
    return node_names(pipeline, text, "ORGANIZATION")


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("交通银行昨日公布半年报，交行上半年净利润同比增长百分之八。", "交通银行", "交行"),
    ("招商银行行长在发布会上说，招行将继续压降不良贷款。", "招商银行", "招行"),
    ("中国建设银行宣布下调房贷利率，建行各分行即日起执行。", "中国建设银行", "建行"),
    # the word 在建 runs across the second 建行: it is still the bank the first one names
    ("新基金由中国建设银行托管，托管行为建行，投资者可在建行网点认购。", "中国建设银行", "建行"),
    ("重庆力帆实业（集团）股份有限公司今日发布公告，力帆股份称将回购部分股份。",
     "重庆力帆实业（集团）股份有限公司", "力帆股份"),
    ("新鸿基地产周二公布业绩，新鸿基的租金收入上升。", "新鸿基地产", "新鸿基"),
    ("国泰基金管理公司表示，国泰基金旗下三只产品将分红。", "国泰基金管理公司", "国泰基金"),
]))
def test_short_and_full_company_names_are_one_node(pipeline, text, full, short):
    nodes = _org_nodes(pipeline, text)
    assert any(full in names and short in names for names in nodes), nodes
    assert len([names for names in nodes if short in names]) == 1, nodes


@pytest.mark.parametrize("text, first, second", both_scripts([
    # two companies of one group: 联想集团 is no short form of 联想控股股份有限公司
    ("联想控股股份有限公司向学校捐款，联想集团的员工也参加了活动。", "联想控股股份有限公司", "联想集团"),
    # 中国人民银行 is never 中行 (the Bank of China)
    ("中国人民银行今天发布数据，中行随后上调了存款利率。", "中国人民银行", "中行"),
    # a stem named in two trades names neither alone
    ("平安银行和平安证券联合发布报告，平安表示看好后市。", "平安银行", "平安证券"),
]))
def test_other_companies_stay_apart(pipeline, text, first, second):
    nodes = _org_nodes(pipeline, text)
    assert not any(first in names and second in names for names in nodes), nodes


@pytest.mark.parametrize("name, text, expected", [
    ("交通银行", "交行表示", {"交行"}),
    ("中国工商银行", "工行表示", {"工行"}),
    ("中国银行", "中行表示", {"中行"}),
    ("中国人民银行", "人行表示", set()),  # the lexicon's, not this rule's
    ("北京银行", "向北行驶", set()),  # a bank named by a place
    ("交通银行", "交通银行表示", set()),  # not written
    ("山东新华锦国际股份有限公司", "新华锦股份公告", {"新华锦股份"}),
    ("联想控股股份有限公司", "联想集团表示", set()),  # 集团 is not in the legal name
    ("北京首创股份有限公司", "北京股份表示", set()),  # a place is no stem
])
def test_company_short_forms(name, text, expected):
    assert company_short_forms(name, text) == expected


@pytest.mark.parametrize("names, places, expected", [
    (["新鸿基", "新鸿基地产"], frozenset(), {"新鸿基": "新鸿基地产"}),
    (["诺德基金", "诺德基金管理"], frozenset(), {"诺德基金": "诺德基金管理"}),  # 基金管理 is 基金's trade
    (["平安", "平安银行", "平安证券"], frozenset(), {}),
    (["华安", "华安基金"], frozenset({"华安"}), {}),  # 华安 is a county too
    (["国泰双利债券", "国泰基金"], frozenset(), {}),  # a fund and its manager
])
def test_join_trade_names(names, places, expected):
    assert join_trade_names(names, places) == expected


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("摩根富林明证券投资信托股份有限公司总经理昨日离职，摩根富林明称业务不受影响。",
     "摩根富林明证券投资信托股份有限公司", "摩根富林明"),
]))
def test_coined_stem_is_its_legal_name(pipeline, text, full, short):
    nodes = _org_nodes(pipeline, text)
    assert any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("names, places, expected", [
    (["新华锦", "山东新华锦国际股份有限公司"], frozenset({"山东"}), {"新华锦": "山东新华锦国际股份有限公司"}),
    (["中国平安", "中国平安人寿保险股份有限公司"], frozenset(), {}),  # a subsidiary
    (["新华", "新华国际有限公司"], frozenset(), {}),  # two letters: a word as often as a stem
    (["阿里巴", "阿里巴巴网络有限公司", "阿里巴巴集团有限公司"], frozenset(), {}),  # which of two?
])
def test_join_legal_stems(names, places, expected):
    assert join_legal_stems(names, places) == expected
