"""Roles in an apposition set off by paired dashes after a name (session 26, roles30), each in Simplified and
Traditional (``both_scripts``): 王明——北京大学校长——今天表示 reads like 王明，北京大学校长，今天表示 (校长 of
北京大学 for 王明), with one dash (—) or two hyphens (--) as well; a dash that is not closed, a closing dash after a
clause break, an aside naming no title, and a title followed by another person's name give no role to the name.

A three-letter name the recogniser cut short before a place head's title (徐榛|蔚县长, 蔚县 being a real county)
keeps its last letter where the document supports it: the three letters written elsewhere (县长徐榛蔚), or neither
the two-letter name nor the place (蔚县) written elsewhere; where either is, the two letters stay.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts, entity_names
from helpers import role_edges as roles

from zhkg.extract.people_cuts import _three_letter_name_supported
from zhkg.relate.roles_clauses import _paired_dash
from zhkg.resources.lexicon import load_lexicon


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "王明——北京大学校长——今天表示反对。",
        "王明—北京大学校长—表示反对。",
        "王明--北京大学校长--表示反对。",
        "据悉，王明——北京大学校长——昨天在会上发言。",
    ]),
)
def test_an_apposition_between_paired_dashes_gives_the_name_its_post(pipeline, text):
    assert ("王明", "北京大学", "校长") in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # no closing dash
        "王明—北京大学校长表示反对。",
        # the sentence ends before the second dash
        "王明——北京大学校长。今天——他表示反对。",
        # the aside names a body but no title
        "王明——北京大学——今天表示反对。",
        # the title is the next person's
        "王明——北京大学校长李四的朋友——说的。",
    ]),
)
def test_no_post_for_the_name_without_a_closed_dashed_apposition(pipeline, text):
    assert not any(person == "王明" for person, _org, _role in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, at, expected",
    [
        ("——北京大学校长——今天", 0, 2),
        ("—北京大学校长—表示", 0, 1),
        ("--北京大学校长--表示", 0, 2),
        ("——北京大学校长。今天——", 0, 0),
        ("——北京大学校长，今天——", 0, 0),
        ("—北京大学校长——表示", 0, 0),
        ("北京大学校长——表示", 0, 0),
        ("——" + "长" * 30 + "——", 0, 0),
    ],
)
def test_paired_dash_length(text, at, expected):
    assert _paired_dash(text, at) == expected


def _people(pipeline, text):
    return {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "徐榛蔚县长今天在会上表示，要加快发展。",
        "县长徐榛蔚今天到任。徐榛蔚县长表示，要加快发展。",
    ]),
)
def test_a_three_letter_name_before_a_county_heads_title_stays_whole(pipeline, text):
    people = _people(pipeline, text)
    assert "徐榛蔚" in people and "徐榛" not in people


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the county is named elsewhere: 徐榛, head of 蔚县
        "徐榛蔚县长今天表示，蔚县将加快发展。",
        # the two-letter name is written alone elsewhere
        "徐榛今天到任。徐榛蔚县长表示，要加快发展。",
    ]),
)
def test_the_two_letters_stay_where_the_document_names_the_place_or_the_short_name(pipeline, text):
    people = _people(pipeline, text)
    assert "徐榛" in people and "徐榛蔚" not in people


@pytest.mark.parametrize(
    "text, expected",
    [
        ("徐榛蔚县长表示。", True),
        ("县长徐榛蔚表示。徐榛蔚县长说。", True),
        ("徐榛蔚县长表示，蔚县很美。", False),
        ("徐榛今天到任。徐榛蔚县长说。", False),
        # 沙 is rare in given names: 王明 of 沙市 rather than 王明沙, unless the document writes 王明沙 apart
        ("王明沙市长表示。", False),
        ("王明沙今天到任。王明沙市长表示。", True),
    ],
)
def test_three_letter_name_supported(text, expected):
    start = text.index("长") - 4 if text.count("长") == 1 else text.rindex("长") - 4
    assert _three_letter_name_supported(text, start, load_lexicon()) is expected
