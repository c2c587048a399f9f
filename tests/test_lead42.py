"""Session 42, lead: 前任 before a title marks the post former, as 前 does (review173's left item).

前任交通部長張啟明 was read as a current 部長 of 交通部; 目前任交通部长 (now serving as) must stay current.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _posts(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    return {
        (G.nodes[u]["name_simplified"], G.nodes[v]["name_simplified"], d.get("role")): bool(d.get("former"))
        for u, v, d in G.edges(data=True)
        if d.get("label") == "HOLDS_ROLE"
    }


@pytest.mark.parametrize("text, former", both_scripts([
    ("前任交通部长张启明昨日出席记者会，谈及高铁延误问题。", True),
    ("前交通部长张启明昨日出席记者会，谈及高铁延误问题。", True),
    ("目前任交通部长的张启明昨日出席记者会，谈及高铁延误问题。", False),
    ("交通部长张启明昨日出席记者会，谈及高铁延误问题。", False),
]))
def test_qianren_before_a_title_marks_the_post_former(pipeline, text, former):
    from zhkg.stages.normalise import to_simplified

    posts = _posts(pipeline, text)
    key = ("张启明", "交通部", to_simplified("部长"))
    assert {(h, b, to_simplified(r)) for h, b, r in posts} >= {key}
    assert next(f for (h, b, r), f in posts.items() if (h, b, to_simplified(r)) == key) is former


@pytest.mark.parametrize("text, former", both_scripts([
    # 卸任 followed by who takes the post: the post is left (review173's left item)
    ("民进党秘书长陈建中卸任，由副秘书长何文杰接任。", True),
    ("华强集团总裁刘建国卸任，由副总裁赵立新接任。", True),
    # 卸任 alone may be a term's end to come; a leaving to come is no post left
    ("民进党秘书长陈建中卸任。", False),
    ("民进党秘书长林志明将于年底卸任，由副秘书长何文杰接任。", False),
]))
def test_xieren_followed_by_a_successor_marks_the_post_former(pipeline, text, former):
    from zhkg.stages.normalise import to_simplified

    posts = {(h, b): f for (h, b, _r), f in _posts(pipeline, text).items()}
    holder = next(h for h in posts if h[0] in ("陈建中", "刘建国", "林志明"))
    assert posts[holder] is former, to_simplified(text)
