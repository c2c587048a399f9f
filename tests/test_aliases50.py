"""Aliases within a document, round 50 (issue 15; zhkg.extract.company_aliases, zhkg.stages.resolve): wrong merges.

- a group and its 股份 company of one stem are two (一汽集团 and 一汽股份);
- 国药集团 is the group of 国药集团药业股份有限公司, not its short name;
- a stem written behind a special-treatment mark (ST黄海) is the listed company: never a group's name nor a legal
  name without 股份 (黄海集团, 深圳市康达尔运输有限公司), still 厦华公司 of ST厦华;
- a bank, hotel, store or bare brand written before the same name with a place in front is not that place's arm
  (东亚银行 … 加拿大东亚银行, 家乐福 … 台湾家乐福);
- a stem written before the legal name the text says it founds or holds is not that company (吉林敖东 … 设立
  吉林敖东大高酵素有限公司).
Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.company_aliases import company_short_forms, join_legal_stems
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.resolve_companies import _arm_in_place, _group_and_shares


def joined(nodes, short, full):
    return any(short in names and full in names for names in nodes)


@pytest.mark.parametrize("stem, names, expected", [
    ("一汽", ["一汽集团", "一汽股份"], [["一汽集团"], ["一汽股份"]]),
    ("一汽", ["一汽集团", "一汽集团公司", "一汽股份有限公司"], [["一汽集团", "一汽集团公司"], ["一汽股份有限公司"]]),
    ("成商", ["成商集团", "成商集团股份有限公司"], [["成商集团", "成商集团股份有限公司"]]),  # one listed group
    ("信实", ["信实", "信实集团"], [["信实", "信实集团"]]),
])
def test_a_group_and_its_shares_company(stem, names, expected):
    assert _group_and_shares(stem, names) == expected


def test_a_group_is_no_short_name_of_its_member():
    assert join_legal_stems(["国药集团", "国药集团药业股份有限公司"]) == {}
    assert join_legal_stems(["成商集团", "成商集团股份有限公司"]) == {"成商集团": "成商集团股份有限公司"}
    assert "国药集团" not in company_short_forms("国药集团药业股份有限公司", "国药集团称，国药股份公告")
    assert company_short_forms("国药集团药业股份有限公司", "国药集团称，国药股份公告") == {"国药股份"}
    assert company_short_forms("力帆实业（集团）股份有限公司", "力帆集团称") == {"力帆集团"}


@pytest.mark.parametrize("name, longer, first, expected", [
    ("东亚银行", "加拿大东亚银行", {"东亚银行": 3, "加拿大东亚银行": 20}, True),
    ("东亚银行", "加拿大东亚银行", {"东亚银行": 20, "加拿大东亚银行": 3}, False),  # the long name first
    ("家乐福", "台湾家乐福", {"家乐福": 0, "台湾家乐福": 30}, True),
    ("欧瑞康集团", "瑞士欧瑞康集团", {"欧瑞康集团": 0, "瑞士欧瑞康集团": 30}, False),  # a group: its home
    ("平安", "中国平安", {"平安": 0, "中国平安": 30}, False),
    ("国资委", "北京国资委", {"国资委": 0, "北京国资委": 30}, False),  # a public body
])
def test_a_company_before_its_name_with_a_place(name, longer, first, expected):
    places = {"加拿大", "台湾", "瑞士", "中国", "北京"}
    assert _arm_in_place(name, longer, places, first, load_lexicon()) is expected


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("外界传言一汽集团将借壳上市，不过随着一汽股份的成立，这一可能已变得越来越小。", "一汽集团", "一汽股份"),
    ("国药股份公告称，接到国药集团的《关于避免国药集团药业股份有限公司同业竞争的承诺》。",
     "国药集团", "国药集团药业股份有限公司"),
    ("在这一预期下，黄海集团本次选择将ST黄海的股权对外转让。", "黄海", "黄海集团"),
    ("昨日，ST康达尔控股子公司深圳市康达尔运输有限公司陷入资源移交风波。", "康达尔", "深圳市康达尔运输有限公司"),
    ("工商银行与东亚银行签订协议，收购加拿大东亚银行的全部股份。", "东亚银行", "加拿大东亚银行"),
    ("吉林敖东昨日公告，拟在敦化市设立吉林敖东大高酵素有限公司。", "吉林敖东", "吉林敖东大高酵素有限公司"),
]))
def test_two_companies_stay_apart(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(short in names for names in nodes) and any(full in names for names in nodes), nodes
    assert not joined(nodes, short, full), nodes


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("国药股份公告称，接到国药集团的《关于避免国药集团药业股份有限公司同业竞争的承诺》。",
     "国药股份", "国药集团药业股份有限公司"),
    ("湘财证券调研ST厦华的资料显示，目前厦华公司现有客户主要有两类。", "厦华", "厦华公司"),
    ("加拿大东亚银行昨日开业，东亚银行表示将拓展当地业务。", "东亚银行", "加拿大东亚银行"),
    # the founded company's stem written after it is that company
    ("腾讯控股昨日宣布成立摩根富林明证券投资信托股份有限公司，摩根富林明将专注理财。",
     "摩根富林明", "摩根富林明证券投资信托股份有限公司"),
]))
def test_one_company_stays_joined(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert joined(nodes, short, full), nodes
