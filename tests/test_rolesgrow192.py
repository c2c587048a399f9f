"""Round rolesgrow192 (issue 11): a verb of a post after the name, the body between, read across what stands between.

The web set's tune half was grown by 11 mainland and international articles dense in posts
(``tests/test_webgrow137.py``). Classified by ``bench/roles_web.py --causes``, the class "not joined: title apart after
the name, a verb of a post between, the body between" was as large in the old tune half as in the new articles (10
and 10). Its kinds are mended here (:mod:`zhkg.relate.roles_moves`, read by :mod:`zhkg.relate.roles_clauses` and
:mod:`zhkg.relate.roles_forms`):

* words saying when or how the move was made may stand between the person and the verb of appointment: a time before
  the story's (此前, 之前, 先前, 早年: the post is one held before), the path of the move (跨公司, 跨省, 异地…), a
  decision made final (确定) and a cause (因, as 因为 was); a move into the body (被调回…, 调往…, 调入…) stands for
  在 + the body before 任 (宋海良被紧急调回中交集团任党委书记、董事长);
* a person written behind a title of its own, a body maybe before it (中国大唐集团总经理X，跨公司任…; 新任外交部长X…，此前曾
  担任…), is the subject of the clauses after it, as a name opening its clause alone is — unless its own clause sets
  the new post in the future (现任…常任秘书长X明日起，出任…: a post to come).

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, right", both_scripts([
    # the path of the move, after a comma and right after the name
    ("华强集团总经理王建国，跨公司任万通公司董事长。", ("王建国", "董事长", "万通公司", False)),
    ("李志明跨集团调任万通公司总经理。", ("李志明", "总经理", "万通公司", False)),
    ("陈大文异地调任华强集团副总经理。", ("陈大文", "副总经理", "华强集团", False)),
    # a time before the story's: a post held before
    ("新任财政局局长张志强，此前担任华强集团财务总监。", ("张志强", "财务总监", "华强集团", True)),
    ("王建国此前担任华强集团董事长。", ("王建国", "董事长", "华强集团", True)),
    ("新任外交部长李明华现年45岁，来自执政党，此前曾担任万通公司董事长。", ("李明华", "董事长", "万通公司", True)),
    # a decision made final, a cause
    ("王建国最后确定调任万通公司总经理。", ("王建国", "总经理", "万通公司", False)),
    ("李志明因成为华强集团新董事长而辞去万通公司总经理职务。", ("李志明", "董事长", "华强集团", False)),
    # a move into the body before the verb of serving there, as 在 + the body; 于 + a date before it is only the date
    ("王建国被紧急调回华强集团任党委书记、董事长。", ("王建国", "党委书记", "华强集团", False)),
    ("王建国被紧急调回华强集团任党委书记、董事长。", ("王建国", "董事长", "华强集团", False)),
    ("李志明于2019年被调往万通公司任总经理。", ("李志明", "总经理", "万通公司", False)),
    ("华强集团董事长王建国于27日被紧急调回万通公司任党委书记。", ("王建国", "党委书记", "万通公司", False)),
    ("陈大文调入华强集团任副总经理。", ("陈大文", "副总经理", "华强集团", False)),
    # the title before the name is still the person's
    ("华强集团总经理王建国，跨公司任万通公司董事长。", ("王建国", "总经理", "华强集团", False)),
]))
def test_a_post_after_a_verb_of_appointment_across_when_and_how_the_move_was_made(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, wrong", both_scripts([
    # the subject's own clause sets the new post in the future: not yet held
    ("现任华强集团常务董事王美华明日（3月1日）起，出任万通公司董事长。", ("王美华", "董事长", "万通公司")),
    ("华强集团董事长王建国下月起，出任万通公司董事长。", ("王建国", "董事长", "万通公司")),
    ("华强集团董事长王建国，明年将出任万通公司董事长。", ("王建国", "董事长", "万通公司")),
    # the post after the comma is another person's, named after it
    ("华强集团总经理王建国表示，此前担任万通公司董事长的李四已离职。", ("王建国", "董事长", "万通公司")),
    # a title whose body is another person's name before the subject: no titled subject
    ("王建国的秘书李明华，跨公司任万通公司董事长。", ("王建国", "董事长", "万通公司")),
]))
def test_no_post_to_come_and_no_post_of_another_person(pipeline, text, wrong):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found


@pytest.mark.parametrize("text, former", both_scripts([
    ("王建国此前担任华强集团董事长。", True),
    ("王建国之前出任华强集团董事长。", True),
    ("王建国随后担任华强集团董事长。", False),
    ("王建国跨公司任华强集团董事长。", False),
]))
def test_a_time_before_the_storys_makes_the_post_one_held_before(pipeline, text, former):
    found = [r for r in relation_rows(pipeline, text) if r[:3] == ("王建国", "董事长", "华强集团")]
    assert [r[3] for r in found] == [former], found
