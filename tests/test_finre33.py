"""Listed companies' short names glued to a longer name, and role nouns as company cues (issue 15, session 27
round finre33; zhkg.extract.listed_companies).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. A short name the table holds (易购, 新希望) is no company where a place or a brand is glued before it
(苏宁|易购, 杭州|新希望); a role noun after a short name (分析师, 董秘) says it is a company.
"""

import pytest
from helpers import both_scripts

from zhkg.records import Label
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified


def _orgs(pipeline, text):
    doc = parse_documents("finre33", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text, part", both_scripts([
    # a brand glued before it (苏宁|易购)
    ("今年以来，苏宁易购的销售额翻番，股价随之上涨。", "易购"),
    # a place glued before it (杭州|新希望, 福州|新希望)
    ("杭州新希望的股东表示，公司业绩良好。", "新希望"),
    ("记者获悉，福州新希望近日完成了一轮融资，公司估值过亿。", "新希望"),
]))
def test_a_short_name_glued_to_a_place_or_brand_before_it_is_not_cut_out(pipeline, text, part):
    assert part not in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a verb, punctuation, a word of kind or a dateline before the name is a left boundary
    ("据悉，新希望上半年净利润增长两成。", "新希望"),
    ("上市公司中化国际与扬农集团签署了合作协议。", "中化国际"),
    ("本报讯电广传媒今日公布收购方案。", "电广传媒"),
    # a second trade before a company word is still carried
    ("陕西煤业化工集团有限责任公司今年利润大增。", "陕西煤业化工集团有限责任公司"),
]))
def test_left_boundaries_and_full_names_stay(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a place-led name with its trade, an analyst of it after it
    ("长城汽车分析师团队称，公司明年销量可期。", "长城汽车"),
    # the board's secretary: a document with no other market word
    ("新希望董秘王五昨日出席了论坛。", "新希望"),
]))
def test_a_role_noun_after_a_short_name_is_a_company_cue(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # a common word before a role noun stays a word
    "幸福分析师认为，这一趋势将延续。",
]))
def test_a_common_word_before_a_role_noun_stays_a_word(pipeline, text):
    assert "幸福" not in _orgs(pipeline, text), _orgs(pipeline, text)


def test_no_second_trade_is_carried_before_a_role():
    # (with role nouns as cues, 汽车 was carried: 兴业证券汽车, the broker's car analyst)
    from zhkg.extract.listed_companies import listed_company_names
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp, token_table

    text = "兴业证券汽车分析师林木红表示，行业景气回升，相关个股上涨。"
    spans = listed_company_names(text, token_table(make_nlp()(text)), load_lexicon())
    assert "兴业证券汽车" not in [text[s:e] for s, e, _ in spans]
