"""Posts in caption layouts (round 16b, ``relate/roles_captions.py``), each in Simplified and Traditional
(``both_scripts``): lists of people written name, space, body and title, one entry after another with no mark between
(the title before a name is the previous entry's, never that name's), and captions written body, space, titles,
space, name.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts, role_edges


@pytest.mark.parametrize(
    "text, expected, wrong",
    both_scripts([
        # a board's list: each title belongs to the name before its body, the last entry ends the text
        ("常务理事：王明华 深圳华强集团有限公司总经理张海涛 上海交通大学校长李建国 北京银行行长",
         [("王明华", "深圳华强集团有限公司", "总经理"), ("张海涛", "上海交通大学", "校长"), ("李建国", "北京银行", "行长")],
         [("张海涛", "深圳华强集团有限公司", "总经理"), ("李建国", "上海交通大学", "校长")]),
        # a comma between each name and its body, a space between the entries
        ("嘉宾：王明，华润集团董事长 李强，万科集团总经理",
         [("王明", "华润集团", "董事长"), ("李强", "万科集团", "总经理")],
         [("李强", "华润集团", "董事长")]),
        # the list's entries end with a mark
        ("出席嘉宾有：陈志远 南京大学校长，赵海林 苏宁集团董事长。",
         [("赵海林", "苏宁集团", "董事长"), ("陈志远", "南京大学", "校长")],
         []),
    ]),
)
def test_name_then_body_and_title_lists(pipeline, text, expected, wrong):
    edges = role_edges(pipeline, text)
    assert set(expected) <= set(edges)
    assert not set(wrong) & set(edges)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # body, space, titles, space, name: the party title is left to the committee's readers
        ("海通证券 党委书记、董事长 周杰在庆祝大会上致辞。", [("周杰", "海通证券", "董事长")]),
        ("东方证券 董事长 潘鑫军出席了发布会。", [("潘鑫军", "东方证券", "董事长")]),
    ]),
)
def test_body_first_captions(pipeline, text, expected):
    assert set(expected) <= set(role_edges(pipeline, text))


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a name after the title that opens no entry: the post is that name's, as in prose
        ("记者 王明 北京大学校长李四说，学校今年将扩大招生。", ("李四", "北京大学", "校长")),
        ("会上，王明 北京大学校长办公室主任李四介绍了情况。", ("李四", "北京大学校长办公室", "主任")),
        # prose: a comma after a name whose title comes before it, the next title's name after it
        ("会上，万科集团总经理王明，华润集团董事长李四先后发言。", ("王明", "万科集团", "总经理")),
    ]),
)
def test_not_a_caption_list(pipeline, text, expected):
    edges = role_edges(pipeline, text)
    assert expected in edges
    assert [e for e in edges if e[0] == "王明" and e != expected] == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # the text says both (两家公司): each body's post, the subject before the bodies
        ("王明现任华润集团、万科集团两家公司的董事长。", [("王明", "万科集团", "董事长"), ("王明", "华润集团", "董事长")]),
        # the person named after the title
        ("华润集团和万科集团两家公司总经理王明出席了会议。", [("王明", "万科集团", "总经理"), ("王明", "华润集团", "总经理")]),
    ]),
)
def test_two_bodies_said_to_share_a_title(pipeline, text, expected):
    assert sorted(e for e in role_edges(pipeline, text) if e[0] == "王明") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # without the count of both, the title is the last body's only
        "王明同时担任华润集团、万科集团的董事长。",
        # the count of both in another clause than the title
        "华润集团、万科集团两家公司共有员工3万人，董事长王明出席了会议。",
    ]),
)
def test_two_bodies_without_both(pipeline, text):
    assert ("王明", "华润集团", "董事长") not in role_edges(pipeline, text)
