"""A site's whole name, not the place it begins with (issue 15, session 46, sites198): a venue, scenic area or night
market named by its place and a proper name of its own (台中|洲际|球场, 西昌|邛海|景区), an economic zone named by its
place (海南|自贸港, 赤壁|高新区), a site opened by a place written right after the place it lies in (湖北省|赤壁|高新区,
日本|东京|巨蛋), a kindergarten named as a school is (仁和|幼儿园) and a football association by its place (香港|足总).
Passages written for these tests in the style of news, each run as written and converted to Traditional."""

import pytest
from helpers import both_scripts

from zhkg.extract.landmarks import venues
from zhkg.stages.segment import token_table

O, L = "ORGANIZATION", "PLACE"  # noqa: E741


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a proper name between the place and the head: the site with its place
    ("周末两场比赛移师台中洲际球场进行，门票已售罄。", [("台中洲际球场", L)], [("台中", L)]),
    ("国庆期间泸州方山景区接待游客二十万人次。", [("泸州方山景区", L)], [("泸州", L)]),
    ("暑假里银川怀远观光夜市每晚人流不断。", [("银川怀远观光夜市", L)], [("银川", L)]),
    # a count, a verb or a kind between names no site
    ("香港多个球场今年将翻新草皮。", [("香港", L)], [("香港多个球场", L)]),
    ("今年四川旅游景区接待游客超过两千万人次。", [("四川", L)], [("四川旅游景区", L)]),
    # a team's head letter glued to the next word opens no site (队进: a verb after the team)
    ("昨天，沙特阿拉伯队进法兰西体育场适应场地。", [], [("沙特阿拉伯队进法兰西体育场", L)]),
    # an economic zone named by its place, a province's or a city's too
    ("记者问及海南自贸港下月的安排，发言人作了回应。", [("海南自贸港", L)], [("海南", L)]),
    ("新工厂落户上海自贸区，明年投产。", [("上海自贸区", L)], [("上海", L)]),
    # a zone's manager is a body, left to the organisation readers
    ("南宁高新区管委会昨天发布通告。", [], [("南宁高新区", L)]),
    # a place written right after the place it lies in opens the site; the outer place stays
    ("今年以来，湖北省赤壁高新区企业订单饱满。", [("赤壁高新区", L), ("湖北省", L)], [("赤壁", L)]),
    ("中华队下月在日本东京巨蛋出战首场。", [("东京巨蛋", L), ("日本", L)], [("东京", L)]),
    # a country's palace
    ("新内阁当天下午在日本皇宫举行认证仪式。", [("日本皇宫", L)], [("日本", L)]),
    ("游客排队参观泰国大皇宫。", [], [("泰国大皇宫", L)]),
    # Hong Kong's public sites by their place: a hall, a market, a promenade, an estate, an industrial estate
    ("市民可于周一起到荃湾大会堂索取表格。", [("荃湾大会堂", L)], [("荃湾", L)]),
    ("九龙城街市下月起分阶段拆卸重建。", [("九龙城街市", L)], [("九龙城", L)]),
    ("观塘海滨长廊周末晚上有音乐表演。", [("观塘海滨长廊", L)], []),
    ("居于观塘秀茂坪邨的男子昨晚被捕。", [("秀茂坪邨", L), ("观塘", L)], []),
    ("将军澳工业邨将再拨地发展数据中心。", [("将军澳工业邨", L)], [("工业邨", L)]),
    # a city's name alone before a market or a control point names the kind there
    ("香港街市的菜价本月上涨。", [("香港", L)], [("香港街市", L)]),
    # a district written after its city: the district's site, the city apart (MSRA train: 北京|怀柔体育场)
    ("天津河西体育馆今天开放。", [("河西体育馆", L), ("天津", L)], [("天津河西体育馆", L)]),
    # a place right after another it does not lie in still leaves the chain alone
    ("天津河北体育场建成后占地面积为二十万平方米。", [], [("河北体育场", L)]),
], convert_names=True))
def test_sites_named_by_their_place(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a kindergarten is a school: its name opens at a place or a name word
    ("新学期湖里区仁和幼儿园增设两个班。", [("湖里区仁和幼儿园", O)], []),
    ("雅安市名山幼儿园今年扩建教学楼。", [("雅安市名山幼儿园", O)], []),
    # a kind of kindergarten, a determiner or a list of all names none
    ("全区新增普惠性幼儿园学位三千个。", [], [("普惠性幼儿园", O)]),
    ("这所幼儿园今年招收新生一百名。", [], [("这所幼儿园", O)]),
    ("踢凳子这是幼儿园小朋友才做的事。", [], [("这是幼儿园", O)]),
    ("这是中学里的事，与校外无关。", [], [("这是中学", O)]),
    # a football association by its place
    ("香港足总今日公布新任主教练人选。", [("香港足总", O)], []),
    # 足总 alone after no place is no new name of this rule
    ("足球总会的会议今天召开。", [], [("足总", O)]),
], convert_names=True))
def test_kindergartens_and_associations(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, places, nested, expected", [
    # a proper name between the place and the head
    ("台中洲际球场", {(0, 2)}, set(), ["台中洲际球场"]),
    # a place, then a place, then a kind: the site opens at the first place (银川|怀远|观光|夜市)
    ("银川怀远观光夜市", {(0, 2), (2, 4)}, set(), ["银川怀远观光夜市"]),
    # a place right before 夜市 is the landmark reader's, not this one's
    ("台北夜市", {(0, 2)}, set(), []),
    # a zone
    ("海南自贸港", {(0, 2)}, set(), ["海南自贸港"]),
    # a chain: the inner place opens the site only where it lies in the outer one; else the outer place and the
    # inner one's name open it (天津|河北|体育场 is one site, never 河北体育场)
    ("湖北省赤壁高新区", {(0, 3), (3, 5)}, set(), ["湖北省赤壁高新区"]),
    ("湖北省赤壁高新区", {(0, 3), (3, 5)}, {(3, 5)}, ["赤壁高新区"]),
])
def test_venue_spans(nlp, text, places, nested, expected):
    got = venues(text, token_table(nlp(text)), frozenset(places), nested=frozenset(nested))
    assert [text[s:e] for s, e in got] == expected


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # an outlet whose name begins with a place: a name in 《》 that learns news, whatever its head
    ("《香港01》获悉，有关部门将于下月公布方案。", [("香港01", O)], []),
    # a work in 《》 learns nothing
    ("《老人与海》获奖无数，至今畅销。", [], [("老人与海", O)]),
    # 中国 in a source's country slot is the outlet's (据|中国|新闻周刊), and a count after 据 is a source's
    ("据中国新闻周刊不完全统计，今年已有三家央企换帅。", [("中国新闻周刊", O)], []),
    # a country before a quoted outlet stays the country's
    ("据美国《纽约时报》报道，谈判仍在进行。", [("纽约时报", O), ("美国", L)], [("美国纽约时报", O)]),
], convert_names=True))
def test_outlets_named_by_their_place(finds, text, present, absent):
    finds(text, present, absent)


# ---- too long: a word after a name joined (a quoted saying's 所, a time of day)

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("正如中联办主任周霁所言，各区议会的作用不会改变。", [("周霁", "PERSON")], [("周霁所", "PERSON")]),
], convert_names=True))
def test_names_before_a_saying(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("name, after, expected", [
    ("王刚上", "午出席典礼", "王刚"),      # a time of day opens after the name
    ("周霁所", "言，区议会", "周霁"),      # a quoted saying's 所
    ("木原稔下", "午宣布", "木原稔"),      # a name of four: a Japanese one and the time of day
    ("王小明", "天天跑步", "王小明"),      # 明天 is a word too, but no time of day this rule knows
    ("李所长", "说", "李所长"),           # 所 not before a saying's verb
])
def test_trim_name_tails_before_a_time_or_a_saying(name, after, expected):
    from zhkg.extract.person_edges import _trim_name_tails
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    text = "据悉" + name + after
    m = Mention("d", 2, 2 + len(name), name, name, Label.PERSON, "crf")
    assert [x.simplified for x in _trim_name_tails([m], text, load_lexicon())] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("官房长官木原稔下午对外宣布", 1),  # 木原|稔: 下午 opens after the given name
    ("官房长官木原稔表示", 1),
])
def test_japanese_given_name_before_a_time_of_day(nlp, text, expected):
    from zhkg.extract.japanese_names import _given_length

    assert _given_length(text, 4, "木原", token_table(nlp(text))) == expected
