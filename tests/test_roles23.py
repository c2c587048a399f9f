"""Bodies read from the role frame in session 22 (roles23), each in Simplified and Traditional (``both_scripts``): a
company's title after ``X的`` (爱格地板的总经理王明) reads X as the company when X holds a word jieba's dictionary does
not know or tags a proper name, never a kind of company (上市公司的董事长); a company's region between an unnamed
company and the title (德国威能中国区总经理); a list of guests, a person before 、 and the next item's body no extractor
named (吴边先生、久盛地板董事长张恩玖先生); 请 opens no company's name (有请华强集团的王明董事长: 华强集团, not 请华强集团);
a list of companies reads on past an organisation read already (招商地产、万科、金地集团等公司); 我爱我家 is a
well-known company (with a cue: it is a phrase too), and 控股 with a company word after it is part of a known
company's name (我爱我家控股公司, 腾讯控股有限公司); a company's short name of common words and its trade after
及 is no tail of a body named for two fields (专家及招商地产总经理林少斌).

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # X的 + a company's title: X an unknown word or a brand at a clause's start
        ("爱格地板的总经理王明表示，今年销量增长。", ("王明", "爱格地板", "总经理")),
        ("爱格地板的副总裁王明表示。", ("王明", "爱格地板", "副总裁")),
        ("爱格地板的创始人王明表示。", ("王明", "爱格地板", "创始人")),
        ("威能的总裁王明表示，市场回暖。", ("王明", "威能", "总裁")),
        ("德国威能的总经理李明表示。", ("李明", "德国威能", "总经理")),
        # a company's region, a place and 区, between the unnamed company and the title
        ("德国威能中国区总经理李明表示，市场回暖。", ("李明", "德国威能中国区", "总经理")),
        ("德国威能中国区总经理李明出席发布会。", ("李明", "德国威能中国区", "总经理")),
        # a company named, with its region: unchanged
        ("汇丰集团中国区首席经济学家屈宏斌表示。", ("屈宏斌", "汇丰集团中国区", "首席经济学家")),
        # 请 of an invitation is no part of the company's name
        ("有请华强集团的王明董事长上台致词。", ("王明", "华强集团", "董事长")),
        ("请华强集团的王明董事长上台致词。", ("王明", "华强集团", "董事长")),
        ("邀请华强集团董事长王明出席。", ("王明", "华强集团", "董事长")),
        # a well-known company whose name holds deixis letters (我爱我家), its 控股公司 part of the name
        ("昨天，我爱我家控股公司副总经理胡景晖反驳说，二手房税费会减少。", ("胡景晖", "我爱我家控股公司", "副总经理")),
        ("我爱我家公司总经理王明表示。", ("王明", "我爱我家公司", "总经理")),
        # a list of guests: a person (and an honorific) before 、, the next item a body no extractor named + a title
        ("江苏省木业行业协会秘书长吴边先生、久盛地板董事长张恩玖先生出席。", ("张恩玖", "久盛地板", "董事长")),
        ("出席的有王明、久盛地板董事长张恩玖等。", ("张恩玖", "久盛地板", "董事长")),
        # a company's short name of common words and its trade after 及/和: no tail of a body named for two fields
        ("专家及招商地产总经理林少斌参加了此次盛会。", ("林少斌", "招商地产", "总经理")),
        ("嘉宾和招商地产总经理林少斌表示。", ("林少斌", "招商地产", "总经理")),
        # the direct form, read before: unchanged
        ("新通国际教育副总裁吴凡表示，留学需求上升。", ("吴凡", "新通国际教育", "副总裁")),
        ("好孩子集团的总裁宋郑还说。", ("宋郑", "好孩子集团", "总裁")),
    ]),
)
def test_bodies_from_the_frame(pipeline, text, expected):
    found = roles(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a kind of company, a common word, a place, a person, deixis or time before 的: no body named
        "上市公司的董事长王明表示。",
        "外资企业的总经理王明表示。",
        "房地产企业的总经理王明表示。",
        "互联网公司的创始人王明表示。",
        "公司的总经理王明表示，今年销量增长。",
        "这家企业的总经理王明表示。",
        "我们的总经理王明表示。",
        "今天的董事长王明表示。",
        "新的总经理王明表示。",
        "北京的总经理王明表示。",
        "美国的总经理李明表示。",
        "王明的总经理李明表示。",
        "张三的董事长王明表示。",
        # after 、 of a list of bodies or places, the item is no body of its own
        # (出席的有万科、久盛地板董事长张恩玖等: since session 37's orgs142 a brand of two words before an officer and
        # the officer's name is read as the company, so 张恩玖 is 久盛地板's 董事长: tests/test_orgs142.py)
        "出席的有北京、上海董事长张恩玖等。",
        "出席的有王明、副董事长张恩玖等。",
        # a body named for two fields, its tail after 与: still dropped
        "清华大学中国与世界经济研究中心主任李稻葵表示。",
        # a district is no company's region
        "北京朝阳区总经理李明表示。",
    ]),
)
def test_no_body_from_the_frame(pipeline, text):
    assert roles(pipeline, text) == [], roles(pipeline, text)


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        ("有请华强集团的王明董事长上台致词。", [("华强集团", "ORGANIZATION")], [("请华强集团", "ORGANIZATION")]),
        ("请华强集团的王明董事长上台致词。", [("华强集团", "ORGANIZATION")], [("请华强集团", "ORGANIZATION")]),
        ("招商地产、万科、金地集团等公司的高管出席。", [("招商地产", "ORGANIZATION"), ("金地集团", "ORGANIZATION")], []),
        ("万科、招商地产、金地集团等公司的高管出席。", [("招商地产", "ORGANIZATION"), ("金地集团", "ORGANIZATION")], []),
        ("腾讯控股有限公司今日公告。", [("腾讯控股有限公司", "ORGANIZATION")], []),
        ("腾讯控股今日公告。", [("腾讯控股", "ORGANIZATION")], []),
        # 我爱我家 is a phrase too: a company only with a cue of a company in the sentence
        ("这是我爱我家的方式。", [], [("我爱我家", "ORGANIZATION")]),
        ("我爱我家的房子很温暖。", [], [("我爱我家", "ORGANIZATION")]),
        # a list of places before 等企业 stays places
        ("北京、上海、金地集团等企业出席。", [("北京", "PLACE"), ("上海", "PLACE")],
         [("北京", "ORGANIZATION"), ("上海", "ORGANIZATION")]),
    ], convert_names=True),
)
def test_organisations(mentions_in, text, present, absent):
    found = mentions_in(text)
    assert set(present) <= found, found
    assert not set(absent) & found, found
