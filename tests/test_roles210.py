"""Round roles210 (issue 11): Hong Kong news, each sentence in Simplified and Traditional (``both_scripts``).

**A clause word is no letter of a body's name** (:mod:`zhkg.relate.role_bodies`; the entity readers' cut since
orgs215, :func:`zhkg.extract.glued_bodies.bodies_after_clause_words`). A conjunction, an adverb or a verb
of holding that opens the clause (但, 即, 兼, 时任…: :data:`zhkg.extract.glued_bodies.CLAUSE_WORDS`) was read as the first
letter of the body before a title: 但足总主席X gave 主席 of 但足总, 即大律师X 律师 of 即大 (大律师 is a barrister),
时任暂委特委裁判官X 裁判官 of 时任暂委特委, 足球先生兼神射手X 射手 of 兼神. Now the body is the rest of the letters where
the document names such an organisation (足总), and there is none where it does not; a word the clause word makes
with the next letter (即墨区, 并购部) stays a name.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, entity_names, relation_rows


@pytest.mark.parametrize("text, person, post", both_scripts([
    # (the entity readers cut 但 off, orgs215: 足总 is the document's 香港足总, one node)
    ("香港足总上周宣布新计划。虽然港队落败，但足总主席李大文表示会继续支持球队。", "李大文", ("主席", "香港足总")),
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
    assert not [name for _, name in entity_names(pipeline, text) if fragment in name]  # (时任暂委特委 too: orgs215)


@pytest.mark.parametrize("text, person, post", both_scripts([
    # the clause word and the next letter make a word: a name
    ("即墨区区长王明表示，将加快建设。", "王明", ("区长", "即墨区")),
    # a clause word before a body the extractors named: the body, as before
    ("而中大校长李明则认为要加强合作。", "李明", ("校长", "中大")),
]))
def test_a_name_opening_with_a_clause_words_letter_stays(pipeline, text, person, post):
    found = relation_rows(pipeline, text)
    assert (person, *post, False) in found, found


# **A Hong Kong constituency's legislator** (:func:`zhkg.relate.roles_seats.hold_constituency_seats`,
# :func:`zhkg.relate.members_parties._party_before_seat`): a Legislative Council geographical constituency written right
# before 议员 and a name is the seat the person holds, and a party before it makes a member; the entity readers cut the
# constituency (港岛|西, 新界|西南, 民建联九龙西 one organisation), so no post was read, or a wrong one (议员 of 西南).
@pytest.mark.parametrize("text, person, seat, member", both_scripts([
    ("新民党港岛西议员黄志明表示支持方案。", "黄志明", "港岛西", ("党员", "新民党")),
    ("民建联九龙西议员林美华昨日出席会议。", "林美华", "九龙西", ("党员", "民建联")),
    ("经民联新界西南议员陈大文说，会再跟进。", "陈大文", "新界西南", ("党员", "经民联")),
    ("工联会九龙东议员何家明表示关注。", "何家明", "九龙东", ("成员", "工联会")),
]))
def test_a_party_and_a_constituency_before_a_legislator(pipeline, text, person, seat, member):
    # the seat as written, or a gazetteer's place of it named in full (香港岛西 for 港岛西)
    posts = [r for r in relation_rows(pipeline, text) if r[0] == person and r[1] == "议员"]
    assert [r[2] for r in posts if seat in r[2] and not r[3]] == [posts[0][2]] and len(posts) == 1, posts
    assert (person, *member, False) in relation_rows(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, person, seat, former", both_scripts([
    ("港岛东议员黄志明今日落区。", "黄志明", "港岛东", False),
    ("前新界东议员王大文出席典礼。", "王大文", "新界东", True),
]))
def test_a_constituency_before_a_legislator_is_his_seat(pipeline, text, person, seat, former):
    posts = [r for r in relation_rows(pipeline, text) if r[0] == person and r[1] == "议员"]
    assert len(posts) == 1 and seat in posts[0][2] and posts[0][3] is former, posts


@pytest.mark.parametrize("text, person", both_scripts([
    ("候任港岛西议员黄志明表示期待上任。", "黄志明"),  # not yet held
    ("会计界议员黄志明表示支持。", "黄志明"),  # a sector holds nothing, as the web golds write it
]))
def test_no_seat_to_come_and_none_of_a_sector(pipeline, text, person):
    assert not [r for r in relation_rows(pipeline, text) if r[0] == person and r[1] == "议员"]
