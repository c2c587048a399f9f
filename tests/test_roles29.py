"""Roles and party memberships in news forms (session 26, roles29), each in Simplified and Traditional
(``both_scripts``): people listed before 等 + a count + a party and a legislator's title are the party's members
(张三、李四等3名国民党立委: 党员 of 国民党), and its badge 籍 (的) may stand between the party and the title
(等2名民进党籍立委: the title and the membership); a listed company which is a common word too (苹果) is the company
before CEO, CFO, COO or CTO, and before its company word where jieba joins the two (…，苹果公司首席执行官，).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, entity_names, memberships
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("张三、李四等3名国民党立委今天表示反对。", [("张三", "国民党", "党员"), ("李四", "国民党", "党员")]),
        ("张三、李四、王五等3名国民党立委今天表示反对。",
         [("张三", "国民党", "党员"), ("李四", "国民党", "党员"), ("王五", "国民党", "党员")]),
        ("张三和李四等2名民进党籍立委今天表示反对。", [("张三", "民进党", "党员"), ("李四", "民进党", "党员")]),
        ("张三、李四等2位民进党籍的立委今天表示反对。", [("张三", "民进党", "党员"), ("李四", "民进党", "党员")]),
        ("张三、李四等3名民主党参议员今天表示反对。", [("张三", "民主党", "党员"), ("李四", "民主党", "党员")]),
    ]),
)
def test_people_listed_before_a_party_and_a_legislators_title_are_its_members(pipeline, text, expected):
    assert memberships(pipeline, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a party's own post makes a role, not a member word of this reader
        "张三、李四等3名国民党副主席今天出席。",
        # a place between the count and the party: no badge right after the count
        "张三、李四等3名台北市国民党立委今天表示反对。",
        # no party at all
        "张三、李四等3名立委今天表示反对。",
        # 等人 and a party's legislator in the next clause: only he is its member
        "张三、李四等人今天表示反对，国民党立委王五也表示。",
    ]),
)
def test_no_listed_members_without_a_party_badge_after_the_count(pipeline, text):
    assert not {person for person, _party, _word in memberships(pipeline, text)} & {"张三", "李四"}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("张三和李四等2名民进党籍立委今天表示反对。", [("张三", "民进党", "立委"), ("李四", "民进党", "立委")]),
        ("张三、李四等2位民进党籍的立委今天表示反对。", [("张三", "民进党", "立委"), ("李四", "民进党", "立委")]),
    ]),
)
def test_a_party_badge_between_the_party_and_the_listed_title(pipeline, text, expected):
    assert set(expected) <= set(roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("苹果CEO库克昨天表示。", ("库克", "苹果", "CEO")),
        ("小米CEO雷军昨天表示。", ("雷军", "小米", "CEO")),
        ("苹果CFO王明昨天表示。", ("王明", "苹果", "CFO")),
    ]),
)
def test_a_common_word_company_before_ceo(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("王明，苹果公司首席执行官，今天表示，新手机将在下月发布。", ("王明", "苹果公司", "首席执行官")),
        ("蒂姆·库克，苹果公司首席执行官，今天表示。", ("库克", "苹果公司", "首席执行官")),
        ("王明，小米公司副总裁，今天表示。", ("王明", "小米公司", "副总裁")),
    ]),
)
def test_a_common_word_company_joined_to_its_company_word_in_apposition(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # the fruit: no cue of a company in its sentence
        "他今天买了苹果和小米。",
        # 苹果 inside a longer word is no company (苹果园公司 names an orchard's firm)
        "王明在苹果园里工作。",
    ]),
)
def test_the_fruit_stays_no_company(pipeline, text):
    names = {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}
    assert not names & {"苹果", "小米", "苹果公司"}


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("北京市今天召开会议。王明市长表示，将加快建设。", ("王明", "北京市", "市长")),
        ("北京市今天召开会议。王明副市长今天出席。", ("王明", "北京市", "副市长")),
        ("北京市今天召开会议。王明市长在会上强调，将加快建设。", ("王明", "北京市", "市长")),
        ("北京市今天召开会议。王明市长，李华副市长出席。", ("李华", "北京市", "副市长")),
    ]),
)
def test_a_division_heads_title_after_the_name(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a longer title: the mayor's assistant
        "北京市今天召开会议。王明市长助理表示，将加快建设。",
        # the name opens no clause
        "北京市今天召开会议。据王明市长介绍，将加快建设。",
        # two cities: whose mayor is open
        "北京市和上海市今天召开会议。王明市长表示，将加快建设。",
        # no city named
        "王明市长表示，将加快建设。",
    ]),
)
def test_no_division_head_after_the_name(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[0] == "王明"]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("北京市今天召开城市工作会议，副市长王明、张建国出席。",
         [("王明", "北京市", "副市长"), ("张建国", "北京市", "副市长")]),
        ("北京市今天召开城市工作会议，副市长王明、张建国和刘伟出席。",
         [("王明", "北京市", "副市长"), ("张建国", "北京市", "副市长"), ("刘伟", "北京市", "副市长")]),
    ]),
)
def test_people_listed_after_a_bare_division_heads_title(pipeline, text, expected):
    assert set(expected) <= set(roles(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # 与 alone joins a counterpart, not a second holder
        "北京市今天召开城市工作会议，副市长王明与张建国会谈。",
        # the second has a word of his own before him
        "北京市今天召开城市工作会议，副市长王明、市民张建国出席。",
    ]),
)
def test_no_listed_holder_after_a_bare_division_heads_title(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[0] == "张建国"]


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "北京市今天召开会议。副市长王明、张建国出席。前副市长王明也出席了会议。",
        "北京市今天召开会议。副市长王明、张建国出席。原副市长王明也出席了会议。",
    ]),
)
def test_a_holder_written_again_with_former_keeps_that_edge(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    assert {r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE" and r.role_simplified == "副市长"
            and r.evidence.start < 15} == {False}
    assert any(r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE" and r.role_simplified == "副市长")
