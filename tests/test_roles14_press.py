"""Press bylines and fund managers that round 14's pool (half ``tune14`` of ``roles_news.jsonl``) showed unread, each
in Simplified and Traditional (``both_scripts``): an outlet glued to the headline before its byline, an outlet after
a mark, a city's paper, a spaced name, colleagues with titles of their own, a byline closing the article for the
opening dateline's outlet (:mod:`zhkg.relate.press`); a fund's long name after 的 or a quotation.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


def press_roles(pipeline, text):
    return [r for r in roles(pipeline, text) if r[1] in ("记者", "实习生", "通讯员", "特约记者")]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a listed outlet glued to the headline before it, 讯 and a bracket between it and the title
        ("股市反弹基金发行升温新报讯【记者 李建华】昨日，多只新基金开始发行。", [("李建华", "记者", "新报", False)]),
        ("学生暑期出游增多东方网讯（记者 周建平）今年暑期，出境游的学生明显增多。", [("周建平", "记者", "东方网", False)]),
        # an outlet after a mark, a space after the title; a colleague with a title of his own, a spaced name
        # (a paper's kind alone, ○晨报, names no outlet: tests/test_audit14_relations.py)
        ("市民踊跃参加义务植树活动。○新京报记者 张明 实习生 王 芳 文",
         [("张明", "记者", "新京报", False), ("王芳", "实习生", "新京报", False)]),
        # a city's paper no table lists: a place and letters ending in 报
        ("考生报考需谨慎上海考试报（记者 刘小红）今年高考填报志愿即将开始。", [("刘小红", "记者", "上海考试报", False)]),
        # a spaced name after a listed paper
        ("基金操作分歧加大证券时报记者 林 涛 A股市场本周大起大落。", [("林涛", "记者", "证券时报", False)]),
        # no outlet: 本报; letters with no mark before them and no byline's typography name none
        ("股市反弹基金发行升温本报讯【记者 李建华】昨日，多只新基金开始发行。", []),
        ("昨天他接受晚报记者采访时说，市场还会上涨。", []),
        # a name running on into its sentence is no byline's
        ("会议结束后，新报记者 李建华表示将继续跟踪报道。", []),
    ]),
)
def test_opening_bylines(pipeline, text, expected):
    assert press_roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a byline closing the article: the opening dateline's outlet
        ("暑期留学生返校机票涨价东方网 7月2日报道：今年暑期，出境的学生明显增多，机票价格上涨。(记者：周建平)",
         [("周建平", "记者", "东方网", False)]),
        ("海外华人重视传统节日人民网(微博)报道 春节将至，各地华人社团忙着筹备活动。(记者：杨小林)",
         [("杨小林", "记者", "人民网", False)]),
        # a relayed story: the reporter is the other outlet's, unknown
        ("华商转行做贸易中新网7月2日电 据西班牙欧华报报道，华人商会举行活动。(记者：周建平)", []),
        # no dateline naming an outlet
        ("今年暑期，出境的学生明显增多，机票价格上涨。(记者：周建平)", []),
    ]),
)
def test_closing_bylines(pipeline, text, expected):
    assert press_roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a fund's name after a quotation's close
        ("“我们看好消费行业。”华夏消费升级基金拟任基金经理王立新表示，政策利好还将出台。",
         [("王立新", "基金经理", "华夏消费升级基金", False)]),
        # a long name after the 的 of a clause describing it
        ("正在发行的华夏优选成长灵活配置混合型基金拟任基金经理赵军表示，龙头企业有望率先回暖。",
         [("赵军", "基金经理", "华夏优选成长灵活配置混合型基金", False)]),
        # 的 joining a company and its manager: no fund's name
        ("华夏基金公司的基金经理王立新表示，政策利好还将出台。", []),
    ]),
)
def test_fund_names(pipeline, text, expected):
    assert [r for r in roles(pipeline, text) if r[1] == "基金经理" and r[2] != "华夏基金公司"] == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a title's English form in brackets between the title and the name
        ("澳大利亚移民和公民部长(Minister for Immigration and Citizenship)鲍文宣布，新规定下月生效。",
         [("鲍文", "部长", "澳大利亚移民和公民部", False)]),
        # a bracket of English after a word that is no title gives nothing
        ("他在会场外见到了老朋友(Old Friend)鲍文，两人交谈了很久。", []),
    ]),
)
def test_english_title_between_title_and_name(pipeline, text, expected):
    assert [r for r in roles(pipeline, text) if r[0] == "鲍文"] == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a school and its degree listed last before the name: the posts before it are the name's
        ("华信咨询公司总经理、哈佛大学博士李明表示，市场前景广阔。", [("李明", "总经理", "华信咨询公司", False)]),
        ("高仕登留学公司总裁、耶鲁硕士张恒瑞表示，实习机会难得。", [("张恒瑞", "总裁", "高仕登留学公司", False)]),
        # a school with a post of its own stays the post's holder
        ("华信咨询公司总经理、北京大学教授李明表示，市场前景广阔。",
         [("李明", "总经理", "华信咨询公司", False), ("李明", "教授", "北京大学", False)]),
    ]),
)
def test_degree_listed_before_name(pipeline, text, expected):
    assert [r for r in roles(pipeline, text) if r[0] in ("李明", "张恒瑞")] == expected
