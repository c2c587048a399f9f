"""Forms of a post or a party written around a name in news (session 60, roles294, issue 11).

* **A party + 的 right before a name** is the person's badge where the party opens its clause or a list's item, as
  the party alone there is (``members_parties._members_by_badge``): 名单包括：民进党的林志明转任…, a party's name in
  Latin letters in brackets maybe between (工党（Labour）的…). After a verb the party is its object (批评民进党的林志明).
* **来自 + a party** (``members_parties._party_come_from``): 来自民进党的立委王大明, 来自民进党的王大明, and 王大明本人也是
  来自民进党。 make the person the party's member; 来自 a company names an employer, and a party inside a longer
  phrase (来自民进党执政的台南市) none.
* **党友** (``membership._teammates``): 民建联陈恒镔会出掌交通事务委员会；其党友陈勇会接掌… — a fellow member of the
  one party the person before is a present member of, as 队友 reads a team (其 reaching back over the semicolon);
  no party read for the person before, none.
* **A party with no 党 in its name before a district and a legislator's title** makes the person its member
  (``members_parties._known_party_ending_at``): 民建联九龙城区议员陈大文 (党员 of 民建联), 工联会沙田区议员 (成员 of the
  union), as 民进党台北市议员 did.
* **People listed before 等 and a post held before** (``roles_context._roles_in_context``): 薛瑞元、林奏延等前卫福部长
  gave nothing, 前 standing between 等 and the title; now each holds it, ``former``, as 等华强集团副总经理 gave the post
  (前 or 原; a head's title sharing the body's last letter, 卫福部长, read as the body's 部长).
* **A reason between the name and the verb of a post** (``roles_clauses._REASON``): 高宝华因个人健康因素请辞劳动局长
  gave nothing; 因 + a phrase closed by 因素/原因/理由/考量, or 因病/因故/因伤, is read past as an adverb is (the post
  left, ``former``). A clause of its own after 因 (因涉嫌贪污被捕，) is none.
* **A delegation's head** (``roles_implied``, kind ``delegation``): 中国体育代表团在北京成立。…程凯任团长 — 团长 and
  副团长 are read as 校长 and 院长 are, of the one 团 named before; with none named, no one's. The body a sentence
  before may also open the sentence's last clause (…在巴黎举行，今天下午，中国体育代表团在北京成立。), not only the
  sentence (``roles_implied._topic``); an object there (…，参观了国立清华大学。) is still no topic.
* **A post's qualifier before a bare title opening its clause** (``roles_context._roles_in_context``): 执行副总经理X,
  名誉主席X, 常务董事X after the body's sentence gave nothing (the title read as 副总经理 stood inside its clause);
  the qualifier is the title's own, as 副 of a caucus's 副总召 is.
* **An agency's head** (``roles_implied``, kind ``agency``): 运输署副署长陈大文升任署长 gave only 副署长, as 环境局副局长
  X升任局长 gave both; 署长 and 副署长 are read as 局长 is, of the one 署 named before.
* **A word of the future is a word of its own** (``roles_moves._titled_opener``): 新任产业发展处处长陈志明，为成功大学
  都市计划研究所硕士，历任…: the 计划 inside the institute's name made the career after the commas a post to come, so
  it was no one's; 计划 or 将 written as words still do.

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts, former_roles
from helpers import memberships as members
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, member",
    both_scripts([
        ("新内阁名单包括：民进党的林志明转任内政部长，陈美华留任。", ("林志明", "民进党", "党员")),
        ("议员们昨日开会，工联会的陈美玲表示反对加价。", ("陈美玲", "工联会", "成员")),
        ("议员们昨日开会，民建联的陈志强表示支持。", ("陈志强", "民建联", "党员")),
    ]),
)
def test_a_party_and_its_de_before_a_name_is_a_badge(pipeline, text, member):
    assert member in members(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("他昨日批评民进党的林志明不顾民意。", "林志明"),
        ("记者问及支持国民党的王大明时未有回应。", "王大明"),
    ]),
)
def test_no_badge_after_a_verb(pipeline, text, person):
    assert not any(p == person for p, *_ in members(pipeline, text))


@pytest.mark.parametrize(
    "text, member",
    both_scripts([
        ("民建联九龙城区议员陈大文表示反对。", ("陈大文", "民建联", "党员")),
        ("工联会沙田区议员李小明表示反对。", ("李小明", "工联会", "成员")),
    ]),
)
def test_a_party_before_a_district_legislator_s_title(pipeline, text, member):
    assert member in members(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("华强集团沙田区议员李小明表示反对。", "李小明"),
    ]),
)
def test_no_membership_of_a_body_that_is_no_party(pipeline, text, person):
    assert not any(p == person for p, *_ in members(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("新竹县政府今天宣布人事异动。新任产业发展处处长陈志明，为成功大学都市计划研究所硕士，历任工务处副处长、交通旅游处处长等职。",
         [("陈志明", "新竹县政府工务处", "副处长"), ("陈志明", "新竹县政府交通旅游处", "处长")]),
        ("新竹县政府今天宣布人事异动。新任综合发展处处长黄美玲，为政治大学硕士，历任工务处副处长。",
         [("黄美玲", "新竹县政府工务处", "副处长")]),
    ]),
)
def test_a_titled_subject_s_career_after_the_commas(pipeline, text, expected):
    found = roles(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a word of the future in the subject's own clause: a post to come
        ("新竹县政府今天宣布人事异动。现任社会处处长黄少珠计划明年起，出任工务处处长。", ("黄少珠", "新竹县政府工务处", "处长")),
        ("新竹县政府今天宣布人事异动。现任社会处处长黄少珠将于下月，出任工务处处长。", ("黄少珠", "新竹县政府工务处", "处长")),
    ]),
)
def test_a_post_to_come_after_a_titled_subject(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("交接典礼上，包括刘志伟、林美玲等前卫福部长都到场。", [("刘志伟", "卫福部", "部长"), ("林美玲", "卫福部", "部长")]),
        ("王大明、李小华等原华强集团副总经理出席会议。", [("王大明", "华强集团", "副总经理"), ("李小华", "华强集团", "副总经理")]),
    ]),
)
def test_people_listed_before_a_post_held_before(pipeline, text, expected):
    found = former_roles(pipeline, text, holder=True)
    assert all(found.get(e) is True for e in expected), found


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # 前 opening a verb after 等 (前往) is no mark of a post
        ("王大明、李小华等前往华强集团总部参观。", "王大明"),
    ]),
)
def test_no_post_after_a_verb_opening_with_qian(pipeline, text, person):
    assert not any(p == person for p, *_ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, member",
    both_scripts([
        ("来自民进党的立委王大明表示反对。", ("王大明", "民进党", "党员")),
        ("来自国民党的陈志强表示反对。", ("陈志强", "国民党", "党员")),
        ("一位来自共和党的参议员史密斯表示反对。", ("史密斯", "共和党", "党员")),
        ("新政府明显向右倾斜。王大明本人也是来自国民党。", ("王大明", "国民党", "党员")),
    ]),
)
def test_come_from_a_party(pipeline, text, member):
    assert member in members(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("来自华强集团的王大明表示反对。", "王大明"),
        ("王大明来自华强集团。", "王大明"),
        ("王大明来自民进党执政的台南市。", "王大明"),
    ]),
)
def test_no_party_where_come_from_names_none(pipeline, text, person):
    assert not any(p == person for p, *_ in members(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("林美玲因个人健康因素请辞华强集团董事长，董事会已批准。", ("林美玲", "华强集团", "董事长")),
        ("王大明因家庭因素辞去华强集团总经理职务。", ("王大明", "华强集团", "总经理")),
        ("王大明因病卸任华强集团董事长。", ("王大明", "华强集团", "董事长")),
    ]),
)
def test_a_reason_before_leaving_a_post(pipeline, text, expected):
    assert former_roles(pipeline, text, holder=True).get(expected) is True


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        ("王大明因涉嫌贪污被捕，华强集团董事长李四表示震惊。", ("王大明", "华强集团", "董事长")),
    ]),
)
def test_no_post_across_a_clause_of_cause(pipeline, text, absent):
    assert absent not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("今天下午，中国青年代表团在北京成立。体育总局副局长王建华任团长。", ("王建华", "中国青年代表团", "团长")),
        ("台湾经贸访问团今日出发。王大明担任团长。", ("王大明", "台湾经贸访问团", "团长")),
    ]),
)
def test_a_delegation_s_head(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("今天下午，各界人士在北京开会。王大明担任团长。", "王大明"),
    ]),
)
def test_no_delegation_head_where_no_delegation_is_named(pipeline, text, person):
    assert not any(p == person for p, *_ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("残运会将于下月在广州举行，今天下午，广东体育代表团在广州成立。省残联主席王建华任团长。",
         ("王建华", "广东体育代表团", "团长")),
        ("王明昨日访问北京，东华大学举行欢迎会。1931年，李志远出任校长。", ("李志远", "东华大学", "校长")),
    ]),
)
def test_a_body_opening_the_sentence_s_last_clause_before(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王明昨日访问北京，参观了东华大学。1931年，李志远出任校长。", "李志远"),
    ]),
)
def test_no_topic_in_an_object_of_the_last_clause(pipeline, text, person):
    assert not any(p == person for p, *_ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("华强电子25日公告人事异动；执行副总经理徐明志表示满意。", ("徐明志", "华强电子", "执行副总经理")),
        ("华强集团今日开会。名誉主席王大明表示满意。", ("王大明", "华强集团", "名誉主席")),
    ]),
)
def test_a_qualified_bare_title_opening_its_clause(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        # a body after the title in its sentence: the title is that body's or no one's (as without a qualifier)
        ("华强集团今日开会。名誉主席王大明出席东华大学典礼。", "王大明"),
    ]),
)
def test_no_qualified_title_of_the_body_before_when_one_follows(pipeline, text, person):
    assert ("华强集团", "名誉主席") not in {(b, t) for p, b, t in roles(pipeline, text) if p == person}


@pytest.mark.parametrize(
    "text, member",
    both_scripts([
        ("民建联陈大文会出掌交通事务委员会；其党友李志明会接掌政制事务委员会。", ("李志明", "民建联", "党员")),
        ("民进党立委王大明昨日表示，党友李小华将参选。", ("李小华", "民进党", "党员")),
    ]),
)
def test_a_fellow_party_member(pipeline, text, member):
    assert member in members(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("王大明昨日表示，其党友李小华将参选。", "李小华"),
    ]),
)
def test_no_fellow_member_of_no_party_read(pipeline, text, person):
    assert not any(p == person for p, *_ in members(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("运输署副署长陈大文升任署长。", ("陈大文", "运输署", "署长")),
        ("体育署今日发表报告。副署长林志明表示满意。", ("林志明", "体育署", "副署长")),
    ]),
)
def test_an_agency_s_head(pipeline, text, expected):
    assert expected in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # a post to come is not held
        ("政府今日宣布，运输署副署长陈大文将升任署长。", ("陈大文", "运输署", "署长")),
    ]),
)
def test_no_agency_head_to_come(pipeline, text, absent):
    assert absent not in roles(pipeline, text)
