"""A place and a coined word jieba built itself right after it, standing as a name of its own, is a company
(issue 15, session 28 round finre35; zhkg.extract.company_lists.placed_brands).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. Business news names a firm by its city and a coined brand (杭州澜创, 珠海锐晟); a coined word after a
place is the brand of a firm there, when the pair stands as a name of its own: after punctuation, a verb, a date
or the kind it is in apposition to, and before what closes a name (的, a verb, punctuation) or what only a company
has (公告, 股价), in a sentence of business news (a company's word or deed in it: 公司, 收购, 公告). A place's
own name (富文乡, 贺家墩), a word of grammar glued to the brand (源拟) and a scope word
jieba tags as a place (上市) name none.
"""

import pytest
from helpers import both_scripts

from zhkg.records import Label
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified


def _names(pipeline, text, label=Label.ORGANIZATION):
    doc = parse_documents("finre35", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is label}


@pytest.mark.parametrize("text, name", both_scripts([
    # after a date, before what only a company has
    ("5日杭州澜创公告称，公司拟出售一处厂房。", "杭州澜创"),
    # after punctuation, before 的
    ("据了解，珠海锐晟的新工厂已经投产，公司产能将翻倍。", "珠海锐晟"),
    # after a locative and a comma, before a verb
    ("随后，无锡拓邦支付了全部收购价款。", "无锡拓邦"),
]))
def test_a_place_and_a_coined_brand_is_a_company(pipeline, text, name):
    assert name in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("5日杭州澜创公告称，公司拟出售一处厂房。", "杭州"),
    ("据了解，珠海锐晟的新工厂已经投产，公司产能将翻倍。", "珠海"),
]))
def test_the_place_stays_beside_the_company(pipeline, text, name):
    assert name in _names(pipeline, text, Label.PLACE), _names(pipeline, text, Label.PLACE)


@pytest.mark.parametrize("text, part", both_scripts([
    # a place's own name, or one that runs on into a place's last letter
    ("代表一行赶赴淳安县富文乡开展走访。", "淳安县富文乡"),
    ("他们在武汉贺家墩住了十年。", "武汉贺家"),
    # a word of grammar glued to the brand
    ("公司第一大股东北京路源拟以现金认购。", "北京路源拟"),
    # a scope word jieba tags as a place
    ("分拆上市很难成行。", "上市很难"),
    # a particle opens no brand
    ("岳麓山下，湘江之畔，坐落着一家老字号企业。", "湘江之畔"),
    # a word that only modifies the noun after it (区别词) opens no brand
    ("这家公司称，南京总糖的检测已经完成。", "南京总糖"),
    # no company's word or deed in the sentence: a story, not business news
    ("目前中国最受关注的是这一代年轻人。", "中国最受"),
    # a title of history is no brand (川北|招讨|使), though a deal stands in the sentence
    ("石青阳为川北招讨使，并电嘱他们同唐继尧合作。", "川北招讨"),
    # a place's people are no brand (中国人 is no word of jieba's: 中国|人开)
    ("这是一家中国人开的大型公司，去年在香港上市。", "中国人开"),
    ("一家美国人开的公司宣布收购这家工厂。", "美国人开"),
]))
def test_a_place_or_a_glued_word_is_no_company(pipeline, text, part):
    assert part not in _names(pipeline, text), _names(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("上海浦东今年新增企业数百家。", "浦东"),
    ("代表一行赶赴淳安县富文乡开展走访。", "富文乡"),
]))
def test_a_place_standing_alone_stays_a_place(pipeline, text, name):
    assert name in _names(pipeline, text, Label.PLACE), _names(pipeline, text, Label.PLACE)
    assert not any(name in org for org in _names(pipeline, text)), _names(pipeline, text)
