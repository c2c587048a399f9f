"""Kinds zhkg got wrong on international and Taiwan news (issue 15, round 11), found by running short passages
written for these tests through the pipeline: diplomacy, foreign companies and central banks, sports, Taiwan
companies and local society.

Each row runs one sentence through ``Pipeline().run_texts`` with the recogniser on, in Simplified and in
Traditional, and reads the graph's nodes.
"""

import pytest

from zhkg.stages.normalise import to_traditional


def _both_scripts(rows):
    out = []
    for text, *rest in rows:
        for form in (text, to_traditional(text)):
            out.append(pytest.param(form, *rest, id=form[:16]))
    return out


def _nodes(pipeline, text):
    G = pipeline.run_texts([("t", text)]).graph
    return {(a["type"], a["name_simplified"], a.get("code", "")) for _, a in G.nodes(data=True)
            if a["type"] in ("PLACE", "PERSON", "ORGANIZATION")}


def _names(pipeline, text):
    return {(kind, name) for kind, name, _ in _nodes(pipeline, text)}


@pytest.mark.parametrize("text, district, code", _both_scripts([
    # a district jieba glued to the next word (北屯|区松|竹里) or to 里 (区里|长) is still the district of the
    # city before it, not a place elsewhere sharing its short name (北屯市 of Xinjiang)
    ("台中市北屯区松竹里里长林美玲表示，活动下月举行。", "北屯区", "TW-TXG-406"),
    ("台中市北屯区里长林美玲表示，活动下月举行。", "北屯区", "TW-TXG-406"),
    ("高雄市三民区宝兴里里长表示，路灯已修复。", "三民区", "TW-KHH-807"),
]))
def test_district_glued_to_the_next_word_is_the_district(pipeline, text, district, code):
    nodes = _nodes(pipeline, text)
    assert ("PLACE", district, code) in nodes
    assert not any(kind == "PLACE" and c == "659005" for kind, _, c in nodes)  # 北屯市, Xinjiang
    # and no person is read from the district's suffix on (区松竹里)
    assert not any(kind == "PERSON" and name.startswith("区") for kind, name, _ in nodes)
    assert ("PERSON", "林美玲") in _names(pipeline, text) or "林美玲" not in text


@pytest.mark.parametrize("text, place, person", _both_scripts([
    # the suffix before 里 ("in the district") or an organ still ends the name; people after it stay
    ("平谷区里的学校都已开学，区长王刚到场。", "平谷区", "王刚"),
    ("北京市长王安顺今天表示，将加快建设。", "北京市", "王安顺"),
]))
def test_place_before_a_glued_word_keeps_its_neighbours(pipeline, text, place, person):
    names = _names(pipeline, text)
    assert ("PLACE", place) in names
    assert ("PERSON", person) in names
