"""Roles in an apposition set off by paired dashes after a name (session 26, roles30), each in Simplified and
Traditional (``both_scripts``): 王明——北京大学校长——今天表示 reads like 王明，北京大学校长，今天表示 (校长 of
北京大学 for 王明), with one dash (—) or two hyphens (--) as well; a dash that is not closed, a closing dash after a
clause break, an aside naming no title, and a title followed by another person's name give no role to the name.

The passages are written for these tests.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles

from zhkg.relate.roles import _paired_dash


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
