"""Forms of posts in news that the second pass on round 13's pool (half ``tune13`` of ``roles_news.jsonl``) reads,
each in Simplified and Traditional (``both_scripts``): outlets known by name and press bylines (a paper glued to the
headline before it, 讯 and a station between the paper and its reporter, a bracket the byline opens); a bare 公司 for
the one company named before (由公司副总经理X, 公司的总经理为X); a post + 为/是 + the person closing the clause.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


def reporters(pipeline, text):
    return [r for r in roles(pipeline, text) if r[1] == "记者"]


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # an outlet the table lists, glued to the headline before it
        ("多国官员出席论坛讨论能源合作环球时报记者王晓东报道，论坛昨天在北京开幕。",
         [("王晓东", "记者", "环球时报", False)]),
        ("市长会见外国客人 (中国之声记者刘芳) 市长昨天会见了客人。", [("刘芳", "记者", "中国之声", False)]),
        # 讯, spaces and a station between the paper and its reporter
        ("歌手新专辑月底发行新快报(微博)讯 驻京记者 陈丽华 报道 昨日，这名歌手在北京举行发布会。",
         [("陈丽华", "记者", "新快报", False)]),
        ("新京报讯 记者 赵文杰 报道 昨日，市交通委发布了新的停车收费标准。", [("赵文杰", "记者", "新京报", False)]),
        # a bracket the byline opens right after the paper
        ("多家基金公司高管调整投资者报 (记者 周明亮) 本周，多家基金公司发布公告。",
         [("周明亮", "记者", "投资者报", False)]),
        # no outlet before 讯: no holder; a company is no outlet
        ("本报讯 记者 赵文杰 报道 昨日，市交通委发布了新的停车收费标准。", []),
        ("华夏基金管理公司讯 记者 赵文杰 报道 昨日，基金净值上涨。", []),
    ]),
)
def test_press_bylines(pipeline, text, expected):
    assert reporters(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 由 + a bare 公司: the one company named before
        ("华安基金管理公司今日公告，同意总经理辞去职务，并决定由公司副总经理周建新代为履行总经理职务。",
         [("周建新", "副总经理", "华安基金管理公司", False)]),
        # 公司的 + title + 为 + a description + the person
        ("该产品由上海明远投资管理有限公司发行，公司的总经理为原公募基金的明星经理孙立伟。",
         [("孙立伟", "总经理", "上海明远投资管理有限公司", False)]),
        # two companies named before: the bare 公司 stands for neither
        ("华安基金管理公司与上海明远投资管理有限公司今日公告，决定由公司副总经理周建新代为履行总经理职务。", []),
    ]),
)
def test_bare_company_for_the_one_named_before(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("北京远航科技有限公司的董事长为刘建国。", [("刘建国", "董事长", "北京远航科技有限公司", False)]),
        ("北京远航科技有限公司董事长是刘建国。", [("刘建国", "董事长", "北京远航科技有限公司", False)]),
        # the person does not close the clause, or another person stands between: none
        ("北京远航科技有限公司董事长是刘建国的老同学。", []),
        ("北京远航科技有限公司董事长为刘建国颁发了奖杯。", []),
    ]),
)
def test_post_is_the_person_after_it(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a field of work before 总监/经理 is part of the title, in a list of posts or alone
        ("华安基金管理公司总经理、机构投资总监孙立伟表示，市场仍有机会。",
         [("孙立伟", "总经理", "华安基金管理公司", False), ("孙立伟", "机构投资总监", "华安基金管理公司", False)]),
        ("华安基金管理公司副总经理、研究总监孙立伟表示，市场仍有机会。",
         [("孙立伟", "副总经理", "华安基金管理公司", False), ("孙立伟", "研究总监", "华安基金管理公司", False)]),
        ("华安基金管理公司总经理助理、投资总监孙立伟表示，市场仍有机会。",
         [("孙立伟", "总经理助理", "华安基金管理公司", False), ("孙立伟", "投资总监", "华安基金管理公司", False)]),
        # a sub-unit between the body and a fielded title
        ("北京市留学服务中心出国部项目总监刘建国告诉记者，今年人数增幅最高。",
         [("刘建国", "项目总监", "北京市留学服务中心", False)]),
        # a fielded title with no body before it holds nothing
        ("会上，研究总监孙立伟表示，市场仍有机会。", []),
    ]),
)
def test_field_of_work_in_a_title(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a fund (a product) named before its manager's title, 的 and 拟任 between
        ("行情会走多远？华安行业精选股票基金的拟任基金经理孙立伟日前表示，市场仍有机会。",
         [("孙立伟", "基金经理", "华安行业精选股票基金", False)]),
        # a closed-end fund's registered name in a list of posts; 原 before the list makes every post past
        ("表现显著的有：原华安基金管理公司总经理助理、基金安顺基金经理孙立伟管理的产品。",
         [("孙立伟", "基金经理", "基金安顺", True), ("孙立伟", "总经理助理", "华安基金管理公司", True)]),
        # no fund's name before the title: none
        ("他说，基金经理孙立伟对此表示乐观。", []),
        ("据介绍，公司旗下的基金经理孙立伟对此表示乐观。", []),
    ]),
)
def test_fund_as_the_holder_of_its_manager(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 原 before the fund marks a past post and is no part of its name
        ("原华安行业精选股票基金的基金经理孙立伟管理的产品表现突出。", [("孙立伟", "基金经理", "华安行业精选股票基金", True)]),
        # a verb before the letters: where the fund's name starts is not written
        ("记者日前专访华安行业精选股票基金拟任基金经理孙立伟，他认为市场仍有机会。", []),
    ]),
)
def test_fund_name_edges(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a space after the title: only a paper the table lists as media
        ("看不懂楼市东方早报记者 李文华“我们今年的情况比去年好。”", [("李文华", "记者", "东方早报", False)]),
        ("师徒情深两面缘成就六纸情晚报记者 李文华 报道“年轻人很难得。”", []),
    ]),
)
def test_spaced_reporter_after_a_listed_paper(pipeline, text, expected):
    assert reporters(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a résumé's post field, the next field's label glued after the value
        ("刘建国出生年月：1968年职位：北京远航科技有限公司董事长毕业院校：北京大学经历：1990年毕业后创业。",
         [("刘建国", "董事长", "北京远航科技有限公司", False)]),
        ("姓名：刘建国 性别：男 职务：北京远航科技有限公司总经理 学历：硕士",
         [("刘建国", "总经理", "北京远航科技有限公司", False)]),
        # the employer in a field of its own before the post's; the longest title before the next label
        ("刘建国简介：刘建国，企业家。公司：北京远航科技有限公司职务：董事长行业：软件简历：1994年创业。",
         [("刘建国", "董事长", "北京远航科技有限公司", False)]),
        # no body written, or no résumé's name before the field: none
        ("姓名：刘建国 性别：男 职务：总经理 学历：硕士", []),
        ("会议要求，各单位明确职务：北京远航科技有限公司总经理负责落实。", []),
    ]),
)
def test_resume_fields(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 这位 + body + title: the one person of the sentence before (a byline's reporter not counted)
        ("本报记者 李文华初见孙立伟，她很低调。但在这位华安基金管理公司的投资总监看来，市场仍有机会。",
         [("孙立伟", "投资总监", "华安基金管理公司", False)]),
        ("记者见到了孙立伟，这位华安基金管理公司的总经理表示，市场仍有机会。",
         [("孙立伟", "总经理", "华安基金管理公司", False)]),
        # two people before: the demonstrative stands for neither
        ("孙立伟和刘建国都来了。这位华安基金管理公司的总经理表示，市场仍有机会。", []),
    ]),
)
def test_demonstrative_before_a_post(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a short description listed last before the name: the posts before it are the name's
        ("北京师范大学教授、国际问题专家刘建国日前在接受记者采访时表示，峰会是一个很好的时机。",
         [("刘建国", "教授", "北京师范大学", False)]),
        # a description with 的 in it, or no post before it: none
        ("北京师范大学教授、著名的国际问题专家刘建国日前表示，峰会是一个很好的时机。", []),
        ("他是一名医生、著名作家刘建国的朋友。", []),
    ]),
)
def test_description_listed_after_posts(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a name no extractor found after a listed paper's spaced title, and colleagues after /文
        ("歌手新片发布会看点多新快报记者 刘嫣 陈丽华/文 赵文杰/图 昨日，这名歌手在广州举行发布会。",
         [("刘嫣", "记者", "新快报", False), ("赵文杰", "记者", "新快报", False), ("陈丽华", "记者", "新快报", False)]),
        # the same after a company's title: no byline, no one
        ("华安基金管理公司经理 刘嫣 陈丽华/文 昨日，基金净值上涨。", []),
    ]),
)
def test_byline_names_after_a_spaced_title(pipeline, text, expected):
    assert roles(pipeline, text) == expected
