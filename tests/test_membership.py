"""MEMBER_OF: who belongs to which team, party or body (zhkg.relate.membership), in both scripts."""

import pytest

from zhkg.stages.normalise import convert


def members(pipeline, text):
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "MEMBER_OF")


SCRIPTS = pytest.mark.parametrize("script", ["", "s2tw"], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(
    "text, expected",
    [
        # organisation + member word + person; a team's short name no extractor found, before a player's word
        ("湖人球员保罗-加索尔接受了采访。", [("保罗-加索尔", "湖人", "球员", False)]),
        ("小牛主力中锋泰森-钱德勒上半场仅有一次犯规。", [("泰森-钱德勒", "小牛", "中锋", False)]),
        # a list: the next member shares the team
        ("魔术中锋德怀特-霍华德和替补后卫安东尼-托利弗出席。",
         [("安东尼-托利弗", "魔术", "后卫", False), ("德怀特-霍华德", "魔术", "中锋", False)]),
        # (蒂姆-邓肯 is a listed person, people_known.tsv: its node is named as the table names him, 邓肯)
        ("马刺后卫马努-吉诺比利、中锋蒂姆-邓肯出席。",
         [("邓肯", "马刺", "中锋", False), ("马努-吉诺比利", "马刺", "后卫", False)]),
        # a team + 的 + person; a team named with 队 that no extractor found
        ("仅次于骑士队的安德森-瓦莱乔。", [("安德森-瓦莱乔", "骑士队", "", False)]),
        ("来自辽宁青年队的周琦身高2米15。", [("周琦", "辽宁青年队", "", False)]),
        # 前 before the team: a former member
        ("热火考察了前尼克斯中锋埃迪-库里。", [("埃迪-库里", "尼克斯", "中锋", True)]),
        # parties and bodies
        ("中国共产党党员王伟出席了会议。", [("王伟", "中国共产党", "党员", False)]),
        ("民建联成员王伟表示支持。", [("王伟", "民建联", "党员", False)]),  # a party's member is its 党员 (roles205)
        ("王伟是民建联的成员。", [("王伟", "民建联", "成员", False)]),
        ("王伟所在的民建联表示支持。", [("王伟", "民建联", "", False)]),
        # a party + 籍 + title: the title is a role (HOLDS_ROLE), the party a membership
        ("国民党籍立委王伟表示反对。", [("王伟", "国民党", "党员", False)]),
        ("国民党籍台北市议员王伟表示。", [("王伟", "国民党", "党员", False)]),
        ("民进党籍立委王幸男表示反对。", [("王幸男", "民进党", "党员", False)]),
        # verbs of joining; 曾经 marks a past membership
        ("2005年，王伟加盟了东莞队。", [("王伟", "东莞队", "", False)]),
        ("张伟正式加盟辽宁队。", [("张伟", "辽宁队", "", False)]),
        ("陈东曾经效力于广发证券。", [("陈东", "广发证券", "", True)]),
        # a team's short name after a verb of joining; 与 X 一道: X joined too, and the member after 的
        ("与詹姆斯一道加盟热火的老将兹德鲁纳斯-伊尔戈斯卡斯是另一种情况。",
         [("兹德鲁纳斯-伊尔戈斯卡斯", "热火", "老将", False), ("詹姆斯", "热火", "", False)]),
    ],
)
def test_members(pipeline, script, text, expected):
    from zhkg.stages.entity_groups import one_join

    # a transliterated name's canonical form joins its parts with · (保罗-加索尔 is 保罗·加索尔)
    expected = [(one_join(person), team, word, former) for person, team, word, former in expected]
    assert members(pipeline, convert(text, script) if script else text) == expected


@SCRIPTS
@pytest.mark.parametrize(
    "text",
    [
        "火箭主帅阿德尔曼接受了采访。",  # a coach holds a role
        "小牛老板马克-库班和湖人主帅菲尔-杰克逊互相批评。",
        "火箭追中锋海耶斯是最好标尺。",  # pursued, not yet a member: a verb is no qualifier
        "李明拒绝加盟东莞队。",  # refused
        "他们替掉了拒绝归队的克里斯-理查德。",  # 拒绝归队 is no team
        "他能让自己球队的主力内线艾尔-霍福德坐上20分钟。",  # 自己球队 is no team's name
        "巴特尔入选新浪体育讯北京时间2月14日。",  # 入选 a squad only
        "火箭曾经和丹皮尔达成过加盟协议。",  # a deal is no team
        "海清也加盟该片。",  # nor a film
        "传言蔡明将加入爱格军团。",  # will join: not yet
        "李连杰、杨紫琼等影星加盟的好莱坞大片《木乃伊3》开机。",  # a film is no organisation
    ],
)
def test_not_members(pipeline, script, text):
    assert members(pipeline, convert(text, script) if script else text) == []


def test_a_party_badge_keeps_the_role_too(pipeline):
    ex = pipeline.run_texts([("t", "國民黨籍立委王偉表示反對。")]).extraction
    kinds = sorted((r.kind.value, r.role) for r in ex.relations if r.kind.value in ("HOLDS_ROLE", "MEMBER_OF"))
    assert kinds == [("HOLDS_ROLE", "立委"), ("MEMBER_OF", "党员")]


def test_member_word_is_written_as_the_source_writes_it(pipeline):
    ex = pipeline.run_texts([("t", "湖人球員保羅-加索爾接受了採訪。")]).extraction
    (r,) = [r for r in ex.relations if r.kind.value == "MEMBER_OF"]
    assert (r.role, r.role_simplified) == ("球員", "球员")
    assert r.evidence.sentence[r.evidence.start : r.evidence.end] == "湖人球員保羅-加索爾"


def test_member_words_are_a_lexicon_table():
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.member_words.index("小前锋") < lexicon.member_words.index("前锋")
    assert "中锋" in lexicon.team_member_words and "党员" not in lexicon.team_member_words
    assert not set(lexicon.member_words) & set(lexicon.role_words)  # a title is a role, never a member word


@SCRIPTS
@pytest.mark.parametrize("text", ["也像成思危委员长讲的，全国人大常委会开会。", "卫生部部长陈竺率代表团抵达日内瓦，出席总务委员会。"])
def test_a_longer_word_is_no_listed_member(pipeline, script, text):
    assert members(pipeline, convert(text, script) if script else text) == []


#: Team names a basketball story reads (teams.tsv): two of the sport's words make the story one.
BASKETBALL = "NBA常规赛季，篮板和助攻。"


@SCRIPTS
@pytest.mark.parametrize(
    "text, expected",
    [
        # person + (team: a line-up of the week
        ("大前锋：丁锦辉（浙江队）表现出色。", [("丁锦辉", "浙江队", "大前锋", False)]),
        # a team + 当家 + person
        ("国王当家埃文斯强突内线。", [("埃文斯", "国王", "", False)]),
        # 作为 + team + 一名 + qualifiers + member word + ，+ person
        ("作为国家队一名新锐后卫，郭艾伦很想表现自己。", [("郭艾伦", "国家队", "后卫", False)]),
        # a team signs a player
        ("湖人签下了德里克-费舍尔。", [("德里克-费舍尔", "湖人", "", False)]),
        # a list + 等队员, of the team written with its players
        ("吉林队的球员早早来到体育馆，柳伟和杜江等队员进行着投篮练习。",
         [("杜江", "吉林队", "队员", False), ("柳伟", "吉林队", "队员", False)]),
        # a team and its record opening a sentence, each player with his points
        ("雄鹿(32-47)无心恋战，约翰-萨尔蒙斯10分，德鲁-古登12分。",
         [("约翰-萨尔蒙斯", "雄鹿", "", False), ("德鲁-古登", "雄鹿", "", False)]),
        # a team + 由 + person + 领衔
        ("湖人由史蒂夫-布雷克领衔。", [("史蒂夫-布雷克", "湖人", "", False)]),
        # a team + 除 + person + 之外 + 唯一 … 球员
        ("奥特洛是篮网除布鲁克-洛佩斯之外唯一一位每场都有出场时间的球员。",
         [("奥特洛", "篮网", "球员", False), ("布鲁克-洛佩斯", "篮网", "球员", False)]),
        # … and 而且是: the one person of the clause before is the subject
        ("本赛季奥特洛首发55次，而且是篮网除布鲁克-洛佩斯之外唯一一位每场都有出场时间的球员。",
         [("奥特洛", "篮网", "球员", False), ("布鲁克-洛佩斯", "篮网", "球员", False)]),
        ("马丁得了30分，也是火箭当前年薪最高的球员。", [("马丁", "火箭", "球员", False)]),
        # person + 是 + team + qualifiers, or a phrase with no verb + 的, + member word
        ("斯科拉已经是火箭当家球星。", [("斯科拉", "火箭", "球星", False)]),
        ("马丁是火箭当前年薪最高的球员。", [("马丁", "火箭", "球员", False)]),
        # 他 opening the clause: the person closing the clause before
        ("身价最高的是马丁，他也是火箭当前年薪最高的球员。", [("马丁", "火箭", "球员", False)]),
        # 代表 + team + 出战: the one person the sentence names before, or the subject of the clause
        ("布克在本赛季首轮被选中，在代表奇才出战的65场比赛中，他场均5.3分。", [("布克", "奇才", "", False)]),
        ("易建联代表国家队出战。", [("易建联", "国家队", "", False)]),
    ],
)
def test_members_in_sports_news(pipeline, script, text, expected):
    from zhkg.stages.entity_groups import one_join

    expected = sorted((one_join(person), team, word, former) for person, team, word, former in expected)
    text = BASKETBALL + text
    assert members(pipeline, convert(text, script) if script else text) == expected


@SCRIPTS
@pytest.mark.parametrize(
    "text",
    [
        "他跑到骑士替补席和克里斯-简特(骑士助教)拥抱。",  # a bracket naming a title: a coach
        "火箭希望签下德里克-费舍尔。",  # a wish is no signing
        "湖人击败了火箭，科比和加索尔等球员很开心。",  # the nearest team is not written with its players
        "雄鹿无心恋战，约翰-萨尔蒙斯10分。",  # no record after the team: maybe its opponent's points
        "火箭由阿德尔曼执教。",  # a coach: 执教 carries no team
        "王伟是湖人最怕的球员。",  # a verb in the phrase: feared by the team, not of it
        "作为国家队的主教练，王伟很想表现自己。",  # a coach is no member word
        "科比传球给加索尔，但他是湖人最好的球员。",  # 但 before 他: no clause of 他 alone, no one to guess
        "易建联不会代表国家队出战。",  # negated
        "马丁和斯科拉得了30分，也是火箭当前年薪最高的球员。",  # two people before: which one is unsaid
        "科比和韦德在比赛中，代表热火出战的是詹姆斯。",  # two people before 代表: whose is unsaid
    ],
)
def test_not_members_in_sports_news(pipeline, script, text):
    text = BASKETBALL + text
    assert members(pipeline, convert(text, script) if script else text) == []


def test_a_company_signing_a_star_is_no_membership(pipeline):
    assert members(pipeline, "耐克签约刘翔。") == []  # only a team signs a member


@pytest.mark.parametrize("script", [None, "s2hk"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # a party, the house it sits in and a title: a member of the party, the title the house's (not one body
        # 民主党立法会, as the recogniser read it)
        ("民主党立法会议员涂谨申批评政府。", [("涂谨申", "民主党", "党员", False)]),
        ("民主党立法会议员涂谨申和公民党立法会议员梁家杰批评政府。",
         [("梁家杰", "公民党", "党员", False), ("涂谨申", "民主党", "党员", False)]),
        ("香港立法会议员王明表示。", []),  # a place before the house names no party
    ],
)
def test_a_party_before_its_house(pipeline, text, expected, script):
    written = convert(text, script) if script else text
    assert members(pipeline, written) == sorted(expected)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_party_in_brackets_after_a_person_is_no_byline_name(pipeline, script):
    # (國民黨) after a legislator is her party's badge, never a reporter's byline
    from zhkg.stages.normalise import to_traditional

    text = "国民党立委王鸿薇(国民党)今天在立法院质询时表示，政府应加强国防。"
    if script == "traditional":
        text = to_traditional(text)
    ex = pipeline.run_texts([("t", text)]).extraction
    people = {e.name for e in ex.entities if e.label.value == "PERSON"}
    assert people == {"王鸿薇"}
