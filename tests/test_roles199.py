"""Round roles199 (issue 11): roles in Hong Kong and Taiwan news, each in Simplified and Traditional (``both_scripts``).

People named after a count of a body's holders (4名现任成员，即A、B、C和D; 两名副主席分别为A及B) each hold the title
counted, of the body written before the count in its sentence (:mod:`zhkg.relate.roles_counted`): a member word
gives ``MEMBER_OF``, a role word ``HOLDS_ROLE``. The count must be the number of people listed.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows

from zhkg.relate.roles_counted import _count_value


def _roles(pipeline, text):
    return relation_rows(pipeline, text)


def _members(pipeline, text):
    return relation_rows(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, people, member", both_scripts([
    # the body named last before the count in its sentence, with a post of its own between
    ("特首再度委任局长为通讯局副主席，4名现任成员，即黄志明、林美华、张国强和陈家豪教授获再度委任。",
     ("黄志明", "林美华", "张国强", "陈家豪"), ("成员", "通讯局")),
    # the body written right before the count
    ("通讯局3名新任成员，即黄志明、林美华及张国强，任期两年。", ("黄志明", "林美华", "张国强"), ("成员", "通讯局")),
    ("通讯局两名成员包括黄志明和林美华。", ("黄志明", "林美华"), ("成员", "通讯局")),
]))
def test_people_listed_after_a_count_of_members_are_members(pipeline, text, people, member):
    found = _members(pipeline, text)
    for person in people:
        assert (person, *member, False) in found, found


@pytest.mark.parametrize("text, people, post", both_scripts([
    ("民建联两名副主席分别为黄志明及林美华。", ("黄志明", "林美华"), ("副主席", "民建联")),
    ("民建联今日公布，两名新任副主席，即黄志明及林美华。", ("黄志明", "林美华"), ("副主席", "民建联")),
    ("华强集团3名董事：黄志明、林美华和张国强。", ("黄志明", "林美华", "张国强"), ("董事", "华强集团")),
]))
def test_people_listed_after_a_count_of_a_title_hold_it(pipeline, text, people, post):
    found = _roles(pipeline, text)
    for person in people:
        assert (person, *post, False) in found, found


@pytest.mark.parametrize("text, person, title", both_scripts([
    # the count is not the number of people listed
    ("民建联今日公布，三名新任副主席，即黄志明及林美华。", "黄志明", "副主席"),
    # a person named between the body and the count: whose members they are is not said
    ("通讯局主席张国强表示，两名成员即黄志明和林美华获委任。", "黄志明", "成员"),
    # no body named before the count in its sentence
    ("政府公布，两名副主席分别为黄志明及林美华。", "黄志明", "副主席"),
]))
def test_no_post_when_the_count_or_the_body_does_not_say(pipeline, text, person, title):
    found = _roles(pipeline, text) + _members(pipeline, text)
    assert not [r for r in found if r[0] == person and r[1] == title], found


@pytest.mark.parametrize("written, value", [("4", 4), ("１２", 12), ("两", 2), ("三", 3), ("十", 10)])
def test_count_value(written, value):
    assert _count_value(written) == value
