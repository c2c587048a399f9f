"""Round ents247: names no stage found (issue 15).

Departments fused with their head's title: Taiwan's news writes a bureau, an agency or a department and its
head's title as one word before the holder's name (卫生局长 X, 体育署长 X, 民政处长 X): the post names its body. Guards: a holder's word before the title
(新任局长, 女性体育局长), a surname (陈处长), 当局长期 (a word of 长) and a determiner (该署长期) name none. Each in
both scripts; every sentence is written for the round (the names invented)."""

from __future__ import annotations

import pytest
from helpers import labelled_mentions

from zhkg.stages.normalise import to_traditional

SCRIPTS = [lambda t: t, to_traditional]


def _bodies(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, bodies", [
    ("县府今天公布人事案，卫生局长王美华将转任副县长。", {"卫生局"}),
    ("原体育署长陈志明等人随队出访。", {"体育署"}),
    ("县府副秘书长由地政处长林建国升任，地政处长由黄志明接任。", {"地政处"}),
    ("社会处长：黄丽君（45岁），台大社工系硕士。", {"社会处"}),
    ("市史上第一位女性文化局长张雅婷今天到任。", {"文化局"}),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_department_fused_with_its_title(pipeline, text, bodies, convert):
    found = _bodies(pipeline, convert(text))
    assert bodies <= found, found


@pytest.mark.parametrize("text, wrong", [
    ("新任局长王大明表示会尽快提出改善方案。", {"新任局", "局"}),
    ("当局长期以来忽视这个问题，陈处长昨天表示。", {"当局长", "陈处"}),
    ("该署长期关注空气污染，并已提出报告。", {"该署"}),
    ("市史上第一位女性文化局长张雅婷今天到任。", {"女性文化局"}),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_no_body_from_a_holders_word(pipeline, text, wrong, convert):
    found = _bodies(pipeline, convert(text))
    assert not {convert(w) for w in wrong} & found and not wrong & found, found


# Taiwan's townships by their short form in a story naming their county (taiwan_townships.py)

def _places(pipeline, text: str) -> set[str]:
    return {name for kind, name in labelled_mentions(pipeline, text) if kind == "PLACE"}


@pytest.mark.parametrize("text, places", [
    ("云林县长今天到场。去年妈祖銮轿来到斗六，医护人员一路随行。", {"斗六"}),
    ("风力达标地区包括台东县山区、绿岛、兰屿。", {"台东县", "绿岛", "兰屿"}),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_township_short_form_in_its_countys_story(pipeline, text, places, convert):
    found = _places(pipeline, convert(text))
    assert places <= found, found


@pytest.mark.parametrize("text, wrong", [
    ("去年妈祖銮轿来到斗六，医护人员一路随行。", {"斗六"}),  # no county named: the short form waits
    ("台东县政府成功争取经费，清水也很多。", {"成功", "清水"}),  # common words stay words
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_township_short_form_guards(pipeline, text, wrong, convert):
    found = {name for kind, name in labelled_mentions(pipeline, convert(text)) if kind == "PLACE"}
    assert not wrong & found, found


@pytest.mark.parametrize("convert", SCRIPTS)
def test_a_countys_own_short_form_stays_the_county(pipeline, convert):
    # 苗栗 is 苗栗县's short form and 苗栗市's too: in a story of the county it is the county, as before
    from zhkg.records import Document

    text = convert("苗栗县长说，苗栗今年人口减少。")
    names = {(m.simplified, m.name) for m in pipeline.extract_mentions(Document("d", text, kind="text"))
             if m.label.value == "PLACE"}
    assert ("苗栗", "苗栗县") in names, names
