"""Role frames of session 31 (roles42), the causes roles39 left, each sentence written in Traditional (as Taiwan's
press and Wikipedia write it) and read again converted t2s, with refusals:

* a biography's subject the recogniser reads as a place (林洋港, a "harbour") opening its clause before a career
  verb, a birth year or a sex after a comma is a person: 林洋港，曾任臺灣省主席;
* 法務部 and 審計部 are Taiwan's ministries, not a company's department, after 任, after a government post and 、, or
  opening a clause (法務部今天表示); after a company (公司法務部部長) or before a staff title (法務部經理) they stay a
  department;
* a list of posts goes on past an item no reader understood (a bare title: 立委) to its last item after 及 or 以及:
  曾任花蓮縣縣長、立委及行政院政務委員; not after 和 or 與, which join the parts of a committee's name (薪酬與考核委員會);
* the National People's Congress by its full name (第八屆全國人民代表大會代表) and a post filled by 由 with an adverb
  before 由 (衛生福利部長一職改由陳冠廷出任; one of time to come, 將由, holds nothing since roles187, as 將出任); Hong
  Kong's developer 信和置業 (Sino Land) as a known company.

The sentences are written for these tests; none is copied from a dev or test set.
"""

import pytest
from helpers import entity_names, traditional_and_simplified
from helpers import role_edges as roles


def people(pipeline, text):
    return {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}


@pytest.mark.parametrize(
    "text, wanted",
    traditional_and_simplified([
        ("林洋港，曾任臺灣省主席、內政部部長及司法院院長。",
         [("林洋港", "内政部", "部长"), ("林洋港", "司法院", "院长")]),
        ("林洋港，1927年出生，曾任內政部部長。", [("林洋港", "内政部", "部长")]),
    ]),
)
def test_a_profiles_subject_is_no_place(pipeline, text, wanted):
    assert "林洋港" in people(pipeline, text)
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        ("漁船駛往林洋港，船員上岸。",),  # a harbour after a verb of going, no profile after it
        ("林洋港，位於臺灣北部。",),  # opening its clause, but no career, birth or sex after the comma
        ("林洋港，漁船很多。",),
    ]),
)
def test_a_place_outside_a_profile_stays_a_place(pipeline, text):
    assert "林洋港" not in people(pipeline, text)


@pytest.mark.parametrize(
    "text, wanted",
    traditional_and_simplified([
        ("陳定南，曾任法務部部長。", [("陈定南", "法务部", "部长")]),
        ("陳定南曾任宜蘭縣縣長、法務部部長。", [("陈定南", "宜兰县", "县长"), ("陈定南", "法务部", "部长")]),
        ("陳定南出任法務部長。", [("陈定南", "法务部", "部长")]),
        ("王明曾任審計部部長。", [("王明", "审计部", "部长")]),
    ]),
)
def test_taiwans_ministry_of_justice_is_a_ministry(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, present",
    traditional_and_simplified([
        ("法務部今天表示，將修法。", True),  # opening its clause: the ministry
        ("法務部長羅明今天表示，將修法。", True),
        ("華新公司法務部今天表示，合約無效。", False),  # the company's department
        ("張偉現任華新公司法務部部長。", False),
    ]),
)
def test_a_ministry_or_a_department(pipeline, text, present):
    bodies = {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}
    assert ("法务部" in bodies) is present, bodies


@pytest.mark.parametrize(
    "text, wanted",
    traditional_and_simplified([
        ("王建民曾任花蓮縣縣長、立委及行政院政務委員。", [("王建民", "花莲县", "县长"), ("王建民", "行政院", "政务委员")]),
        ("黃明曾任臺北市議員、立委以及民進黨秘書長。", [("黄明", "台北市", "议员"), ("黄明", "民进党", "秘书长")]),
        ("李華曾任新竹縣縣長、國策顧問及考試院副院長。", [("李华", "新竹县", "县长"), ("李华", "考试院", "副院长")]),
    ]),
)
def test_a_list_goes_on_past_a_bare_title_to_its_last_item(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize(
    "text, person",
    traditional_and_simplified([
        ("王建民曾任花蓮縣縣長、立委及李明的助理。", "王建民"),  # a person after the joiner: no post of his
        ("王建民曾任花蓮縣縣長、立委及行政院長謝長廷的顧問。", "王建民"),
    ]),
)
def test_no_post_past_a_bare_title_when_a_person_follows(pipeline, text, person):
    found = roles(pipeline, text)
    assert not any(p == person and org == "行政院" for p, org, _ in found), found


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        ("張明現任華新公司董事、薪酬與考核委員會委員。",),  # 與 inside a committee's name
        ("張明曾任華東大學教授、企業管理與市場營銷學系系主任。",),
    ]),
)
def test_and_inside_a_name_joins_no_item(pipeline, text):
    found = roles(pipeline, text)
    assert not any(org.startswith(("考核", "市场营销")) for _, org, _ in found), found


@pytest.mark.parametrize(
    "text, wanted",
    traditional_and_simplified([
        ("1993年，劉志平又出任第八屆全國人民代表大會代表。", ("刘志平", "全国人民代表大会", "代表")),  # the NPC by its full name
        ("衛生福利部長一職改由陳冠廷出任，總統府今天證實。", ("陈冠廷", "卫生福利部", "部长")),  # an adverb before 由
        ("經濟部長一職改由王明接任。", ("王明", "经济部", "部长")),
        ("信和置業行政總裁黃仲賢今日出席樓盤開售儀式。", ("黄仲贤", "信和置业", "行政总裁")),  # a developer the table knows
    ]),
)
def test_posts_of_a_congress_and_filled_by(pipeline, text, wanted):
    found = roles(pipeline, text)
    assert wanted in found, found


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        ("經濟部長一職將由總統決定，王明表示。",),  # 由 names no one who fills the post
        ("衛生福利部長一職將由陳冠廷出任，總統府今天證實。",),  # a post to come (roles187): not yet held
        ("數位發展部長預計將由林宜敬接任。",),
        ("總經理一職擬由王明擔任。",),
        ("十一屆全國人民代表大會第五次會議在北京開幕。",),  # a session, no deputy
    ]),
)
def test_no_post_without_its_holder(pipeline, text):
    assert roles(pipeline, text) == []
