"""Round roles196 (issue 11): a post held before, said in a relative clause before the name; a move up to a post.

* 此前担任…的X, 曾担任…的X, 原任…的X, 此前任…一职的X: the clause before the name says X held the post before — the
  role is ``former`` (as 前市长 and 曾任 are read; :func:`zhkg.relate.roles_former._once_before`); 现任…的X and a
  clause without a word of the past stay current;
* 升任, 升职为, 晋升为 (陞任, 陞職為, 晉升為): X moved up to the post, which X holds now, as after 出任.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified

_ROWS = both_scripts([
    # a post held before
    ("此前担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("曾担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("原任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    ("此前任华强集团总经理一职的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", True)),
    # held now, or no word of the past in the clause
    ("现任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", False)),
    ("担任华强集团总经理的王建国昨天出席了会议。", ("王建国", "总经理", "华强集团", False)),
    # a move up: held now
    ("王建国升任华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国升职为华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国晋升为华强集团总经理。", ("王建国", "总经理", "华强集团", False)),
    ("王建国去年晋升为华强集团副总经理。", ("王建国", "副总经理", "华强集团", False)),
]) + [
    # Traditional spellings of their own, not made by converting the Simplified rows
    pytest.param("王建國陞任華強集團總經理。", ("王建国", "总经理", "华强集团", False), id="陞任"),
    pytest.param("王建國陞職為華強集團總經理。", ("王建国", "总经理", "华强集团", False), id="陞職為"),
    pytest.param("此前擔任華強集團總經理一職的王建國昨天出席了會議。", ("王建国", "总经理", "华强集团", True), id="此前擔任"),
]


@pytest.mark.parametrize("text, right", _ROWS)
def test_a_post_is_read_former_only_when_the_clause_puts_it_before(pipeline, text, right):
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    found = {(names[r.source], r.role_simplified, names[r.target], r.former)
             for r in ex.relations if r.kind.value == "HOLDS_ROLE"}
    assert right in found, found
    assert right[:3] + (not right[3],) not in found, found  # the same post, never read both ways
