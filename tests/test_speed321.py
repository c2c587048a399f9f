"""speed321: cheaper ways to the same answers (issue 15's speed floor), and the shared names of its tidy.

Each test holds a faster form to the slower one it replaced, on sentences written for it.
"""

from __future__ import annotations

import pytest

from zhkg.extract.bracketed_lists import companies_listed_with_originals
from zhkg.relate import roles_abroad, roles_announced, roles_careers, roles_removed
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_nlp, token_table
from zhkg.text import LIST_JOINER_WORDS, LIST_JOINERS, first_ending

TEXTS = [
    "日本首相任命新的防卫相和农林水产相，自民党干事长表示支持。",
    "他去年出任集团总裁，今年辞去董事长一职。",
    "台湾大学校长今天说，学校会继续办学。",
    "高雄市长陈其迈与国土交通相见面。",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_compiled_gates_answer_as_the_scan_of_each_word_did(text):
    assert (roles_abroad._ANY_SHORT_MINISTER.search(text) is not None) == any(
        w in text for w in roles_abroad.SHORT_MINISTERS)
    assert (roles_abroad._ANY_PARTY_OFFICER.search(text) is not None) == any(
        w in text for w in roles_abroad.PARTY_OFFICERS)
    assert (roles_announced._ANY_VERB.search(text) is not None) == any(v in text for v in roles_announced._VERBS)


def test_the_role_set_is_the_role_words_made_once():
    lexicon = load_lexicon()
    assert lexicon.role_set == frozenset(lexicon.role_words) and lexicon.role_set is lexicon.role_set


def test_the_list_joiners_with_yiji_find_the_longer_joiner_first():
    assert set(LIST_JOINER_WORDS) == LIST_JOINERS | {"以及"}
    assert first_ending("陈大文以及", LIST_JOINER_WORDS, 5) == "以及"
    assert first_ending("陈大文及", LIST_JOINER_WORDS, 4) == "及"


def test_the_verbs_of_taking_a_post_are_the_words_each_reader_had():
    assert set(roles_careers._TAKES) == {"出任", "担任", "接任", "升任", "调任", "转任", "任"}
    assert roles_careers._TAKES[-1] == "任"  # the bare letter last: the longer verb is the one found before a post
    assert set(roles_removed._TAKES_AFTER) == {"任", "出任", "担任", "兼任", "接任", "升任", "调任", "改任"}


@pytest.mark.parametrize("text", ["包括宝马（BMW）、奥迪（Audi）及福特（Ford）等车商高层出席。",
                                  "拜耳（Bayer）和西门子（Siemens）的代表今天见面。"])
def test_a_list_that_closes_on_no_word_of_companies_is_left_as_it_was(text):
    mentions = []
    assert companies_listed_with_originals(mentions, text, text, token_table(make_nlp()(text))) == mentions


def test_a_list_that_closes_on_a_word_of_companies_is_still_read():
    text = "包括福特（Ford）、丰田（Toyota）及本田（Honda）等车厂代表出席。"
    out = companies_listed_with_originals([], text, text, token_table(make_nlp()(text)))
    assert [m.simplified for m in out] == ["福特", "丰田", "本田"]


def test_the_readers_of_lists_of_posts_join_with_the_shared_joiners():
    # mend322: roles_officer_lists' own pattern and roles_relative_posts' own set were copies of zhkg.text's
    from zhkg.relate import roles_officer_lists, roles_relative_posts

    assert not hasattr(roles_officer_lists, "_JOINER")
    assert roles_officer_lists.LIST_JOINER_WORDS is LIST_JOINER_WORDS
    assert roles_relative_posts._JOINERS == LIST_JOINERS | {"兼"}
    assert roles_relative_posts.LIST_JOINERS is LIST_JOINERS


@pytest.mark.parametrize("text, expected", [
    ("香港赛马会今日公布，获选董事为陈国强以及李志明。", ("李志明", "香港赛马会", "董事")),
    ("担任华强集团董事长兼万科集团董事的王立明出席了签约仪式。", ("王立明", "万科集团", "董事")),
])
def test_lists_joined_by_yiji_and_jian_are_still_read(pipeline, text, expected):
    from helpers import role_edges

    assert expected in role_edges(pipeline, text)
