"""Round roles232 (issue 11): bare titles right before a name, inside their clause, whose body is named before them,
each passage in Simplified and Traditional (``both_scripts``).

**A division's head after a function word, a verb or an adverb** (:func:`zhkg.relate.roles_context._unwritten_divisions`):
a bare 县长, 副县长 or 市长 opening a phrase inside its clause (嘉义县形成县长A，搭配副县长B; 也是县长A; 由副县长A主持) is
the county's or city's its sentence names, as one opening its clause is; a letter that makes the title part of a
longer word (校区长) still reads nothing, and a councillor's title there (无党籍的县议员X) is left to the council.

**A state's head titled bare** (:func:`zhkg.relate.roles_context._unwritten_states`): the title after 的 (即将卸任的总理X);
when the state the text titles so has another head now, the one other state named before the title in its sentence (乌克兰总统A造访美国，与总统B会谈: B is 美国's); a state's own longer word (法国总统府) no longer
keeps the one state the text names from its bare head (被总统X任命).

**An acting title after a body's aside** (:func:`zhkg.relate.roles_asides._holder_before_aside`): 代理 or 署理 between
the aside in brackets and the title, as 前 or 原 may stand there (库斯克州（Kursk）代理州长X).

**A superlative between a place and its government's title**
(:func:`zhkg.relate.roles_before_names._place_before_superlative`): 浙江最年轻副省长X is 副省长 of 浙江; a division's
head's title only after a place of its kind (广东最年长县长X: no province's 县长).

**A race after the title** (:func:`zhkg.relate.roles_body_in_context._context_body`): a bare title inside its clause after
由 whose sentence names a place after it only as a race run for (由立委X参选云林县长) takes its clause's body, the party
opening the sentence; any other place after it (由立委X在新竹县…) still leaves the title unread.

**A word of time before a bare title inside its clause** (:data:`zhkg.relate.roles_context._PHRASE_OPENER_TAGS`):
…召开中常会，会后副主席X表示 — the title opens a phrase, as after a verb or an adverb.

**The nearest body of the title's kind** (:mod:`zhkg.relate.roles_title_kinds`): with several bodies named before a
bare 院长, 部长, 局长… in its sentence, the nearest whose name ends in that kind's letter (立法院…，行政院…，由院长X:
行政院's); none when it is joined to another of the kind (交通部和经济部…，由部长X).

**该校 for a Taiwan school** (``anaphora.tsv``): 某某国小, 国中, 高中… named before, 该校校长X is its head.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, role_posts

_posts = role_posts


@pytest.mark.parametrize("text, expected", both_scripts([
    ("嘉义县形成县长李美华，搭配副县长陈淑芬的团队。",
     [("李美华", "嘉义县", "县长", False), ("陈淑芬", "嘉义县", "副县长", False)]),
    ("苗栗县政府今天公布人事异动，也是县长王小明上任以来规模最大的一次。", [("王小明", "苗栗县", "县长", False)]),
    ("嘉义县政府今天开会，由副县长陈淑芬主持。", [("陈淑芬", "嘉义县", "副县长", False)]),
    ("新北市今天举行活动，市长侯大宇和副市长刘正然出席。",
     [("侯大宇", "新北市", "市长", False), ("刘正然", "新北市", "副市长", False)]),
]))
def test_a_division_s_bare_head_inside_its_clause_is_the_division_s(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person, place", both_scripts([
    # 区长 ends 校区长, a longer word: no head of the city
    ("新竹市今天开会，交大校区长王建明出席。", "王建明", "新竹市"),
    # a councillor's title after 的: the council's, not read off the county
    ("花莲县今天举行座谈，同为无党籍的县议员林志强则说，选择更多。", "林志强", "花莲县"),
]))
def test_a_longer_word_or_a_councillor_is_no_division_s_bare_title(pipeline, text, person, place):
    assert not any(p == person and o == place for p, o, _, _ in _posts(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("乌克兰总统泽伦斯基预定明天造访美国，与总统川普就结束战争进行会谈。",
     [("泽连斯基", "乌克兰", "总统", False), ("特朗普", "美国", "总统", False)]),
    ("法国总统府当晚公布名单。巴尼耶本月初被总统马克龙任命为总理后，一直在忙于组建新政府。",
     [("马克龙", "法国", "总统", False)]),
    ("德国联邦国防军为即将卸任的总理肖尔茨举行告别仪式。",
     [("肖尔茨", "德国", "总理", False)]),
]))
def test_a_state_s_bare_head_inside_its_clause_is_the_state_s(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, person", both_scripts([
    # the state titled before has its head; its sentence names no other state before 总理: no post read
    ("新加坡总理黄循财今天抵达北京。总理李强在人民大会堂会见了他。", "李强"),
    # two other states before the title: which one is not said
    ("乌克兰总统泽伦斯基访问美国和法国后，与总统林大山会谈。", "林大山"),
]))
def test_a_state_s_bare_head_is_read_only_when_one_state_fits(pipeline, text, person):
    assert not any(p == person for p, *_ in _posts(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("县长今天进入南投鲤鱼国小，看到学生参加竞赛勇夺银牌。该校校长曾美玲反映，学校跑道排水不良。",
     [("曾美玲", "鲤鱼国小", "校长", False)]),
    ("县长今天到访南投光华国中。该校校长林志明表示，将增建球场。", [("林志明", "南投光华国中", "校长", False)]),
]))
def test_a_taiwan_school_is_what_gai_xiao_stands_for(pipeline, text, expected):
    found = _posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", both_scripts([
    ("俄罗斯边界地区库斯克州（Kursk）代理州长金大山（Alexander Kim）表示，1名男子遇袭身亡。", ("金大山", "代理州长")),
    ("美国加州（California）代理州长林大中表示，将签署法案。", ("林大中", "代理州长")),
]))
def test_an_acting_title_after_a_body_s_aside_is_the_body_s(pipeline, text, expected):
    assert any((p, t) == expected and o.endswith("州") for p, o, t, _ in _posts(pipeline, text)), _posts(pipeline, text)


@pytest.mark.parametrize("text, expected", both_scripts([
    ("温州书记六年五换 浙江最年轻副省长陈伟俊履新", ("陈伟俊", "浙江省", "副省长", False)),
    ("台北市最年轻市长王一明今天上任。", ("王一明", "台北市", "市长", False)),
]))
def test_a_superlative_between_a_place_and_its_title(pipeline, text, expected):
    assert expected in _posts(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["广东最年长县长王一明今天退休。"]))
def test_a_superlative_gives_no_head_of_another_kind_of_division(pipeline, text):
    assert not any(p == "王一明" for p, *_ in _posts(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("针对选举布局，民进党今天召开选对会，拍板由立委刘大国再次参选云林县长。", ("刘大国", "民进党", "立委", False)),
    ("国民党今天召开会议，拍板由立委黄大中参选新竹县长。", ("黄大中", "国民党", "立委", False)),
]))
def test_a_place_run_for_after_a_bare_title_leaves_the_clause_s_body(pipeline, text, expected):
    assert expected in _posts(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["国民党今天召开会议，由立委黄大中在新竹县发表谈话。"]))
def test_another_place_after_a_bare_title_still_leaves_it_unread(pipeline, text):
    assert not any(p == "黄大中" for p, *_ in _posts(pipeline, text))


@pytest.mark.parametrize("text, expected", both_scripts([
    ("国民党昨天召开中常会，会后副主席夏大言表示，将提名候选人。", ("夏大言", "国民党", "副主席", False)),
    ("嘉义县政府今天开会，当天县长翁大明出席。", ("翁大明", "嘉义县", "县长", False)),
]))
def test_a_word_of_time_before_a_bare_title_opens_its_phrase(pipeline, text, expected):
    assert expected in _posts(pipeline, text)


@pytest.mark.parametrize("text, expected", both_scripts([
    ("立法院今天开议，行政院提出报告，由院长卓大泰说明。", ("卓大泰", "行政院", "院长", False)),
    ("立法院今天开议，行政院提出报告，院长卓大泰表示将改革。", ("卓大泰", "行政院", "院长", False)),
]))
def test_the_nearest_body_of_the_title_s_kind_holds_it(pipeline, text, expected):
    assert expected in _posts(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["交通部和经济部今天召开联合记者会，由部长郭大辉说明。"]))
def test_two_bodies_of_the_kind_joined_leave_the_title_unread(pipeline, text):
    assert not any(p == "郭大辉" for p, *_ in _posts(pipeline, text))
