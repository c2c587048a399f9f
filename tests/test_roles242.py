"""Round roles242 (issue 11): a résumé whose subject is 其, and a pitcher by the hand he throws with, each passage in
Simplified and Traditional (``both_scripts``).

**其 opening a résumé's clause** (:mod:`zhkg.relate.roles_names`): 王立群毕业于清华大学。其曾任华强集团总经理 gave
nothing, only 他 and 她 standing for the one person named before; now 其 does too, before 曾, 历任, 先后, 早年, 亦曾
or 也曾 only — never as a determiner (其历任董事长均…: a body's holders), never before 现任, and never when two
people are named before it.

**左投, 右投** (``members.tsv``, ``words.tsv``): Taiwan's press names a pitcher by his throwing hand (中信兄弟左投X);
the words are team member words, and jieba keeps them whole so the name after them is read.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, role_posts


@pytest.mark.parametrize("text, expected", both_scripts([
    ("王立群毕业于清华大学。其曾任华强集团总经理。", ("王立群", "华强集团", "总经理", True)),
    ("人事处表示，王立群长期投入地方行政，历练完整。其历任台南市政府参事。", ("王立群", "台南市政府", "参事", True)),
    ("王立群毕业于清华大学，其早年曾任华强集团副总裁。", ("王立群", "华强集团", "副总裁", True)),
]))
def test_qi_opening_a_resume_clause_stands_for_the_one_person_before(pipeline, text, expected):
    found = role_posts(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize("text, absent", both_scripts([
    # two people before it: 其 stands for no one
    ("王立群会见了李大明。其曾任华强集团总经理。", ("王立群", "华强集团", "总经理", True)),
    ("王立群会见了李大明。其曾任华强集团总经理。", ("李大明", "华强集团", "总经理", True)),
    # 其现任: the body's present holder, not the person's post
    ("王立群出任华强集团顾问，其现任董事长李大明留任。", ("王立群", "华强集团", "董事长", False)),
    # a determiner: 其公司
    ("王立群表示，其公司总经理李大明将出席。", ("王立群", "公司", "总经理", False)),
]))
def test_qi_stands_for_no_one_where_the_link_is_not_plain(pipeline, text, absent):
    assert absent not in role_posts(pipeline, text)


def test_qi_as_a_body_s_determiner_gives_no_post(pipeline):
    assert role_posts(pipeline, "华强集团成立于1990年。其历任董事长均由股东推选。") == []


@pytest.mark.parametrize("text, expected", both_scripts([
    ("中信兄弟左投魏硕成今天先发。", ("魏硕成", "中信兄弟", "左投")),
    ("中信兄弟右投魏硕成今天先发。", ("魏硕成", "中信兄弟", "右投")),
]))
def test_a_pitcher_by_his_throwing_hand_is_a_member_of_his_team(pipeline, text, expected):
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    found = {(names[r.source], names[r.target], r.role_simplified) for r in ex.relations
             if r.kind.value == "MEMBER_OF"}
    assert expected in found, found
