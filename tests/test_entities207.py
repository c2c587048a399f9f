"""Teams named by their place in more frames of a match, and no verb read into a one-letter team (issue 15, session
47, entities207): both sides of a scored result, basketball's three digits and a space allowed (江苏以98：87 击败辽宁),
a list of places abroad met after 与 (与泰国及越南友赛, 在B组与日本、韩国竞争), a place abroad after a team and 对
(港队对泰国), two of Hong Kong's districts across 对 in a story of its league (元朗对南区), and a side's other mentions
in a sentence of sport; 确保|港队, 未来|港队, 碰上|狮队 (a verb or a time word before a one-letter name). Passages
written for these tests in the style of news, each run as written and converted to Traditional."""

import pytest
from helpers import both_scripts

from zhkg.extract.team_places import fixture_sides
from zhkg.records import Label, Mention

O, L = "ORGANIZATION", "PLACE"  # noqa: E741


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a scored result: both sides, a province's too (a three-digit score, a space before the verb)
    ("全运会男篮决赛，江苏以98：87 击败辽宁夺得冠军。", [("江苏", O), ("辽宁", O)], []),
    ("决赛中，江苏以98：87击败辽宁，辽宁屈居亚军。", [("江苏", O), ("辽宁", O)], []),
    # a list of places abroad met after 与, in a sentence of sport
    ("香港队下月将在主场先后与泰国及越南友赛，两场赛事均在旺角举行。", [("泰国", O), ("越南", O)], []),
    ("中华队下月出战资格赛，在B组与日本、韩国、古巴竞争两个晋级名额。",
     [("日本", O), ("韩国", O), ("古巴", O)], []),
    # a place abroad after a team and 对
    ("足总向参与港队对泰国赛事的球员发放奖金。", [("泰国", O)], []),
    # the same side's other mention in a sentence of sport, and its neighbour joined by 同
    ("港队将与泰国交手，备战亚洲杯。教练说：「越南同泰国的球员都很快。」", [("泰国", O), ("越南", O)], []),
    # where a match is played is no side; a place running on into a longer name is none
    ("中华队将在日本东京巨蛋与韩国交手，争夺决赛门票。", [("韩国", O)], [("日本", O)]),
    # no sport: the countries stay places
    ("我国企业要与日本、韩国竞争高端市场。", [("日本", L), ("韩国", L)], [("日本", O), ("韩国", O)]),
    ("去年广东在经济总量上击败江苏。", [("广东", L)], [("广东", O), ("江苏", O)]),
], convert_names=True))
def test_places_as_sides_of_a_match(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # two of Hong Kong's districts across 对, in a story of its league, are the two clubs
    ("港超联第三轮赛程公布，戏码是元朗对南区，以及东方对理文。", [("元朗", O), ("南区", O)], []),
    # without a league of Hong Kong, the districts stay places
    ("元朗对南区的交通影响将在下周评估。", [("元朗", L), ("南区", L)], [("元朗", O), ("南区", O)]),
], convert_names=True))
def test_hong_kong_districts_across_dui(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a verb or a time word before a one-letter team's name is none of it (a letter no place's short form is no
    # team's name alone: 狮队 is left to the recogniser)
    ("主教练表示，新计划会确保港队在比赛中持续进步。", [("港队", O)], [("确保港队", O)]),
    ("足总会全面检视港队本赛季的表现。", [("港队", O)], [("检视港队", O)]),
    ("这两场比赛是为未来港队再挑战亚洲杯作准备。", [("港队", O)], [("未来港队", O)]),
    ("本场比赛碰上狮队的王牌投手，打线沉寂。", [], [("碰上狮队", O)]),
    # a name's first word read on as before (统一|狮队), and no squadron (中队)
    ("统一狮队昨晚以5比3击败兄弟象队。", [("统一狮队", O)], [("狮队", O)]),
    ("比赛期间，派出一个中队维持秩序。", [], [("中队", O)]),
], convert_names=True))
def test_one_letter_team_names(finds, text, present, absent):
    finds(text, present, absent)


def test_sides_are_added_beside_the_places():
    """The team stands on the place's span and the place is kept beside it (it locates the body)."""
    text = "决赛中，江苏以98：87击败辽宁。"
    places = [Mention("d", 4, 6, "江苏", "江苏", Label.PLACE, "gazetteer", code="320000"),
              Mention("d", 14, 16, "辽宁", "辽宁", Label.PLACE, "gazetteer", code="210000")]
    out = fixture_sides(places, text)
    assert [(m.simplified, m.label) for m in out] == [
        ("江苏", Label.PLACE), ("江苏", Label.ORGANIZATION), ("辽宁", Label.PLACE), ("辽宁", Label.ORGANIZATION)]


def test_no_score_no_side_at_home():
    """A mainland place is a side only by a score's frame or its own name's: 击败 alone keeps the province."""
    text = "比赛中江苏击败辽宁。"
    places = [Mention("d", 3, 5, "江苏", "江苏", Label.PLACE, "gazetteer", code="320000"),
              Mention("d", 7, 9, "辽宁", "辽宁", Label.PLACE, "gazetteer", code="210000")]
    assert fixture_sides(places, text) == places


@pytest.mark.parametrize("text, name, team", both_scripts([
    # a side by its place alone is the team the document names with 队
    ("中华队首战迎战澳洲队，并在B组与日本、澳洲竞争两个晋级名额。", "澳洲", "澳洲队"),
    # a one-letter short form's team is the team named by the place in full
    ("香港队下月主场迎战泰国队。主教练表示会确保港队在比赛中持续进步。", "港队", "香港队"),
]))
def test_a_side_by_its_place_is_the_named_team(pipeline, text, name, team):
    from zhkg.records import Document
    from zhkg.stages.normalise import to_simplified

    found = pipeline.extract_mentions(Document(id="d", text=text))
    assert {m.canonical for m in found if to_simplified(m.text) == name and m.label is Label.ORGANIZATION} == {team}


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # Hong Kong's tribunals by their head word, an appeal tribunal's fields joined by 及
    ("他不服裁决，向版权审裁处提出申诉。", [("版权审裁处", O)], []),
    ("特首委任孙法官为药剂业及毒药上诉审裁处主席。", [("药剂业及毒药上诉审裁处", O)], [("毒药上诉审裁处", O)]),
    ("他不服裁决，向城市规划上诉审裁处提出上诉。", [("城市规划上诉审裁处", O)], []),
    # a committee named by two fields, the second of two letters
    ("足总已启动后备方案，并由技术及竞技委员会连日商讨。", [("技术及竞技委员会", O)], [("竞技委员会", O)]),
    # a first conjunct ending in a head is a body of its own (a guard kept)
    ("消防处及竞技委员会今日开会。", [], [("消防处及竞技委员会", O)]),
], convert_names=True))
def test_tribunals_and_committees_of_two_fields(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("name, kept", [
    ("民众党团新任党团", "民众党团"),
    ("民众党新会期党团", "民众党"),
    ("立法院朝野党团", "立法院"),
    ("国民党本届党团", "国民党"),
    ("朝野党团", None),
    # no sitting or side before 党团: the caucus as read
    ("民进党团", "民进党团"),
])
def test_caucus_terms_cut(name, kept):
    from zhkg.extract.org_edges import cut_caucus_terms
    from zhkg.records import MentionSource

    m = Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    assert [x.simplified for x in cut_caucus_terms([m])] == ([kept] if kept else [])


def test_caucus_terms_leave_a_rules_name():
    from zhkg.extract.org_edges import cut_caucus_terms

    m = Mention("d", 0, 4, "朝野党团", "朝野党团", Label.ORGANIZATION, "org_named_kind")
    assert cut_caucus_terms([m]) == [m]


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("据了解，民众党团新任党团总召将由前市议员出任。", [("民众党团", O)], [("民众党团新任党团", O)]),
    ("新会期开始，朝野党团干部也将改选。", [], [("朝野党团", O)]),
], convert_names=True))
def test_caucus_terms_in_text(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # Hong Kong's and Taiwan's bodies by the short forms their news writes (organisations_known.tsv)
    ("中联办今日发表声明，支持特区政府依法施政。", [("中联办", O)], []),
    ("教资会未来三年对八间大学的拨款维持不变。", [("教资会", O)], []),
    ("教联会今日发表声明，支持新的课程安排。", [("教联会", O)], []),
    ("美银发表报告，看好本地地产股。", [("美银", O)], []),
    ("希慎兴业昨日公布中期业绩。", [("希慎兴业", O)], []),
    ("羽球金牌得主获邀出任运动部首任部长。", [("运动部", O)], []),
    ("名单中有两名日职球员。", [("日职", O)], []),
    ("不少游客在小红书分享行程。", [("小红书", O)], []),
    # 长和 (CK Hutchison) is left out: a title's 长 before 和 makes it (督察长和副总经理, found on the 715 rows)
    ("公司发布了涉及总经理、督察长和副总经理的变更公告。", [], [("长和", O)]),
], convert_names=True))
def test_short_forms_of_known_bodies(finds, text, present, absent):
    finds(text, present, absent)
