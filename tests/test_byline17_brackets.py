"""A bracketed name is a byline only where a byline stands (session 17, byline17; audit17's errors): at a line's
or the article's start, after a stop, a dateline (电/讯) or a credit's title (记者), before a credit (/文, 摄), or
closing the article. Right after a word in mid-sentence it glosses that word (阿郎(何剑雄), 商人(罗斯)): no
AUTHOR_OF. Simplified and Traditional; passages written for this file."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document, RelationKind
from zhkg.relate.authorship import _stands_as_byline
from zhkg.stages.entity_groups import entity_id


def authors(pipeline, text: str) -> set[str]:
    """The Simplified names of what is AUTHOR_OF the document read from ``text``."""
    result = pipeline.process_documents([Document("byline17", text, kind="text")])[0]
    by_id = {entity_id(m): m.canonical or m.simplified for m in result.mentions}
    return {by_id.get(r.source, r.source) for r in result.relations if r.kind is RelationKind.AUTHOR_OF}


@pytest.mark.parametrize("text", both_scripts([
    # a crew member's real name glossing a nickname, inside a quote
    "导演说：“拍摄难度很大，但阿郎(何剑雄)相当敬业，跟我们一起搜集了很多资料。”影片将于明年春节上映。",
    # a game character's name after the word for the character
    "活动期间，每天晚上发售入场券的商人(罗斯)将会到达城市广场，玩家购买后即可进入迷宫。",
    # a figure's position after the word for the figure
    "从调查报告提供的数据图(左图)可以看出，多数受访者认为今年房价仍将上涨。",
]))
def test_gloss_after_a_word_is_no_byline(pipeline, text):
    assert authors(pipeline, text) == set()


@pytest.mark.parametrize("text, author", both_scripts([
    ("（刘权有）截至2月14日，全区没有一例确诊病例，各村没有疫情发生。", "刘权有"),
    ("全区疫情防控工作纪实\n(刘权有)截至2月14日，全区没有一例确诊病例。", "刘权有"),
    ("中新网北京9月21日电(张曦)惊悚电影《梦游》今日下午在北京举行首映礼。", "张曦"),
    ("比对结果将于下周公布中新社杭州9月23日电 (陈佳)秋瑾的后人昨日在杭州表示愿意配合。", "陈佳"),
    ("昨天，市政府召开常务会议，审议通过了多项文件。(张伟建)", "张伟建"),
    ("楼市降价潮与去年完全不一样，开发商仍在观望。(李娟) 我要评论", "李娟"),
    ("江苏队：胡雪峰、易立、孟达、刘亚晖技术统计(王鹏)", "王鹏"),
    ("申请留学前要走出四个误区北京考试报（记者 马海丽）提起法国留学，很多人会说免学费。", "马海丽"),
]))
def test_bylines_where_bylines_stand(pipeline, text, author):
    assert author in authors(pipeline, text)


@pytest.mark.parametrize("text, name, expected", [
    ("阿郎(何剑雄)相当敬业，跟我们一起搜集了资料。", "何剑雄", False),
    ("阿郎（何剑雄）相当敬业，跟我们一起搜集了资料。", "何剑雄", False),
    ("山城的秋色(王小明)/文 今年的秋天来得格外早。", "王小明", True),
    ("山城的秋色(王小明)摄 今年的秋天来得格外早。", "王小明", True),
    ("本报讯(王小明)昨天，市政府召开会议。", "王小明", True),
    ("本报记者(王小明)昨天，市政府召开会议。", "王小明", True),
    ("北京考试报（记者 王小明）提起留学，很多人会说学费低。", "王小明", True),
    ("中广网北京7月10日消息（记者 王小明）国务院召开两次座谈会。", "王小明", True),
    ("会议开了三个小时。(王小明)昨天，市政府召开会议，审议文件。", "王小明", True),
    ("(王小明)昨天，市政府召开会议。", "王小明", True),
    ("商人(罗斯)将会到达，玩家购买入场券后可以进入。(王小明)", "罗斯", False),
    ("玩家购买入场券后可以进入。(王小明)", "王小明", True),
    ("玩家购买入场券后可以进入迷宫(王小明)", "王小明", True),
    ("玩家购买入场券后可以进入迷宫(王小明)，活动为期一周。", "王小明", False),
])
def test_where_a_bracket_stands(text, name, expected):
    start = text.index(name)
    assert _stands_as_byline(text, start, start + len(name)) is expected
