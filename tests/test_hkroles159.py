"""Roles read from Hong Kong committee news (round hkroles159, issue 11): a committee's chair and deputy named after
the committee, each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests, names invented; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts, relation_rows

_relations = relation_rows  # (person, role, body, former) of a kind's relations, names in Simplified


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


@pytest.mark.parametrize("text, right", both_scripts([
    # the title right after the committee's name, then a colon
    ("立法会今天选出各事务委员会正副主席。财经事务委员会主席：黄志明（民建联）；副主席：林美华（工联会）。",
     ("黄志明", "主席", "财经事务委员会", False)),
    # the committee a heading on a line of its own, its officers a line each
    ("立法会今天选出各事务委员会正副主席。\n财经事务委员会\n主席：黄志明（民建联）\n副主席：林美华（工联会）\n",
     ("林美华", "副主席", "财经事务委员会", False)),
    # 分别 after holders with their badges, 由 before them; 主席及副主席 for 正、副主席
    ("立法会交通事务委员会今天开会，由黄志明（民建联）及林美华（工联会）分别出任正、副主席。",
     ("林美华", "副主席", "立法会交通事务委员会", False)),
    ("立法会交通事务委员会今天开会，黄志明和林美华分别当选主席及副主席。", ("黄志明", "主席", "立法会交通事务委员会", False)),
    # an adverb between the holder and the verb; 选出X为主席
    ("立法会交通事务委员会今天开会，黄志明再度当选主席。", ("黄志明", "主席", "立法会交通事务委员会", False)),
    ("立法会交通事务委员会今天开会，选出黄志明为主席、林美华为副主席。", ("黄志明", "主席", "立法会交通事务委员会", False)),
]))
def test_committee_officers_variants(pipeline, text, right):
    found = _relations(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two committees meeting together (whose chair?), a longer word (主席团), no committee named
    ("交通事务委员会与房屋事务委员会举行联席会议，主席：黄志明（民建联）。", "黄志明"),
    ("交通事务委员会今天开会，黄志明当选主席团成员。", "黄志明"),
    ("华润集团今天公布，主席：黄志明（民建联）。", "黄志明"),
    # 为 after no verb of electing: a statement, not an election (黄志明为主席出谋划策)
    ("交通事务委员会今天开会，黄志明为主席准备了讲稿。", "黄志明"),
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


@pytest.mark.parametrize("text, right", both_scripts([
    # a roster by position: the position opening its line, a colon, every name a person's; the team the line before
    # names (each line of a run of them the same team)
    ("天津女排今天公布联赛名单。\n主攻：王小燕、李佳宁、赵雪梅\n副攻：陈思琪、刘美玲\n二传：孙晓雯、郭丽丽",
     ("王小燕", "主攻", "天津女排", False)),
    ("天津女排今天公布联赛名单。\n主攻：王小燕、李佳宁、赵雪梅\n副攻：陈思琪、刘美玲\n二传：孙晓雯、郭丽丽",
     ("郭丽丽", "二传", "天津女排", False)),
    # a count of the position's players before them: as many people named as said, or fewer (one not found)
    ("中华队今天公布集训名单，捕手3人为王大同、李志明、陈建宏；内野手4人为林家豪、张伟杰、黄志成、吴俊贤。",
     ("陈建宏", "捕手", "中华队", False)),
    ("中华队今天公布集训名单，捕手3人为王大同、李志明、陈建宏；内野手4人为林家豪、张伟杰、黄志成、吴俊贤。",
     ("吴俊贤", "内野手", "中华队", False)),
    ("中华队今天公布集训名单，投手群共5人，旅外球员为王大同、李志明，本土球员则有陈建宏、林家豪和张伟杰。",
     ("张伟杰", "投手", "中华队", False)),
]))
def test_roster_by_position(pipeline, text, right):
    found = _relations(pipeline, text, "MEMBER_OF")
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: more people than the count, no team named before, an item that is no person, two teams before
    ("中华队今天公布集训名单，捕手2人为王大同、李志明、陈建宏。", "陈建宏"),
    ("联赛今天公布名单。\n主攻：王小燕、李佳宁、赵雪梅", "王小燕"),
    ("天津女排今天公布联赛名单。\n主攻：王小燕、李佳宁及多名新人", "王小燕"),
    ("天津女排3比1战胜上海女排。\n主攻：王小燕、李佳宁、赵雪梅", "王小燕"),
]))
def test_roster_by_position_refused(pipeline, text, person):
    assert not [r for r in _relations(pipeline, text, "MEMBER_OF") if r[0] == person], _relations(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a player's description within the roster names the league he plays in: no membership of it
    ("中华队今天公布集训名单，内野手4人为旅美球员林家豪、张伟杰，中职球员则有黄志成、吴俊贤。", ("黄志成", "球员", "中职", False)),
]))
def test_roster_descriptions_dropped(pipeline, text, wrong):
    found = _relations(pipeline, text, "MEMBER_OF")
    assert wrong not in found and ("黄志成", "内野手", "中华队", False) in found, found
