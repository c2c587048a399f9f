"""Names the recogniser reads right and the rules broke, round overrides98 (tune49's and tune51's groups of
``bench/overrides56.py``, ``bench/foreign49.py --errors`` and ``bench/overrides51.py --errors``; every text here is
written for the test): a country the model splits off a body before it is no part of the body's name
(places_in_names.country_split_off), a firm's 办公室 is no body of its own (body_ends._extend_body_heads), and the
recogniser's club or side on a place abroad stands where its sentence speaks of players or a match
(team_places.plays_abroad)."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.places_in_names import country_split_off
from zhkg.records import Label, Mention


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the model reads the country a place of its own before the body: the body is the model's name
    ("研讨会由泰国朱拉隆功大学中国研究中心和中国北京大学共同主办。",
     [("朱拉隆功大学中国研究中心", "ORGANIZATION"), ("北京大学", "ORGANIZATION"), ("泰国", "PLACE")],
     [("泰国朱拉隆功大学中国研究中心", "ORGANIZATION"), ("中国北京大学", "ORGANIZATION")]),
    ("美国密执安州立大学的研究人员在最新一期杂志上发表论文。", [("密执安州立大学", "ORGANIZATION"), ("美国", "PLACE")],
     [("美国密执安州立大学", "ORGANIZATION")]),
    ("加拿大蒙特利尔银行与皇家银行宣布合并。", [("蒙特利尔银行", "ORGANIZATION"), ("加拿大", "PLACE")],
     [("加拿大蒙特利尔银行", "ORGANIZATION")]),
    # a firm's office is the firm's (a company, a broker, a bank's branch), its people the firm's
    ("西南证券办公室李主任昨日向记者表示，目前公司运营一切正常。", [("西南证券", "ORGANIZATION")],
     [("西南证券办公室", "ORGANIZATION")]),
    ("建设银行上海分行办公室人士29日接受采访时称，首套房贷没有新的限制。", [("建设银行上海分行", "ORGANIZATION")],
     [("建设银行上海分行办公室", "ORGANIZATION")]),
    # the recogniser's club or national side on a place abroad, in a sentence of players or of a match
    # (team_places.plays_abroad)
    ("这样一直是铁定主力的挪威前锋就要为了首发位置而努力了。", [("挪威", "ORGANIZATION")], []),
    ("而罗马给人的感觉是现在已逐步走出低谷，本轮虽然佩罗塔停赛，但阵容依然齐整。", [("罗马", "ORGANIZATION")], []),
], convert_names=True))
def test_model_names_kept(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guards: a country the model reads inside a company's name stays there, and a state's office or a body's
    # delegation still takes its head word; a school abroad is named without its country since entitiesgrow194
    # (extract/foreign_fronts.py: 美国|哈佛大学, as the web golds read it), whoever read the two as one
    ("美国哈佛大学教授李明说，这项研究很重要。", [("哈佛大学", "ORGANIZATION"), ("美国", "PLACE")],
     [("美国哈佛大学", "ORGANIZATION")]),
    ("日本航空公司和韩国电力公司发布财报。", [("日本航空公司", "ORGANIZATION")], [("航空公司", "ORGANIZATION")]),
    ("联合国代表团今天抵达首都。", [("联合国代表团", "ORGANIZATION")], [("联合国", "ORGANIZATION")]),
    ("外交部办公厅发布通知。", [("外交部办公厅", "ORGANIZATION")], [("外交部", "ORGANIZATION")]),
    # a place abroad outside a sentence of sport stays the place, and so does a city at home
    ("挪威政府宣布，明年起提高石油税。", [("挪威", "PLACE")], [("挪威", "ORGANIZATION")]),
    ("深圳的球迷昨晚在街头庆祝。", [("深圳", "PLACE")], [("深圳", "ORGANIZATION")]),
], convert_names=True))
def test_rules_still_read(finds, text, present, absent):
    finds(text, present, absent)


def _mention(start: int, end: int, text: str, label: Label, extractor: str) -> Mention:
    return Mention("d", start, end, text, text, label, extractor)


def test_country_split_off_needs_the_models_place_and_a_country():
    rule = _mention(0, 6, "中国北京大学", Label.ORGANIZATION, "org_suffix")
    model = _mention(2, 6, "北京大学", Label.ORGANIZATION, "crf")
    assert country_split_off(rule, model, {(0, 2)}, {(0, 2)})
    assert not country_split_off(rule, model, {(0, 2)}, set())  # no country there (a city: 圣地亚哥)
    assert not country_split_off(rule, model, set(), {(0, 2)})  # the model read no place there
    longer = _mention(0, 8, "中国北京大学附中", Label.ORGANIZATION, "org_suffix")
    assert not country_split_off(longer, model, {(0, 2)}, {(0, 2)})  # the rule's name runs on past the model's
