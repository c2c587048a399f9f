"""Stock short names beside the exchanges' trading marks, and short names the recogniser ran on into the clause
(issue 15, session 29 round finre36; zhkg.extract.stock_marks, zhkg.extract.listed_companies).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. A special-treatment mark (ST, *ST, SST, S*ST) says a listed company's short name follows, whatever
its words; the company is the name without the mark. A share class letter (A, B) after a listed short name is
part of the name as written (粤电力A), but a letter before 股 is the market (A股) and one before a noun labels the
noun (A系列).
"""

import pytest
from helpers import both_scripts

from zhkg.records import Label
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import dictionary_frequency


def _names(pipeline, text, label=Label.ORGANIZATION):
    doc = parse_documents("finre36", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is label}


def _all_names(pipeline, text):
    doc = parse_documents("finre36", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc)
            if m.label in (Label.ORGANIZATION, Label.PERSON, Label.PLACE)}


@pytest.mark.parametrize("text, name", both_scripts([
    # a common word after the mark
    ("连续三年亏损的*ST蓝鸟今日公告，公司将启动重组。", "蓝鸟"),
    # a place after the mark
    ("随着股改完成，S*ST南岳将正式更名。", "南岳"),
    ("投资者应当关注ST黄河的退市风险。", "黄河"),
    # a grammar letter jieba glued on is cut off
    ("根据协议，ST远征须支付补偿款五千万元。", "远征"),
    # a two-letter name keeps 股份 after it
    ("股东所持的*ST新桥股份将全部转让。", "新桥股份"),
    # the class letter after a marked name
    ("据悉，*ST金马B今日表示，债务重组已取得进展。", "金马B"),
    ("控股股东决定增持*ST金马B股权。", "金马B"),
]))
def test_a_name_after_a_special_treatment_mark_is_a_company(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    # the mark is no part of the company, nor does the name stay a place
    ("随着股改完成，S*ST南岳将正式更名。", "ST南岳"),
    ("投资者应当关注ST黄河的退市风险。", "ST黄河"),
]))
def test_the_mark_is_left_out_and_nothing_else_stays_over_the_name(pipeline, text, wrong):
    assert wrong not in _all_names(pipeline, text), _all_names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # the market's words after a mark name no company
    ("统计时剔除了ST和*ST股票。", "股票"),
    ("该公司去年扭亏为盈，终于摘除ST帽子。", "帽子"),
    # the ST segment of an electrocardiogram, not a stock
    ("心电图显示ST段抬高，医生建议住院观察。", "段抬高"),
]))
def test_a_market_word_after_a_mark_is_no_company(pipeline, text, name):
    assert name not in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("粤电力A拟向控股股东定向增发新股。", "粤电力A"),
    ("分析师认为，闽灿坤B的估值仍然偏低。", "闽灿坤B"),
    ("市场传闻险资有意问鼎深南电A股权。", "深南电A"),
]))
def test_a_listed_short_name_and_its_class_letter_is_the_company(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    # A股 is the market: the name stays without the letter
    ("社保基金间接持有万科A股股份。", "万科A"),
    # a letter before a noun labels the noun
    ("张裕A系列产品的销量仍在增长，公司股价随之上涨。", "张裕A"),
]))
def test_a_letter_before_the_market_or_a_noun_is_no_class(pipeline, text, wrong):
    assert wrong not in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name, wrong", both_scripts([
    ("彩虹股份大股东彩虹电子今日减持。", "彩虹股份", "彩虹股份大股东彩虹电子"),
    # (a board is a body of its own, a part of its company: 隧道股份董事会 stays, test_orgs25)
]))
def test_a_short_name_the_recogniser_ran_on_into_a_market_word_is_the_company(pipeline, text, name, wrong):
    names = _names(pipeline, text)
    assert name in names and wrong not in names, names


def test_dictionary_frequency_is_jiebas_count():
    assert dictionary_frequency("北京") > 1000
    assert dictionary_frequency("北京清") == 0
