"""Round roles199 (issue 11): roles in Hong Kong and Taiwan news, each in Simplified and Traditional (``both_scripts``).

People named after a count of a body's holders (4名现任成员，即A、B、C和D; 两名副主席分别为A及B) each hold the title
counted, of the body written before the count in its sentence (:mod:`zhkg.relate.roles_counted`): a member word
gives ``MEMBER_OF``, a role word ``HOLDS_ROLE``. The count must be the number of people listed.

A legislator titled bare whose party the sentence names by the party's own act holds the seat of that party
(:mod:`zhkg.relate.roles_drafted`): 国民党中常会…征召立委X参选…、立委Y参选… (X's and Y's), 提名立委X参选…, 自家立委X.

A Legislative Council sector written before a legislator's seat (经民联主席、工程界议员X, 经民联主席、工程界立法会议员X)
ends no list of posts: the posts before it are the person's. A post's noun and a comma before 由 (党魁一职，由X担任)
still give the post.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows

from zhkg.extract.numerals import read_number


@pytest.mark.parametrize("text, people, member", both_scripts([
    # the body named last before the count in its sentence, with a post of its own between
    ("特首再度委任局长为通讯局副主席，4名现任成员，即黄志明、林美华、张国强和陈家豪教授获再度委任。",
     ("黄志明", "林美华", "张国强", "陈家豪"), ("成员", "通讯局")),
    # the body written right before the count
    ("通讯局3名新任成员，即黄志明、林美华及张国强，任期两年。", ("黄志明", "林美华", "张国强"), ("成员", "通讯局")),
    ("通讯局两名成员包括黄志明和林美华。", ("黄志明", "林美华"), ("成员", "通讯局")),
]))
def test_people_listed_after_a_count_of_members_are_members(pipeline, text, people, member):
    found = relation_rows(pipeline, text, "MEMBER_OF")
    for person in people:
        assert (person, *member, False) in found, found


@pytest.mark.parametrize("text, people, post", both_scripts([
    ("民建联两名副主席分别为黄志明及林美华。", ("黄志明", "林美华"), ("副主席", "民建联")),
    ("民建联今日公布，两名新任副主席，即黄志明及林美华。", ("黄志明", "林美华"), ("副主席", "民建联")),
    ("华强集团3名董事：黄志明、林美华和张国强。", ("黄志明", "林美华", "张国强"), ("董事", "华强集团")),
    ("工联会两名副会长，分别由黄志明及林美华出任。", ("黄志明", "林美华"), ("副会长", "工联会")),
]))
def test_people_listed_after_a_count_of_a_title_hold_it(pipeline, text, people, post):
    found = relation_rows(pipeline, text)
    for person in people:
        assert (person, *post, False) in found, found


@pytest.mark.parametrize("text, person, title", both_scripts([
    # the count is not the number of people listed
    ("民建联今日公布，三名新任副主席，即黄志明及林美华。", "黄志明", "副主席"),
    ("民建联今日公布，十二名新任副主席，即黄志明及林美华。", "黄志明", "副主席"),  # 12, not the 2 ending it
    # a person named between the body and the count: whose members they are is not said
    ("通讯局主席张国强表示，两名成员即黄志明和林美华获委任。", "黄志明", "成员"),
    # no body named before the count in its sentence
    ("政府公布，两名副主席分别为黄志明及林美华。", "黄志明", "副主席"),
]))
def test_no_post_when_the_count_or_the_body_does_not_say(pipeline, text, person, title):
    found = relation_rows(pipeline, text) + relation_rows(pipeline, text, "MEMBER_OF")
    assert not [r for r in found if r[0] == person and r[1] == title], found


@pytest.mark.parametrize("text, people, post", both_scripts([
    # the party's organ opens the sentence; the titles listed after the first by 、 are the same party's
    ("国民党中常会今天通过名单，征召立委黄志明参选台南市长、立委林美华参选高雄市长。", ("黄志明", "林美华"),
     ("立委", "国民党", False)),
    ("民进党今天决定征召立委张国强参选台中市长。", ("张国强",), ("立委", "民进党", False)),
    # 提名 with 参选 after the name; 前 before the seat: held before
    ("民进党今天决定提名前立委张国强参选台中市长。", ("张国强",), ("立委", "民进党", True)),
    # 自家: the party opening the clause, not another named before it
    ("至于副院长选举，民进党提名的林美华获51票，民众党8票也投给自家立委黄志明，故要进入次轮投票。", ("黄志明",), ("立委", "民众党", False)),
]))
def test_a_legislator_a_party_drafts_is_the_partys(pipeline, text, people, post):
    found = relation_rows(pipeline, text)
    for person in people:
        assert (person, *post) in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # two parties named before the verb: whose nominee is not said
    ("国民党批评民进党征召立委张国强参选台中市长。", "张国强"),
    # 提名 without 参选 after the name may nominate for the seat itself
    ("该党今天提名立委张国强。", "张国强"),
    # a list after a comma is no longer the drafted one's
    ("国民党今天征召立委黄志明参选台南市长，立委林美华表示支持。", "林美华"),
]))
def test_no_party_seat_when_the_party_or_the_nomination_is_not_said(pipeline, text, person):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[0] == person and r[1] == "立委"], found


@pytest.mark.parametrize("text, right", both_scripts([
    ("经民联主席、工程界议员黄志明表示支持。", ("黄志明", "主席", "经民联", False)),
    ("经民联主席、工业界（二）议员黄志明表示支持。", ("黄志明", "主席", "经民联", False)),
    ("民建联副主席、劳工界议员林美华表示支持。", ("林美华", "副主席", "民建联", False)),
    ("经民联主席、工程界立法会议员黄志明表示支持。", ("黄志明", "主席", "经民联", False)),
    ("经民联主席、工程界立法会议员黄志明表示支持。", ("黄志明", "议员", "立法会", False)),
]))
def test_a_sectors_seat_ends_no_list_of_posts(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "经民联主席黄志明、工程界议员林美华表示支持。",  # a name before the sector: its posts are that name's
    "工程界议员林美华表示支持。",  # no post before the sector
]))
def test_a_sectors_seat_gives_no_post_of_the_name_before(pipeline, text):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[0] == "林美华" and r[1] == "主席"], found


@pytest.mark.parametrize("text, right", both_scripts([
    ("经民联党魁一职，由成功连任的议员黄志明担任。", ("黄志明", "党魁", "经民联", False)),
    ("华强集团总经理一职，改由林美华担任。", ("林美华", "总经理", "华强集团", False)),
]))
def test_a_comma_after_the_posts_noun_before_by(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "华强集团总经理一职，将由林美华担任。",  # a post to come: not yet held
    "华强集团总经理，由林美华担任。",  # no post's noun before the comma
]))
def test_no_post_by_a_comma_without_the_noun_or_for_a_post_to_come(pipeline, text):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[0] == "林美华" and r[1] == "总经理"], found


@pytest.mark.parametrize("written, value", [("4", 4), ("１２", 12), ("两", 2), ("三", 3), ("十", 10)])
def test_count_value(written, value):
    assert read_number(written) == value
