"""Venues and scenic areas named by the place they stand in (issue 15, session 44, entities189): the place right
before the venue's head (东京|巨蛋, 小西湾|运动场) is one site, not the place its name begins with; a word between
(昆明|拓东|体育场) named the facility itself and the city stayed a place of its own, until sites198 (session 46)
read a proper name between as the site's with its place, the web set's convention (西昌邛海景区). Passages written for these tests in the style of news, each run as written and converted to
Traditional."""

import pytest
from helpers import both_scripts

from zhkg.extract.landmarks import venues
from zhkg.stages.segment import token_table

P, O, L = "PERSON", "ORGANIZATION", "PLACE"  # noqa: E741


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the place and the head
    ("经典赛C组下月在东京巨蛋开打，日本队首战澳洲队。", [("东京巨蛋", L)], [("东京", L)]),
    ("港超联赛本周末移师小西湾运动场举行。", [("小西湾运动场", L)], [("小西湾", L)]),
    ("省运会开幕式在广州体育馆举行，近万名观众到场。", [("广州体育馆", L)], [("广州", L)]),
    # a proper name between the place and the head names the site with it (sites198: the web set's convention)
    ("长假期间西昌邛海景区接待游客七十万人次。", [("西昌邛海景区", L)], [("西昌", L)]),
    # a place right after another opens no venue of its own (天津|河北: a chain of places)
    ("天津河北体育场建成后占地面积为二十万平方米。", [], [("河北体育场", L)]),
    # a province's or city's name alone before a head any town has names the kind there
    ("长假期间四川景区接待游客超过两千万人次。", [("四川", L)], [("四川景区", L)]),
    # a count or a common word between names no venue
    ("香港多个球场今年将翻新草皮。", [("香港", L)], [("香港多个球场", L)]),
    ("北京新建体育场明年启用。", [("北京", L)], [("北京新建体育场", L)]),
    # a body's name opened by a venue is left to the organisation readers
    ("广州体育馆管理处表示，场馆下月起关闭维修。", [], [("广州体育馆", L)]),
], convert_names=True))
def test_venues_named_by_their_place(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, places, expected", [
    ("东京巨蛋开打", {(0, 2)}, ["东京巨蛋"]),
    # no place read before the head: no venue (the reader names a site only by its place)
    ("东京巨蛋开打", set(), []),
    # the head runs into another word
    ("东京体育场馆开放", {(0, 2)}, []),
    # a proper name between the place and the head (sites198)
    ("西昌邛海景区", {(0, 2)}, ["西昌邛海景区"]),
    # a city's name alone before 景区 when the caller names it big
    ("四川景区客满", {(0, 2)}, []),
    # a place right after another opens no venue; the chain is one since sites198 (the first place and a name)
    ("天津河北体育场建成", {(0, 2), (2, 4)}, ["天津河北体育场"]),
])
def test_venue_spans(nlp, text, places, expected):
    big = frozenset({"四川"})
    got = venues(text, token_table(nlp(text)), frozenset(places), big_places=big)
    assert [text[s:e] for s, e in got] == expected
