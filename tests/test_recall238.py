"""Round recall238 (issue 15): names no stage found in Hong Kong and Taiwan news.

* Metro lines by their own names (:data:`zhkg.extract.local_places.KNOWN_LINES`: Hong Kong's MTR and Taipei's
  metro, facts) are places with or without the operator written before them; a line joined to a line by 、 or 及
  is a line too (捷运绿线、橘线); a station after a named line is a station (北环线|牛潭尾站); a branch line is named
  by its area (落马洲|支线).
* A department before a verb of speech after a while (教育局早前宣布), 于 and an hour (运输署于早上7时许宣布) or a
  bracketed day (教育局今日(27日)表示) is the department (:func:`zhkg.extract.departments.departments`). A department
  before its head's title glued on (工务处长) stays the role readers' (tests/test_roles223.py): no rule of this round.

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.departments import departments
from zhkg.records import Document
from zhkg.stages.normalise import to_simplified


def _scored(pipeline, text: str, label: str) -> set[str]:
    """The Simplified names of every entity of ``label`` the web benches score in ``text``."""
    from zhkg.evaluate import predicted_entities

    mentions = pipeline.extract_mentions_many([Document("d", text, kind="text")])[0]
    return {to_simplified(name) for kind, names, _ in predicted_entities(mentions) if kind == label for name in names}


@pytest.mark.parametrize(("text", "lines"), both_scripts([
    ("新界北的居民南下时或会迫爆屯马线，议员促请当局加快工程。", {"屯马线"}),
    ("北环线主线落成后，会连接现有的屯马线及东铁线。", {"北环线", "屯马线", "东铁线"}),
    ("乘客表示观塘线今早严重延误。", {"观塘线"}),
    ("台北市议员质疑文湖线经常故障。", {"文湖线"}),
    ("市府规划捷运绿线、橘线及丰科轴线，串联北区与丰原。", {"绿线", "橘线", "丰科轴线"}),
]))
def test_metro_lines_are_places(pipeline, text, lines):
    places = _scored(pipeline, text, "PLACE")
    assert lines <= places, places


@pytest.mark.parametrize(("text", "absent"), both_scripts([
    ("他坚守自己的底线和红线，不愿让步。", {"底线", "红线"}),
    ("工程人员检查港岛线路面的裂缝。", {"港岛线"}),  # 线路: a road's surface, no line
]))
def test_lines_in_other_senses_are_no_places(pipeline, text, absent):
    assert not absent & _scored(pipeline, text, "PLACE")


@pytest.mark.parametrize(("text", "stations"), both_scripts([
    ("发展商指，项目距离北环线牛潭尾站约九百米。", {"牛潭尾站"}),
    ("港铁表示，东铁线古洞站及东涌线欣澳站明年通车。", {"古洞站"}),
]))
def test_a_station_after_a_named_line(pipeline, text, stations):
    places = _scored(pipeline, text, "PLACE")
    assert stations <= places, places
    assert not any(name.startswith(("北环线", "东铁线")) and name != "东铁线" and name != "北环线" for name in places)


@pytest.mark.parametrize(("text", "bodies"), [
    ("学校停办一事意见相异，教育局早前宣布委任校董。", ["教育局"]),
    ("教育局今日(27日)表示完成相关程序。", ["教育局"]),
    ("大雨期间，运输署于早上7时许宣布封路。", ["运输署"]),
])
def test_departments_before_a_verb_after_a_while(text, bodies):
    assert [text[s:e] for s, e in departments(text)] == bodies


@pytest.mark.parametrize("text", [
    "学校停办一事意见相异，教育局早前的决定引起争议。",  # no verb of speech after the while
    "黄某曾历任地政处长、工务处长等重要职务。",  # a glued title: the role readers' (test_roles223)
])
def test_no_department_without_its_verb(text):
    assert departments(text) == []
