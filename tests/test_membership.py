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
        ("马刺后卫马努-吉诺比利、中锋蒂姆-邓肯出席。",
         [("蒂姆-邓肯", "马刺", "中锋", False), ("马努-吉诺比利", "马刺", "后卫", False)]),
        # a team + 的 + person; a team named with 队 that no extractor found
        ("仅次于骑士队的安德森-瓦莱乔。", [("安德森-瓦莱乔", "骑士队", "", False)]),
        ("来自辽宁青年队的周琦身高2米15。", [("周琦", "辽宁青年队", "", False)]),
        # 前 before the team: a former member
        ("热火考察了前尼克斯中锋埃迪-库里。", [("埃迪-库里", "尼克斯", "中锋", True)]),
        # parties and bodies
        ("中国共产党党员王伟出席了会议。", [("王伟", "中国共产党", "党员", False)]),
        ("民建联成员王伟表示支持。", [("王伟", "民建联", "成员", False)]),
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
    from zhkg.stages.resolve import one_join

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
