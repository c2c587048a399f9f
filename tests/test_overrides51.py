"""Where the rules broke a name the recogniser read right, round overrides51 (studied on the tune51 half of a
seeded sample of general MSRA, CLUENER and Universal NER train sentences, ``bench/overrides51.py``; every text here
is written for the test): a body an alias-table short form only opens, a part of the world before a company's
word, a form of address read as a married name's given letters. (A model team running on before the team rule's
队 name, 尤他|爵士队, was tried and reverted: its three changes on the 715 real rows were wrong.)"""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the short form 全国人大 (org_aliases.tsv) opens the committee's name; the model reads the committee
    ("大会听取了全国人大民族委员会副主任委员的报告。", [("全国人大民族委员会", "ORGANIZATION")], [("全国人大", "ORGANIZATION")]),
    ("全国人大常委会法工委主任昨天作了说明。", [("全国人大常委会法工委", "ORGANIZATION")], [("全国人大", "ORGANIZATION")]),
], convert_names=True))
def test_body_an_alias_opens(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a deputy of the congress, a list: the short form alone, as before
    ("他当选为全国人大代表。", [("全国人大", "ORGANIZATION")], [("全国人大代表", "ORGANIZATION")]),
], convert_names=True))
def test_alias_alone_stays(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # Europe's companies are many, as a country's are: the place stays, no company 欧洲公司
    ("这颗卫星由几家欧洲公司联合制造。", [("欧洲", "PLACE")], [("欧洲公司", "ORGANIZATION")]),
    ("近年来亚洲企业纷纷到非洲投资。", [("亚洲", "PLACE")], [("亚洲企业", "ORGANIZATION")]),
], convert_names=True))
def test_world_region_companies(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # 李明 and 郁文 open with two surnames: the form of address after them is no married name's given letters
    ("县委书记李明同志在会上指出，要抓好春耕。", [("李明", "PERSON")], [("李明同志", "PERSON")]),
    ("市长郁文同志讲了话，要求抓好春耕。", [("郁文", "PERSON")], [("郁文同志", "PERSON")]),
    # a married name as Hong Kong writes it stays whole
    ("立法会议员吴李美玲昨日表示反对。", [("吴李美玲", "PERSON")], []),
], convert_names=True))
def test_address_is_no_married_name(finds, text, present, absent):
    finds(text, present, absent)


def test_general_pool_sample_and_halves():
    from bench.overrides51 import half51, sample_places

    places = sample_places(1000, 60)
    assert places == sample_places(1000, 60) == sorted(places) and len(set(places)) == 60
    assert places != sample_places(1000, 60, seed=52)
    assert [half51(i) for i in range(4)] == ["tune51", "check51", "tune51", "check51"]
