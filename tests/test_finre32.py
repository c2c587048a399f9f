"""Listed companies' short names the segmenter cuts, long abbreviations, and a brand with its trade (issue 15,
session 27 round finre32; zhkg.extract.listed_companies).

Every passage is invented for these tests in the style of mainland business news; each runs as written and in
Traditional. A short name of four letters or more that is no dictionary word (三一重工, 均胜电子, 中煤能源) is
read even where jieba's words cut it (称三一|重工) or open it with a word of grammar (均|胜|电子, 中|煤|能源).
"""

import pytest
from helpers import both_scripts

from zhkg.extract.listed_companies import _common_word
from zhkg.records import Label
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified


def _orgs(pipeline, text):
    doc = parse_documents("finre32", text)[0]
    return {to_simplified(m.text) for m in pipeline.extract_mentions(doc) if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text, name", both_scripts([
    # a letter before the name joined to its first word (称三一, 对三一)
    ("昨日有报道称三一重工收购了一家德国企业。", "三一重工"),
    ("业内认为这笔收购对三一重工可谓意外之喜，股价随之上涨。", "三一重工"),
    # the name's last word joined to what the company does after it (电子公告)
    ("顺络电子公告称，公司股东已减持部分股份。", "顺络电子"),
]))
def test_a_long_short_name_cut_by_the_segmenter_is_read(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # the segmenter opens the name with an adverb (均), a locative (中, 西部)
    ("板块内个股多数收红，其中山东威达、均胜电子等均涨逾5%。", "均胜电子"),
    ("记者昨日就此致电中煤能源，对方表示将发布公告。", "中煤能源"),
    ("此外，冠豪高新还披露了扩大纸业投资的计划。", "冠豪高新"),
]))
def test_a_long_short_name_led_by_a_word_of_grammar_is_read(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("去年中联重科收购了一家意大利企业。", "中联重科"),
]))
def test_a_long_dictionary_abbreviation_is_no_common_word(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("name, common", [("中联重科", False), ("中青旅", False), ("交投", True), ("中航", True)])
def test_only_abbreviations_of_three_letters_or_more_are_proper(name, common):
    assert _common_word(name) is common


@pytest.mark.parametrize("text, name", both_scripts([
    # a brand and its trade, no market word in the document
    ("目前黔源电力在建项目较多，进展顺利。", "黔源电力"),
    ("另外，以岭药业也在积极准备欧盟注册事宜。", "以岭药业"),
]))
def test_a_brand_and_its_trade_needs_no_cue(pipeline, text, name):
    assert name in _orgs(pipeline, text), _orgs(pipeline, text)


@pytest.mark.parametrize("text, form", both_scripts([
    # a place-led name with its trade still needs a cue
    ("近几年来上海医药事业发展很快。", "上海医药"),
    # a cut end with nothing a company does after it: 北京银行 of 北京|银行业
    ("北京银行业协会昨天召开了年会。", "北京银行"),
]))
def test_without_a_cue_these_stay_unread(pipeline, text, form):
    assert form not in _orgs(pipeline, text), _orgs(pipeline, text)
