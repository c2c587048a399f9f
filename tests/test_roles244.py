"""Round roles244 (issue 11): titles written before the name but not right before it, each passage in Simplified and
Traditional (``both_scripts``).

**A bare title repeating one fused to its body earlier in the sentence** (:func:`zhkg.relate.roles_subjects._fused_body`):
台中市副市长共有3席，X上任后…，目前副市长为A与B — the body of the repeated title, whoever is named between; not for a
title one person holds at a time when the fused one already names its holder.

**Rank letters before a title named after 为/由** (:func:`zhkg.relate.roles_named_after._title_before_link`):
首席执行官由X接任 opens its clause with the whole title.

**Verb + bare title + 的 + person** (:func:`zhkg.relate.roles_named_after.read_bare_posts_then_person`): 华强集团宣布，
去年出任总经理的X…, 在前主帅的X离任后 (a past post) — the body an earlier clause named; nothing for a post to come, nor with a body after the title.

**A post listed after a past one with 现任 or 现为** (:func:`zhkg.relate.roles_before_names._present_after_joiner`):
A公司前总经理、现任B公司董事长X — the list reads on past 现任.

**Verbs of election or appointment before a title and 的** (:data:`zhkg.relate.roles_holders._POST_VERBS`):
当选立法会议员的X, 获委任为…的X, 接掌…的X.

**之一 and a graded calling between the post and the name** (:mod:`zhkg.relate.roles_apart_asides`): 联席主席之一X,
总经理、资深律师X.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, role_posts


@pytest.mark.parametrize("text, expected", both_scripts([
    # the title written with its place, then bare after another person
    ("依规定，东海市副市长共有3席，不过，市长张大同上任后只任命2席，目前副市长为李志明与王文华。",
     [("李志明", "东海市", "副市长", False), ("王文华", "东海市", "副市长", False)]),
    # rank letters before the title: the clause opens with 首席
    ("华强集团昨日宣布，首席执行官由陈志伟接任。", [("陈志伟", "华强集团", "首席执行官", False)]),
    # verb + bare title + 的 + name, the body in the clause before
    ("华强集团昨日宣布，去年出任总经理的王明将于年底退休。", [("王明", "华强集团", "总经理", False)]),
    ("华强集团昨日宣布，曾担任总经理一职的王明将出任顾问。", [("王明", "华强集团", "总经理", True)]),
    # a verb of election or appointment before the title and 的
    ("成功当选立法会议员的王大明今天表示将继续努力。", [("王大明", "立法会", "议员", False)]),
    ("获委任为华强集团董事长的王大明今天表示反对。", [("王大明", "华强集团", "董事长", False)]),
    # 前 for the verb: a past post
    ("华强足球队宣布，在前主帅的韦大文离任后，由李志明暂代。", [("韦大文", "华强足球队", "主帅", True)]),
    # a past post, 、 and a present one opened by 现任 or 现为: both read
    ("华强集团前总经理、现任东方银行董事长王大明今天表示反对。",
     [("王大明", "华强集团", "总经理", True), ("王大明", "东方银行", "董事长", False)]),
    ("国民党前立委、现为台北市议员王大明今天表示反对。",
     [("王大明", "国民党", "立委", True), ("王大明", "台北市", "市议员", False)]),
    # 之一 after the title, a graded calling listed last
    ("华强集团联席主席之一王明今天表示反对。", [("王明", "华强集团", "联席主席", False)]),
    ("华强集团总经理、资深律师王明今天表示反对。", [("王明", "华强集团", "总经理", False)]),
]))
def test_titles_apart_before_the_name_are_joined(pipeline, text, expected):
    found = role_posts(pipeline, text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, absent", both_scripts([
    # one chair at a time: the fused title names its holder, the bare one is no longer that body's
    ("华强集团董事长王明今天出席，会后董事长李华表示满意。", ("李华", "华强集团", "董事长", False)),
    # another body named between the fused title and the bare one: no reading of the fused one
    ("华强集团总经理李志明料升任东方银行总经理，另据了解宏达公司亦有新人选，原总经理王明已退休。",
     ("王明", "东方银行", "总经理", True)),
    # a post to come is no post held
    ("华强集团昨日宣布，即将出任总经理的王明将于下月上任。", ("王明", "华强集团", "总经理", False)),
    # an election to come is no post held
    ("即将当选立法会议员的王大明今天表示将继续努力。", ("王大明", "立法会", "议员", False)),
    # a person opens the clause: the title is no body's read from the clause before
    ("华强集团昨日宣布，李华称担任总经理的王明将退休。", ("王明", "华强集团", "总经理", False)),
    # a graded calling is no post of the body before the list
    ("华强集团总经理、资深律师王明今天表示反对。", ("王明", "华强集团", "律师", False)),
]))
def test_no_join_where_the_link_is_not_there(pipeline, text, absent):
    assert absent not in role_posts(pipeline, text)
