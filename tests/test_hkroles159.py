"""Roles read from Hong Kong committee news (round hkroles159, issue 11): a committee's chair and deputy named after
the committee, each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests, names invented; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified


def _relations(pipeline, text, kind="HOLDS_ROLE"):
    """(person, role, body, former) of every ``kind`` relation, names in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], r.role_simplified, names[r.target], r.former)
                  for r in ex.relations if r.kind.value == kind)


@pytest.mark.parametrize("text, right", both_scripts([
    # the title opening its clause, a colon or 为 before the holder, a party's badge after him
    ("立法会环境事务委员会昨天选出正副主席，主席：黄志明（民建联）；副主席：林美华（工联会）。",
     ("黄志明", "主席", "立法会环境事务委员会", False)),
    ("立法会环境事务委员会昨天选出正副主席，主席：黄志明（民建联）；副主席：林美华（工联会）。",
     ("林美华", "副主席", "立法会环境事务委员会", False)),
    ("立法会福利事务委员会今天开会，主席为黄志明（经民联），副主席为林美华（新民党）。",
     ("林美华", "副主席", "立法会福利事务委员会", False)),
    # the title after the holder and a verb of taking a post (由X出任, X当选), or 主席由X出任
    ("教育事务委员会由黄志明出任主席、林美华出任副主席。", ("黄志明", "主席", "教育事务委员会", False)),
    ("教育事务委员会由黄志明出任主席、林美华出任副主席。", ("林美华", "副主席", "教育事务委员会", False)),
    ("立法会发展事务委员会今天开会，黄志明（民建联）当选主席，林美华（工联会）当选副主席。",
     ("林美华", "副主席", "立法会发展事务委员会", False)),
    ("立法会保安事务委员会今天开会，主席由黄志明出任，副主席由林美华出任。",
     ("林美华", "副主席", "立法会保安事务委员会", False)),
    # two holders, 分别, 正、副主席: the first the chair, the second the deputy
    ("立法会卫生事务委员会今天开会，黄志明及林美华分别当选正、副主席。", ("黄志明", "主席", "立法会卫生事务委员会", False)),
    ("立法会卫生事务委员会今天开会，黄志明及林美华分别当选正、副主席。", ("林美华", "副主席", "立法会卫生事务委员会", False)),
    # committees listed one after another: each officer the committee named last before him
    ("各事务委员会今天选出正副主席，经济发展委员会：主席黄志明（民建联）、副主席林美华（工联会）；"
     "人力事务委员会：主席张国强（自由党）、副主席陈丽芬（民建联）。", ("林美华", "副主席", "经济发展委员会", False)),
    ("各事务委员会今天选出正副主席，经济发展委员会：主席黄志明（民建联）、副主席林美华（工联会）；"
     "人力事务委员会：主席张国强（自由党）、副主席陈丽芬（民建联）。", ("张国强", "主席", "人力事务委员会", False)),
]))
def test_committee_officers(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two committees meeting together (whose chair?), a longer word (主席团), no committee named
    ("交通事务委员会与房屋事务委员会举行联席会议，主席：黄志明（民建联）。", "黄志明"),
    ("交通事务委员会今天开会，黄志明当选主席团成员。", "黄志明"),
    ("华润集团今天公布，主席：黄志明（民建联）。", "黄志明"),
]))
def test_committee_officers_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text) if r[0] == person and r[1] != "党员"]


@pytest.mark.parametrize("text, right, wrong", both_scripts([
    # a party's title right before the holder stays the party's
    ("交通事务委员会今天开会，民建联主席黄志明出席。", ("黄志明", "主席", "民建联", False),
     ("黄志明", "主席", "交通事务委员会", False)),
]))
def test_committee_officers_keep_named_bodies(pipeline, text, right, wrong):
    found = _relations(pipeline, text)
    assert right in found and wrong not in found, found
