"""Round roles210 (issue 11): Hong Kong news, each sentence in Simplified and Traditional (``both_scripts``).

**A clause word is no letter of a body's name** (:mod:`zhkg.relate.role_bodies`). A conjunction, an adverb or a verb
of holding that opens the clause (但, 即, 兼, 时任…: :data:`zhkg.relate.role_bodies.CLAUSE_WORDS`) was read as the first
letter of the body before a title: 但足总主席X gave 主席 of 但足总, 即大律师X 律师 of 即大 (大律师 is a barrister),
时任暂委特委裁判官X 裁判官 of 时任暂委特委, 足球先生兼神射手X 射手 of 兼神. Now the body is the rest of the letters where
the document names such an organisation (足总), and there is none where it does not; a word the clause word makes
with the next letter (即墨区, 并购部) stays a name.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, entity_names, relation_rows


@pytest.mark.parametrize("text, person, post", both_scripts([
    ("香港足总上周宣布新计划。虽然港队落败，但足总主席李大文表示会继续支持球队。", "李大文", ("主席", "足总")),
]))
def test_the_body_after_a_clause_word_holds_the_post(pipeline, text, person, post):
    found = relation_rows(pipeline, text)
    assert (person, *post, False) in found, found
    assert not [r for r in found if r[2].startswith("但")], found


@pytest.mark.parametrize("text, people, fragment", both_scripts([
    ("两名律师，即大律师张伟明、律师陈小强今日入禀高等法院。", ("张伟明", "陈小强"), "即大"),
    ("时任暂委特委裁判官王美玲去年处理该案，裁定被告无罪。", ("王美玲",), "暂委特委"),
    ("他是去年的足球先生兼神射手李志强，今季转投杰志。", ("李志强",), "兼神"),
]))
def test_a_clause_word_and_the_letters_after_it_name_no_body(pipeline, text, people, fragment):
    for kind in ("HOLDS_ROLE", "MEMBER_OF"):
        found = relation_rows(pipeline, text, kind)
        assert not [r for r in found if r[0] in people and fragment in r[2]], found
    if fragment != "暂委特委":  # 时任暂委特委 is the entity stage's organisation, left (docs/relations.md, roles210)
        assert not [name for _, name in entity_names(pipeline, text) if fragment in name]


@pytest.mark.parametrize("text, person, post", both_scripts([
    # the clause word and the next letter make a word: a name
    ("即墨区区长王明表示，将加快建设。", "王明", ("区长", "即墨区")),
    # a clause word before a body the extractors named: the body, as before
    ("而中大校长李明则认为要加强合作。", "李明", ("校长", "中大")),
]))
def test_a_name_opening_with_a_clause_words_letter_stays(pipeline, text, person, post):
    found = relation_rows(pipeline, text)
    assert (person, *post, False) in found, found
