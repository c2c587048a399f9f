"""Companies named before an officer's or a founder's title that no rule read (issues 11 and 15, session 23,
round bodies24; :mod:`zhkg.extract.trade_names`): a trade the trade list lacked (租车, 城投, 留学, 茶业 …), a former
holder's mark between the company and the title (原, 前), a founder's title, and one coined word alone before the
title. Invented sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label


def _names(pipeline, text: str, label: Label) -> set[str]:
    result = pipeline.process_document(Document("d", text))
    return {m.simplified for m in result.mentions if m.label is label}


@pytest.mark.parametrize("text, body", both_scripts([
    # trades the list lacked
    ("瑞安租车总经理陈立说，今年租车需求增长。", "瑞安租车"),
    ("金吉列留学董事长表示，申请人数增加。", "金吉列留学"),
    ("鹤庆城投董事长表示，项目将于年底完工。", "鹤庆城投"),
    ("华岭茶业董事长周明表示，春茶销售额成倍增长。", "华岭茶业"),
    # a former holder's mark between the company and the title
    ("华龙投资原常务副总经理王明出席了会议。", "华龙投资"),
    ("昆仑药业前总经理孙强昨日辞职。", "昆仑药业"),
    # a founder's title after a trade
    ("神州租车创始人兼总裁陆正耀表示，资金将用于扩建车队。", "神州租车"),
]))
def test_a_brand_and_a_trade_before_a_title_is_a_company(pipeline, text, body):
    assert body in _names(pipeline, text, Label.ORGANIZATION)
    assert not any(body in p or p in body for p in _names(pipeline, text, Label.PERSON))


@pytest.mark.parametrize("text, bodies", [
    ("中广核原副总经理沈如刚在会上发言。", ["中广核"]),
    ("记者昨日采访了美团创始人，谈到外卖市场。", ["美团"]),
    # a person named by the title, a long name's end, a list's word, a trade's (trade_companies reads it)
    ("阮洪良董事长表示，嘉能可超达CEO说，二是董事长与经理分设，瑞安租车总经理到场。", []),
])
def test_a_coined_word_alone_before_a_title_is_read_so(nlp, text, bodies):
    from zhkg.extract.trade_names import coined_before_titles
    from zhkg.stages.segment import token_table

    assert [text[s:e] for s, e in coined_before_titles(text, token_table(nlp(text)))] == bodies


@pytest.mark.parametrize("text, person", both_scripts([
    # a surname and a given name before the title: a person named by it, as news writes it
    ("阮洪良董事长表示，公司将继续扩产。", "阮洪良"),
]))
def test_a_person_before_a_title_is_no_company(pipeline, text, person):
    assert person not in _names(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "二是董事长与经理分设，三是董事会要行使职权。",
    "据介绍，嘉能可超达CEO日前表示将扩大产能。",
    "上市证券董事长和国内传媒总裁都来了。",
]))
def test_no_company_is_read_from_a_list_word_or_a_scope(pipeline, text):
    assert not {"二是", "三是", "超达", "上市证券", "国内传媒"} & _names(pipeline, text, Label.ORGANIZATION)
