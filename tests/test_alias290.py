"""Round alias290 (issue 15): a government unit's short form written beside its full name in the same document is
that unit (:func:`zhkg.extract.alias_mentions._abbreviations`).

Taiwan's county governments and ministries write a unit headed by 处 or 司 short, in three letters: letters of its
field's words and the head (城乡发展处: 城发处, 文化资产处: 文资处, 国际合作司: 国合司). Such a form is an
``ALIAS`` mention of the full name and joins its node. Guards: two letters (长处 of 长期照顾处) and a form jieba's
dictionary knows are ordinary words; a field that is a word of its own with the head (交通处 beside 交通旅游处) is
another unit; a form two full names share names neither; a firm's 公司 is no unit's head. Each passage in both
scripts; every sentence is written for the round, the names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names, org_mentions

from zhkg.extract.alias_mentions import _abbreviations
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("县府今日公布人事异动，新任城乡发展处处长由王志强出任。王志强此前是城发处副处长。", "城发处", "城乡发展处"),
    ("县府文化资产处今天说明修复进度。文资处表示，古厝预计明年开放。", "文资处", "文化资产处"),
    ("部会首长会议后，国际合作司司长陈立伟说明。国合司表示，议程已经确定。", "国合司", "国际合作司"),
    # the short form first, the full name after it: one document's names
    ("林建宏历任工务处长、观发处长等职。新任观光发展处处长由他接任。", "观发处", "观光发展处"),
]))
def test_a_unit_s_short_form_is_its_full_name(pipeline, text, short, full):
    found = {to_simplified(k): v for k, v in org_mentions(pipeline, text).items()}
    assert found.get(short) == full, found


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("县府城乡发展处今天召开说明会。城发处表示，道路拓宽将于年底完工。", "城发处", "城乡发展处"),
    # a headline's short form, the full name in the story
    ("城发处长换人\n县府今日公布人事异动，新任城乡发展处处长由王志强出任。", "城发处", "城乡发展处"),
]))
def test_the_short_form_joins_the_unit_s_node(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any({short, full} <= names for names in nodes), nodes


@pytest.mark.parametrize("text, short", both_scripts([
    # two letters of a unit's name are an ordinary word (长处 of 长期照顾处)
    ("县府长期照顾处今天举办座谈。与会者说，这项计划的长处是弹性大。", "长处"),
    # a field that is a word of its own, with the head, is another unit (交通处 beside 交通旅游处)
    ("县府交通旅游处今天改组，观光业务移出后，新设的交通处负责公车路网。", "交通处"),
]))
def test_no_short_form_from_an_ordinary_word_or_another_unit(pipeline, text, short):
    found = {to_simplified(k): v for k, v in org_mentions(pipeline, text).items()}
    assert found.get(short, short) == short, found


@pytest.mark.parametrize("text", both_scripts([
    # 产发处 would abbreviate both: it names neither
    "县府产业发展处今天召开记者会，县府产品发展处也出席说明。产发处表示，补助将于下月发放。",
]))
def test_a_short_form_of_two_units_names_neither(pipeline, text):
    found = {to_simplified(k): v for k, v in org_mentions(pipeline, text).items()}
    assert found.get("产发处", "产发处") not in ("产业发展处", "产品发展处"), found


def test_a_firm_s_company_word_is_no_unit_s_head():
    text = "华新开发有限公司今天公告，华新司将增资。"
    firm = Mention("d", 0, 8, text[:8], text[:8], Label.ORGANIZATION, "crf")
    assert not any(short.endswith("司") for short in _abbreviations(firm, text, load_lexicon()))


def test_a_unit_s_short_form_is_read_off_its_name():
    text = "县府城乡发展处今天说明。城发处表示完工在即，城处二字不是简称。"
    unit = Mention("d", 2, 7, text[2:7], text[2:7], Label.ORGANIZATION, "crf")
    assert _abbreviations(unit, text, load_lexicon()) == {"城发处"}
