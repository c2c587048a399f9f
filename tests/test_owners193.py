"""Issue 14, session 45 (owners193): a count in a sentence naming no holder goes on with the document's topic.

The web tune half's owner errors shared by its old and new articles are the holderless ones: a count whose sentence
names no holder, opening a paragraph or after sentences whose topic :meth:`previous_subject` cannot name, whose gold
is what the whole article is about (2025年中国完成水利建设投资… ¶ “十四五”期间，181项重大水利工程开工建设 -> 中国).
Now (``relate/count_owner_clauses.py``, :meth:`_ClauseReaders.document_topic` and ``topic_carried``): when no
earlier sentence, nor the body of the members counted, gives such a count an owner, the document's topic does (the
holder the document names first, when it names it at least three times and no other as often), if the count's
sentence opens a paragraph (where :meth:`previous_subject` carries no topic). A crowd (300人), a count pointing back
(这320个), a sentence about a person who does not speak, a sentence inside a paragraph, and a document whose first
holder is named in passing or as often as another keep no owner.

**A list closed by a colon** (``relate/counts.py``, ``_list_before_colon``, :meth:`_CountOwners.list_heading`): a
count right after a colon closing a list of names (湖里区 仁和幼儿园、…、新港幼儿园：共提供1440个学位) is the list's sum,
and the holder heading the list, a space apart or glued, owns it, not the list's last item; a list with no such
heading is read as before.

The sentences below are written for these tests, in three scripts.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, in_script

_SUZHOU = "苏州市发布新一年规划。苏州市将推进城市更新，苏州市各区同步实施。\n"

# (text, counted head, owner): the document's topic owns a count in a sentence naming no holder
TOPIC = [
    ("厦门市今年新增一批公办幼儿园。厦门市教育局介绍，厦门市将继续扩大学位供给。\n今年计划新建公办幼儿园12所，"
     "可新增学位5000个。", "幼儿园", "厦门市"),
    ("厦门市今年新增一批公办幼儿园。厦门市教育局介绍，厦门市将继续扩大学位供给。\n今年计划新建公办幼儿园12所，"
     "可新增学位5000个。", "学位", "厦门市"),
    ("2025年中国完成水利建设投资1.2万亿元。\n记者从水利部获悉，中国今年水利投资再创新高，中国各地加快建设。\n"
     "“十四五”期间，181项重大水利工程开工建设。", "水利工程", "中国"),
    (_SUZHOU + "全年计划改造老旧小区320个。", "小区", "苏州市"),
    # a holder derived from a common noun (行政村) is no topic, first though it is
    ("基建提速 85%行政村通5G\n“十四五”时期，中国基建不断加速，每10个行政村就有9个通上了5G。中国高铁里程全球第一，"
     "中国公路网不断完善。\n5G基站数量超过400万个。", "基站", "中国"),
    # a speaker before the count reports the topic's figures
    (_SUZHOU + "副市长张伟表示，全年计划改造老旧小区320个。", "小区", "苏州市"),
    # a paragraph opening with a frame of time, then the count
    (_SUZHOU + "截至目前，全年已新建口袋公园15个。", "公园", "苏州市"),
]

# (text, counted head, owner or None): what the topic does not take
KEPT = [
    ("广州市发布消息。\n今年计划新建公办幼儿园12所。", "幼儿园", None),  # named once: in passing
    (_SUZHOU + "共有300人参加了发布会。", "人", None),  # a crowd is no topic's
    (_SUZHOU + "这320个小区将在年内完工。", "小区", None),  # pointing back to what was just named
    # another holder named as often: no one topic
    ("苏州市发布新一年规划。无锡市也发布规划。苏州市将推进城市更新，无锡市同步实施。\n全年计划改造老旧小区320个。",
     "小区", None),
    (_SUZHOU + "无锡市全年计划改造老旧小区320个。", "小区", "无锡市"),  # a holder of its own sentence first
    # inside a paragraph, past the sentences an earlier topic carries into: the text has moved on
    ("苏州市发布新一年规划。苏州市将推进城市更新，苏州市各区同步实施。市民对此反应热烈。天气晴好。交通顺畅。街头热闹。"
     "全年计划改造老旧小区320个。", "小区", None),
    (_SUZHOU + "张伟是老城区的居民，他家附近有3个公园。", "公园", None),  # a person the sentence is about
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), TOPIC + KEPT)
def test_the_document_topic_owns_a_holderless_paragraph_opening(pipeline, text: str, counted: str, owner: str | None,
                                                                script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)


# (text, counted head, owner, the list's last item): a list's sum after a colon is its heading's
LISTS = [
    ("福州市今秋新增一批幼儿园。仓山区 启明幼儿园、金山幼儿园：共提供600个学位。", "学位", "仓山区", "金山幼儿园"),
    ("天津市新开三家医院。南开区 第一医院、第二医院：共设床位800张。", "床位", "南开区", "第二医院"),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner", "last"), LISTS)
def test_a_list_closed_by_a_colon_sums_for_its_heading(pipeline, text: str, counted: str, owner: str, last: str,
                                                      script: str) -> None:
    from helpers import count_owners

    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, in_script(text, script)).items()}
    assert got.get(counted) == {owner}, got
    assert last not in got[counted]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_a_list_with_no_heading_is_read_as_before(pipeline, script: str) -> None:
    # no holder heads the list: the earlier sentence's topic, as before this round
    text = "福州市今秋新增一批幼儿园。阳光幼儿园、春晓幼儿园：共提供900个学位。"
    assert_count_owner(pipeline, in_script(text, script), "学位", "福州市")


def test_a_long_run_before_a_colon_is_no_list() -> None:
    # a doubled 、 near the colon: no list. Read back once, the run costs milliseconds; a pattern searched from each
    # of its starts (this round's first form) took quadratic time, minutes on this run
    from zhkg.relate.counts import _list_before_colon

    text = "幼儿园、" * 25000 + "、园：共提供5个学位"
    assert _list_before_colon(text, 0, text.index("：")) is None
    assert _list_before_colon("仁和幼儿园、新港幼儿园：", 0, 11) == 0
    assert _list_before_colon("甲、乙：", 0, 3) == 0
    assert _list_before_colon("区 甲乙：", 0, 4) is None  # one item: no list
