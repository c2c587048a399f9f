"""Titles read whole and bodies read right (round titles319, issue 11, from the misses of the open pools): a company's
line or region of business read into its title, a list of posts in a relative clause closed by 的, a division's
office fused with its officer's title. Each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests, with other people, bodies and places than the pools' articles.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, right", both_scripts([
    # a line or a region of business between the company and the title: the unit is the title's, the company holds it
    ("王明现任华为无线产品线总裁。", ("王明", "无线产品线总裁", "华为", False)),
    ("李强曾任腾讯亚太片区总裁。", ("李强", "亚太片区总裁", "腾讯", True)),
    ("陈华担任小米手机产品线总经理。", ("陈华", "手机产品线总经理", "小米", False)),
    ("刘芳出任联想欧洲大区总裁。", ("刘芳", "欧洲大区总裁", "联想", False)),
    # a unit's title in a list of bare posts after the body the clause before joined
    ("王明于1995年加入腾讯，历任副总裁、游戏产品线总裁。", ("王明", "游戏产品线总裁", "腾讯", True)),
]))
def test_unit_titles(pipeline, text, right):
    assert right in relation_rows(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    # the unit names no body of its own
    ("王明现任华为无线产品线总裁。", ("王明", "总裁", "无线产品线", False)),
    ("王明于1995年加入腾讯，历任副总裁、游戏产品线总裁。", ("王明", "总裁", "游戏产品线", True)),
]))
def test_unit_is_no_body(pipeline, text, wrong):
    assert wrong not in relation_rows(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # a list of posts closed by 的 before the name: every post, held before after 曾任 or 历任
    ("曾任北京大学副校长、代理校长的李强今天表示支持。", ("李强", "代理校长", "北京大学", True)),
    ("曾任北京大学副校长、代理校长的李强今天表示支持。", ("李强", "副校长", "北京大学", True)),
    ("担任华强集团总经理、万科集团董事的王立明出席了签约仪式。", ("王立明", "董事", "万科集团", False)),
    ("曾任广东省委常委、常务副省长的张国华已于去年退休。", ("张国华", "常委", "广东省委", True)),
    ("曾任香港大学副校长、署理校长的李国章出席典礼。", ("李国章", "署理校长", "香港大学", True)),
    # a title of the person's own between the 的 and the name
    ("历任上海交通大学副院长、院长的中国工程院院士陈建华主持了会议。", ("陈建华", "院长", "上海交通大学", True)),
    ("曾任台北市副市长、代理市长的台大教授林志明昨日宣布参选。", ("林志明", "代理市长", "台北市", True)),
    ("曾任北京大学副校长的清华大学教授李强今天表示支持。", ("李强", "副校长", "北京大学", True)),
]))
def test_relative_post_lists(pipeline, text, right):
    assert right in relation_rows(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "即将出任华强集团总经理、董事长的王立明表示感谢。",  # a post to come
]))
def test_relative_post_list_to_come(pipeline, text):
    assert not [r for r in relation_rows(pipeline, text) if r[0] == "王立明"]


@pytest.mark.parametrize("text, right", both_scripts([
    # a division's office fused with its officer's title: the division holds it
    ("原甲仙区主秘黄志明升任美浓区长。", ("黄志明", "主秘", "甲仙区", True)),
    ("新竹县主任秘书陈大同今天出席记者会。", ("陈大同", "主任秘书", "新竹县", False)),
    ("台中市副秘书长黄振宇表示，将全力配合。", ("黄振宇", "副秘书长", "台中市", False)),
    ("前竹东镇主秘李文华昨日到任。", ("李文华", "主秘", "竹东镇", True)),
]))
def test_division_offices(pipeline, text, right):
    assert right in relation_rows(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "美国记者王大卫今天抵达。",  # a state and a title no office holds: no post
]))
def test_no_office_of_a_state(pipeline, text):
    assert not relation_rows(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # a ministry's unit whose letter the head's title repeats holds the title, named with its ministry
    ("教育部技职司司长杨玉惠表示，将检讨相关规定。", ("杨玉惠", "司长", "教育部技职司", False)),
    ("外交部亚太司司长张伟表示，将检讨相关规定。", ("张伟", "司长", "外交部亚太司", False)),
    ("公安部刑侦局副局长刘明今天表示，案件已侦破。", ("刘明", "副局长", "公安部刑侦局", False)),
    ("国防部战略规划司司长王强出席会议。", ("王强", "司长", "国防部战略规划司", False)),
    # the unit written fused with its head's title, the two sharing the unit's letter
    ("教育部高教司长朱俊彰、经济部次长何晋沧出席。", ("朱俊彰", "司长", "教育部高教司", False)),
    ("台北市政府社会局长姚淑文表示，将加强访视。", ("姚淑文", "局长", "台北市政府社会局", False)),
    ("卫福部医事司长刘越萍表示，将检讨相关规定。", ("刘越萍", "司长", "卫福部医事司", False)),
]))
def test_ministry_units(pipeline, text, right):
    rows = relation_rows(pipeline, text)
    assert right in rows
    assert (right[0], right[1], right[2][:3], False) not in rows  # not the ministry's


@pytest.mark.parametrize("text, right", both_scripts([
    ("教育部次长刘孟奇出席。", ("刘孟奇", "次长", "教育部", False)),  # no unit's letter: the ministry's
]))
def test_ministry_posts_kept(pipeline, text, right):
    assert right in relation_rows(pipeline, text)


@pytest.mark.parametrize("text, right, wrong_body", both_scripts([
    # a qualifier of the post before a fused title is no unit's name (mend322): the ministry's post
    ("教育部新任司长刘建国昨日上任。", ("刘建国", "司长", "教育部", False), "教育部新任司"),
    ("教育部代理司长刘建国昨日上任。", ("刘建国", "代理司长", "教育部", False), "教育部代理司"),
]))
def test_qualifier_is_no_unit(pipeline, text, right, wrong_body):
    rows = relation_rows(pipeline, text)
    assert right in rows, rows
    assert not [r for r in rows if wrong_body in r], rows


@pytest.mark.parametrize("text", both_scripts([
    "未能担任华强集团董事长、总经理的刘建国表示遗憾。",  # never held (mend322)
    "拒绝出任华强集团董事长、总经理的刘建国表示遗憾。",
]))
def test_relative_post_list_not_held(pipeline, text):
    assert not [r for r in relation_rows(pipeline, text) if r[0] == "刘建国"]


@pytest.mark.parametrize("text, rows", both_scripts([
    # 不再 before the verb: held before (mend322); without it, held now
    ("不再担任华强集团董事长、总经理的刘建国表示遗憾。",
     [("刘建国", "董事长", "华强集团", True), ("刘建国", "总经理", "华强集团", True)]),
    ("担任华强集团董事长、总经理的刘建国表示遗憾。",
     [("刘建国", "董事长", "华强集团", False), ("刘建国", "总经理", "华强集团", False)]),
]))
def test_relative_post_list_held_no_longer(pipeline, text, rows):
    found = relation_rows(pipeline, text)
    assert all(r in found for r in rows), found
    assert not [r for r in found if r[0] == "刘建国" and (r[0], r[1], r[2], not r[3]) in rows], found
