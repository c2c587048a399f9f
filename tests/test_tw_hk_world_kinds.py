"""Kinds zhkg got wrong on Taiwan, Hong Kong and international news written in Traditional characters
(issues 11, 14 and 15), found by running short passages written for these tests through the pipeline.

Each row runs one sentence through ``Pipeline().run_texts`` with the recogniser on, as written and in the
other script, and reads the graph.
"""

import pytest

from zhkg.stages.normalise import to_traditional


def _both_scripts(rows):
    out = []
    for text, *rest in rows:
        for form in (text, to_traditional(text)):
            out.append(pytest.param(form, *rest, id=form[:14]))
    return out


def _nodes(pipeline, text):
    G = pipeline.run_texts([("t", text)]).graph
    return {(a["type"], a["name_simplified"]) for _, a in G.nodes(data=True)
            if a["type"] in ("PLACE", "PERSON", "ORGANIZATION")}


@pytest.mark.parametrize("text, party", _both_scripts([
    # a party's 籍 says who belongs to it and is no part of its name (民進黨籍立委 X: the party is 民進黨)
    ("民进党籍立委陈明德今天在立法院质询。", "民进党"),
    ("国民党籍议员王金城批评市府防汛准备不足。", "国民党"),
]))
def test_party_badge_is_not_part_of_the_party(pipeline, text, party):
    nodes = _nodes(pipeline, text)
    assert ("ORGANIZATION", party) in nodes
    assert ("ORGANIZATION", party + "籍") not in nodes

