"""Aliases within a document, round 36 (issue 15; zhkg.extract.short_forms, zhkg.extract.combine):

- a state body less the state's word it opens with, read alone, is the body (统计局 of 国家统计局), unless another
  body of the document ends in it (山东省统计局) or a level of government stands before it (市|统计局);
- a federation's or an association's contraction ends in 联 or 协 (全国妇联, 中国足协);
- a company's short name the recogniser reads alone is the company: its trade name after its place (京东 of
  北京京东世纪贸易有限公司) or the first letters of its parts (中石油, 东航), never after a degree adverb
  (很|吉利), never a stem another name opens (新华 beside 新华社), never one two companies share;
- 老 or 小 and a surname after the full name of the document's one person of that surname is that person,
  never inside a word (老黄牛, 小王子) nor a common word (小米) without a person's verb after it.
Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.extract.short_forms import (
    _word_starts,
    familiar_surnames,
    qualified_abbreviations,
    recognised_short_names,
    state_body_remainders,
)


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("国家统计局周三公布工业数据，统计局发言人称增速回升。", "国家统计局", "统计局"),
    ("国家税务总局下发通知，税务总局要求落实退税政策。", "国家税务总局", "税务总局"),
    ("中华全国妇女联合会发出倡议，全国妇联号召关爱留守儿童。", "中华全国妇女联合会", "全国妇联"),
    ("中国足球协会公布处罚决定，中国足协称将严肃赛风赛纪。", "中国足球协会", "中国足协"),
    ("中国石油天然气集团公司公布储量数据，中石油称新增储量创新高。", "中国石油天然气集团公司", "中石油"),
    ("中国东方航空股份有限公司公布客运数据，东航称客座率回升。", "中国东方航空股份有限公司", "东航"),
    ("深圳市大疆创新科技有限公司发布新品。大疆表示新机更轻。", "深圳市大疆创新科技有限公司", "大疆"),
]))
def test_a_short_name_is_the_body(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("text, full, short", both_scripts([
    # another bureau ends in the bare name
    ("国家统计局与河南省统计局联合发布报告。统计局表示数据将按月更新。", "国家统计局", "统计局"),
    # a level of government before it
    ("国家统计局发布全国数据。市统计局随后发布本市数据。", "国家统计局", "统计局"),
    # a degree adverb before it: a predicate
    ("浙江吉利控股集团有限公司选在八月八日签约，大家觉得这个日子很吉利。", "浙江吉利控股集团有限公司", "吉利"),
    # another name opens with the stem
    ("新华社消息，北京新华印刷有限公司扩建厂房。", "北京新华印刷有限公司", "新华社"),
]))
def test_a_short_name_that_names_another_stays_apart(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert not any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("text", both_scripts([
    "中国残疾人联合会召开大会，中国残联主席出席，表彰全国残联系统先进集体。",
    "中华全国妇女联合会发出通知，全国妇联要求各地落实，省妇联随即部署。",
]))
def test_a_bare_contraction_after_another_level_is_not_the_body(pipeline, text):
    # 全国|残联 (the whole system), 省|妇联 (a province's): the national body's short form only as it writes it
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert not any(n in names for names in nodes for n in ("残联", "妇联")), nodes
    assert any(n in names for names in nodes for n in ("中国残联", "全国妇联")), nodes


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("王建国在山里守林二十年。老王说，林子比人金贵。", "王建国", "老王"),
    ("陈国强开了一家面馆。老陈说，生意比去年好。", "陈国强", "老陈"),
]))
def test_old_or_young_and_a_surname_is_the_person(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "PERSON")
    assert any(full in names and short in names for names in nodes), nodes


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("刘德明和刘志强都是渔民。老刘说，今年鱼价不错。", "刘德明", "老刘"),
    ("黄志刚干活踏实，是厂里的老黄牛。", "黄志刚", "老黄"),
]))
def test_old_and_a_surname_that_names_no_one_of_the_document(pipeline, text, full, short):
    nodes = node_names(pipeline, text, "PERSON")
    assert not any(full in names and short in names for names in nodes), nodes


def test_state_body_remainders():
    assert state_body_remainders(["中华人民共和国外交部", "外交部"]) == {"外交部": "中华人民共和国外交部"}
    assert state_body_remainders(["国家体育总局", "体育总局", "上海市体育局"]) == {"体育总局": "国家体育总局"}
    assert state_body_remainders(["国家统计局", "统计局", "广州市统计局"]) == {}
    assert state_body_remainders(["国家统计局"]) == {}  # the bare name is not a name of the document


@pytest.mark.parametrize("name, head, text, expected", [
    ("中华全国妇女联合会", "联合会", "全国妇联今天说", {"全国妇联"}),
    ("中华全国工商业联合会", "联合会", "全国工商联副主席", {"全国工商联"}),
    ("中国科学技术协会", "协会", "中国科协发布", {"中国科协", "科协"}),
    ("中国足球协会", "协会", "球协称", set()),  # two letters start from the first word's first letter
    ("中华全国妇女联合会", "联合会", "全国妇联", {"全国妇联"}),  # nor from its second after the first (国妇联)
    ("广东省妇女联合会", "联合会", "中华全国妇联", set()),
])
def test_federations_contract_to_their_first_head_letter(name, head, text, expected):
    assert qualified_abbreviations(name, head, text) == expected


def test_a_long_word_is_read_as_words_of_two():
    assert _word_starts("药品监督管理局") == frozenset({0, 2, 4, 6})
    assert qualified_abbreviations("国家药品监督管理局", "局", "药监局通报") == {"药监局"}


@pytest.mark.parametrize("orgs, places, expected", [
    (["中国海洋石油总公司", "中海油"], set(), {"中海油": "中国海洋石油总公司"}),
    (["深圳市大疆创新科技有限公司", "大疆"], set(), {"大疆": "深圳市大疆创新科技有限公司"}),
    # one short name of two companies names neither
    (["中国石油天然气集团公司", "中国石油化工集团公司", "中石油", "中石化"], set(), {"中石化": "中国石油化工集团公司"}),
    # a word of the name as written, the state's word, a place the document names, a company word
    (["中国东方航空股份有限公司", "东方", "中国"], set(), {}),
    (["北京京东世纪贸易有限公司", "京东"], {"京东"}, {}),
    (["北京汽车集团有限公司", "汽车"], set(), {}),
])
def test_recognised_short_names(orgs, places, expected):
    assert recognised_short_names(orgs, places) == expected


def test_familiar_surnames():
    assert familiar_surnames(["张晓燕"], "张晓燕到了。小张说，她很高兴。", {"张"}, {}) == {"小张": "张晓燕"}
    # a common word without a person's verb after it; before the full name; inside a word
    assert familiar_surnames(["米建华"], "米建华买了小米手机。", {"米"}, {}) == {}
    assert familiar_surnames(["王丽华"], "老王说。王丽华到了。", {"王"}, {}) == {}
    assert familiar_surnames(["王丽华"], "王丽华推荐了小王子。", {"王"}, {}) == {}
    assert familiar_surnames(["宋佳"], "主演宋佳。小宋佳的角色", {"宋"}, {}) == {}  # 小 and the full name


def test_a_head_word_is_no_company_short_name():
    from zhkg.extract.defined_short_forms import _recognised_short_names
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    text = "北京大学出版社有限公司出书。大学表示，欢迎来稿。大疆称"
    full = Mention("d", 0, 11, text[:11], text[:11], Label.ORGANIZATION, "crf")
    head = Mention("d", 15, 17, "大学", "大学", Label.ORGANIZATION, "crf")
    assert [m.name for m in _recognised_short_names([full, head], text, load_lexicon())] == [text[:11], "大学"]
    # without the lexicon's heads, the stem after the place would be read as the company's
    assert [m.name for m in _recognised_short_names([full, head], text)] == [text[:11], text[:11]]
