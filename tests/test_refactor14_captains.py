"""One captain reader (refactor14): a team + 队长 or 副队长 + person is a member of the team, and a teammate (队友)
named after him is one too; the two readers that did this disagreed on 副队长 (a vice-captain is a member of his
team, as a captain is)."""

import pytest

from tests.helpers import both_scripts, holds_roles, memberships


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a vice-captain is a member of his team, and his teammate is one too
        ("国足副队长郑智和队友孙继海一同出席了活动。", [("孙继海", "国足", ""), ("郑智", "国足", "")]),
        ("申花副队长杜威和队友于涛赛后接受采访。", [("于涛", "申花", ""), ("杜威", "申花", "")]),
        ("国足副队长郑智昨日抵达训练基地。", [("郑智", "国足", "")]),
        # the captain, as before
        ("国足队长郑智和队友孙继海一同出席了活动。", [("孙继海", "国足", ""), ("郑智", "国足", "")]),
        ("申花队长杜威和队友于涛赛后接受采访。", [("于涛", "申花", ""), ("杜威", "申花", "")]),
    ]),
)
def test_captain_and_vice_captain_are_members(pipeline, text, expected):
    assert memberships(pipeline, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "国足前副队长郑智和前队友孙继海昨日见面。",  # a past teammate: no membership read from 队友
        "副队长郑智和队友孙继海昨日抵达训练基地。",  # no team named before the title
    ]),
)
def test_no_team_no_teammate(pipeline, text):
    assert not any(person == "孙继海" for person, _, _ in memberships(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["国足副队长郑智和队友孙继海一同出席了活动。"]))
def test_vice_captain_stays_a_role(pipeline, text):
    assert any(person == "郑智" and title == "副队长" for person, title, _, _ in holds_roles(pipeline, text))
