"""Forms of titles Hong Kong, Taiwan and mainland news write, each in Simplified and in Traditional (s2tw, s2hk).

The passages are probes written for these tests (no source text), each a form a rule reads, with negatives:
a title with no holder, a title of another body in the same sentence, a speaker who holds no title.
"""

import pytest

from zhkg.stages.normalise import convert

SCRIPTS = ("", "s2tw", "s2hk")


def roles(pipeline, text, script=""):
    text = convert(text, script) if script else text
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a chain of titles joined by 兼: each the holder's
        ("国民党副主席兼秘书长李建龙今天表示，党将团结一致。",
         [("李建龙", "国民党", "副主席", False), ("李建龙", "国民党", "秘书长", False)]),
        ("行政院副院长兼发言人郑文灿表示支持。",
         [("郑文灿", "行政院", "副院长", False), ("郑文灿", "行政院", "发言人", False)]),
        # ... and each post after 兼 with a holder of its own is that holder's
        ("国务院副总理兼财政部长刘鹤出席会议。", [("刘鹤", "国务院", "副总理", False), ("刘鹤", "财政部", "部长", False)]),
        # 兼 in a word is no joiner, and a title with no holder gives nothing
        ("他身兼数职，兼任总经理的王明表示反对。", []),
        # the speaker who quotes the title holder holds none of his posts
        ("王小明引述行政院副院长兼发言人郑文灿的话说，政府会检讨。",
         [("郑文灿", "行政院", "副院长", False), ("郑文灿", "行政院", "发言人", False)]),
    ],
)
def test_titles_joined_by_jian(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a post after a comma and 兼 (兼任, 并兼任) is the same holder's; a department's word may qualify it
        ("张志明现为中华电信的总经理，兼任董事。",
         [("张志明", "中华电信", "总经理", False), ("张志明", "中华电信", "董事", False)]),
        ("王重昆为信达澳银基金的副总经理，兼市场总监。",
         [("王重昆", "信达澳银基金", "副总经理", False), ("王重昆", "信达澳银基金", "市场总监", False)]),
        ("王明任万科集团总经理，并兼任董事长一职。",
         [("王明", "万科集团", "总经理", False), ("王明", "万科集团", "董事长", False)]),
        # 兼顾 is no post, nor a department's work
        ("王明为万科集团总经理，兼顾市场工作。", [("王明", "万科集团", "总经理", False)]),
        # a post after 兼 that opens a phrase about another person is not his
        ("李四是华为公司总裁，兼任董事长的王明表示反对。", [("李四", "华为公司", "总裁", False)]),
    ],
)
def test_posts_after_a_comma_and_jian(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # leaving a post (辞去, 请辞, 卸下, 卸任): the post was held before, 一职 or 职务 maybe after it
        ("张晓明辞去中华电信董事长职务。", [("张晓明", "中华电信", "董事长", True)]),
        ("王小明请辞台北市长一职。", [("王小明", "台北市", "市长", True)]),
        ("王明卸任台北市副市长后，返回学界任教。", [("王明", "台北市", "副市长", True)]),
        # not left: a negation between the person and the verb reads nothing
        ("王明未辞去万科集团董事长一职。", []),
    ],
)
def test_posts_left(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # the head of a special administrative region written bare: the one of Hong Kong and Macau the text names
        ("澳门今日公布新措施，特首贺一诚表示支持。", [("贺一诚", "澳门", "特首", False)]),
        ("前特首梁振英昨日出席论坛，谈及香港的发展。", [("梁振英", "香港", "特首", True)]),
        ("澳门今日公布新措施，行政长官贺一诚表示支持。", [("贺一诚", "澳门", "行政长官", False)]),
        # both named, or neither: the region is left open
        ("香港和澳门今日公布新措施，特首李家超表示支持。", []),
        ("特首李家超今日表示支持。", []),
        # a title of another body in the sentence is that body's, not the region's
        ("美国总统拜登今日表示，特首李家超的说法不实。", [("拜登", "美国", "总统", False)]),
    ],
)
def test_region_head_written_bare(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


def members(pipeline, text, script=""):
    text = convert(text, script) if script else text
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified)
                  for r in ex.relations if r.kind.value == "MEMBER_OF")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's badge after a person: in brackets, 籍 maybe in them; after a comma with 籍; 籍 + 的 before him
        ("台北市议员王世坚（民进党）批评市府。", [("王世坚", "民进党", "党员")]),
        ("前总统陈水扁(民进党籍)昨日出庭。", [("陈水扁", "民进党", "党员")]),
        ("王世坚，民进党籍台北市议员，昨日表示反对。", [("王世坚", "民进党", "党员")]),
        ("民进党籍的王世坚表示反对。", [("王世坚", "民进党", "党员")]),
        # no party in the bracket, a party's caucus and its post, 无党籍: no membership
        ("王世坚（1960年生）表示反对。", []),
        ("王世坚（民进党团总召）表示反对。", []),
        ("无党籍立委高金素梅表示反对。", []),
        # a party's chairman holds a post (a role), which is no membership read from a badge
        ("王世坚，民进党主席，昨日表示。", []),
    ],
)
def test_party_badges(pipeline, script, text, expected):
    assert members(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # 暨 joins one holder's posts, before the name and after a verb of appointment
        ("宏碁董事长暨执行长陈俊圣表示，今年营收可望成长。",
         [("陈俊圣", "宏碁", "执行长", False), ("陈俊圣", "宏碁", "董事长", False)]),
        ("王明现任宏碁董事长暨执行长，昨日表示。", [("王明", "宏碁", "执行长", False), ("王明", "宏碁", "董事长", False)]),
        # a word of acting or of time between a place and the title its government holds
        ("台北市代理市长林钦荣今天主持市政会议。", [("林钦荣", "台北市", "代理市长", False)]),
        ("高雄市新任市长陈其迈今天宣誓就职。", [("陈其迈", "高雄市", "市长", False)]),
        # ... but a title no place's government holds takes no place across it
        ("台北市新任记者王明报道。", []),
        # Taiwan's titles: a party's central committee, officers in -长, the press's 董座
        ("国民党中常委李大同昨天表示支持。", [("李大同", "国民党", "中常委", False)]),
        ("台积电财务长黄仁昭表示，毛利率维持高档。", [("黄仁昭", "台积电", "财务长", False)]),
        ("鸿海董座郭台铭昨日宣布参选。", [("郭台铭", "鸿海", "董座", False)]),
    ],
)
def test_taiwan_titles(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside in brackets between a body and its title (a stock code, a link the press adds), 的 maybe after it
        ("五合国际(五合国际博客)的总经理邹毅也表达出类似的观点。", [("邹毅", "五合国际", "总经理", False)]),
        ("台积电(2330)董事长刘德明表示。", [("刘德明", "台积电", "董事长", False)]),
        # a person named in the aside: the title after it is no post of the body before it
        ("万科集团（王石任董事长）总经理郁亮表示。", []),
    ],
)
def test_body_before_an_aside(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # 前 or 原 between a place and a title its government holds: a past role of the place's
        ("台湾地区前领导人陈水扁今天出庭。", [("陈水扁", "台湾", "领导人", True)]),
        ("美国前总统克林顿今天访问北京。", [("克林顿", "美国", "总统", True)]),
        ("北京市前市长王明表示。", [("王明", "北京市", "市长", True)]),
        # 目前 is now, not before
        ("美国目前总统王明表示。", []),
    ],
)
def test_past_roles_of_a_place(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


def members_with_former(pipeline, text, script=""):
    text = convert(text, script) if script else text
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.former) for r in ex.relations if r.kind.value == "MEMBER_OF")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # person + 为 + party + member word
        ("王小明为国民党党员。", [("王小明", "国民党", False)]),
        # leaving a party (退出, 脱离) or a team (离开): a past membership
        ("王小明去年退出民进党，改以无党籍身分参选。", [("王小明", "民进党", True)]),
        ("王小明脱离国民党后另组新党。", [("王小明", "国民党", True)]),
        ("王小明离开湖人队后转战欧洲。", [("王小明", "湖人队", True)]),
        # a body leaving talks is no person leaving a body
        ("记者王小明报导，民进党退出立法院协商。", []),
        # a place left is no body; a refusal to leave says nothing; 为 + party + a verb is no membership
        ("王小明离开北京后返回台湾。", []),
        ("王小明拒绝退出国民党。", []),
        ("王小明为国民党工作多年。", []),
    ],
)
def test_members_joined_and_left(pipeline, script, text, expected):
    assert members_with_former(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # the posts of a caucus in Taiwan's legislature; a bare title after 、 shares the holder before it
        ("民进党团总召柯建铭、干事长吴思瑶昨天召开记者会。",
         [("吴思瑶", "民进党团", "干事长", False), ("柯建铭", "民进党团", "总召", False)]),
        ("国民党团书记长李大同表示。", [("李大同", "国民党团", "书记长", False)]),
        ("立法院财政委员会召委王小明表示。", [("王小明", "立法院财政委员会", "召委", False)]),
        # a title with no holder and no one named
        ("他是干事长，负责协调。", []),
    ],
)
def test_caucus_posts(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause opened by a word of time past before its subject: the posts it gives were held before
        ("此前王重昆为信达澳银基金的副总经理，兼市场总监。",
         [("王重昆", "信达澳银基金", "副总经理", True), ("王重昆", "信达澳银基金", "市场总监", True)]),
        ("早年，王明任万科集团总经理。", [("王明", "万科集团", "总经理", True)]),
        # the word opens another clause, whose subject is someone else: the post is now
        ("此前王明表示，李四为万科集团总经理。", [("李四", "万科集团", "总经理", False)]),
    ],
)
def test_posts_said_of_before(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of a firm, as the entertainment press writes him
        ("英皇娱乐老板杨受成昨日出席活动。", [("杨受成", "英皇娱乐", "老板", False)]),
        ("新鸿基地产掌门人郭炳联表示。", [("郭炳联", "新鸿基地产", "掌门人", False)]),
        # a boss of no body named, and a title with no one named
        ("餐厅老板王小明表示，生意大受影响。", []),
        ("他是老板，说了算。", []),
    ],
)
def test_owners(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # 卸任 (的) before a holder and its title: a post left
        ("卸任台北市长郝龙斌昨日出席活动。", [("郝龙斌", "台北市", "市长", True)]),
        ("甫卸任的国民党主席朱立伦表示。", [("朱立伦", "国民党", "主席", True)]),
        # ... not yet left: a word of the future before 卸任 in its clause
        ("即将卸任的台北市长郝龙斌昨日出席活动。", [("郝龙斌", "台北市", "市长", False)]),
        ("将于年底卸任的国民党主席朱立伦表示。", [("朱立伦", "国民党", "主席", False)]),
    ],
)
def test_posts_left_before_the_title(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a body + member word, then 、 and a title of another body, then the person: a member of the first
        ("行政会议成员、立法会议员叶刘淑仪表示反对。", [("叶刘淑仪", "行政会议", "成员")]),
        # a party's member written 成员 is its 党员 (roles205)
        ("民建联成员、立法会议员李大同表示反对。", [("李大同", "民建联", "党员")]),
        ("国民党党员、前立委李大同表示反对。", [("李大同", "国民党", "党员")]),
        # the people listed after a body's member word are its members, the last after 和 once 、 opened the list
        ("中华队成员王小明、李大同和陈美玲昨天抵达东京。",
         [("李大同", "中华队", "成员"), ("王小明", "中华队", "成员"), ("陈美玲", "中华队", "成员")]),
        # a title before the 、 that is no member word: no membership
        ("他说，议员、立法会议员李大同表示反对。", []),
    ],
)
def test_members_before_titles_and_listed(pipeline, script, text, expected):
    assert members(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # the recogniser ran the name back into the title's last letter (长翁章梁): the name after it holds the post
        ("嘉义县长翁章梁、云林县长张丽善昨天签署合作备忘录。",
         [("张丽善", "云林县", "县长", False), ("翁章梁", "嘉义县", "县长", False)]),
    ],
)
def test_name_run_into_the_title(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb + holder + title + 的 + person: 身兼 holds it, 卸任/辞去 left it (unless a word of the future before)
        ("身兼国民党主席的江宜桦表示，将全力辅选。", [("江宜桦", "国民党", "主席", False)]),
        ("卸任台北市长的郝龙斌昨日出席活动。", [("郝龙斌", "台北市", "市长", True)]),
        ("刚辞去中华电信董事长的王小明表示。", [("王小明", "中华电信", "董事长", True)]),
        ("即将卸任台北市长的郝龙斌昨日出席活动。", [("郝龙斌", "台北市", "市长", False)]),
    ],
)
def test_post_then_de_then_person(pipeline, script, text, expected):
    assert roles(pipeline, text, script) == expected
