"""Posts Wikipedia biographies write (session 18), each in Simplified and in Traditional.

The passages are probes written for these tests (no source text); each form has a negative beside it: a minister's
title with no country, a pronoun in the appointed's place, a book edited (no body), an outlet with no editor's post.
"""

import pytest

from tests.helpers import both_scripts


def relations(pipeline, text, kind="HOLDS_ROLE"):
    """(person, role, holder, former) of every relation of ``kind`` the pipeline reads in ``text``."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return sorted((names[r.source], r.role_simplified, names[r.target], r.former)
                  for r in ex.relations if r.kind.value == kind)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a minister of the Beiyang government's cabinet is a post of the country's government, like its 总统
        ("顾维钧曾任中华民国外交总长，后出任驻美大使。", [("顾维钧", "外交总长", "中华民国", True)]),
        ("1922年，王宠惠出任中华民国国务总理。", [("王宠惠", "国务总理", "中华民国", False)]),
        ("王宠惠曾任中华民国司法总长。", [("王宠惠", "司法总长", "中华民国", True)]),
        # no country before the title: no one's government holds it, and an army named before holds no cabinet post
        ("外交总长陆徵祥于当日抵达上海。", []),
        ("段祺瑞的讨逆军镇压了复辟，段祺瑞任外交总长，重新掌握实权。", []),
    ]),
)
def test_ministers_of_a_country(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 被委任为, 被擢升为 and 获晋升为 link the person to the post as 获委任为 does
        ("林文庆被委任为厦门大学校长。", [("林文庆", "校长", "厦门大学", False)]),
        ("1995年，李明被委任为香港大学校长。", [("李明", "校长", "香港大学", False)]),
        # a pronoun is the appointed: no one named holds the post
        ("1995年，他被委任为香港大学校长。", []),
    ]),
)
def test_appointed_by_passive_verbs(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a periodical in 《》 no extractor names holds its editor
        ("布哈林曾在《真理报》任主编。", [("布哈林", "主编", "真理报", True)]),
        ("1945年，张西曼主编的《民主与科学》杂志呼吁和平。", [("张西曼", "主编", "民主与科学", False)]),
        ("1919年，李大钊在《新青年》杂志任编辑，宣传新思想。", [("李大钊", "编辑", "新青年", False)]),
        # a paper an extractor names: one edge, not two
        ("1980年，李四平主编的《人民日报》发表社论。", [("李四平", "主编", "人民日报", False)]),
        # a book edited is no body; a periodical read with no post names no editor
        ("王力主编的《古代汉语》出版后广受好评。", []),
        ("布哈林曾在《真理报》发表文章。", []),
    ]),
)
def test_editors_of_periodicals(pipeline, text, expected):
    assert relations(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # 过 after the verb says the post was held before
        ("木村还担任过陆军省次长。", [("木村", "次长", "陆军省", True)]),
        ("王明回国后，担任过清华大学校长。", [("王明", "校长", "清华大学", True)]),
        # 了 says it was taken: no past post
        ("王明担任了清华大学校长。", [("王明", "校长", "清华大学", False)]),
    ]),
)
def test_posts_held_before(pipeline, text, expected):
    assert relations(pipeline, text) == expected
