"""Company and body names of business, property, home and education news (issues 14 and 15, session 35, orgs115):
the items of a list closed by 等 or 在内的 and a word of brands, developers, makers, sites, universities, hospitals or
stocks (…等国内外知名品牌, …等开发商, 包括…在内的20家房企, …等地产股), a counted list's item a place covers (龙湖)
or jieba cut into letters (金|地); a coined brand before a trade of home goods or games (东鹏陶瓷, 掌趣游戏), never a
kind of goods (实木家具, 单机游戏); a brand and its trade that speaks at its clause's start (博时基金昨日表示); a body
founded with the year first (唐人影视于1998年正式成立), never a person's founding (马云于1999年创立阿里巴巴); a
university's attached school (人大附中, 清华附中). Invented sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts, document_labels

from zhkg.extract.named_bodies import named_bodies
from zhkg.records import Label


def _is_org(labels, name):
    return labels.get(name) == {Label.ORGANIZATION}


# ---- lists closed by a word of brands, developers, sites, schools or stocks

@pytest.mark.parametrize("text, names", both_scripts([
    ("目前有强力家具、马可波罗瓷砖、东鹏陶瓷、TOTO洁具等国内外知名品牌入驻。",
     ["强力家具", "马可波罗瓷砖", "东鹏陶瓷", "TOTO洁具"]),
    ("万科、保利、招商等开发商纷纷降价。", ["招商"]),
    ("万科A、保利地产等地产股全线飘红。", ["保利地产"]),
    ("包括远洋、金融街、龙湖、金地、保利、绿地在内的20家房企参加了土地拍卖。",
     ["远洋", "金融街", "龙湖", "金地", "保利", "绿地"]),
    ("包括嘉实、博时、工银瑞信在内的多家大型基金公司签约。", ["嘉实", "博时", "工银瑞信"]),
]))
def test_list_items_are_companies(pipeline, text, names):
    labels = document_labels(pipeline, text)
    for name in names:
        assert _is_org(labels, name), (name, labels)


@pytest.mark.parametrize("text, names", both_scripts([
    ("商场引进了瓷砖、地板等品牌。", ["瓷砖", "地板"]),  # kinds of goods, no brand's name
    ("包括北京、上海在内的10个城市出台了限购令。", ["北京", "上海"]),  # cities counted, not companies
    ("北京、上海等地的公司纷纷涨价。", ["北京", "上海"]),
    ("包括北京、上海在内的多家企业参加。", ["北京", "上海"]),  # every item a place: no company's list
]))
def test_lists_of_kinds_or_places_stay(pipeline, text, names):
    labels = document_labels(pipeline, text)
    for name in names:
        assert Label.ORGANIZATION not in labels.get(name, set()), (name, labels)


# ---- a coined brand before a trade of home goods or games

@pytest.mark.parametrize("text, name", both_scripts([
    ("掌趣游戏宣布收购一家公司。", "掌趣游戏"),
    ("东鹏陶瓷表示，今年销量增长。", "东鹏陶瓷"),
    ("欧派橱柜与好莱客衣柜签订合作协议。", "欧派橱柜"),
    ("箭牌卫浴旗下的门店增加到三百家。", "箭牌卫浴"),
    ("除了居然之家，美的电器、肯帝亚地板也都投放了广告。", "肯帝亚地板"),
]))
def test_coined_brand_and_home_or_game_trade(pipeline, text, name):
    assert _is_org(document_labels(pipeline, text), name)


@pytest.mark.parametrize("text", both_scripts([
    "实木家具和板式家具各有优点。",
    "单机游戏、网络游戏都很受欢迎。",
    "智能家居表示出巨大潜力。",
    "儿童家具方面的标准即将出台。",
]))
def test_kinds_of_goods_are_no_company(pipeline, text):
    labels = document_labels(pipeline, text)
    assert not any(Label.ORGANIZATION in v for v in labels.values()), labels


# ---- a brand and its trade that speaks

@pytest.mark.parametrize("text, name", both_scripts([
    ("博时基金昨日表示，将降低管理费。", "博时基金"),
    ("据博时基金介绍，该产品将于下月发行。", "博时基金"),
    ("东鹏陶瓷认为，市场将回暖。", "东鹏陶瓷"),
]))
def test_brand_and_trade_that_speaks(pipeline, text, name):
    assert _is_org(document_labels(pipeline, text), name)


@pytest.mark.parametrize("text", both_scripts([
    "生物医药表示看好。",  # an industry
    "该基金表示，将继续持有。",  # a reference
    "私募基金认为，市场见底。",  # a kind of fund
    "这家基金称为成长基金。",  # 称为 names, no one speaks
]))
def test_no_speaker_from_a_kind(pipeline, text):
    labels = document_labels(pipeline, text)
    assert not any(Label.ORGANIZATION in v for v in labels.values()), labels


# ---- a body founded, the year first

@pytest.mark.parametrize("text, name", both_scripts([
    ("唐人影视于1998年正式成立，总部位于上海。", "唐人影视"),
    ("元洲装饰同样成立于1997年。", "元洲装饰"),
]))
def test_body_founded_year_first(pipeline, text, name):
    assert _is_org(document_labels(pipeline, text), name)


@pytest.mark.parametrize("text, person", both_scripts([
    ("马云于1999年创立阿里巴巴。", "马云"),  # a person founds: the verb has an object
    ("张三于2009年成立了一家公司。", "张三"),
]))
def test_founder_stays_a_person(pipeline, text, person):
    assert document_labels(pipeline, text).get(person) == {Label.PERSON}


# ---- a university's attached school

@pytest.mark.parametrize("text, name", both_scripts([
    ("人大附中的学生在比赛中获得金牌。", "人大附中"),
    ("清华附中和北大附小的学生参加了活动。", "清华附中"),
]))
def test_attached_school(pipeline, text, name):
    assert _is_org(document_labels(pipeline, text), name)


@pytest.mark.parametrize("text, spans", [
    ("他在人大附中读书，后来转到清华附中。", ["人大附中", "清华附中"]),
    ("这所附中的老师很负责，文件附中的表格有误。", []),  # a determiner's school, a verb's 附
    ("首师大附中今年扩招。", []),  # jieba cut the name's first letter off: not read from the rest
])
def test_attached_school_spans(nlp, text, spans):
    from zhkg.stages.segment import token_table

    assert [text[s:e] for s, e in named_bodies(text, [], token_table(nlp(text)))] == spans
