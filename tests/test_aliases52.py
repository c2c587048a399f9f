"""Aliases within a document, round 52 (issue 15; zhkg.stages.resolve): two causes of aliases52's tune half.

- a company's stem beside its group and the country's company of that stem is the country's company (联通 beside
  联通集团 and 中国联通: 中国联通, never 联通集团);
- a bank's name with 行 for 银行 is that bank (广州农商行 of 广州农商银行), never a name whose 银行 the document
  does not write.
Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.stages.resolve_companies import _stem_opens_another_company


def joined(nodes, short, full):
    return any(short in names and full in names for names in nodes)


@pytest.mark.parametrize("names, orgs, expected", [
    (["联通", "联通集团"], ["联通", "联通集团", "中国联通"], True),
    (["联通", "联通集团"], ["联通", "联通集团", "网通集团"], False),
    (["联通", "联通集团"], ["联通", "联通集团", "美国联通"], False),  # only the country's company
])
def test_the_country_company_of_a_stem(names, orgs, expected):
    assert _stem_opens_another_company("联通", names, orgs) is expected


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("根据中国联通公布的方案，联通将向联通集团收购南方省份的电信业务。", "联通", "中国联通"),
    ("业内人士称，广州农商行早已筹备上市，广州农商银行管理层更倾向于在A股上市。", "广州农商行", "广州农商银行"),
    ("记者获悉，农商行改制进展顺利，农商银行的董事会已经批准了方案。", "农商行", "农商银行"),
]))
def test_one_company_joined(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert joined(nodes, short, full), nodes


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("根据中国联通公布的方案，联通将向联通集团收购南方省份的电信业务。", "联通", "联通集团"),
]))
def test_two_companies_stay_apart(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names for names in nodes), nodes
    assert not joined(nodes, short, full), nodes
