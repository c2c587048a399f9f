"""Companies named by a place and a brand (重庆啤酒, 中国平安, 承德露露) where a company cue holds (issue 15;
zhkg.extract.company_lists).

Every passage is written for these tests in the style of business news; each runs as written and in Traditional.
"""

import pytest
from helpers import both_scripts, mention_labels

from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified

_labels = mention_labels


@pytest.mark.parametrize("text, names", both_scripts([
    # items of a list the text calls companies, a verb jieba read in the brand included (承德|露露)
    ("上周五，上海汽车、上海医药、承德露露等上市公司先后获得机构增持。", ["上海汽车", "上海医药", "承德露露"]),
    ("据统计，中国太保、广东景兴和上海福喜等多家企业已提交申请材料。", ["中国太保", "广东景兴", "上海福喜"]),
]))
def test_place_and_brand_items_of_a_list_of_companies(pipeline, text, names):
    labels = _labels(pipeline, text)
    for name in names:
        assert labels.get(name) == {"ORGANIZATION"}, labels


@pytest.mark.parametrize("text, name", both_scripts([
    # the subject of a company's announcement, the object of buying a share of one
    ("宁波联合今天公告，公司已于本月初召开董事会审议相关议案。", "宁波联合"),
    ("年报显示，该券商一季度增持中国重工5%的股权，成为其第三大股东。", "中国重工"),
]))
def test_place_and_brand_where_a_cue_says_company(pipeline, text, name):
    labels = _labels(pipeline, text)
    assert labels.get(name) == {"ORGANIZATION"}, labels


@pytest.mark.parametrize("text, name", both_scripts([
    # joined to an organisation, with a brand jieba reads as no common noun
    ("昨日下午，万科与中国平安签署了长期战略合作协议。", "中国平安"),
    ("分析人士认为，上海福喜和麦当劳的合作短期内难以恢复。", "上海福喜"),
    ("本轮获得增持的分别是中联重科和上海福喜。", "上海福喜"),
]))
def test_place_and_brand_joined_to_a_company(pipeline, text, name):
    labels = _labels(pipeline, text)
    assert labels.get(name) == {"ORGANIZATION"}, labels


@pytest.mark.parametrize("text, place, phrase", both_scripts([
    # what a place commonly heads stays a place and its noun, beside a company or a list of companies
    ("华为与北京签约后，将在当地新建研发中心。", "北京", "北京签约"),
    ("腾讯与中国企业的合作正在不断加深。", "中国", "中国企业"),
    ("万科和上海举行了隆重的签约仪式。", "上海", "上海举行"),
    ("北京市场、上海地区等企业普遍上调了工资标准。", "北京", "北京市场"),
]))
def test_a_place_and_what_it_heads_is_no_company(pipeline, text, place, phrase):
    labels = _labels(pipeline, text)
    assert phrase not in labels, labels
    assert labels.get(place) == {"PLACE"}, labels


@pytest.mark.parametrize("text", both_scripts(["上周五，上海汽车、上海医药、承德露露等上市公司先后获得机构增持。"]))
def test_the_place_of_a_place_and_brand_stays_beside_it(pipeline, text):
    # (上海 of 上海汽车 still locates the company)
    ms = [(to_simplified(m.simplified), m.label.value) for m in pipeline.extract_mentions(parse_documents("t", text)[0])]
    assert ms.count(("上海", "PLACE")) == 2, ms
    assert ("上海汽车", "ORGANIZATION") in ms, ms


@pytest.mark.parametrize("text, absent", both_scripts([
    # a verb or a word glued after a place, an adjective before 的, the start of a longer word: no brand
    ("据公告，日照港拟向控股股东转让部分码头资产。", "日照港拟向"),
    ("公司此前承建了南京理工学校、武汉贺家墩改造项目。", "武汉贺家"),
    ("其客户包括三星、索尼以及日本有名的家电卖场。", "日本有名"),
]))
def test_no_place_and_brand_from_a_verb_an_adjective_or_half_a_word(pipeline, text, absent):
    labels = _labels(pipeline, text)
    assert "ORGANIZATION" not in labels.get(absent, set()), labels
