"""Round roles174 (issue 11): roles in Hong Kong and Taiwan news, each in Simplified and Traditional (``both_scripts``).

A party's badge (民进党籍) before a title says whose member the person is, not whose post the title is: 民进党籍前院长X is
the party's member and no 院长 of the party; a legislator's seat after the badge stays the party's (as 国民党立委X), past
when 前 stands before it. An adverb between the holder and the verb (则, 继续) no longer hides the post.

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


def _roles(pipeline, text):
    return relation_rows(pipeline, text)


def _members(pipeline, text):
    return relation_rows(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("民进党籍前院长黄志明宣布辞去立委一职。", ("黄志明", "院长", "民进党")),
    ("民进党籍院长黄志明今天宣布参选。", ("黄志明", "院长", "民进党")),
    ("国民党籍市长林美华今天出席典礼。", ("林美华", "市长", "国民党")),
    ("民众党籍的前县长张国强今天表示支持。", ("张国强", "县长", "民众党")),
]))
def test_a_title_after_a_party_badge_is_no_post_of_the_party(pipeline, text, wrong):
    found = _roles(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found


@pytest.mark.parametrize("text, member", both_scripts([
    ("民进党籍前院长黄志明宣布辞去立委一职。", ("黄志明", "党员", "民进党", False)),
    ("民众党籍的前县长张国强今天表示支持。", ("张国强", "党员", "民众党", False)),
    ("国民党籍市长林美华今天出席典礼。", ("林美华", "党员", "国民党", False)),
]))
def test_a_party_badge_before_a_past_title_still_makes_a_member(pipeline, text, member):
    found = _members(pipeline, text)
    assert member in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    ("国民党籍立委林美华今天质询部长。", ("林美华", "立委", "国民党", False)),
    ("国民党籍前立委林美华今天宣布参选。", ("林美华", "立委", "国民党", True)),
    ("民进党籍议员黄志明今天宣布参选。", ("黄志明", "议员", "民进党", False)),
]))
def test_a_legislators_seat_after_a_party_badge_stays_the_partys(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    # 则 between the holder and the verb: the post after it is the holder's all the same
    ("立法会主席林美华卸任后，黄志明则担任工联会荣誉主席。", ("黄志明", "荣誉主席", "工联会", False)),
    ("张国强则出任华强集团总经理。", ("张国强", "总经理", "华强集团", False)),
    # 继续 before a bare title, its body the topic the clause opens with
    ("执委会方面，黄志明继续担任主席。", ("黄志明", "主席", "执委会", False)),
    ("华强集团今天改组董事会，林美华继续出任董事长。", ("林美华", "董事长", "华强集团", False)),
]))
def test_an_adverb_before_the_verb_keeps_the_post(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "执委会方面，黄志明将担任主席。",  # a plan: no post held yet
    "华强集团今天开会，林美华则表示反对。",  # no verb of taking a post after 则
]))
def test_a_plan_or_no_verb_after_the_adverb_reads_no_post(pipeline, text):
    assert _roles(pipeline, text) == []


@pytest.mark.parametrize("text, right", both_scripts([
    # 会继续 (Hong Kong's press: 會繼續擔任), a post kept, as 将继续 is
    ("据悉，议员黄志明会继续担任福利事务委员会主席。", ("黄志明", "主席", "福利事务委员会", False)),
    ("福利事务委员会今天开会，林美华会继续担任主席。", ("林美华", "主席", "福利事务委员会", False)),
]))
def test_a_post_kept_after_hui_jixu_is_read(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text", both_scripts([
    "议员黄志明会担任福利事务委员会主席。",  # 会 alone: a plan, as 将 is
    "福利事务委员会今天开会，林美华会出任主席。",
]))
def test_a_post_after_hui_alone_is_a_plan(pipeline, text):
    assert _roles(pipeline, text) == []


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a councillor's bare title is no company's or committee's, whatever body the sentence before names
    ("华强集团今天召开股东大会。议员林美华表示支持。", ("林美华", "议员", "华强集团")),
    ("执委会方面，黄志明继续担任主席。议员林美华任副主席。", ("林美华", "议员", "执委会")),
]))
def test_a_bare_councillors_title_is_no_post_of_a_company(pipeline, text, wrong):
    found = _roles(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found


@pytest.mark.parametrize("text, right", both_scripts([
    ("立法会今天复会。议员林美华在会上提问。", ("林美华", "议员", "立法会", False)),
    ("民主党今天召开记者会。议员林美华表示支持。", ("林美华", "议员", "民主党", False)),
    ("执委会方面，黄志明继续担任主席。议员林美华任副主席。", ("林美华", "副主席", "执委会", False)),
]))
def test_a_bare_councillors_title_stays_a_houses_or_a_partys(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, right", both_scripts([
    # people listed before a verb of appointment, each with a title of his own before his name, share the post
    ("前议员黄志明、工联会会长林美华任华强集团副董事长。", ("黄志明", "副董事长", "华强集团", False)),
    ("华强集团今天公布名单。议员黄志明及林美华任副董事长。", ("黄志明", "副董事长", "华强集团", False)),
    ("华强集团今天公布名单，董事黄志明及两名连任的董事林美华、张国强出任副董事长。",
     ("黄志明", "副董事长", "华强集团", False)),
    ("华强集团今天公布名单，董事黄志明及两名连任的董事林美华、张国强出任副董事长。",
     ("林美华", "副董事长", "华强集团", False)),
]))
def test_people_listed_with_their_own_titles_share_the_post(pipeline, text, right):
    found = _roles(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("议员黄志明批评董事林美华出任华强集团副董事长。", ("黄志明", "副董事长", "华强集团")),  # a verb between: no list
    ("议员黄志明及林美华分别出任华强集团董事长及总经理。", ("黄志明", "总经理", "华强集团")),  # one post each
    ("华强集团今天公布名单，黄志明表示，议员林美华出任副董事长。", ("黄志明", "副董事长", "华强集团")),  # a clause between
    ("议员黄志明与林美华出任华强集团董事长和总经理。", ("黄志明", "总经理", "华强集团")),  # two posts: whose is unsaid
]))
def test_a_list_broken_or_given_posts_each_shares_nothing(pipeline, text, wrong):
    found = _roles(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found
