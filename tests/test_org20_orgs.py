"""Organisations in Wikipedia-style prose (issue 15, session 20): readings that name no body, and stations.

Each class in both scripts: a country's companies (美国公司), a body counted (一所德国文法学校) and a group
(四大书院) are no named body; a name ending in 站 that the sentence calls a station (X站是一个…铁路车站) is a
place; well-known companies written in Latin letters (Twitter, Facebook) are bodies wherever they stand
(zhkg.extract.combine, zhkg.extract.generic_names, zhkg.extract.stations, organisations_known.tsv).
"""

import pytest
from helpers import both_scripts

from zhkg.extract.generic_names import counted_body
from zhkg.stages.normalise import to_simplified


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("19世纪末，一所德国文法学校设于此楼内，卡夫卡在此就读。", [("德国", "PLACE")], [("德国文法学校", "ORGANIZATION")]),
    ("光在东京就有上千家佛朗明哥舞蹈学校。", [("东京", "PLACE")], [("佛朗明哥舞蹈学校", "ORGANIZATION")]),
    ("山下有四大书院之一的岳麓书院。", [], [("四大书院", "ORGANIZATION")]),
    # a full legal name is one company however it is counted; an uncounted name stays
    ("他在一家深圳市腾讯计算机系统有限公司工作。", [("深圳市腾讯计算机系统有限公司", "ORGANIZATION")], []),
    ("他毕业于德国文法学校协会主办的学校，后来加入北京大学。", [("北京大学", "ORGANIZATION")], []),
    # a numbered congress is no group
    ("党的十五大以来，北京的经济发展很快。", [("十五大", "ORGANIZATION")], []),
], convert_names=True))
def test_a_counted_body_is_no_named_body(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("name, before, opens_with_place, counted", both_scripts([
    ("德国文法学校", "一所", True, True),
    ("佛朗明哥舞蹈学校", "上千家", False, True),
    # one body counted may be introduced by its own name (a hotel MSRA marks); 个 counts what follows the body
    ("玉兰香大酒店", "有一家", False, False),
    ("安理会", "5个", False, False),
]))
def test_counted_body_by_its_count(name, before, opens_with_place, counted):
    assert counted_body(to_simplified(name), before, opens_with_place) is counted


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("北黄土沟站是一个大准线上的铁路车站，位于内蒙古自治区丰镇市，建于1996年。", [("北黄土沟站", "PLACE")],
     [("北黄土沟站", "ORGANIZATION")]),
    # a station that runs things is a body, and a power plant is none of a station
    ("大亚湾核电站是中国大陆第一座大型商用核电站。", [], [("大亚湾核电站", "PLACE")]),
], convert_names=True))
def test_a_name_the_sentence_calls_a_station_is_a_place(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("文章指出，允许美国公司利用中国火箭发射卫星。", [("美国", "PLACE")], [("美国公司", "ORGANIZATION")]),
    ("本片由俄罗斯与法国公司联合制作。", [("法国", "PLACE")], [("法国公司", "ORGANIZATION")]),
    # a bank a country's name opens is a bank's own name
    ("他在美国银行工作，后来去了中国银行。", [("美国银行", "ORGANIZATION"), ("中国银行", "ORGANIZATION")], []),
], convert_names=True))
def test_a_countrys_companies_are_no_one_body(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text", both_scripts([
    "NBA在各种社交网络上宣传，球星在Twitter和Facebook的粉丝数超过了一亿。",
    "他在Twitter和Facebook上的粉丝数超过了一亿。",
]))
def test_well_known_latin_companies_stay_bodies(finds, text):
    finds(text, [("Twitter", "ORGANIZATION"), ("Facebook", "ORGANIZATION")])
