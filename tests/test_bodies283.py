"""A board written alone after a verb of appointment is the post's body (session 58, bodies283, issue 11):
任监事会副主席 gives 副主席 of 监事会, as the web gold names a party's or a company's board with no body written before
it (docs/relations.md's convention cuts the unit off only a body written right before it: 华强集团董事会主席 X is
董事会主席 of 华强集团). A bare party group's post (任党组书记) names no body by it.

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        ("新民联今日公布新一届领导层，前议员王明任监事会副主席。", "王明", "监事会", "副主席"),
        ("华强集团今日宣布，李强出任董事会主席，任期三年。", "李强", "董事会", "主席"),
        ("会议通过新名单，陈大文担任董事局副主席。", "陈大文", "董事局", "副主席"),
        # a qualifier of the post between the board and its title stays with the title
        ("商会宣布，前会长黄志强任监事会荣誉主席。", "黄志强", "监事会", "荣誉主席"),
    ]),
)
def test_a_board_alone_after_a_verb_is_the_body(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body",
    both_scripts([
        # a body written before the board: the convention's reading, not the board
        ("新民联今日宣布，王明继续担任新民联监事会主席。", "王明", "监事会"),
        # the party group is no body of its own
        ("王明曾任华强集团党组书记，李强任党组书记。", "李强", "党组"),
        # the title does not close its clause: no post read here
        ("李强任董事会主席助理兼秘书处职员。", "李强", "董事会"),
    ]),
)
def test_a_board_not_alone_is_not_the_body(pipeline, text, person, body):
    assert all(b != body for p, b, _t in roles(pipeline, text) if p == person)
