"""Universal NER's Traditional Wikipedia text, round uner70 (studied on the ``uner`` sentences of tune51 of
``bench/overrides51.py`` and tune49 of ``bench/foreign49.py``; every text here is written for the test): a place's
Latin original naming its state after a comma is one original; a model place opening with gazetteer places one
after another keeps what it names after them; and two conventions of UNER's the scoring reads (a place before an
occupation is a nationality, a ministry before 长 is a title's, a person's 夫人/女神/家族 is part of the name)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import both_scripts

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a place's original names the state it lies in after a comma: one original, the place's alias
    ("汉密尔顿县（Hamilton_County，Ohio）是美国俄亥俄州的一个县。", [("Hamilton_County，Ohio", "PLACE")],
     [("Hamilton_County", "PLACE")]),
    ("他迁居纽黑文（New_Haven，Connecticut），次年入学。", [("New_Haven，Connecticut", "PLACE")],
     [("New_Haven", "PLACE")]),
], convert_names=True))
def test_place_original_with_its_state(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the guard: a person's original is cut at the comma as before (what follows is no part of the name)
    ("乔治·华盛顿（George_Washington，1732年－1799年）是美国首任总统。", [("George_Washington", "PERSON")],
     [("George_Washington，1732年－1799年", "PERSON")]),
], convert_names=True))
def test_person_original_stops_at_comma(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # after two gazetteer places or more, a division named next is a place of its own
    ("他六岁时随家人移居美国纽约市布鲁克林区，后来成为歌手。",
     [("美国", "PLACE"), ("纽约市", "PLACE"), ("布鲁克林区", "PLACE")], [("美国纽约市", "PLACE")]),
    ("该站位于日本静冈县滨松市中区。",
     [("日本", "PLACE"), ("静冈县", "PLACE"), ("滨松市中区", "PLACE")], []),
    # the guards: a division's kind word alone names no place; one opening place is left to the readers before
    ("这片海岸位于西班牙穆尔西亚自治区南部。", [("西班牙", "PLACE")], [("自治区", "PLACE")]),
    ("铜川驻村干部昨天进村入户。", [("铜川", "PLACE")], [("驻村", "PLACE")]),
], convert_names=True))
def test_place_below_opening_places(finds, text, present, absent):
    finds(text, present, absent)


def _mention(text: str, start: int, end: int, extractor: str, code: str = ""):
    from zhkg.records import Label, Mention

    return Mention("d", start, end, text[start:end], text[start:end], Label.PLACE, extractor, code=code)


def test_opening_chain_needs_places_one_after_another():
    from zhkg.extract.places_in_names import _opening_chain, _place_below

    text = "移居美国纽约市布鲁克林区"
    model = _mention(text, 2, 12, "crf")
    us, city = _mention(text, 2, 4, "gazetteer", "US"), _mention(text, 4, 7, "gazetteer", "US-city:New_York")
    assert _opening_chain(model, [city, us]) == [us, city]
    assert _opening_chain(model, [city]) == []  # no place opens it
    assert _opening_chain(_mention(text, 2, 7, "crf"), [us, city]) == []  # the places are all of it
    assert _place_below(model, [us], text) is None  # one opening place
    assert _place_below(_mention(text, 2, 11, "crf"), [us, city], text) is None  # 布鲁克林: no division's kind


@pytest.mark.parametrize("text, spans, expected", [
    # a place before a person's occupation is a nationality
    ("由德国天文学家发现", [(1, 3, "LOC")], []),
    ("美国摄影记者拍下照片", [(0, 2, "LOC")], []),
    # the guards: a place before 的 or another word stays
    ("德国的专家来访", [(0, 2, "LOC")], [(0, 2, "LOC")]),
    ("美国政府表示", [(0, 2, "LOC")], [(0, 2, "LOC")]),
    # a person's 夫人, 女神 or 家族 is part of the name; a title after it is not
    ("居礼夫人获奖", [(0, 2, "PER")], [(0, 4, "PER")]),
    ("哈希姆家族建国", [(0, 3, "PER")], [(0, 5, "PER")]),
    ("布朗先生来访", [(0, 2, "PER")], [(0, 2, "PER")]),
    # a ministry before 长 is its minister's title; before another word it is the ministry
    ("外交部长表示", [(0, 3, "ORG")], []),
    ("外交部发言人表示", [(0, 3, "ORG")], [(0, 3, "ORG")]),
])
def test_uner_conventions_in_both_scripts(text, spans, expected):
    from bench.ner_eval import uner_conventions
    from zhkg.stages.normalise import normalise, to_traditional

    assert uner_conventions(text, spans) == expected
    assert uner_conventions(normalise(to_traditional(text)).simplified, spans) == expected


def test_gap_split_blames_rules_and_model():
    from bench.uner70 import gap_split

    gold = [[(0, 2, "PER"), (4, 6, "LOC"), (8, 10, "ORG")]]
    bare = [[(0, 2, "PER"), (4, 6, "LOC"), (12, 14, "LOC")]]
    whole = [[(0, 3, "PER"), (4, 6, "LOC"), (12, 14, "LOC"), (15, 17, "ORG")]]
    split = gap_split(gold, bare, whole)
    assert split[("PER", "rules missed")] == 1 and split[("PER", "rules added")] == 1
    assert split[("LOC", "right")] == 1 and split[("LOC", "model added")] == 1
    assert split[("ORG", "model missed")] == 1 and split[("ORG", "rules added")] == 1
