"""Organisations on unseen news, spans too long (issue 15, session 49, orgs215), each passage run as written and
converted to Traditional (``both_scripts``); passages written for these tests in the style of news, names invented.

* A body's unit read into the body's name right before the title of someone serving in it is cut off
  (:mod:`zhkg.extract.units_before_titles`): 海螺集团|党委书记, 中正大学|社会科学院长, 长庚纪念医院基隆院区|血液肿瘤科
  主治医师; the body is one node with its other mentions. A division's party committee (宁夏回族自治区党委), a ministry's
  bureau (国资委企业改革局), an office (国务院新闻办公室), a school's own hospital or press (北京大学人民医院) and a unit with no title
  after it stay whole.
* A clause word opening a body's name (但|足总, 时任|暂委特委) is cut off by the entity readers
  (:func:`zhkg.extract.glued_bodies.bodies_after_clause_words`): the graph has no 但足总 node, and no node at all
  where the rest names nothing the document names.
"""

import pytest
from helpers import both_scripts, entity_names, node_names, relation_rows

from zhkg.extract.units_before_titles import body_before_unit


def org_names(pipeline, text):
    """The Simplified names of the organisation nodes of ``text``."""
    return {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, body, glued", both_scripts([
    ("星海集团党委书记、董事长周立明出席签约仪式。", "星海集团", "星海集团党委"),
    ("江城交通大学党委副书记吴海涛主持会议。", "江城交通大学", "江城交通大学党委"),
    ("中正大学社会科学院长王安平、台北护理健康大学通识教育中心教授邱慧明出席座谈。", "中正大学", "中正大学社会科学"),
    ("中正大学社会科学院长王安平、台北护理健康大学通识教育中心教授邱慧明出席座谈。", "台北护理健康大学",
     "台北护理健康大学通识教育中心"),
    ("他现任长庚纪念医院基隆院区血液肿瘤科主治医师。", "长庚纪念医院基隆院区", "长庚纪念医院基隆院区血液肿瘤科"),
    ("她曾任金门县议会总务组主任，后转任县府。", "金门县议会", "金门县议会总务组"),
    ("新任校长李文华为国立交通大学电子研究所博士。", "国立交通大学", "国立交通大学电子研究所"),
]))
def test_a_unit_before_a_title_is_cut_off_its_body(pipeline, text, body, glued):
    names = org_names(pipeline, text)
    assert body in names, names
    assert glued not in names, names


@pytest.mark.parametrize("text, name", both_scripts([
    # a division's party committee is a body of its own, as 省委 is
    ("宁夏回族自治区党委书记张明出席会议。", "宁夏回族自治区党委"),
    # a ministry's bureau, by MSRA's convention and the mainland gold's
    ("他曾任国务院国资委企业改革局局长。", "国务院国资委企业改革局"),
    # an office is a body of its own
    ("国务院新闻办公室主任李强出席发布会。", "国务院新闻办公室"),
    # a school's own hospital or press
    ("北京大学人民医院院长王明表示欢迎。", "北京大学人民医院"),
    ("清华大学出版社社长李强出席。", "清华大学出版社"),
]))
def test_a_body_of_its_own_before_a_title_stays_whole(pipeline, text, name):
    assert name in org_names(pipeline, text)


@pytest.mark.parametrize("name, shared, body", [
    ("海螺集团党委", False, "海螺集团"),
    ("国研院半导体中心", False, "国研院"),
    ("长庚纪念医院基隆院区血液肿瘤科", False, "长庚纪念医院基隆院区"),
    ("中正大学社会科学", True, "中正大学"),
    ("国立中央大学理学院光电科学研究所", False, "国立中央大学"),
    # no body before the unit, or the unit a body of its own
    ("校党委", False, ""),
    ("宁夏回族自治区党委", False, ""),
    ("国务院新闻办公室", False, ""),
    ("北京大学附属中学", False, ""),
    ("北京大学人民医院", False, ""),
    ("中国科学院", False, ""),
    ("华中抗大五分校政治处", False, ""),
    ("中国人民解放军军事科学院世界军事研究部", False, ""),
    ("高雄师范大学教育学院", False, "高雄师范大学"),
    ("清华大学", False, ""),
])
def test_body_before_unit(name, shared, body):
    assert body_before_unit(name, shared=shared) == body


def test_the_cut_body_is_one_node_with_its_other_mentions(pipeline):
    # the alias reader had made 星海集团 a short form of the glued 星海集团党委; now all are 星海集团
    text = "星海集团与江城大学签约。星海集团党委书记周立明致辞。星海集团将提供实习岗位。"
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert [node for node in nodes if "星海集团" in node] == [{"星海集团"}], nodes


@pytest.mark.parametrize("text, fragment", both_scripts([
    ("香港足总上周宣布新计划。虽然港队落败，但足总主席李大文表示会继续支持球队。", "但足总"),
    ("时任暂委特委裁判官王美玲去年处理该案，裁定被告无罪。", "暂委特委"),
]))
def test_no_node_opens_with_a_clause_word(pipeline, text, fragment):
    assert not [name for name in org_names(pipeline, text) if fragment in name]


@pytest.mark.parametrize("text, person, post", both_scripts([
    ("星海集团党委书记、董事长周立明出席签约仪式。", "周立明", ("董事长", "星海集团")),
]))
def test_the_body_cut_from_its_unit_holds_the_post(pipeline, text, person, post):
    found = relation_rows(pipeline, text)
    assert (person, *post, False) in found, found
