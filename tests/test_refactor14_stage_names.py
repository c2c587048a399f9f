"""Band members' stage names are read once (refactor14): the extraction's band reader (extract/players.py) makes
them people, and the membership reader (relate/members_bodies.py) takes the people it listed; both know a band by
the same heads (乐队, 乐团, 组合, 合唱团 …)."""

import pytest

from tests.helpers import both_scripts, entity_names, memberships


@pytest.mark.parametrize(
    "text, band, names",
    both_scripts([
        ("五月天乐队成员阿信、石头和怪兽昨晚出席了发布会。", "五月天乐队", ["阿信", "石头", "怪兽"]),
        ("星光合唱团成员阿信、石头和怪兽昨晚登台演出。", "星光合唱团", ["阿信", "石头", "怪兽"]),
    ]),
)
def test_stage_names_are_people_and_members(pipeline, text, band, names):
    people = {name for kind, name in entity_names(pipeline, text) if kind == "PERSON"}
    assert set(names) <= people
    assert {(name, band, "成员") for name in names} <= set(memberships(pipeline, text))


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "五月天乐队成员阿信和歌迷一起合唱。",  # a crowd after 和: no stage name
        "星光合唱团成员阿信和工作人员一起排练。",
    ]),
)
def test_crowds_are_no_stage_names(pipeline, text):
    assert all(person == "阿信" for person, _, _ in memberships(pipeline, text))
