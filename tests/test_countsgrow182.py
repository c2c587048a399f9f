"""Issue 14, session 44 (countsgrow182): the web tune half grown with mainland counts, and the two classes it shares.

The round grew the web set's tune half by 15 mainland Simplified articles dense in counts (``cn-182-01``…``15``,
``tests/test_webgrow137.py`` checks their records), then sorted the errors of the old and the new tune articles with
``bench/counts_web.py --causes`` and ``bench/count_owner_causes.py``. The two classes shared by the old tune half and
the new articles, each fixed by one mechanism, pinned here on sentences written for these tests:

- **Owners: a part whose whole was counted in an earlier sentence** (``relate/counts.py``,
  ``whole_counted_before``). 其中 with no count before it in its sentence (运动员都很年轻，其中30人…), or a sentence
  opening with 在X中, takes the owner of the largest count of that noun in the last few sentences: the parts of a
  delegation's athletes are the delegation's. With no such count the part stays no one's.
- **Counts: a bare number glued to a noun, no classifier** (``extract/counts.py``, ``_glued_like_neighbours``). A run
  of digits glued to a noun counts it when the text counts that noun elsewhere with a classifier (64个小项 … 冰壶2小项)
  or a count stands beside it in a list (2名司机、1民众与3被害人: a digit 1 counts too); a year, a date or a noun the
  text never counts so stays no count.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, counts_in_script, in_script

# (text, counted head, owner): the part shares the owner of the whole counted in an earlier sentence
PARTS = [
    ("浙江大学今年录取新生6000名。新生平均年龄18岁，其中500人来自农村。", "人", "浙江大学"),
    ("华为公司共有员工20万名。在员工中，有5万人从事研发。", "人", "华为公司"),
    # the largest count of the noun is the whole (the men and the women are parts of it too)
    ("北京国安俱乐部共有球员40名，其中男球员30名、女球员10名。球员都很年轻，其中12人不满20岁。", "人", "北京国安俱乐部"),
]

# (text, counted head): no whole of that noun was counted before, the part stays no one's
NO_WHOLE = [
    ("浙江大学今年录取新生6000名。天气很好，其中500人出门。", "人"),
    ("浙江大学今年录取新生6000名。游客很多，其中500人来自农村。", "人"),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), PARTS)
def test_a_part_shares_the_owner_of_its_whole_counted_before(pipeline, text: str, counted: str, owner: str,
                                                             script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted"), NO_WHOLE)
def test_a_part_of_nothing_counted_stays_no_ones(pipeline, text: str, counted: str, script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, None)


# (text, (value, counted head in Simplified)) that must be read
GLUED = [
    ("本届共设64个小项，其中短道速滑1小项、冰壶2小项。", (1, "小项")),
    ("本届共设64个小项，其中短道速滑1小项、冰壶2小项。", (2, "小项")),
    ("联赛共有16支球队，其中12球队来自北方。", (12, "球队")),  # counted elsewhere with 支
    ("获奖者包括2名司机、1民众与3被害人。", (1, "民众")),  # a count beside it in a list
    ("获奖者包括2名司机、1民众与3被害人。", (3, "被害人")),
]

# (text, head) where no such count is read: nothing counts the noun elsewhere and no count stands beside it
NOT_GLUED = [
    ("2025赛季共有16支球队参赛。", "赛季"),  # a year
    ("他在12楼办公，楼里有3部电梯。", "楼"),  # one letter, a floor
    ("本届共设64个小项，比赛在1号场地举行。", "号场地"),
    ("今年读了3本书，其中1小说让人难忘。", "小说"),  # 小说 counted nowhere with a classifier, no count beside
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), GLUED)
def test_a_glued_number_counts_like_its_neighbours(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in [(int(v), thing) for v, thing in counts_in_script(nlp, text, script)]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "head"), NOT_GLUED)
def test_a_glued_number_without_such_neighbours_counts_nothing(nlp, text: str, head: str, script: str) -> None:
    assert head not in {thing for _, thing in counts_in_script(nlp, text, script)}
