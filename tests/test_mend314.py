"""Faults a review found in session 62's merged readers (round mend314): each its wrong reading and a reading kept.

The passages are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts
from helpers import role_posts


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a company named in the sentence before, the party in it too: a company's 副总裁, not the party's
        "台积电今天举行法说会，民进党立委王美也到场。副总裁李明表示，营收将成长。",
    ]),
)
def test_a_vice_president_with_the_party_in_another_sentence_is_not_the_partys(pipeline, text):
    assert not any(p == "李明" and b == "民进党" for p, b, t, f in role_posts(pipeline, text))


@pytest.mark.parametrize(
    "text, person",
    both_scripts([
        ("立宪民主党公布新体制，名单如下：\n副总裁：中村正雄（70岁）\n国会对策委员长：山田一郎（58岁）", "中村正雄"),
        ("自民党今天召开总务会议，副总裁古川圭介表示，党将全力备战。", "古川圭介"),
    ]),
)
def test_a_vice_president_in_a_roster_or_the_partys_sentence_is_the_partys(pipeline, text, person):
    assert any(p == person and t == "副总裁" and b.endswith("党") for p, b, t, f in role_posts(pipeline, text))
