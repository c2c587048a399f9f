"""Where the rules broke a name the recogniser read right, round overrides51 (studied on the tune51 half of a
seeded sample of general MSRA, CLUENER and Universal NER train sentences, ``bench/overrides51.py``; every text here
is written for the test): a team whose name runs on before the team word the rule found alone."""

from __future__ import annotations

import pytest
from helpers import both_scripts


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # the team rule knows only 爵士队 / 研所队 / 时代队; the model reads the team's whole name
    ("总决赛第三场，芝加哥公牛队客场以90∶85击败尤他爵士队。",
     [("尤他爵士队", "ORGANIZATION")], [("爵士队", "ORGANIZATION")]),
    ("市总工会举办的乒乓球赛上，首都儿研所队获女子团体冠军。",
     [("首都儿研所队", "ORGANIZATION")], [("研所队", "ORGANIZATION")]),
], convert_names=True))
def test_model_team_wins_over_its_end(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # a match's verb, a list or a conjunction in front: two teams, as before
    ("昨晚的比赛中山东队力克河北队。", [("山东队", "ORGANIZATION"), ("河北队", "ORGANIZATION")],
     [("山东队力克河北队", "ORGANIZATION")]),
    ("本赛季湖人队对爵士队已经三连胜。", [("湖人队", "ORGANIZATION"), ("爵士队", "ORGANIZATION")], []),
], convert_names=True))
def test_two_teams_stay_two(finds, text, present, absent):
    finds(text, present, absent)


def test_general_pool_sample_and_halves():
    from bench.overrides51 import half51, sample_places

    places = sample_places(1000, 60)
    assert places == sample_places(1000, 60) == sorted(places) and len(set(places)) == 60
    assert places != sample_places(1000, 60, seed=52)
    assert [half51(i) for i in range(4)] == ["tune51", "check51", "tune51", "check51"]
