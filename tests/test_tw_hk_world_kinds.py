"""Kinds zhkg got wrong on Taiwan, Hong Kong and international news written in Traditional characters
(issues 11, 14 and 15), found by running short passages written for these tests through the pipeline.

Each row runs one sentence through ``Pipeline().run_texts`` with the recogniser on, as written and in the
other script, and reads the graph.
"""

import pytest
from helpers import both_scripts, counts_in, entity_names

from zhkg.stages.normalise import to_simplified, to_traditional


@pytest.mark.parametrize("text, party", both_scripts([
    # a party's 籍 says who belongs to it and is no part of its name (民進黨籍立委 X: the party is 民進黨)
    ("民进党籍立委陈明德今天在立法院质询。", "民进党"),
    ("国民党籍议员王金城批评市府防汛准备不足。", "国民党"),
]))
def test_party_badge_is_not_part_of_the_party(pipeline, text, party):
    nodes = entity_names(pipeline, text)
    assert ("ORGANIZATION", party) in nodes
    assert ("ORGANIZATION", party + "籍") not in nodes


def _counts(nlp, text):
    return [span for span, _value, _thing in counts_in(nlp, text, spans=True)]


@pytest.mark.parametrize("text, spans", both_scripts([
    # a second number after the head starts a count of its own: the first thing ends before the verb
    ("市府已在29个行政区设置120处抽水站。", ["29个行政区", "120处抽水站"]),
    ("公司在3个城市开设12家工厂。", ["3个城市", "12家工厂"]),
    ("全市三个区10月份房价上涨。", ["三个区"]),
    # a noun of three for a place that jieba tags as an idiom is the thing (50个避难所, not 50个)
    ("高雄市在38个行政区设立50个避难所。", ["38个行政区", "50个避难所"]),
    # a number inside a name is no second count: 沪深300指数基金 is one thing
    ("广发旗下四只沪深300指数基金表现抢眼。", ["四只沪深300指数基金"]),
    # an adverb of manner jieba tags as a noun opens the predicate (全力参选, 全面启动)
    ("执政联盟将在577个选区全力参选。", ["577个选区"]),
    ("全市37个区全面启动防疫。", ["37个区"]),
]))
def test_count_thing_ends_before_the_predicate(nlp, text, spans):
    assert _counts(nlp, text) == [to_traditional(s) if text != to_simplified(text) else s for s in spans]


@pytest.mark.parametrize("text, body, described", both_scripts([
    # a company's description glued before its name is no part of it (汽车大厂|福斯集团, 电信业者|中华电信)
    ("德国汽车大厂福斯集团今天宣布裁员。", "福斯集团", "德国汽车大厂福斯集团"),
    ("美国电动车厂特斯拉公司今天降价。", "特斯拉公司", "美国电动车厂特斯拉公司"),
    ("南韩电子巨擘三星集团今天宣布投资。", "三星集团", "南韩电子巨擘三星集团"),
    ("电信业者中华电信今天宣布涨价。", "中华电信", "电信业者中华电信"),
]))
def test_description_before_a_company_is_not_its_name(pipeline, text, body, described):
    nodes = entity_names(pipeline, text)
    assert ("ORGANIZATION", body) in nodes
    assert ("ORGANIZATION", described) not in nodes


@pytest.mark.parametrize("text, body", both_scripts([
    # the describing word inside a body's own name, or before a common noun, stays
    ("长春第一汽车厂今天宣布扩产。", "长春第一汽车厂"),
]))
def test_describing_word_inside_a_name_stays(pipeline, text, body):
    assert ("ORGANIZATION", body) in entity_names(pipeline, text)
