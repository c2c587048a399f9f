"""Roles on Taiwan, Hong Kong and international news (round roles133, issue 11 part 1, from the documented misses of
the web set's tune half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles

from zhkg.stages.normalise import to_simplified


def _former(pipeline, text):
    """(person, organisation, title, former) of every HOLDS_ROLE relation, names in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


@pytest.mark.parametrize("text, right", both_scripts([
    # 前 between a state and its ministry's head: the state's ministry, as without 前 (俄罗斯交通部长 X)
    ("俄罗斯前交通部长斯塔罗沃伊特日前身亡。", ("斯塔罗沃伊特", "俄罗斯交通部", "部长", True)),
    ("韩国前国防部长金龙显今天被捕。", ("金龙显", "韩国国防部", "部长", True)),
    ("广东省前公安厅厅长李春洪出席了会议。", ("李春洪", "广东省公安厅", "厅长", True)),
]))
def test_former_ministry_keeps_its_state(pipeline, text, right):
    found = _former(pipeline, text)
    assert right in found, found
    assert not [r for r in found if r[0] == right[0] and r[1] != right[1]], found


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: a ministry written whole, a former head of a state's government, a place's own title after 前
    ("俄罗斯交通部长斯塔罗沃伊特日前表示。", ("斯塔罗沃伊特", "俄罗斯交通部", "部长", False)),
    ("德国前总理默克尔出席了论坛。", ("默克尔", "德国", "总理", True)),
    ("美国前国务卿基辛格去世。", ("基辛格", "美国", "国务卿", True)),
]))
def test_former_state_titles_still_read(pipeline, text, right):
    assert right in _former(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    # 候任 (elect): the post is not held yet, as 将出任 is not (docs/relations.md: roles said of the future)
    ("泰国候任总理佩通坦今日表示，将尽快组阁。", "佩通坦"),
    ("香港候任行政长官李家超今日会见传媒。", "李家超"),
    ("候任保安局局长邓炳强出席了记者会。", "邓炳强"),
    ("美国总统当选人特朗普今天表示，将加征关税。", "特朗普"),
]))
def test_elect_holds_no_post_yet(pipeline, text, person):
    assert not [r for r in roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: the post held (新任, 当选 + post: elected and holding it), and a post held beside an elect one
    ("泰国新任总理佩通坦今日表示，将尽快组阁。", ("佩通坦", "泰国", "总理")),
    ("高市早苗当选自民党总裁。", ("高市早苗", "自民党", "总裁")),
    ("保安局局长邓炳强今日表示，警方会严正执法。", ("邓炳强", "保安局", "局长")),
]))
def test_held_posts_beside_elect_still_read(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # a slash between a byline's title and the name (记者/冯珂): a dateline's, an outlet's, a programme's in 《》
    ("新华社北京5月1日电（记者/王明）会议今天召开。", ("王明", "新华社", "记者")),
    ("北京商报讯（记者/王明）会议今天召开。", ("王明", "北京商报", "记者")),
    ("会议今天召开。《零距离》记者/冯珂 编辑/汪泽", ("冯珂", "零距离", "记者")),
    ("《零距离》记者 王大明 编辑 汪泽", ("王大明", "零距离", "记者")),
]))
def test_byline_title_and_name_parted_by_a_slash(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a slash after a title that is no byline's (a caption's title, a reporter in prose)
    ("海通证券董事长/周杰", "周杰"),
    ("他在《人民日报》发表文章，记者/王明认为不妥。", "王明"),
]))
def test_slash_after_other_titles_reads_nothing(pipeline, text, person):
    assert not [r for r in roles(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # 该关, 该厅: a customs house's and a provincial department's own word, for the one named before (anaphora.tsv)
    ("海关今日公布数字。该关关长何志明表示，走私案件增加。", ("何志明", "海关", "关长")),
    ("广东省公安厅昨天召开会议。该厅厅长李春洪表示，将严打。", ("李春洪", "广东省公安厅", "厅长")),
]))
def test_customs_and_department_anaphors(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # 党首, a party's leader (roles.tsv), after a verb of a career or before the name
    ("斯塔默接替科尔宾出任工党党首。", ("斯塔默", "工党", "党首")),
    ("2020年，斯塔默接任工党党首。", ("斯塔默", "工党", "党首")),
]))
def test_party_leader_title(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # guards: 党 and 首 of other words (首次, 首推, 首席, 首先) hold no title
    "国民党首次提出该法案，陈其迈表示反对。",
    "民进党首推陈其迈参选高雄市长。",
    "共产党首先提出这一主张，毛泽东说。",
]))
def test_party_then_first_is_no_leader(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[2] == "党首"]
