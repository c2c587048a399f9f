"""Companies financial news names by a short name with no company word (issue 15; zhkg.extract.company_lists).

Every passage is written for these tests in the style of business news; each runs as written and in Traditional.
"""

import pytest
from helpers import both_scripts, mention_labels, org_mentions

from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified

_labels = mention_labels


def _orgs(pipeline, text):
    return {to_simplified(name) for name in org_mentions(pipeline, text)}


@pytest.mark.parametrize("text, names", both_scripts([
    # a list the text calls companies: every item is one, the first running left to a verb or a comma
    ("本周以来，海螺水泥、宝钛股份和金晶科技等12家上市公司相继披露了年度业绩预告。", ["海螺水泥", "宝钛股份", "金晶科技"]),
    ("分析人士指出，恒瑞医药、复星医药、华兰生物等医药个股近期获得资金青睐。", ["恒瑞医药", "复星医药", "华兰生物"]),
    ("近期有中国铝业、宜华健康、荣盛发展、兴源环境等多家公司获得增持。", ["中国铝业", "宜华健康", "荣盛发展", "兴源环境"]),
    ("时代新材、晋西车轴、轴研科技等相关铁路配件企业的订单明显增加。", ["时代新材", "晋西车轴", "轴研科技"]),
]))
def test_items_of_a_list_of_companies_are_organisations(pipeline, text, names):
    found = _orgs(pipeline, text)
    assert set(names) <= found, found


@pytest.mark.parametrize("text, names, label", both_scripts([
    # a list of places or people before a word for companies keeps them
    ("北京、上海和深圳等城市的企业普遍上调了工资标准。", ["北京", "上海", "深圳"], "PLACE"),
    ("王健林、许家印等企业家出席了当天的论坛。", ["王健林"], "PERSON"),
]))
def test_a_list_of_places_or_people_stays_so(pipeline, text, names, label):
    labels = _labels(pipeline, text)
    for name in names:
        assert labels.get(name) == {label}, labels


@pytest.mark.parametrize("text", both_scripts(["韩国的美容、美甲、护肤、化妆品等产品深受欢迎。"]))
def test_common_words_in_a_list_are_no_companies(pipeline, text):
    # (the recogniser reads 美甲 as an organisation: its neighbours, common words, do not follow it)
    found = _orgs(pipeline, text)
    assert not found & {"美容", "护肤", "化妆品"}, found


@pytest.mark.parametrize("text, name", both_scripts([
    # the trade after an organisation read without it is its name's (宝钢|股份)
    ("宝钢股份今日公告，公司将投资建设新的冷轧生产线。", "宝钢股份"),
    ("分析师认为，恒顺置业的土地储备足以支撑未来三年的开发。", "恒顺置业"),
]))
def test_an_organisation_grows_over_its_trade(pipeline, text, name):
    found = _orgs(pipeline, text)
    assert name in found, found
    assert name[:2] not in found, found  # the brand alone is not left beside it


@pytest.mark.parametrize("text, name", both_scripts([
    # the subject of a clause before what only a company does, the object of buying into one
    ("天齐锂业今日公告称，公司拟以自有资金回购股份。", "天齐锂业"),
    ("力拓集团已于上月增持金风科技股份，成为其第三大股东。", "金风科技"),
    ("鼎立股份直接持有济南益民5%的股权。", "济南益民"),
]))
def test_a_short_name_where_only_a_company_stands(pipeline, text, name):
    found = _orgs(pipeline, text)
    assert name in found, found


@pytest.mark.parametrize("text", both_scripts([
    # no company there: a formula, a purchase with no name, a pronoun before a share
    "特此公告。",
    "某上市公司收购完成后，增持计划随即启动。",
    "该基金目前持有其约5%的股权。",
    "住房持有环节成本过低，应加快完善税收政策。",
]))
def test_no_company_without_a_name(pipeline, text):
    assert not _orgs(pipeline, text), _labels(pipeline, text)


@pytest.mark.parametrize("text, anchor, name", both_scripts([
    # a name joined to a company by 、 or 与 is one too, when it holds a proper word
    ("不得不提的是，复星、华谊兄弟在入股该影视公司方面利益一致。", "华谊兄弟", "复星"),
    ("在交易完成后，金隅集团与太行水泥之间的业务将全面整合。", "金隅集团", "太行水泥"),
]))
def test_a_name_joined_to_a_company_is_one(pipeline, text, anchor, name):
    found = _orgs(pipeline, text)
    assert {anchor, name} <= found, found


@pytest.mark.parametrize("text", both_scripts([
    # a common word joined to a company is none
    "腾讯与用户之间的纠纷目前仍未解决。",
    "央行与银监会强调收紧二套房贷、国土资源部严肃土地政策。",
]))
def test_a_common_word_joined_to_a_company_is_none(pipeline, text):
    found = _orgs(pipeline, text)
    assert not found & {"用户", "房贷"}, found


@pytest.mark.parametrize("text", both_scripts([
    "天齐锂业今日公告称，公司拟回购股份。业内人士表示，天齐锂业的回购显示了管理层的信心。",
]))
def test_a_company_found_is_one_where_the_document_names_it_again(pipeline, text):
    ms = [m for m in pipeline.extract_mentions(parse_documents("t", text)[0])
          if to_simplified(m.simplified) == "天齐锂业"]
    assert len(ms) == 2 and all(m.label.value == "ORGANIZATION" for m in ms), ms


@pytest.mark.parametrize("text", both_scripts([
    "海螺水泥、宝钛股份和金晶科技等上市公司发布了业绩预告，宝钢股份今日公告称将回购股份。",
]))
def test_output_is_the_same_every_run(pipeline, text):
    first = [(m.start, m.end, m.label.value, m.extractor) for m in pipeline.extract_mentions(parse_documents("t", text)[0])]
    again = [(m.start, m.end, m.label.value, m.extractor) for m in pipeline.extract_mentions(parse_documents("t", text)[0])]
    assert first == again


@pytest.mark.parametrize("text, name", both_scripts([
    # a brand jieba does not know and a trade only companies have
    ("而通鼎光电和天瑞仪器发布了预披露材料。", "通鼎光电"),
    ("香港证券行业人士表示，恒盛地产的招股价格偏低。", "恒盛地产"),
]))
def test_a_brand_and_a_company_trade_are_a_company(pipeline, text, name):
    found = _orgs(pipeline, text)
    assert name in found, found


@pytest.mark.parametrize("text", both_scripts([
    # a kind of fund or a network is no company
    "从发行情况看，偏股基金的底气正越来越足。",
    "就你这样的，别用网络了。",
]))
def test_a_fund_or_a_network_is_no_company(pipeline, text):
    found = _orgs(pipeline, text)
    assert not found & {"偏股基金", "别用网络"}, found


@pytest.mark.parametrize("text, name, shares", both_scripts([
    # 股份 after a company bought into is its shares, not its name
    ("有富商将斥资五亿港元认购农行股份。", "农行", "农行股份"),
    ("欧莱雅建议通过协议计划收购美即全部股份。", "美即", "美即全部"),
]))
def test_shares_bought_are_no_part_of_the_name(pipeline, text, name, shares):
    found = _orgs(pipeline, text)
    assert name in found and shares not in found, found


@pytest.mark.parametrize("text, absent", both_scripts([
    # a list of projects and companies is no list of companies; a word glued to a verb is no name
    ("仅在鞍钢、首钢、大庆油田、长江三峡工程等一些大型工程和企业使用。", "长江三峡工程"),
    ("这位发言人表示，韩将与美军密切合作。", "韩将"),
]))
def test_no_company_from_a_mixed_list_or_a_glued_word(pipeline, text, absent):
    found = _orgs(pipeline, text)
    assert absent not in found, found
