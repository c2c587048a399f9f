"""MEMBER_OF for a firm's staff, a school's students and a party's legislators (session 16, members16:
zhkg.relate.members_staff and the party reader of zhkg.relate.membership). Passages written for the purpose in
the style of business, education and political news, both scripts, with the sentences that must stay unread:
officers and titles (roles), graduates, a designer's own brand, a party's chairman."""

import pytest
from helpers import memberships as members
from helpers import role_edges

from tests.helpers import both_scripts
from zhkg.resources.lexicon import load_lexicon

KMT = "国民党"


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a firm + a staff word + person, a description of the job maybe between
        ("宏达装饰公司资深设计师王海介绍，这种材料的花色很多。", [("王海", "宏达装饰公司", "设计师")]),
        ("美国卡森公司著名室内设计师琳达女士认为，实木地板更环保。", [("琳达", "美国卡森公司", "设计师")]),
        ("星光科技公司高级软件工程师刘明表示，新系统下月上线。", [("刘明", "星光科技公司", "工程师")]),
        ("天宇电器公司员工张强说，今年加班少了。", [("张强", "天宇电器公司", "员工")]),
        # any member word after a description of the job (a class year, a kind of player)
        ("巴特勒大学的大四后卫沙尔文-迈克有望在首轮被选中。", [("沙尔文·迈克", "巴特勒大学", "后卫")]),
        # a band's head word the recogniser left out of its name
        ("飞轮海组合成员炎亚纶昨天出席了发布会。", [("炎亚纶", "飞轮海", "成员")]),
        # a firm + 的 + person + a staff word after him
        ("天宇壁纸公司的张明工程师介绍了壁纸安装的流程。", [("张明", "天宇壁纸公司", "工程师")]),
        # 是 + a firm + 的 + 一名 + a staff word
        ("王伟是微软公司的一名工程师，负责操作系统的研发。", [("王伟", "微软公司", "工程师")]),
        # 作为 + any body + 的 + (一名) + a member word that is no player's + ，person
        ("作为微软公司的一名工程师，王伟对此很有体会。", [("王伟", "微软公司", "工程师")]),
        ("作为皇马的一员，罗纳尔多必须为球队的荣誉而战。", [("罗纳尔多", "皇马", "一员")]),
        ("作为宏达公司的资深员工之一，刘明见证了公司的成长。", [("刘明", "宏达公司", "员工")]),
        # 在 + a body + 工作, 任职于 + a body: its staff, no member word
        ("王伟目前在微软公司工作，负责操作系统的研发。", [("王伟", "微软公司", "")]),
        ("王伟任职于微软公司，负责操作系统的研发。", [("王伟", "微软公司", "")]),
        ("王伟在北京大学工作了二十年，桃李满天下。", [("王伟", "北京大学", "")]),
        # a school + a department or a year + a student word + person
        ("北京大学中文系大三学生王小明获得了一等奖。", [("王小明", "北京大学中文系", "学生")]),
        ("清华大学研究生李强发表了这篇论文。", [("李强", "清华大学", "研究生")]),
        # 就读于 / 在 + school + 读书: a current student
        ("王小明目前就读于清华大学，主修经济学。", [("王小明", "清华大学", "学生")]),
        ("李红在复旦大学读书，今年大二。", [("李红", "复旦大学", "学生")]),
        # a country + 国脚 + person: its national team's player (a province names no national team)
        ("配上巴西国脚埃兰诺，球队的攻击阵容相当强势。", [("埃兰诺", "巴西国家队", "国脚")]),
        ("中国国脚郑智在比赛中表现出色。", [("郑智", "中国国家队", "国脚")]),
        # a party right before a legislator's title: the party's member, the title the house's (a role)
        # (a country abroad is apart from its party since orgs311, the web gold's convention)
        ("美国共和党众议员保罗-瑞安提出了新的预算方案。", [("保罗·瑞安", "共和党", "党员")]),
        ("英国工党议员汤姆-沃森批评了这一做法。", [("汤姆·沃森", "工党", "党员")]),
        ("国民党立委王大明今天在立法院质询部长。", [("王大明", KMT, "党员")]),
        ("日本自民党众议员山田太郎出席了会议。", [("山田太郎", "自民党", "党员")]),
    ]),
)
def test_staff_students_legislators(pipeline, text, expected):
    assert members(pipeline, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # officers and titles roles.tsv lists hold roles, they are no members
        "星光集团总工程师李伟表示，工程将于年底完工。",
        "瑞银证券首席经济学家汪涛女士认为，房价将企稳。",
        "清华大学教授王伟表示，这项研究很有意义。",
        "广州顶基装饰材料有限公司商务专员苏小姐表示，订单增加了。",
        # graduates and past students are GRADUATED_FROM's, not members
        "王小明毕业于北京大学，现在一家银行工作。",
        "王小明曾就读于清华大学，后来出国深造。",
        "李红在复旦大学读书时认识了她的丈夫。",
        # a meeting or a unit of a body is no workplace
        "王伟在国务院工作会议上指出，要稳定房价。",
        "李明在北京大学工作人员的陪同下参观了校园。",
        # a designer's own brand after a country; a firm's designers with no one named
        "比利时设计师卡琳在1994年创立了这个内衣品牌。",
        "家装公司和设计师不惜抛弃职业道德，吃起了回扣。",
        # a description naming another body: the opponent's player
        "湖人队对手中锋霍华德今天拿下30分。",
        "广东国脚郑智在比赛中表现出色。",
        # a party's own title is a role; a candidate's word no role word lists names no member
        "民主党主席王大明今天发表讲话。",
    ]),
)
def test_not_members(pipeline, text):
    assert members(pipeline, text) == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("王伟曾在微软公司工作多年，后来自己创业。", [("王伟", "微软公司", "", True)]),
        ("王伟在微软公司工作期间认识了妻子。", [("王伟", "微软公司", "", True)]),
        ("王伟目前在微软公司工作，负责操作系统的研发。", [("王伟", "微软公司", "", False)]),
        ("前波兰国脚萨加诺夫斯基，本场依然缺阵。", [("萨加诺夫斯基", "波兰国家队", "国脚", True)]),
    ]),
)
def test_past_members(pipeline, text, expected):
    assert members(pipeline, text, former=True) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("星光集团总工程师李伟表示，工程将于年底完工。", [("李伟", "星光集团", "总工程师")]),
        ("清华大学教授王伟表示，这项研究很有意义。", [("王伟", "清华大学", "教授")]),
    ]),
)
def test_titles_stay_roles(pipeline, text, expected):
    assert role_edges(pipeline, text) == sorted(expected)


def test_member_kinds_from_the_table():
    """members.tsv's third column: a team's player words, a firm's staff, a school's students."""
    kinds = load_lexicon().member_kinds
    assert (kinds["中锋"], kinds["设计师"], kinds["员工"], kinds["研究生"]) == ("team", "staff", "staff", "student")
    assert "党员" not in kinds and "成员" not in kinds


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the recogniser reads 高群书 only in the last sentence: the name is the same person where it joins a firm
        ("凭借新片迈入“亿元导演俱乐部”的高群书最近加盟星河影业签约电影制作。星河影业董事长陈向荣表示欢迎。"
         "高群书昨日接受媒体采访时说，这是一个新的舞台。", [("高群书", "星河影业", "")]),
        ("今年8月，高群书正式签约华谊兄弟成立了高群书工作室。高群书昨日接受媒体采访时表示满意。",
         [("高群书", "华谊兄弟", "")]),
    ]),
)
def test_a_name_read_elsewhere(pipeline, text, expected):
    assert members(pipeline, text) == sorted(expected)


def test_a_name_read_elsewhere_adds_no_mention(pipeline):
    """The name read again serves the membership readers only: the document's mentions are the extractors'."""
    text = "今年8月，高群书正式签约华谊兄弟成立了高群书工作室。高群书昨日接受媒体采访时表示满意。"
    ex = pipeline.run_texts([("t", text)]).extraction
    assert [m.start for m in ex.mentions if m.simplified == "高群书"] == [26]
