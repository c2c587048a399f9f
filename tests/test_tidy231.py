"""Session 51, tidy231: one definition of each fact the code stated twice, and small defects mended."""

from __future__ import annotations

import pytest

from zhkg.extract.model_bodies import _trim_role_heads
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import BODY_ONLY_UNITS, GOVERNING_UNITS, load_lexicon


def _model_org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, "crf")


def test_body_only_units_are_governing_units():
    assert set(BODY_ONLY_UNITS) <= set(GOVERNING_UNITS)


@pytest.mark.parametrize(("text", "model", "kept"), [
    ("区政协党组书记张明出席会议。", "区政协党组", "区政协"),
    ("区政协党组副书记张明出席会议。", "区政协党组", "区政协"),
    ("财政部党组成员王刚出席会议。", "财政部党组", "财政部"),
    ("万科集团董事会主席王石表示。", "万科集团董事会", "万科集团"),
    ("万科集团董事会秘书朱旭表示。", "万科集团董事会", "万科集团"),
    ("平安银行监事会主席李明表示。", "平安银行监事会", "平安银行"),
    ("民主党创党主席李明表示。", "民主党创党", "民主党"),
    ("中华总商会创会会长李明表示。", "中华总商会创会", "中华总商会"),
    # no title after the unit: the unit's own node, left whole
    ("区政协党组召开会议。", "区政协党组", "区政协党组"),
    ("万科集团董事会通过决议。", "万科集团董事会", "万科集团董事会"),
    # a unit a division has as its own body is left to zhkg.extract.governing_units, which tells the two apart
    ("宁夏回族自治区党委书记李明表示。", "宁夏回族自治区党委", "宁夏回族自治区党委"),
])
def test_a_body_only_unit_before_its_title_is_the_titles(text, model, kept):
    assert _trim_role_heads(_model_org(text, model), text, load_lexicon()).simplified == kept
