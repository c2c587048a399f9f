"""Round roles196 (issue 11): a post held before, said in a relative clause before the name; a move up to a post.

* 此前担任…的X, 曾担任…的X, 原任…的X, 此前任…一职的X: the clause before the name says X held the post before — the
  role is ``former`` (as 前市长 and 曾任 are read);
* 升任, 升职为, 晋升为 (陞任, 晉升為): X moved up to the post, which X holds now, as after 出任.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, right", both_scripts([
    ("此前担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("曾担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("原任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("此前任华强集团总经理一职的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
]))
def test_a_post_held_before_in_a_clause_before_the_name_is_former(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found
    assert right[:3] + (False,) not in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    ("王建国升任华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国升职为华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国晋升为华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国去年晋升为华强集团副总经理。", ("王建国", "副总经理", "华强集团", False)),
]))
def test_a_move_up_to_a_post_is_a_current_post(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, right", [
    # Traditional spellings of their own, not made by converting the Simplified rows
    ("王建國陞任華強集團總經理。", ("王建国", "总经理", "华强集团", False)),
    ("王建國陞職為華強集團總經理。", ("王建国", "总经理", "华强集团", False)),
    ("此前擔任華強集團總經理一職的王建國昨天出席了會議。", ("王建国", "总经理", "华强集团", True)),
])
def test_traditional_spellings_of_a_move_up_and_of_a_post_held_before(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    # a post held now, or one the clause does not put before the story's time, stays current
    ("现任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", False)),
    ("担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", False)),
]))
def test_a_post_in_a_clause_before_the_name_without_a_word_of_the_past_is_current(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found
    assert right[:3] + (True,) not in found, found
