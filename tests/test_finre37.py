"""Organisations read on over the clause after them (issue 15, session 29 round finre37; zhkg.extract.org_run_ons).

Every passage is invented for these tests in the style of mainland business news. The recogniser or the suffix
grammar reads a company, a clause word (获悉, 表示, 是, 为, 由, 拟, 出售 …) and the company or word the clause names
as one organisation (湖北金龙获悉长江集团); a name holds no clause, so it is split there: the subject is the
organisation, and so is the object when it names one body (长江集团; not 新设公司 or 集团公司, which name a kind).
"""

import pytest
from helpers import both_scripts

from zhkg.extract.base import make_mention
from zhkg.extract.org_run_ons import split_run_ons
from zhkg.records import Label, MentionSource
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import make_nlp, token_table


def _names(pipeline, text):
    doc = parse_documents("finre37", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text, wanted, run_on", both_scripts([
    ("此前，湖北金龙获悉长江集团破产重整的消息。", {"湖北金龙", "长江集团"}, "湖北金龙获悉长江集团"),
    ("宝华水泥拟新设公司从事物流业务。", {"宝华水泥"}, "宝华水泥拟新设公司"),
    ("东方阿胶披露，宏华阿胶由公司派驻技术人员。", {"宏华阿胶"}, "宏华阿胶由公司"),
    ("昨日，广州汽车表示集团公司将注入资产。", {"广州汽车"}, "广州汽车表示集团公司"),
]))
def test_an_organisation_run_on_over_a_clause_word_is_split(pipeline, text, wanted, run_on):
    names = _names(pipeline, text)
    assert wanted <= names and run_on not in names, names


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("宝华水泥拟新设公司从事物流业务。", "新设公司"),
    ("昨日，广州汽车表示集团公司将注入资产。", "集团公司"),
]))
def test_a_kind_after_the_clause_word_is_no_organisation(pipeline, text, wrong):
    assert wrong not in _names(pipeline, text)


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _split(nlp, text, name, extractor=MentionSource.ORG_SUFFIX):
    doc = nlp(text)
    start = text.index(name)
    m = make_mention(doc, start, start + len(name), Label.ORGANIZATION, extractor, canonical=name)
    return [x.simplified for x in split_run_ons([m], doc, token_table(doc), text)]


@pytest.mark.parametrize("text, name, parts", [
    # a deal's verb between two companies
    ("市场传言高盛出售华信证券公司股权。", "高盛出售华信证券公司", ["高盛", "华信证券公司"]),
    # the copula, and a one-letter clause word jieba glued onto the object (为雅培)
    ("资料显示，嘉信基金是嘉信资本管理有限公司下设的平台。", "嘉信基金是嘉信资本管理有限公司",
     ["嘉信基金", "嘉信资本管理有限公司"]),
    ("新西兰恒天然集团为雅培贸易有限公司生产奶粉。", "新西兰恒天然集团为雅培贸易有限公司",
     ["新西兰恒天然集团", "雅培贸易有限公司"]),
    # the subject's announcement is no part of its name
    ("去年5月，兴华股份公告称公司将引入战略投资者。", "兴华股份公告称公司", ["兴华股份"]),
])
def test_split_run_ons_splits_at_the_clause_word(nlp, text, name, parts):
    assert _split(nlp, text, name) == parts


@pytest.mark.parametrize("text, name, extractor", [
    # verbs that names hold are no clause words (管理, 联合, 控股)
    ("中国华融资产管理股份有限公司是一家金融资产管理公司。", "中国华融资产管理股份有限公司", MentionSource.ORG_SUFFIX),
    ("首钢控股有限公司今日成立。", "首钢控股有限公司", MentionSource.ORG_SUFFIX),
    # 为 inside a longer word of the name
    ("大有为投资公司今天成立。", "大有为投资公司", MentionSource.ORG_SUFFIX),
    # no subject before the clause word, no body after it
    ("这是公司的决定。", "这是公司", MentionSource.ORG_SUFFIX),
    # a reader that reads whole names is left alone
    ("高盛出售华信证券公司股权。", "高盛出售华信证券公司", MentionSource.ORG_STOCK_NAME),
])
def test_split_run_ons_leaves_names_that_hold_no_clause(nlp, text, name, extractor):
    assert _split(nlp, text, name, extractor) == [name]
