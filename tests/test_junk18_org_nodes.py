"""Organisation nodes that name no body, found on the corpus graph's nodes (issues 15 and 11;
``bench/org_nodes_audit.py``, :mod:`zhkg.extract.non_bodies`): fund products, two known bodies coordinated into one,
runs of names, a paper's kind alone or cut out of a word, bare sub-units whose parent is lost. Simplified and
Traditional."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.non_bodies import LONGEST, drop_non_bodies, fund_product, subunit_name
from zhkg.records import Document, Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


def org_names(pipeline, text: str) -> set[str]:
    """The canonical (Simplified) names of the organisations read from ``text``."""
    result = pipeline.process_documents([Document("junk18", text, kind="text")])[0]
    return {to_simplified(m.canonical or m.simplified) for m in result.mentions if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text, absent, present", both_scripts([
    # a fund product is no body; its manager is
    ("华安基金今天宣布，旗下华安强债基金将于下周起正式发行。", "华安强债基金", None),
    ("诺德债券基金首募11亿元，诺德基金管理公司表示将稳健运作。", "诺德债券基金", None),
    # two bodies coordinated into one name
    ("在最新的大学排行榜上，稳居前三的依然是哈佛、普林斯顿和耶鲁。", "普林斯顿和耶鲁", "耶鲁"),
    # a paper's kind alone in its own dateline, and a paper's name cut out of the word before it
    ("晨报讯（记者 李明）昨天，本市土地市场再度升温，一宗地块以高价拍出。", "晨报", None),
    ("基金发行迎来高潮新报讯【记者 王强】随着股市回暖，股票基金发行再次迎来高潮。", "潮新报", None),
    # a bare sub-unit right after its parent is named with it
    ("住建部政策法规司副司长王明对本报记者表示，相关政策仍将延续。", "政策法规司", "住房和城乡建设部政策法规司"),
    # a school by its discipline alone, in an article about one university
    ("总理来到湖南大学与毕业生座谈。经贸学院学生李明首先发言，谈了自己的体会。", "经贸学院", "湖南大学经贸学院"),
]))
def test_no_node_that_names_no_body(pipeline, text, absent, present):
    names = org_names(pipeline, text)
    assert absent not in names, names
    if present is not None:
        assert present in names, names


@pytest.mark.parametrize("text, name", both_scripts([
    # a ministry named by two fields is one body
    ("工业和信息化部今天发布通知，要求各地加快宽带建设。", "工业和信息化部"),
    ("国际货币基金组织的最新预测显示，世界经济正在复苏。", "国际货币基金组织"),
    ("华安基金今天宣布，公司将加大对固定收益产品的投入。", "华安基金"),
    ("据香港文汇报报道，特区政府将加强防洪设施建设。", "文汇报"),
    # a fund right before its manager's title is the body of the role
    ("周立新，男，1975年出生。2009年起担任长城久泰红利基金经理助理。", "长城久泰红利基金"),
    # with two universities in the document, a bare school is left as read
    ("北京大学和清华大学的学生参加了比赛，经贸学院学生李明获得一等奖。", "经贸学院"),
]))
def test_real_bodies_stay(pipeline, text, name):
    assert name in org_names(pipeline, text)


@pytest.mark.parametrize("name, product", [
    ("华安强债基金", True), ("国泰双利债券基金", True), ("中银优选基金", True), ("摩根QDII基金", True),
    ("华安基金", False), ("国际货币基金", False), ("社保基金", False), ("中美教育基金", False),
])
def test_fund_products(name, product):
    assert fund_product(name) is product


def test_a_run_of_names_is_no_body():
    run = "信堡水岸耿伟顺驰临海温立伟金泰城丽湾周小燕圣世一品肖峰润泽地产张昊"
    assert len(run) > LONGEST
    text = run + "。中国银行"
    ms = [Mention("d", 0, len(run), run, run, Label.ORGANIZATION, "crf"),
          Mention("d", len(run) + 1, len(text), "中国银行", "中国银行", Label.ORGANIZATION, "crf")]
    assert [m.simplified for m in drop_non_bodies(ms, text, load_lexicon())] == ["中国银行"]


def test_a_subunit_needs_its_parent_right_before_it():
    parent = Mention("d", 0, 6, "国家质检总局", "国家质检总局", Label.ORGANIZATION, "crf")
    assert subunit_name("质量管理司", parent) == "国家质检总局质量管理司"
    assert subunit_name("质量管理司", None) == ""
    outlet = Mention("d", 0, 3, "新华社", "新华社", Label.ORGANIZATION, "org_outlet")
    assert subunit_name("北京中心", outlet) == ""  # a dateline's outlet is no parent
