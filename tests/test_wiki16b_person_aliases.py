"""Person aliases (wiki16b): courtesy and art names joined to their person across a biography's clauses; no given
name alone from a recogniser's person that is a dynasty's pottery, nor from an actor where it names a role."""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts


def _document(text):
    from zhkg.stages.documents import parse_documents

    return parse_documents("wiki16b", text)[0]


def _people(pipeline, text):
    """{Simplified name: canonical name} of the document's people (either script)."""
    return {m.simplified: m.canonical for m in pipeline.extract_mentions(_document(text)) if m.label.value == "PERSON"}


# (text, other name, the person it names): the other name is read and is that person, one node
LINKED = [
    # a native place between the name and its courtesy name
    ("严鸿逵，清朝初年浙江湖州人，字赓臣，师从吕留良，著有诗文多卷。", "赓臣", "严鸿逵"),
    # a courtesy name no reader takes between the name and its art name
    ("李白，字太白，号青莲居士，唐朝著名诗人，存诗近千首。", "青莲居士", "李白"),
    # a life span and a given name's clause before the courtesy and art names
    ("张三丰（1247年－1464年），名全一，字君宝，号玄玄子，辽东懿州人。", "玄玄子", "张三丰"),
    # …and the courtesy name after the given name's clause is read too
    ("张三丰（1247年－1464年），名全一，字君宝，号玄玄子，辽东懿州人。", "君宝", "张三丰"),
    # a life span with no comma before the courtesy name, an art name closing the text
    ("王文澜（1790-1851）字伯涛，号松亭", "松亭", "王文澜"),
    ("周维岳（1712年-1770年），字子谦，自号竹溪居士", "竹溪居士", "周维岳"),
    # 自号 after the name
    ("词人简介：林婉清，自号易安居士，宋朝济南人，擅长作词。", "易安居士", "林婉清"),
    # a courtesy name that is an era's name too (建初) is still read
    ("林启元（1620年—1688年），字建初，号松岩，福建福清人，清初诗人。", "建初", "林启元"),
    # the plain form stays linked
    ("李天赐，字耀枢，号竹溪，福建人，清代官员。", "竹溪", "李天赐"),
]


@pytest.mark.parametrize("text,other,person", both_scripts(LINKED, id_chars=12))
def test_other_name_is_its_person(pipeline, text, other, person):
    people = _people(pipeline, text)
    assert other in people
    assert people[other] == person


# (text, a name after a clause that must stay its own person): a clause that is no biography's
NOT_LINKED = [
    # a sentence closes between: the next sentence's 字 names no courtesy name of the earlier person
    ("王建国当选为会长。刘德华，原名刘福荣，香港著名演员。", "刘德华", "王建国"),
]


@pytest.mark.parametrize("text,name,other", both_scripts(NOT_LINKED, id_chars=12))
def test_no_other_name_across_sentences(pipeline, text, name, other):
    people = _people(pipeline, text)
    assert name in people and people[name] == name
    assert people.get(other, other) == other


@pytest.mark.parametrize("text", both_scripts([
    "古人姓氏有别，也就是说孙氏，名武，字或者号是长卿，姓田，后人多有混淆。",
], id_chars=12))
def test_no_courtesy_name_of_a_function_word(pipeline, text):
    people = _people(pipeline, text)
    assert "或者" not in people and "是长卿" not in people


# (text, a given name that must be no alias of the full name, the full name)
NOT_GIVEN = [
    # the recogniser's person is a dynasty's pottery where the document names that dynasty a period
    ("展品包括唐代的唐三彩骆驼和汉代古玉，还有明代的三彩大罐等稀有瓷器。", "三彩", "唐三彩"),
    # an actor credited with a role: a 小 name in the story is a character's
    ("电视剧《又见白娘子》由左小青、任泉主演，白娘子(左小青饰)痴恋许仙；小青本是条青鱼精。", "小青", "左小青"),
    # a role's name in quotes
    ("新片中章子怡饰演女侠，片中的“子怡”是另一位配角。", "子怡", "章子怡"),
]


@pytest.mark.parametrize("text,given,full", both_scripts(NOT_GIVEN, id_chars=12))
def test_no_given_name_alias(pipeline, text, given, full):
    people = _people(pipeline, text)
    assert people.get(given) != full


# a given name alone where the document names its person and nothing marks a role stays that person
GIVEN = [
    ("章子怡出席电影节开幕式。子怡说，新片将于明年上映。", "子怡", "章子怡"),
    ("凯尔特人队的雷阿伦在季后赛中表现出色。对于阿伦来说，这是意义非凡的一战。", "阿伦", "雷阿伦"),
]


@pytest.mark.parametrize("text,given,full", both_scripts(GIVEN, id_chars=12))
def test_given_name_alias_kept(pipeline, text, given, full):
    assert _people(pipeline, text).get(given) == full


@pytest.mark.parametrize("name,text,stands", [
    ("唐三彩", "唐代的唐三彩骆驼", False),
    ("唐三彩", "唐朝的唐三彩骆驼", False),
    ("唐嫣", "唐嫣出席活动", True),
    ("章子怡", "章子怡说", True),
])
def test_full_name_stands(name, text, stands):
    from zhkg.extract.informal_people import _full_name_stands

    assert _full_name_stands(name, text) is stands


@pytest.mark.parametrize("text,given,role", [
    ("片中的“小青”由她出演", "小青", True),
    ("她在剧中饰小青，", "小青", True),
    ("她接下小青一角", "小青", True),
    ("小青说，很开心", "小青", False),
])
def test_role_name(text, given, role):
    from zhkg.extract.informal_people import _role_name

    at = text.index(given)
    assert _role_name(text, at, at + len(given)) is role
