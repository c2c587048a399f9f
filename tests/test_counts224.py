"""Round counts224: counts in Taiwan and Hong Kong school, company and hospital news, and their owners (issue 14).

Forms of the web tune half's articles (the old ones and the six grown this round), each read by a rule of a whole kind:

* a bare count of people (5012人) whose population its sentence named before it as a whole or a section (学生人数,
  新生部分, 员工中) is of that population, no crowd in a story: the holders its sentence and text carry own it
  (``relate/count_counted._members_named_before``); a noun a verb follows (议员出席) names no total;
* an organisation opening the headline is the document's topic however seldom the body names it again (a digest that
  writes 公司 or nothing): ``relate/count_owner_clauses._headline_subject``; a place opening a headline is where a
  story happens, no topic;
* 班 standing alone counts a school's classes when it closes its clause or is a list's item and no grade or ordinal
  is before its number (``extract/count_things._classes_counted``: not 高三3班, 三班倒);
* a change opening the clause after a comparison's base (较113学年度…，减少19班、725人) is a difference, every item of
  its list too (``extract/count_refusals._compared_change``).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script, assert_count_owner, in_script

# (text, counted head, owner or None)
OWNERS = [
    # a population's section before a bare count of people: the county the text is about owns it
    ("屏东县今年国小学生约3万名，屏东县共有国小160所。\n在小一新生部分，本学年共5012人。\n屏东县将持续关注少子化。",
     "人", "屏东县"),
    # ...and a population's total written before the number (学生数1万6027人)
    ("屏东县今年统计，屏东县国小共有160所。\n国中学生数1万6027人。\n屏东县将持续关注少子化。", "人", "屏东县"),
    # a noun of people a verb follows names no total: the bare count stays a crowd's
    ("屏东县今年统计，屏东县国小共有160所。\n议员出席会议，会上共有37人发言。\n屏东县将持续关注少子化。", "人", None),
    # an organisation opening the headline owns the digest's counts
    ("锅圈(2517.HK)：三季度收入增长坚挺\n门店扩张与运营 - 第三季度新增门店361家。", "门店", "锅圈"),
    # a place opening it is where a story happens
    ("金钟巴士站男子被斩\n警方其后共拘捕3人。", "人", None),
]

# (text, (value, counted head) read or None, (value, head) not read or None)
FORMS = [
    ("全县一至六年级共1758班，学生人数共3万3197人。", (1758, "班"), None),
    ("本学年共5012人、281班，较上学年减少3班。", (281, "班"), (3, "班")),
    ("他是高三3班的学生。", None, (3, "班")),
    ("工厂实行三班倒。", None, (3, "班")),
    ("全县共1758班，较113学年度1777班、3万3922人，减少19班、725人。", (1777, "班"), (725, "人")),
    ("全县学生共3万3197人，较上年3万3922人，减少725人。", (33922, "人"), (725, "人")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), OWNERS)
def test_owners_of_populations_and_headlines_counts224(pipeline, text: str, counted: str, owner: str | None,
                                                        script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
def test_classes_counted_and_differences_after_a_base_counts224(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)
