"""Round roles216 (issue 11): titles before the name whose body the sentence named earlier, each in Simplified and
Traditional (``both_scripts``).

* A bare title inside its clause takes the body that opens that clause, whatever the sentence's other clauses name
  (港超四强…；理文队由X及领队Y出席), people listed before the title by 及, 与, 和, 同 or 、 allowed
  (:func:`zhkg.relate.roles_subjects._clause_subject`).
* Bare titles chained by 、, 兼 or 暨 before a name are all the holder's, of the body read for the last
  (…，中常委暨立委X; 党组书记、理事长X: :func:`zhkg.relate.roles_context._bare_chain`).
* A bare title's body named before it in its sentence is read past people who each hold a present post written
  fused to that body (秘书长X受访时说，议长Y; :func:`zhkg.relate.roles_subjects._colleagues_between`); a past post
  (前华强队中锋X，总裁Y) still blocks it.
* An agency's closing editor credit ((编辑:X) after the text) is 编辑 of the agency the opening byline names
  (:func:`zhkg.relate.roles_bylines.read_closing_editors`); with no byline, nothing.
* 行政经理 is a role word (a club's administrative manager).

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, person, role, body", both_scripts([
    ("港超四强华强队、理文队、东方队与杰志队今天出席发布会；理文队由林美华及领队黄志明出席。", "黄志明", "领队", "理文"),
    ("华强队今天由林美华及行政经理黄志明出席发布会。", "黄志明", "行政经理", "华强队"),
    ("理大今天举行升旗礼。理大校董会主席林美华同校长黄志明等人出席。", "黄志明", "校长", "理大"),
    ("华强集团今天召开董事会，党组书记、理事长黄志明主持会议。", "黄志明", "党组书记", "华强集团"),
    ("华强集团今天召开董事会，党组书记、理事长黄志明主持会议。", "黄志明", "理事长", "华强集团"),
    ("华强集团今天召开董事会，董事兼总经理黄志明主持会议。", "黄志明", "董事", "华强集团"),
    ("民进党人选仍扑朔迷离，中常委暨立委黄志明今天重申无意参选。", "黄志明", "中常委", "民进党"),
    ("民进党人选仍扑朔迷离，中常委暨立委黄志明今天重申无意参选。", "黄志明", "立委", "民进党"),
    ("彰化县议会秘书长林美华接受媒体联访时说，议长黄志明指示有重大政务需要开会。", "黄志明", "议长", "彰化县议会"),
    ("华强集团主席林美华任团长；党组书记、理事长黄志明任执行团长。", "黄志明", "理事长", "华强集团"),
    ("（中央社记者林美华台北3日电）台风今天登陆，多个县市停班停课。（编辑：黄志明）1120903", "黄志明", "编辑", "中央社"),
    ("台风来袭 多县市停班停课\n(中央社记者林美华台北3日电)台风今天登陆。(编辑:黄志明)1120903", "黄志明", "编辑", "中央社"),
]))
def test_a_title_before_the_name_takes_the_body_named_before(pipeline, text, person, role, body):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert (person, role, body, False) in found, found


@pytest.mark.parametrize("text, person, body", both_scripts([
    # a past post of the body between: the body is the other person's old team, the title another body's
    ("前华强队中锋林美华，总裁黄志明表示遗憾。", "黄志明", "华强队"),
    # the title's clause names no body of its own, two bodies before it: no one's
    ("华强队今天击败东方队，主教练黄志明表示满意。", "黄志明", "东方队"),
    # an editor's credit with no agency's byline names no one's post
    ("台风今天登陆，多个县市停班停课。（编辑：黄志明）", "黄志明", ""),
]))
def test_a_title_before_the_name_is_no_ones_when_the_body_is_not_sure(pipeline, text, person, body):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert not [r for r in found if r[0] == person and (not body or r[2] == body)], found
