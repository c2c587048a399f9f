"""Listed companies' short names with a deal's verb beside them, or listed beside a company already
read (issue 15, session 27 round finre31; zhkg.extract.listed_companies).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. Place-led short names (上海医药, 长江电力, 福田汽车) were read as the place alone before.
"""

import pytest
from helpers import both_scripts

from zhkg.extract.listed_companies import listed_company_names
from zhkg.records import Label
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import token_table


def _orgs(pipeline, text):
    doc = parse_documents("finre31", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is Label.ORGANIZATION}


def _places(pipeline, text):
    doc = parse_documents("finre31", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is Label.PLACE}


@pytest.mark.parametrize("text, name", both_scripts([
    # a deal's verb right before the name
    ("一家药企昨天宣布牵手上海医药。", "上海医药"),
    ("三家药企联手长江电力，建设一座新的园区。", "长江电力"),
    # a deal's verb or an announcement right after it
    ("长江电力宣布了新的分红方案。", "长江电力"),
    ("福田汽车签订了一份海外订单。", "福田汽车"),
    ("上海医药发布消息称，新药已获批准。", "上海医药"),
]))
def test_a_short_name_beside_a_deal_is_a_company(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a result or a disclosure in the sentence
    ("据披露，长江电力的利润增长主要来自新投产的机组。", "长江电力"),
]))
def test_a_results_word_in_the_sentence_supports_a_short_name(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # listed beside a company another rule read (a well-known body, a name with its head word)
    ("机构长期看好长江电力、招商银行等蓝筹。", "长江电力"),
    ("机构长期看好招商银行、长江电力等蓝筹。", "长江电力"),
]))
def test_a_short_name_listed_beside_a_company_is_one(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, form", both_scripts([
    # a common word after a deal's verb stays a word (幸福 is one)
    ("两家公司携手幸福生活，共同收购了一块土地。", "幸福"),
    # a place-led short name with no company cue stays unread: 海南发展 of 海南发展迅速
    ("近年来海南发展迅速，游客逐年增加。", "海南发展"),
]))
def test_without_a_company_cue_no_short_name_is_read(pipeline, text, form):
    assert not any(form in name for name in _orgs(pipeline, text)), _orgs(pipeline, text)


@pytest.mark.parametrize("text, place", both_scripts([
    # places joined to places are no companies, with no company word in the document
    ("他去过长江和黄河，也去过上海、北京等地。", "长江"),
]))
def test_places_listed_together_stay_places(pipeline, text, place):
    assert not _orgs(pipeline, text)
    assert place in _places(pipeline, text)


def test_the_place_inside_a_place_led_short_name_stays_beside_it(pipeline):
    text = "一家药企昨天宣布牵手上海医药。"
    assert "上海医药" in _orgs(pipeline, text)
    assert "上海" in _places(pipeline, text)


@pytest.mark.parametrize("text, name, brand", both_scripts([
    # an organisation read on a short name's opening words is its brand: the short name grows over it
    ("中信建投报告指出，这家公司此前主要业务仍停留在稀土开采。", "中信建投", "中信"),
    ("苏宁环球宣布收购一家医院。", "苏宁环球", "苏宁"),
    ("万达集团旗下的万达电影今年上半年营收增长。", "万达电影", "万达"),
]))
def test_a_brand_read_inside_a_short_name_yields_to_it(pipeline, text, name, brand):
    found = _orgs(pipeline, text)
    assert name in found and brand not in found, found


@pytest.mark.parametrize("text, name", both_scripts([
    # an analyst's rating in the sentence
    ("分析师维持对大唐发电的增持评级。", "大唐发电"),
]))
def test_a_rating_in_the_sentence_supports_a_short_name(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name, longer", both_scripts([
    # the recogniser's or the grammar's organisation runs on from a short name into the clause after it
    ("市场传闻山东钢铁重组日照钢铁一事遇阻。", "山东钢铁", "山东钢铁重组日照钢铁"),
    ("去年亿晶光电借壳海通集团完成了上市。", "亿晶光电", "亿晶光电借壳海通集团"),
    ("据悉这家公司将与光大证券重组旗下资管业务。", "光大证券", "光大证券重组"),
]))
def test_a_name_run_on_into_a_deal_yields_to_the_short_name(pipeline, text, name, longer):
    found = _orgs(pipeline, text)
    assert name in found and longer not in found, found


@pytest.mark.parametrize("text", both_scripts(["经过多轮谈判,三丰智能控股股东已同意转让股份。"]))
def test_a_controlling_shareholder_is_no_part_of_the_name(pipeline, text):
    found = _orgs(pipeline, text)
    assert "三丰智能" in found and "三丰智能控股" not in found, found


@pytest.mark.parametrize("text", both_scripts(["古井贡酒控股股东古井集团昨日增持了股份。"]))
def test_the_short_name_carries_no_controlling_of_a_controlling_shareholder(nlp, text):
    simplified = to_simplified(text)
    spans = listed_company_names(simplified, token_table(nlp(simplified)), load_lexicon())
    assert [simplified[s:e] for s, e, _ in spans] == ["古井贡酒"]
