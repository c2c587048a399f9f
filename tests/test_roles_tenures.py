"""Posts told by the time they were held or left, in a clause after their holder's, bare titles in a clause parallel to one
naming their body (round roles245), and posts after 曾任 with
a school's owner's word before its name (国立…大学), in Simplified and in Traditional (s2tw).

The sentences are written for these tests (no source text), each a form a rule reads, with negatives: a clause naming
another person, a sentence naming two people before the clause, a post closed by the clause's end with no span.
"""

import pytest
from helpers import role_posts

from zhkg.stages.normalise import convert
from zhkg.stages.segment import GLUED_TO_POST_VERB, make_segmenter, token_table

SCRIPTS = ("", "s2tw")


def roles(pipeline, text, script=""):
    return role_posts(pipeline, convert(text, script) if script else text)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a tenure closing the clause after the holder's: held before
        ("身为本地人的张志远熟悉乡里事务，近年担任华强集团总经理期间，推动多项改革。",
         [("张志远", "华强集团", "总经理", True)]),
        ("张志远熟悉乡里事务，担任华强集团总经理任内，公司营收倍增。",
         [("张志远", "华强集团", "总经理", True)]),
        # a span of time before the verb dates the move: the post closes its clause
        ("张志远加入政府近二十年，修例期间出任保安局副秘书长，获上司赞扬。",
         [("张志远", "保安局", "副秘书长", False)]),
        # a verb of leaving a post opening the clause: held before
        ("当天，张志远在总统府递交辞呈并获得批准，卸任法国总理。", [("张志远", "法国", "总理", True)]),
        ("张志远昨日召开记者会，宣布辞去华强集团总经理一职。", [("张志远", "华强集团", "总经理", True)]),
    ],
)
def test_post_in_a_later_clause_is_the_subjects(pipeline, script, text, expected):
    assert [r for r in roles(pipeline, text, script) if r[0] == "张志远"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the tenure is the assistant's time, no post of the speaker's
        "张志远表示，担任华强集团总经理期间的助手李明华十分能干。",
        # two people before the clause: whose tenure it tells is not said
        "张志远与李明华会面，担任华强集团总经理期间，双方多次合作。",
        # a post to leave later is held still
        "张志远昨日表示，即将卸任华强集团总经理。",
    ],
)
def test_no_tenure_read_for_another_or_an_unsure_subject(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[2] == "总经理" and r[0] == "张志远"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_post_after_cengren_and_a_national_school(pipeline, script):
    text = "张志远曾任国立高雄科技大学副校长、教务长等职。"
    found = roles(pipeline, text, script)
    assert ("张志远", "国立高雄科技大学", "副校长", True) in found
    assert ("张志远", "国立高雄科技大学", "教务长", True) in found


@pytest.mark.parametrize("word", GLUED_TO_POST_VERB)
def test_ren_is_cut_from_the_word_after_it(word):
    text = f"他曾{word}司令部参谋。" if word.endswith("军") else f"他曾{word}台湾大学教授。"
    words = [w.text for w in token_table(make_segmenter()(text)).words]
    assert word not in words and word[1:] in words  # 曾任|国立|台湾…, not 曾|任国立|台湾…


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # the second clause's bare title is the first clause's body's
        ("会议选举张志远先生为战略委员会主席，陈建国先生为委员。", [("陈建国", "战略委员会", "委员", False)]),
        ("董事会任命张志远为华强集团总经理，陈建国为副总经理。", [("陈建国", "华强集团", "副总经理", False)]),
        # another verb, or a title going on to a word of its own: not parallel
        ("会议选举张志远先生为战略委员会主席，陈建国先生则担任委员。", []),
        ("董事会任命张志远为华强集团总经理，陈建国为副总经理人选。", []),
    ],
)
def test_bare_title_in_a_parallel_clause(pipeline, script, text, expected):
    assert [r for r in roles(pipeline, text, script) if r[0] == "陈建国"] == expected


@pytest.mark.parametrize("script", SCRIPTS)
def test_removed_posts_read_past_an_item_no_reader_reads(pipeline, script):
    # 审判员 is no lexicon word: the list is read on past it to 职务, each post held before
    found = roles(pipeline, "免去张志远的北京市高级人民法院副院长、审判员职务。", script)
    assert ("张志远", "北京市高级人民法院", "副院长", True) in found


def test_removed_posts_need_the_closing_word(pipeline):
    assert not [r for r in roles(pipeline, "免去张志远的华强集团董事长、部门负责人的相关待遇。") if r[2] == "董事长"]
