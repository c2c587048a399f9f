"""Session 24, round funds25: a fund house's short name in fund news is the fund house, no person (issue 15).

Finance news writes 银华基金 then 银华, 景顺资产管理 then 景顺; the recogniser read the short name, a surname and a
letter, as a person. In a text only the fund trade writes (基金公司, 基金管理, 基金经理, 净值, 份额, 申购, 赎回,
旗下基金), a name of two letters, or of four or more, that the text also writes before 基金 (not 基金会), 资产管理 or 投资管理 is
that body. Sentences are made up.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, document_labels

from zhkg import Document
from zhkg.stages.normalise import to_simplified


def _labels(pipeline, text: str, name: str) -> set[str]:
    return {label.value for label in document_labels(pipeline, text).get(name, ())}


@pytest.mark.parametrize("text, name", both_scripts([
    ("银华基金管理公司今日发布公告，旗下基金净值上涨。银华表示，将继续发行新基金。", "银华"),
    ("景顺资产管理公司称，基金份额有所增加。景顺认为市场将回暖。", "景顺"),
    ("尚雅基金经理称，产品净值上涨三成。尚雅一期产品表现最好。", "尚雅"),
    ("该产品是上海尚雅投资管理有限公司旗下的，月净值增长率超过三成。尚雅一期产品表现最好。", "尚雅"),
]))
def test_a_fund_house_short_name_is_no_person(pipeline, text, name):
    assert _labels(pipeline, text, name) == {"ORGANIZATION"}


@pytest.mark.parametrize("text, name", both_scripts([
    # a three-letter name is most often a person's whole name, and a fund may carry its manager's
    ("王亚伟基金净值上涨，王亚伟表示满意。", "王亚伟"),
    # 基金会 is a foundation, no fund house
    ("银华基金会成立，基金公司代表出席。银华表示满意。", "银华"),
    # no fund news: 基金 alone says nothing of the trade
    ("盖蒂基金资助了研究。盖蒂生前热爱艺术。", "盖蒂"),
]))
def test_a_person_stays_a_person(pipeline, text, name):
    assert "ORGANIZATION" not in _labels(pipeline, text, name)


@pytest.mark.parametrize("text, name", both_scripts([
    # fund houses listed by their short names in fund news: a person among them is one of them
    ("去年华夏基金、广发基金、国海富兰克林、南方基金更换了基金经理。", "国海富兰克林"),
    ("基金公司中，嘉实、华夏、银华、广发的份额增长最快。", "银华"),
]))
def test_a_name_listed_among_fund_houses_is_one(pipeline, text, name):
    assert _labels(pipeline, text, name) == {"ORGANIZATION"}


@pytest.mark.parametrize("text, name", both_scripts([
    # three letters: most often a person's whole name, even listed among fund houses
    ("嘉实、华夏、广发、王亚伟出席了年会，他说基金净值将上涨。", "王亚伟"),
    # more people than bodies in the list
    ("嘉实、华夏、王亚伟、李明、张伟出席了年会，他们说基金净值将上涨。", "李明"),
]))
def test_a_person_listed_with_fund_houses_stays(pipeline, text, name):
    assert _labels(pipeline, text, name) == {"PERSON"}


@pytest.mark.parametrize("text", both_scripts([
    "景顺长城基金公司称，旗下基金净值上涨。相关报道：　　景顺长城等两机构遭处罚　　怪象：景顺长城连续7次只报高价不认购",
]))
def test_a_four_letter_fund_house_is_read_whole(pipeline, text):
    # 景顺长城 is the fund house wherever written; the place the recogniser read inside it (长城) is no body of its own
    result = pipeline.process_document(Document("d", text))
    names = [(to_simplified(m.simplified), m.label.value) for m in result.mentions]
    assert names.count(("景顺长城", "ORGANIZATION")) == 2
    assert not any(name == "长城" for name, _ in names)
