"""Issue 14, session 23 (counts24): a facility named by its kind alone owns its counts as the document's own node.

Session 22 left a count ownerless when its holder is a facility or zone written as its kind alone (托老院里有21位老人,
大工业区共有工厂300家, 高尔夫球中心的设施), as a node named 托老院 would merge every article's home for the aged into one. The annotation
conventions give such a count to the facility (owner 托老院), so it now does, under a node whose id carries the
document's id (``org:托老院@doc:<id>``, ``MentionSource.DOCUMENT_FACILITY``): a corpus graph keeps two articles' 托老院
apart, each labelled 托老院. Also read: one after 在/到/于 and what is done there, or after 在位于X的 (在大工业区建设10条道路,
在位于…新社区的新街市内), one the recogniser took for a place or a body (大工业区), and 院里 before the home by its kind alone in a
reversed passage. People arrested or charged (香港警方昨日拘捕两名男子) were people of a story, neither the police's nor the
place's; since counts320 they are the arresting body's, and since mend322 never its place's (no body read: no owner). A place after 围绕/针对/关于 and before …问题 is what is studied, and one
naming a crisis or a war (东南亚金融危机) is part of its name: neither owns a count; what is given to a place (调配给西城区的房源) is
the place's. 班 and 把 are classifiers before what they count (3班航班, 两把刀), not in 一把手, 三班倒, 班子, 有两把刷子, 三把火 nor alone
(3班, a class). Forms: 700多家大中型企业的办税人员 counts the firms, seasons and all-nighters (近18个赛季, 四五个通宵) are durations.
Controls: a person opening the clause (他在医院工作了10年，救治了300名病人) does what is counted, no hospital; a facility named by
its place (高村镇敬老院, which the recogniser reads whole) stays one corpus-wide name; 院里 with no home written stays
ownerless. Every passage is written for these tests and checked in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import assert_count_owner, both_scripts, counts_in
from helpers import in_script as _script

# (text, counted head, the owner it must have, or None for none)
CASES = [
    ("5亿元在大工业区建设10条道路，今年的年度投资亦是3000万元。", "道路", "大工业区"),
    ("现在院里有21位老人，招聘了8名下岗女工。去年夏天，托老院里的老人没有一个生痱子。", "老人", "托老院"),
    ("现在院里有21位老人，招聘了8名下岗女工。去年夏天，托老院里的老人没有一个生痱子。", "下岗女工", "托老院"),
    ("该校今年扩建。养老院里住着50位老人。", "老人", "养老院"),
    ("记者在位于南湖新社区的新街市内看到，只有六七家档口在经营。", "档口", "新街市"),
    # 该校 with no school before it: the nearest named after it (a passage whose sentences run in reverse)
    ("该校已为首都培育各类专业人才10万多人。本报讯：北京市财贸管理干部学院今天庆祝建校40周年。", "人", "北京市财贸管理干部学院"),
    # controls
    ("他在医院工作了10年，救治了300名病人。", "病人", None),
    ("高村镇敬老院今年扩建。该敬老院现有老人30名。", "老人", "高村镇敬老院"),
    ("杭州市今年很热闹。现在院里有30位老人。", "老人", None),
    ("该校有学生500名。", "学生", None),
    ("湖南大学今年扩建。该校有学生3万名。北京大学也很忙。", "学生", "湖南大学"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_session24(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


def _count_owner_nodes(graph, counted: str) -> list[str]:
    """The node ids owning the counts of ``counted`` in ``graph`` (a count node's label ends in what it counts)."""
    return sorted(u for u, v, d in graph.edges(data=True)
                  if d.get("label") == "HAS_COUNT" and graph.nodes[v]["label"].endswith(counted))


def test_two_articles_keep_their_homes_apart():
    from zhkg.run.pipeline import Pipeline

    result = Pipeline().run_texts([("a", "托老院里住着30名老人。"), ("b", "托老院里住着45名老人。")])
    owners = _count_owner_nodes(result.graph, "老人")
    assert owners == ["org:托老院@doc:a", "org:托老院@doc:b"]
    assert {result.graph.nodes[o]["label"] for o in owners} == {"托老院"}


def test_a_home_named_by_its_place_is_one_name_across_articles():
    from zhkg.run.pipeline import Pipeline

    result = Pipeline().run_texts([("a", "平谷区托老院里住着30名老人。"), ("b", "平谷区托老院里住着45名老人。")])
    assert _count_owner_nodes(result.graph, "老人") == ["org:平谷区托老院"] * 2


def test_entity_id_of_a_document_facility():
    from zhkg.records import Label, Mention, MentionSource
    from zhkg.stages.entity_groups import entity_id

    zone = Mention("d9", 4, 8, "大工业区", "大工业区", Label.PLACE, MentionSource.DOCUMENT_FACILITY, canonical="大工业区")
    assert entity_id(zone) == "place:大工业区@doc:d9"


@pytest.mark.parametrize(("text", "start", "end", "alone"), [
    ("5亿元在大工业区建设10条道路", 4, 8, True),
    ("高村镇敬老院今年扩建", 0, 6, False),
    ("北京大学今年扩建", 0, 4, False),
])
def test_recognised_kind(text, start, end, alone):
    from zhkg.records import Label, Mention, MentionSource
    from zhkg.relate.count_facilities import recognised_kind

    m = Mention("d", start, end, text[start:end], text[start:end], Label.PLACE, MentionSource.RECOGNISER)
    assert recognised_kind(m, [m], text) is alone


# (text, [(value, counted head)] read): 班 and 把 count what is named after them, and the forms of session 23
FORMS = [
    ("东航昨日取消了3班航班。", [(3, "航班")]),
    ("两班车在路口相撞。", [(2, "车")]),
    ("警方检获两把刀和3把手枪。", [(2, "刀"), (3, "手枪")]),
    ("屋里有四把椅子。", [(4, "椅子")]),
    # controls: a leader, a shift, a team, an idiom, a rate
    ("他是该厂的一把手。", []),
    ("工人们三班倒。", []),
    ("领导班子调整了。", []),
    ("他真有两把刷子。", []),
    ("新官上任三把火。", []),
    ("国泰每日有12班航班飞往上海。", []),
    # a kind (jieba's b) and a noun before 的 are the thing; seasons and all-nighters are durations; 装载机 a machine
    ("税务局帮助700多家大中型企业的办税人员解决问题。", [(700, "企业")]),
    # (the 1000 games he played are a record, a game statistic, as 出赛73场 is: counts75)
    ("他在近18个赛季里打了1000场比赛。", []),
    ("他们熬了四五个通宵。", []),
    ("他们购买了3台装载机。", [(3, "装载机")]),
    # controls: an adjective and a noun before 的 describe the thing after it
    ("包括两种不同射程的地地常规导弹。", [(2, "导弹")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_counts24_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


ARRESTS = [
    # since counts320 people arrested are the arresting body's; since mend322 never a place's (香港警方: no body read)
    ("香港警方昨日拘捕两名男子。", "男子", None),
    ("警方共拘捕了3名疑犯。", "疑犯", None),
    ("香港警方表示，昨日在元朗拘捕了一名16岁少年及3名男子。", "男子", None),
    # a court's judged stay no one's
    ("高等法院昨日判决5名被告无罪。", "被告", None),
    # control: the officers the police send are the place's, as before
    ("香港警方出动200名警员搜索。", "警员", "香港"),
    # what research is about (围绕/针对/关于 X…问题) and a place naming a crisis or a war (东南亚金融危机) own nothing
    ("研究人员紧紧围绕我国改革中的重大问题，共立课题6000多项。", "课题", None),
    ("客观原因是东南亚金融危机的影响，主观原因是3家银行抛售债券。", "银行", None),
    # controls: the country named as a subject keeps its count, even after its crisis
    ("美国金融危机爆发后，美国共有100家银行倒闭。", "银行", "美国"),
    ("据了解，我国软科学研究机构千余家。", "机构", "中国"),
    # what is given to a place (给X的…) is its own; what a giver grants a place (向X签发) stays the giver's
    ("此次市建委调配给西城区的房源数量为244套。", "房源", "西城区"),
    ("美国向台湾地区签发J1签证5295个。", "签证", "美国"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(ARRESTS, id_chars=24))
def test_counts24_arrests(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
