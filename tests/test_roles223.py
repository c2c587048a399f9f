"""Round roles223 (issue 11): a county government's units in Taiwan's appointment news, each passage in Simplified and
Traditional (``both_scripts``).

**A government's unit named alone** (:mod:`zhkg.relate.roles_government_units`). A post whose holder was a
department's name alone (观光处, 社会处, 财务部) was dropped, since such a node joins every county's and every
company's department of that name; so a county's appointees' careers (金门县政府今日公布人事异动…历任观光处副处长)
gave nothing. Now a government's unit (its name ending in 处, 局, 科 or 课) after a government named in full (金门县政府,
a place with 政府 after it) holds the post, named with that government (金门县政府观光处). With no government named,
or one named short only (县府), or a company's department, the post is dropped as before.

**A list's unit fused with its head's title** (:mod:`zhkg.relate.roles_clauses`). A list of posts after a verb of
a career went on only while each item's body was named by an extractor, and a clause of posts after a comma (，历任…)
read its first post only; a unit whose head's title shares its last letter (港务处长: 处长 of 港务处) and a unit opening
with a verbal noun (建设处长) were no body. Now the list goes on through such items.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize("text, expected", both_scripts([
    # a unit named alone after the government named in full, in a clause of posts after a comma (港务处, named by
    # another extractor, was never dropped and keeps its name)
    ("金门县政府今日公布人事异动。林志明现年58岁，历任观光处副处长、港务处处长等职务。",
     [("林志明", "金门县政府观光处", "副处长"), ("林志明", "港务处", "处长")]),
    # the government named in an earlier sentence, the posts after 曾任
    ("新竹县政府今天宣布人事异动。王美玲曾任社会处处长，熟悉县政。",
     [("王美玲", "新竹县政府社会处", "处长")]),
]))
def test_a_government_s_unit_named_alone_holds_the_post(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent_body", both_scripts([
    # no government named: a department's name alone names no body of its own
    ("林志明现年58岁，历任观光处副处长、港务处处长等职务。", "观光处"),
    # a government named short only
    ("县府今日公布人事异动。林志明现年58岁，历任观光处副处长等职务。", "观光处"),
    # a government of another kind than a county's or a city's
    ("香港特区政府今日公布人事任命。林志明现年58岁，历任观光处副处长等职务。", "观光处"),
    # a company's department (部), the government named elsewhere
    ("新竹县政府今天宣布补助计划。华强集团的林志明曾任财务部经理。", "财务部"),
]))
def test_no_unit_of_a_government_where_none_is_named_in_full(pipeline, text, absent_body):
    assert not any(absent_body in body for _, body, _ in roles(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    # units fused with their heads' titles after the first post of a clause of posts
    ("金门县政府今日公布人事异动。张瑞心现年63岁，历任观光处副处长、港务处长、建设处长、工务处长等职务。",
     [("张瑞心", "金门县政府港务处", "处长"), ("张瑞心", "金门县政府建设处", "处长"),
      ("张瑞心", "金门县政府工务处", "处长")]),
    # a unit opening with a verbal noun (规划, 管理), its head's title sharing its letter
    ("新竹县政府今天宣布人事异动。王美玲现年55岁，历任工务处副处长、规划局长、管理处长等职。",
     [("王美玲", "规划局", "局长"), ("王美玲", "新竹县政府管理处", "处长")]),
]))
def test_a_list_goes_on_through_units_fused_with_their_titles(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # a person named inside the list: the posts after the name are that person's
    ("金门县政府今日公布人事异动。张瑞心现年63岁，历任观光处副处长、李明华港务处长。",
     ("张瑞心", "金门县政府港务处", "处长")),
    # a common word before the title is no unit's name (现场主持人)
    ("金门县政府今日公布人事异动。张瑞心现年63岁，历任观光处副处长、现场主持人。",
     ("张瑞心", "现场", "主持人")),
]))
def test_no_fused_unit_where_the_item_is_not_one(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


# **Hong Kong's 常秘** (``roles.tsv``): the papers' short form of 常任秘书长 was no role word, so 公务员事务局常秘梁卓文
# gave nothing. **顶替** (:data:`zhkg.relate.roles_implied._SUCCEEDS`): X顶替Y出任… is X's post, never Y's, as 接替 is.
@pytest.mark.parametrize("text, expected, absent", both_scripts([
    ("已年满60岁的公务员事务局常秘梁卓文将于年底退休。", ("梁卓文", "公务员事务局", "常秘"), None),
    ("保安局常秘李志坚顶替陈美华出任运输署署长。", ("李志坚", "保安局", "常秘"), ("陈美华", "运输署", "署长")),
]))
def test_hong_kong_s_permanent_secretaries_and_their_successors(pipeline, text, expected, absent):
    found = roles(pipeline, text)
    assert expected in found and absent not in found, found
