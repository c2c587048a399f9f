"""Round orgs311 (issue 15): organisations in the forms Hong Kong, Taiwan and international news write them.

A country abroad before a body the web gold writes on its own is a place apart from it (据日本|共同社报道, 德国|联盟党,
法国|某某电视台 with a Latin name), while a state's organ and a nation's own kind of body keep it (法国外交部,
印度人民党); a ministry named by two fields joined is read whole (经济与财政部长, 原种植及原产业部长); a list of
companies each with its Latin original in brackets, closed by 等企业, gives an organisation for every item. Each
passage in both scripts; every sentence is written for the round, the names invented or generic.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.foreign_fronts import _named_apart
from zhkg.resources.lexicon import load_lexicon


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a listed agency or party after a country jieba glues to it
    ("据英国路透社报道，会谈已经结束。", [("ORGANIZATION", "路透社"), ("PLACE", "英国")], [("ORGANIZATION", "英国路透社")]),
    ("美国共和党众议员史密斯提出了新的预算方案。", [("ORGANIZATION", "共和党")], [("ORGANIZATION", "美国共和党")]),
    # a party named by a word of its own (jieba's), not one whose name may hold its country
    ("荷兰联盟党主席范德伯格表示反对。", [("ORGANIZATION", "联盟党"), ("PLACE", "荷兰")], [("ORGANIZATION", "荷兰联盟党")]),
    ("古巴社会主义革命统一党召开会议。", [("ORGANIZATION", "古巴社会主义革命统一党")], [("ORGANIZATION", "社会主义革命统一党")]),
    # a Latin name before its kind
    ("据意大利RTV电视台报道，总理将出访。", [("ORGANIZATION", "RTV电视台")], [("ORGANIZATION", "意大利RTV电视台")]),
    ("加拿大Norvia集团宣布收购计划。", [("ORGANIZATION", "Norvia集团")], [("ORGANIZATION", "加拿大Norvia集团")]),
    # kept whole: a state's organ, a nation's own kind of body
    ("法国外交部发表声明，谴责袭击。", [("ORGANIZATION", "法国外交部")], [("ORGANIZATION", "外交部")]),
    ("印度人民党赢得选举。", [("ORGANIZATION", "印度人民党")], [("ORGANIZATION", "人民党")]),
]))
def test_a_country_abroad_before_a_body_named_on_its_own(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


@pytest.mark.parametrize("rest, apart", [
    ("共同社", True), ("联盟党", True), ("BFM电视台", True), ("NEC公司", True),
    ("人民党", False), ("共产党", False), ("国家银行", False), ("外交部", False), ("东亚银行", False),
])
def test_named_apart(rest, apart):
    assert _named_apart(rest, load_lexicon()) is apart


@pytest.mark.parametrize("text, body, part", both_scripts([
    ("新任经济与财政部长杜邦现年45岁。", "经济与财政部", "财政部"),
    ("调任交通部长，原种植及原产业部长阿齐兹出席。", "种植及原产业部", "产业部"),
    ("其中包括原能源及水务转型部副部长哈林。", "能源及水务转型部", None),
    ("农业及食品部长也出席了记者会。", "农业及食品部", "食品部"),
    ("林业及自然保育署台东分署今天表示。", "林业及自然保育署台东分署", "保育署台东分署"),
    ("林业及自然保育署花莲分署今天表示，台风来袭。", "林业及自然保育署花莲分署", "林业及自然保育署"),
]))
def test_a_ministry_of_two_joined_fields_is_whole(pipeline, text, body, part):
    found = labelled_mentions(pipeline, text)
    assert ("ORGANIZATION", body) in found
    assert part is None or ("ORGANIZATION", part) not in found


@pytest.mark.parametrize("text, absent", both_scripts([
    ("中国和俄罗斯外交部发表联合声明。", "中国和俄罗斯外交部"),  # two countries' ministries
    ("教育和卫生部门将加强合作。", "教育和卫生部"),  # 部门: a word of its own
    ("经济和社会部分的内容由专家撰写。", "经济和社会部"),  # 部分
]))
def test_no_ministry_where_the_head_is_another_word(pipeline, text, absent):
    assert ("ORGANIZATION", absent) not in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text, items", both_scripts([
    ("代表团包括汉莎（Lufthansa）、巴斯夫（BASF）及思爱普（SAP）等企业负责人。",
     ["汉莎", "巴斯夫", "思爱普"]),
    ("名单包括拜尔（Beyer）、福克斯（Fox）、KTM及阿迪（Adi）等品牌。", ["拜尔", "福克斯", "KTM", "阿迪"]),
]))
def test_a_list_of_companies_with_their_originals(pipeline, text, items):
    found = labelled_mentions(pipeline, text)
    assert {("ORGANIZATION", item) for item in items} <= found
    assert not {("PERSON", item) for item in items} & found


@pytest.mark.parametrize("text, people", both_scripts([
    ("总理会见了施密特（Karl Schmidt）、韦伯（Anna Weber）和霍夫曼（Jan Hoffmann）。", ["施密特", "韦伯", "霍夫曼"]),
]))
def test_a_list_of_people_with_their_originals_stays_people(pipeline, text, people):
    found = labelled_mentions(pipeline, text)
    assert {("PERSON", p) for p in people} <= found


@pytest.mark.parametrize("text, company", both_scripts([
    ("宏益前执行董事陈某等3人涉嫌串谋诈骗，未向宏益董事局披露交易。", "宏益"),
    ("富荣前主席李某承认控罪，富荣董事局昨日开会。", "富荣"),  # read with its board as one body
]))
def test_a_short_name_before_its_board_is_a_company(pipeline, text, company):
    found = labelled_mentions(pipeline, text)
    assert ("ORGANIZATION", company) in found
    assert ("PERSON", company) not in found


@pytest.mark.parametrize("text, person", both_scripts([
    ("张伟董事会见了来访的记者。", "张伟"),  # a director's title before a verb: no board
]))
def test_a_director_before_a_verb_stays_a_person(pipeline, text, person):
    assert ("PERSON", person) in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text, court", both_scripts([
    ("两名被告上诉获撤销定罪，今日在终院展开终极上诉。", "终院"),
    ("律师陈某周三入禀高院，要求推翻裁决。", "高院"),
    ("被告在区院被判入狱两年。", "区院"),
]))
def test_a_court_s_short_form_before_a_case(pipeline, text, court):
    assert ("ORGANIZATION", court) in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["他住在高院附近的大楼，每天步行上班。"]))
def test_a_court_s_short_form_needs_a_case(pipeline, text):
    assert ("ORGANIZATION", "高院") not in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("names, short, full", [
    (["中央气象署", "气象署"], "气象署", "中央气象署"),
    (["政府新闻处", "新闻处"], "新闻处", "政府新闻处"),
    (["政府统计处", "统计处", "卫生署"], "统计处", "政府统计处"),
])
def test_a_government_s_word_before_a_department_is_left_out_of_its_short_form(names, short, full):
    from zhkg.extract.short_forms import state_body_remainders

    assert state_body_remainders(names).get(short) == full


def test_a_central_commission_gives_no_short_form():
    from zhkg.extract.short_forms import state_body_remainders

    assert "纪委" not in state_body_remainders(["中央纪委", "纪委"])  # a province's 纪委 as likely


def _canonical(pipeline, text: str) -> dict[str, str]:
    from zhkg.records import Document

    ms = pipeline.extract_mentions(Document("d", text, kind="text"))
    return {m.simplified: m.canonical for m in ms if m.label.value == "ORGANIZATION"}


@pytest.mark.parametrize("text, short, team", both_scripts([
    ("乐天桃猿今晚出战，桃猿先发投手表现出色，猿队以五比三获胜。", "猿队", "乐天桃猿"),
    ("统一狮昨晚击败乐天桃猿，狮队终结三连败，桃猿则跌回第四。", "桃猿", "乐天桃猿"),
    ("统一狮昨晚击败乐天桃猿，狮队终结三连败，桃猿则跌回第四。", "狮队", "统一狮"),
]))
def test_a_team_s_nickname_is_the_team_named_in_full(pipeline, text, short, team):
    assert _canonical(pipeline, text).get(short) == team


@pytest.mark.parametrize("text", both_scripts(["统一狮昨晚击败西武狮，狮队终结三连败。"]))
def test_a_nickname_two_teams_share_is_neither_s(pipeline, text):
    assert _canonical(pipeline, text).get("狮队") not in ("统一狮", "西武狮")


@pytest.mark.parametrize("text, absent", both_scripts([
    ("了解中介机构是否与该院校签署了合作协议。", "机构是否与该院校签署"),  # 签署: a verb
    ("研究根据各大学校及教育署的网页数据进行。", "学校及教育署"),  # a list of two bodies
    ("高力华东区研究与咨询部董事李某表示。", "研究与咨询部"),  # a firm's department
    ("在土耳其U16国际男篮邀请赛决赛中，中国队获胜。", "U16国际男篮"),  # an age group's event, no Latin firm
]))
def test_no_joined_ministry_or_latin_firm_there(pipeline, text, absent):
    assert ("ORGANIZATION", absent) not in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text, body", both_scripts([
    ("根据上海市人力资源和社会保障局的数据，就业稳定。", "上海市人力资源和社会保障局"),  # its place opens it
]))
def test_a_place_before_a_joined_ministry_opens_it(pipeline, text, body):
    assert ("ORGANIZATION", body) in labelled_mentions(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["学习重要指示精神和党中央部署要求，把关怀传递到第一线。"]))
def test_no_ministry_where_the_head_opens_a_verb(pipeline, text):
    assert not any(kind == "ORGANIZATION" and name.endswith("中央部") for kind, name in labelled_mentions(pipeline, text))
