"""Round people301 (issue 15): people on news nobody tuned for — brands and schools a list calls so are no people, a
Japanese name before a comma and a verb of taking a post or with a given name ending in 祐/佑, the reporters a
mainland wire brackets after its dateline. Sentences written for the tests (invented names and brands)."""

from __future__ import annotations

import pytest

from zhkg.records import Label, Mention

PER, ORG = "PERSON", "ORGANIZATION"


def _person(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, "crf")


# --- brands listed as brands (extract/person_or_not.py) ---

@pytest.mark.parametrize(("text", "name"), [
    ("华帝、方太、樱花等主流厨电品牌正推广新品。", "方太"),  # 等 and a noun of brands after the list
    ("美雅和丽娜等企业纷纷降价。", "丽娜"),
    ("方丽、米诺品牌的旗舰店开业。", "方丽"),  # the noun right after the list
    ("旗下护肤品牌妮维雅、香缇卡将新增投资。", "妮维雅"),  # the noun right before the list
    ("云海园、云文阁、和美园等幼儿园先后启用。", "云文阁"),  # 等 and a noun of schools
])
def test_a_person_in_a_list_of_brands_is_an_organisation(text, name):
    from zhkg.extract.person_or_not import _brands_read_as_people

    assert [m.label for m in _brands_read_as_people([_person(text, name)], text)] == [Label.ORGANIZATION]


@pytest.mark.parametrize(("text", "name"), [
    ("王石、柳传志等企业家出席论坛。", "王石"),  # a noun of people after 等
    ("陈大文、李小明等人推动企业转型。", "李小明"),  # 等人: people
    ("陈大文表示品牌的价值在于口碑。", "陈大文"),  # no list
    ("李小明、王大文等企业负责人出席。", "王大文"),  # the firms' heads
    ("陈大文、李小明等医院院长出席。", "陈大文"),  # the hospitals' heads
    ("陈大文、李小明医院就诊。", "陈大文"),  # a noun of schools right after a list: no 等, no call
])
def test_a_person_in_a_list_of_people_stays_a_person(text, name):
    from zhkg.extract.person_or_not import _brands_read_as_people

    assert [m.label for m in _brands_read_as_people([_person(text, name)], text)] == [Label.PERSON]


@pytest.mark.parametrize("text", ["合作品牌陈大文", "合作品牌陈大文，旗舰店开业。"])
def test_a_name_after_brands_outside_a_list_stays_a_person_at_the_text_end_too(text):
    # the text's end is no list joiner: the name is read alike at the end and before a comma (the lead's mend)
    from zhkg.extract.person_or_not import _brands_read_as_people

    assert [m.label for m in _brands_read_as_people([_person(text, "陈大文")], text)] == [Label.PERSON]


def test_a_list_of_brands_gives_no_people(finds):
    finds("为了满足需要，华帝、方太、樱花等主流厨电品牌正推广产品。", [], [("华帝", PER), ("方太", PER)])


# --- Japanese names (extract/japanese_names.py) ---

def test_a_japanese_name_before_a_comma_and_a_post_verb_is_a_person(finds):
    finds("被认为是首相心腹的木原稔，出任内阁官房长官。", [("木原稔", PER)])
    finds("曾任外务副大臣的铃木馨祐和前农林水产大臣分别入阁。", [("铃木馨祐", PER)])


def test_a_family_name_before_a_comma_and_no_post_verb_is_not_stretched(finds):
    finds("他到了木原，出发前往东京。", [], [("木原", PER)])


# --- reporters bracketed after a mainland wire's dateline (extract/dateline_reporters.py) ---

def test_reporters_bracketed_after_a_dateline_are_people(finds):
    finds("中新网北京10月10日电(记者 阚梅)闭幕两天后，杭州迎来活动。", [("阚梅", PER)])
    finds("中新社重庆11月12日电(记者吴桐林、唐诗音)我国已累计培育企业。", [("吴桐林", PER), ("唐诗音", PER)])


def test_a_bracket_after_a_dateline_without_a_reporter_is_no_name(finds):
    finds("新华社北京1日电(综合报道)会议召开。", [], [("综合", PER)])


# --- a faction and a pair of parties (extract/person_or_not.py) ---

def test_a_person_before_pai_and_a_member_word_is_the_faction():
    from zhkg.extract.person_or_not import factions_and_party_pairs

    text = "丑闻相关的中岛派成员。林大文派人送来文件。"
    out = factions_and_party_pairs([_person(text, "中岛"), _person(text, "林大文")], text)
    assert [(m.simplified, m.label) for m in out] == [("中岛派", Label.ORGANIZATION), ("林大文", Label.PERSON)]


def test_two_short_names_before_liangdang_are_no_person(finds):
    finds("双方确认自维两党继续联合执政。", [], [("自维", PER)])


def test_a_name_before_a_ceremony_is_its_act_throughout_the_document(finds):
    finds("县议会今举行新任秘书长布达典礼，由议长主持，正式布达新人接任。", [], [("布达", PER)])


def test_a_guess_the_document_reads_as_a_body_elsewhere_is_that_body():
    from zhkg.extract.person_or_not import guesses_named_as_bodies
    from zhkg.records import MentionSource

    def m(s, name, label, by):
        return Mention("d", s, s + len(name), name, name, label, MentionSource(by))

    out = guesses_named_as_bodies([m(0, "米诺", Label.ORGANIZATION, "org_listed"),
                                   m(9, "米诺", Label.PERSON, "people:repeat"),
                                   m(20, "方丽", Label.PERSON, "people:jieba_x")])
    assert [x.label for x in out] == [Label.ORGANIZATION, Label.ORGANIZATION, Label.PERSON]
    # a name the recogniser reads as a person somewhere keeps its people
    out = guesses_named_as_bodies([m(0, "陈大文", Label.ORGANIZATION, "crf"), m(9, "陈大文", Label.PERSON, "crf"),
                                   m(20, "陈大文", Label.PERSON, "people:jieba_x")])
    assert [x.label for x in out] == [Label.ORGANIZATION, Label.PERSON, Label.PERSON]
