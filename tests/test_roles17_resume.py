"""Forms of posts read in session 17 (roles17), found among the misses of Resume NER's train résumés
(``bench/roles_resume.py``), each in Simplified and Traditional (``both_scripts``): sentences of a résumé that leave
the subject out stand for the person who opens it (``relate/roles_resume.py``); a department between a body and its
title (综合管理部经理 is the company's post); a deputy's 副 kept before a title the table lists without it; a department's
title after a company's post in a list; a list of posts read on past an item no reader understood; dates in Chinese
numerals; 原任.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the résumé's head opens it with a comma; the next sentences leave the subject out
        ("张立明，男，1965年出生，中国国籍，本科学历。2008年3月至今任华北远洋实业股份有限公司董事、副总经理；"
         "2003年5月至2008年2月任东方明珠电器有限公司董事长。",
         [("张立明", "东方明珠电器有限公司", "董事长"), ("张立明", "华北远洋实业股份有限公司", "副总经理"),
          ("张立明", "华北远洋实业股份有限公司", "董事")]),
        # a colon and an honorific after the head; 现任 opening a later sentence
        ("赵文静女士：1975年出生，大学学历，注册会计师。现任北方重工机械股份有限公司独立董事。",
         [("赵文静", "北方重工机械股份有限公司", "独立董事")]),
        # dates in Chinese numerals, as Hong Kong filings write them
        ("李国强先生，1958年出生。二○○五年三月至二○一○年六月任华南港务集团有限公司副总经理。",
         [("李国强", "华南港务集团有限公司", "副总经理")]),
    ]),
)
def test_resume_sentences_take_the_opening_person(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, absent",
    both_scripts([
        # another person named between the head and the sentence: the biography is over
        ("张立明，男，1965年出生。他的同事王海涛也出席了会议。现任华北远洋实业股份有限公司董事。", "张立明"),
        # a news story's opening person who is not a résumé's head (no mark after the name)
        ("王海涛表示将继续推进改革。2008年3月至今任华北远洋实业股份有限公司董事。", "王海涛"),
    ]),
)
def test_no_stand_in_subject_where_the_head_is_not_plain(pipeline, text, absent):
    assert not any(person == absent and body == "华北远洋实业股份有限公司" for person, body, _ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a department between the company and the title: the company's post, the department in its title
        ("王建新，男，1970年出生。2012年4月至今任利德科技发展有限公司综合管理部经理。",
         [("王建新", "利德科技发展有限公司", "综合管理部经理")]),
        # 副 after the department; a department's title after 、 is the same company's
        ("周海燕女士：1972年出生，高级会计师。历任江南纺织集团有限公司财务部副经理、审计部主任。",
         [("周海燕", "江南纺织集团有限公司", "审计部主任"), ("周海燕", "江南纺织集团有限公司", "财务部副经理")]),
        # a deputy's 副 before a title the table lists only without it
        ("刘海东先生曾任北方电器股份有限公司副总工程师。",
         [("刘海东", "北方电器股份有限公司", "副总工程师")]),
    ]),
)
def test_departments_and_deputies(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a ministry after another ministry's post is a body of its own, not a department
        ("陈国华历任外交部副部长、财政部部长。",
         [("陈国华", "外交部", "副部长"), ("陈国华", "财政部", "部长")]),
    ]),
)
def test_a_named_body_in_a_list_stays_its_own(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected, unread",
    both_scripts([
        # the first item's title is no word of the table: the list reads on to the next named body and title
        ("刘建华先生，1960年生，硕士。曾任上海新科电子有限公司高级软件设计师、北京恒通科技股份有限公司总经理。",
         ("刘建华", "北京恒通科技股份有限公司", "总经理"), "上海新科电子有限公司"),
    ]),
)
def test_a_list_reads_past_an_item_no_reader_understood(pipeline, text, expected, unread):
    found = roles(pipeline, text)
    assert expected in found
    assert not any(body == unread for _, body, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("孙立平，1962年出生。原任南海航运股份有限公司董事长。", ("孙立平", "董事长", "南海航运股份有限公司", True)),
    ]),
)
def test_yuan_ren_is_a_past_post(pipeline, text, expected):
    from helpers import holds_roles

    from zhkg.stages.normalise import to_simplified

    found = [(to_simplified(p), r, to_simplified(b), f) for p, r, b, f in holds_roles(pipeline, text)]
    assert expected in found


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a title and 助理 after the verb: the assistant's post, and the list goes on after it
        ("吴海涛，男，1968年出生。历任东方明珠电器有限公司总经理助理、副总经理。",
         [("吴海涛", "东方明珠电器有限公司", "副总经理"), ("吴海涛", "东方明珠电器有限公司", "总经理助理")]),
        # 助理 before the title
        ("俞海峰，男，1970年出生。2007年11月起担任华安基金管理公司助理执行总裁。",
         [("俞海峰", "华安基金管理公司", "助理执行总裁")]),
        # a board and its term as the department of a post
        ("孙立新，男，1962年出生。现任南方航运股份有限公司第五届董事会董事。",
         [("孙立新", "南方航运股份有限公司", "第五届董事会董事")]),
    ]),
)
def test_assistants_and_boards(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # an interview's answer after the speaker's name and a colon has a subject of its own
        "林海燕：老师的实践背景很重要。我们有一位物流分析师，担任过华北远洋实业股份有限公司物流部经理。",
    ]),
)
def test_a_sentence_with_a_subject_of_its_own_takes_no_stand_in(pipeline, text):
    assert not any(person == "林海燕" for person, _, _ in roles(pipeline, text))


@pytest.mark.parametrize(
    "text, kept",
    both_scripts([
        # a department named alone (the company only as 公司) holds no role: it would join every company's department
        ("王志刚，男，1966年出生。2005年起任公司财务部部长。", []),
        ("张海波，男，1970年出生。历任公司总裁办公室主任。", []),
        # a ministry the tables know is no department
        ("外交部部长王毅表示，双方将加强合作。", [("王毅", "外交部", "部长")]),
    ]),
)
def test_a_department_alone_holds_no_role(pipeline, text, kept):
    assert roles(pipeline, text) == kept


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a fund's name holds the 基金 of its manager's title
        ("周立新，男，1975年出生。2009年起担任长城久泰红利基金经理助理。",
         [("周立新", "长城久泰红利基金", "基金经理助理")]),
        # 县长助理 after an office's post is the county's, and no county is named here: no one's
        ("郑国强曾任高平县政府办公室主任、县长助理。", [("郑国强", "高平县政府办公室", "主任")]),
    ]),
)
def test_fund_managers_and_assistants_of_a_place(pipeline, text, expected):
    assert roles(pipeline, text) == expected
