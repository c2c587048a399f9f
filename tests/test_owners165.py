"""Issue 14, session 41 (owners165): meetings, fairs and games no extractor names, and the determiner that points to one.

Written from the studied halves only (the tune halves of ``bench/counts_web.py``, ``counts_eval.py``,
``counts_owned59.py`` and ``counts_real46.py``; the check and blind halves scored as totals at the start and the end).
The web tune half's conference (本次大会有2500多名中外记者…: the owner is the session 全国政协十四届四次会议, named in
the first sentence) is the form: a meeting named by its body and its session, and a determiner with a meeting's,
a fair's or a game's generic word (本次大会, 此次会议, 本届展会, 本届赛事, 本届全运会) standing for the nearest one of
that sort named before. Counts then reach it:

* a meeting named by its body and session (全国政协十四届四次会议, 十一届全国人大四次会议) is its body's: the dev
  set's tune half gives 十一届全国人大常委会第九次会议's agenda to the committee, and the web set accepts 全国政协 for
  the conference, so no node of its own is made;
* 本次大会 / 本次会议 / 本届全会 stand for the nearest meeting named before (a body's session, or an event or body
  whose name ends in 大会, 会议…), 本次展会 / 本届博览会 for the nearest fair, 本届赛事 / 本届全运会 for the nearest
  games; a fair is no meeting (本次会议 after a 博览会 stays as it was);
* a summit's, a forum's or a fair's word alone opening a sentence (论坛为期两天，共有500多名嘉宾出席) stands for the
  nearest one of its sort named before too.

A base or a project named by its place and words of its own (成都大熊猫繁育研究基地, the web tune half's holder of
游客48万人次, read as 成都's on main; 深圳大冲旧村改造项目) is one holder too, and 该项目 stands for it; a place's bases or
projects in general (四川各生产基地, 北京市内参展项目, 中国最大的生产基地) stay the place's.

A delegation named by its place and kind (香港参访团, 德国展团, 中国体育代表团: read as the place's on main) and a metro or
tram line by its number (地铁4号线, 电车7号线, the dev set's tune half's holder of 7個新車站) are holders too.

A scenic area named with its rating (剑门蜀道剑门关5A景区, 峨眉山4A景区: owners158 left it, the rating's digits stopping
the facility's modifier) is one area; a city's or a province's rated areas (成都5A景区) stay the region's.

Every sentence is written for these tests and read as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, count_owners

from zhkg.stages.normalise import to_simplified

# (text, counted head in Simplified, the owners exactly; () for none): each read otherwise on main
OWNERS = [
    ("全国政协十四届四次会议新闻发布会今天下午举行。\n大会新闻发言人介绍了有关情况。他说，本次大会有2500多名中外记者报名采访。",
     "中外记者", ("中国人民政治协商会议全国委员会",)),
    ("十一届全国人大四次会议昨日在京开幕。会议期间天气晴好。据介绍，本次会议共收到代表议案500多件。",
     "议案", ("全国人民代表大会",)),
    ("2011中国国际教育展昨天在北京开幕。主办方介绍，本次展会共有500所院校参展。", "院校", ("中国国际教育展",)),
    ("第十二届全国运动会昨晚在沈阳开幕。据组委会介绍，本届全运会共有9770名运动员参赛。", "运动员", ("全国运动会",)),
    ("2024北京马拉松昨日鸣枪开跑。据介绍，本届赛事共有3万名选手参赛。", "选手", ("北京马拉松",)),
    # a summit's, forum's or fair's word alone opening a sentence
    ("第五届两岸经贸文化论坛昨日在广州开幕。论坛为期两天，共有500多名嘉宾出席。", "嘉宾", ("两岸经贸文化论坛",)),
]

# A base or a project named by its place (each read as its place's, or the place glued first's, on main)
WORKS = [
    ("春节期间，成都大熊猫繁育研究基地接待游客48万人次。", "人次", ("成都大熊猫繁育研究基地",)),
    ("深圳大冲旧村改造项目昨日签约。该项目总投资120亿元，共建住宅3000套。", "住宅", ("深圳大冲旧村改造项目",)),
    ("海南文昌航天发射基地今年共发射火箭5枚。", "火箭", ("海南文昌航天发射基地",)),
    ("广州南沙自贸区综合服务项目日前动工，共建设厂房20栋。", "厂房", ("广州南沙自贸区综合服务项目",)),
]
WORK_CONTROLS = [
    ("北京市内参展项目成交套数为1297套。", "套", ("北京市",)),
    ("四川各生产基地共有工人3万名。", "工人", ("四川省",)),
    ("中国是全球最大的稀土生产基地，共有企业300家。", "企业", ("中国",)),
    ("四川省重点项目共有120个。", "项目", ("四川省",)),
]

# A scenic area named with its rating (剑门蜀道剑门关5A景区, the web tune half's holder of 游客41.41万人次, carried from
# the sentence before on main; 峨眉山4A景区, read as 峨眉山市's): the rating says one area is named.
RATED = [
    ("西昌邛海景区接待游客74万人次。剑门蜀道剑门关5A景区接待游客41万人次。", "人次", {"西昌邛海景区", "剑门蜀道剑门关5A景区"}),
    ("春节期间，峨眉山4A景区接待游客20万人次。", "人次", {"峨眉山4A景区"}),
    ("黄龙溪4A级景区今年共接待游客80万人次。", "人次", {"黄龙溪4A级景区"}),
]
RATED_CONTROLS = [
    # a city's or a province's rated areas are all of them there, and so are the country's
    ("春节期间，成都5A景区共接待游客300万人次。", "人次", {"成都市"}),
    ("四川省5A级景区共接待游客900万人次。", "人次", {"四川省"}),
]

# A delegation named by its place (read as the place's on main), a transit line by its number (read as no one's)
DELEGATIONS_AND_LINES = [
    ("香港参访团一行30人昨日抵达北京。", "人", ("香港参访团",)),
    ("德国展团共有80家企业参展。", "企业", ("德国展团",)),
    ("中国体育代表团共有运动员977名。", "运动员", ("中国体育代表团",)),
    ("地铁4号线共设车站24座。", "车站", ("地铁4号线",)),
    ("电车7号线南延段共计3.8公里，包括7个新车站。", "车站", ("电车7号线",)),
]
DELEGATION_CONTROLS = [
    # a delegation the extractors name keeps its reading; its head is no other body
    ("美国考察团一行12人昨日抵达。", "人", ("美国考察团",)),
    ("中国代表团团长李明表示，共有300名运动员参赛。", "运动员", ("中国代表团",)),
    # a line's number alone names none
    ("4号线共设车站24座。", "车站", ()),
]

# Controls: owners as on main
CONTROLS = [
    # no meeting named: nothing to point to
    ("他说，本次大会有2000多名代表出席。", "代表", ()),
    # a body without its session: the body, carried, as before
    ("全国政协今天举行新闻发布会。据悉，本次大会有2000多名记者报名。", "记者", ("中国人民政治协商会议全国委员会",)),
    # a fair is no meeting
    ("第十届中国国际汽车博览会昨天开幕。据悉，本次会议共有300名代表参加。", "代表", ()),
    # a meeting the extractor names whole keeps its own reading
    ("中国共产党第十八次全国代表大会今天上午在人民大会堂开幕。据了解，本次大会共有2270名代表出席。", "代表",
     ("中国共产党第十八次全国代表大会",)),
    # the same kind named before, read by the kind's ending as before (本届博览会)
    ("第十届中国国际汽车博览会昨天开幕。本届博览会共吸引了500家企业参展。", "企业", ("中国国际汽车博览会",)),
    # a forum's word alone with no forum named; a fair named before is no forum (carried as before)
    ("论坛为期两天，共有500多名嘉宾出席。", "嘉宾", ()),
    ("中国国际汽车博览会昨日开幕。论坛为期两天，共有500多名嘉宾出席。", "嘉宾", ("中国国际汽车博览会",)),
    # a session's body, carried from the sentence before as on main, is what 此次会议 stands for too
    ("省政协十二届三次会议今天闭幕。据悉，此次会议共有300多名记者参与报道。", "记者", ("省政协",)),
    # a count of sessions is no session's
    ("全国政协已召开了四次会议，共有2000多名委员出席。", "委员", ("中国人民政治协商会议全国委员会",)),
]


def _owners(pipeline, text: str, counted: str) -> set[str]:
    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert counted in got, got  # the count is read
    return got[counted]


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(OWNERS))
def test_a_meeting_fair_or_game_owns_what_its_determiner_counts(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == set(owners)


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(WORKS))
def test_a_base_or_project_named_by_its_place_owns_its_counts(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == set(owners)


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(RATED))
def test_a_scenic_area_named_with_its_rating_owns_its_counts(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == owners


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(RATED_CONTROLS))
def test_a_regions_rated_areas_stay_the_regions(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == owners


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(DELEGATIONS_AND_LINES))
def test_a_delegation_by_its_place_or_a_line_by_its_number_owns_its_counts(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == set(owners)


@pytest.mark.parametrize(("text", "counted", "owners"), both_scripts(CONTROLS + WORK_CONTROLS + DELEGATION_CONTROLS))
def test_controls(pipeline, text, counted, owners):
    assert _owners(pipeline, text, counted) == set(owners)


def test_a_session_is_its_bodys_and_no_node_of_its_own(pipeline):
    """The session's counts go to its body; the session is written as no node (the dev set's convention)."""
    from zhkg.records import Document

    text = "十一届全国人大常委会第九次会议今天开幕。本次会议共有15项议程。"
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    assert not [m for m in result.mentions if m.simplified.endswith("会议")]
    assert _owners(pipeline, text, "议程") == {"十一届全国人大常委会"}
