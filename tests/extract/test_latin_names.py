"""People named in Latin letters in Chinese text: after a title, and what is no name (zhkg/extract/people.py,
combine.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("今年大奖颁发给了中美教育基金主席Julia Chang Bloch，她同时也是美国前驻尼泊尔大使。", "Julia Chang Bloch"),
        ("澳大利亚移民和公民事务部长Chris\u00a0Bowen宣布新政策。", "Chris\u00a0Bowen"),
        ("據西班牙阿爾卡拉大學校長Fernando Galvan介紹，學費不高。", "Fernando Galvan"),
        ("墨尔本中学的校长Jeremy Ludowyke否认该校有歧视。", "Jeremy Ludowyke"),
    ],
)
def test_a_latin_name_after_a_title_is_one_person_whole(finds, text, name):
    first = name.replace("\u00a0", " ").split()[0]
    finds(text, present=[(name, "PERSON")], absent=[(first, "PERSON")])


def test_two_people_who_share_a_first_name_stay_two(pipeline):
    text = "澳大利亚移民和公民事务部长Chris Bowen与澳大利亚移民就业和劳动关系部长Chris Evans共同宣布。"
    graph = pipeline.run_texts([("t", text)]).graph
    people = sorted(d["label"] for _, d in graph.nodes(data=True) if d.get("type") == "PERSON")
    assert people == ["Chris Bowen", "Chris Evans"]
    roles = {(u, v) for u, v, d in graph.edges(data=True) if d.get("label") == "HOLDS_ROLE"}
    assert ("person:Chris Bowen", "org:澳大利亚移民和公民事务部") in roles


@pytest.mark.parametrize(
    "text, word",
    [
        ("近日，由李连杰(blog)、杨紫琼主演的电影上映。", "blog"),  # Sina's link to a blog, no alias
        ("一位知情人士向CBN表示，医改将继续。", "CBN"),
        ("而超级聪明的AI更是给玩家带来乐趣。", "AI"),
        ("第五张Angelababy：侧脸示人。", "张Angelababy"),
        ("眼英俊威猛的胡须帅男Alex的精子。", "帅男Alex"),
        ("任贝尔(Bob Birrell)教授形容这一现象。", "Birrell)"),
    ],
)
def test_lower_case_words_acronyms_and_glued_letters_are_no_people(finds, text, word):
    finds(text, present=[], absent=[(word, "PERSON")])


def test_initials_joined_to_a_transliteration_stay_a_person(finds):
    finds("17胜62负。JJ-希克森得了22分。", present=[("JJ-希克森", "PERSON")])


def test_a_no_break_space_in_a_latin_name_is_a_space_in_its_canonical_name(pipeline):
    texts = [("a", "澳大利亚移民和公民事务部长Chris\u00a0Bowen宣布。"), ("b", "澳大利亚移民和公民事务部长Chris Bowen宣布。")]
    graph = pipeline.run_texts(texts).graph
    assert [(n, d["documents"]) for n, d in graph.nodes(data=True) if d.get("type") == "PERSON"] == [("person:Chris Bowen", 2)]


def test_square_brackets_never_stand_inside_a_name(mentions_in):
    found = mentions_in("炯网络[官网网站]：www.17joyjoy.com[wap网站]：wap.91.com。")
    assert not [name for name, _ in found if set(name) & set("[]【】")], found
