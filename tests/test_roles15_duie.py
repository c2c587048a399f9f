"""Roles of the forms DuIE train's 董事长, 校长 and 创始人 records showed unread (``bench/roles_duie.py``, its tune half),
each in Simplified and Traditional (``both_scripts``): a party committee's chain (X党委书记、董事长), an apposition's
list of posts, founders read from a verb (:mod:`zhkg.relate.roles_founders`), posts joined after 是…的, 同志 after a
name, a post in a parenthesis after the name, 现任 before a bare title, and a headline's title kept from a name with a
title of its own.

The passages are written for these tests; each form has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


def _found(pipeline, text):
    return {r[:3] for r in roles(pipeline, text)}


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # a party committee's secretary and the company's chairman, the name after the chain (the committee's title
        # is the company's: 党委书记 of it, session 50's convention)
        ("会上，恒远集团有限公司党委书记、董事长李国华作了发言。",
         [("李国华", "党委书记", "恒远集团有限公司"), ("李国华", "董事长", "恒远集团有限公司")],
         [("李国华", "董事长", "恒远集团有限公司党委")]),
        # the same chain in an apposition after the name
        ("张建明，华兴证券股份有限公司党委书记、董事长。",
         [("张建明", "董事长", "华兴证券股份有限公司")], [("张建明", "董事长", "华兴证券股份有限公司党委")]),
        # an apposition's list of posts closing its clause
        ("刘志强，宏达电子科技股份有限公司董事长、总经理，毕业于浙江大学。",
         [("刘志强", "董事长", "宏达电子科技股份有限公司"), ("刘志强", "总经理", "宏达电子科技股份有限公司")], []),
        # a company named with its legal form after 和 is no body cut on its left: its post in a list of posts
        ("学校收到了奖状和联想控股股份有限公司董事长、联想集团创始人柳传志题写的班训牌。",
         [("柳传志", "董事长", "联想控股股份有限公司"), ("柳传志", "创始人", "联想集团")], []),
        # a university that opens with its place after 和 is no body cut on its left
        ("开幕式上，王立军还和台南大学校长黄秀英等嘉宾一同剪彩。", [("黄秀英", "校长", "台南大学")], []),
        # a list running into another person's name is that person's, not the apposition's
        ("刘志强，宏达电子科技股份有限公司董事长、总经理王海涛出席了会议。",
         [("王海涛", "总经理", "宏达电子科技股份有限公司")],
         [("刘志强", "董事长", "宏达电子科技股份有限公司"), ("刘志强", "总经理", "宏达电子科技股份有限公司")]),
    ]),
)
def test_chains_and_appositions(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # person + verb + 了 + body; a date before the name
        ("1998年，陈国栋创办了华夏教育集团，此后一直从事教育工作。", [("陈国栋", "创办人", "华夏教育集团")], []),
        # two founders joined by 与, 共同 before the verb
        ("周文斌与赵立新共同创立了星辰网络科技有限公司。",
         [("周文斌", "创始人", "星辰网络科技有限公司"), ("赵立新", "创始人", "星辰网络科技有限公司")], []),
        # person + verb + 的 + body
        ("由孙海洋创建的海洋生物研究所已有二十年历史。", [("孙海洋", "创始人", "海洋生物研究所")], []),
        # body + 由 + a short description + person + verb
        ("华信实业集团有限公司是由著名企业家韩明远先生创办的民营企业。", [("韩明远", "创办人", "华信实业集团有限公司")], []),
        # body + 由 + person + verb closing the clause, or 于 and a date after it
        ("顺达物流股份有限公司由钱永康创立。", [("钱永康", "创始人", "顺达物流股份有限公司")], []),
        ("南方科技大学由周立群创办于1998年。", [("周立群", "创办人", "南方科技大学")], []),
        # a founder who then takes a post in the body he founded
        ("2003年，郑晓峰创办了东方艺术学校，担任校长。",
         [("郑晓峰", "创办人", "东方艺术学校"), ("郑晓峰", "校长", "东方艺术学校")], []),
        # body + 是 + person + verb + 的
        ("育才实验学校是陈国栋创办的。", [("陈国栋", "创办人", "育才实验学校")], []),
        # a body that only qualifies what was founded (its subsidiary, its department)
        ("周文斌创建了华兴证券股份有限公司旗下的研究所。", [], [("周文斌", "创始人", "华兴证券股份有限公司")]),
        # not the founder: someone else's father, a word of the future, a working group set up
        ("王立军的父亲创办了远大机械集团。", [], [("王立军", "创办人", "远大机械集团")]),
        ("李文华计划明年创办长风科技有限公司。", [], [("李文华", "创办人", "长风科技有限公司")]),
        ("王建国宣布成立事故调查组。", [], [("王建国", "创始人", "事故调查组")]),
    ]),
)
def test_founders(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a[:2] == f[:2] and a[2] in f[2] for a in absent for f in found), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # posts of one body joined by 兼 or 及 after 是…的
        ("张宏伟是宏达电子科技股份有限公司的董事长兼总经理。",
         [("张宏伟", "董事长", "宏达电子科技股份有限公司"), ("张宏伟", "总经理", "宏达电子科技股份有限公司")], []),
        ("今年52岁的李振华是顺达物流股份有限公司的创始人及总经理。",
         [("李振华", "创始人", "顺达物流股份有限公司"), ("李振华", "总经理", "顺达物流股份有限公司")], []),
        # 同志 between the name and the verb of appointment
        ("经研究决定，王建华同志任城南第一中学校长。", [("王建华", "校长", "城南第一中学")], []),
        # a post in a parenthesis right after the name (and an honorific)
        ("陈志明博士（现任华南理工大学校长）在开幕式上致辞。", [("陈志明", "校长", "华南理工大学")], []),
        # 现任 before a bare title opening its clause: the body the sentence named before
        ("红星中学创办于1958年，是一所完全中学，现任校长刘海波。", [("刘海波", "校长", "红星中学")], []),
    ]),
)
def test_posts_after_links(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # a list of fields: the deputy's name after a title and colon of its own is not the headline's 校长
        ("南山学校校长：王志强；副校长：李红梅", [], [("李红梅", "校长", "南山学校")]),
        # the headline's own title and colon before the name still give it
        ("远大集团董事长：张明", [("张明", "董事长", "远大集团")], []),
    ]),
)
def test_titled_fields(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # body + person + 担任 + a bare title closing its clause
        ("据介绍，南方科技大学周立群担任校长，学校发展很快。", [("周立群", "校长", "南方科技大学")], []),
        # a title free of bodies (a meeting's host) is not the body's
        ("会上，宏达电子科技股份有限公司王海涛担任主持人。", [], [("王海涛", "主持人", "宏达电子科技股份有限公司")]),
        # 至今 before the verb of a clause whose subject opens the sentence
        ("钱永康是本市物流协会会长，至今任顺达物流股份有限公司董事长。", [("钱永康", "董事长", "顺达物流股份有限公司")], []),
        # a résumé's post field right after the name
        ("赵德明职务：宏达电子科技股份有限公司董事长", [("赵德明", "董事长", "宏达电子科技股份有限公司")], []),
    ]),
)
def test_serving_forms(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # a caption: one space between the title and the name, the body written right before the title
        ("图为华兴证券股份有限公司董事长 张建明在论坛上发言。", [("张建明", "董事长", "华兴证券股份有限公司")], []),
        ("图为华兴证券股份有限公司党委书记、董事长 张建明在论坛上发言。", [("张建明", "董事长", "华兴证券股份有限公司")], []),
        # a byline's credit after a company's spaced title: names of the credit, no caption's
        ("华兴证券股份有限公司研究员 张建明/文 昨日，股市小幅上涨。", [], [("张建明", "研究员", "华兴证券股份有限公司")]),
        # a transcript's speaker label after a list of names and companies is no one's post there
        ("获奖者：远大集团李明 华兴证券股份有限公司王海主持人 刘芳：下面进行抽奖。", [],
         [("刘芳", "主持人", "华兴证券股份有限公司王海")]),
    ]),
)
def test_spaced_captions(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a[:2] == f[:2] for a in absent for f in found), found


@pytest.mark.parametrize(
    "text, present, absent",
    both_scripts([
        # a party before a division head's title names his side, not the division he heads
        ("当年，国民党县长王德顺被撤职查办。", [], [("王德顺", "县长", "国民党")]),
        # the party's own posts and a place's head named with the place stay read
        ("国民党主席吴敦义表示，将全力辅选。", [("吴敦义", "主席", "国民党")], []),
        ("国民党花莲县长傅崐萁表示，县府将全力配合。", [("傅崐萁", "县长", "花莲县")], []),
    ]),
)
def test_party_before_division_head(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert all(p in found for p in present), found
    assert not any(a in found for a in absent), found
