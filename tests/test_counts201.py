"""Issue 14, session 46 (counts201): a division's name right before a number says where, not what is counted.

The web tune half's largest kind of "spurious: pairs a miss" that one mechanism explains: a list of places and their
counts (新增公办幼儿园包括思明区2所、湖里区5所…) read the first district as the thing counted (2 思明区), and the
counts after it borrowed that district. A noun before a number is the thing (生产基地7个) unless it names where
(南部地区2起, ``_WHERE_NOUNS``); the full name of a division in the gazetteer (思明区, 浦东新区, 杭州市; not 小区,
园区, 开发区) now names where too. Such a count takes the thing of a count of its classifier in its sentence, else the
plain noun before the sentence's 包括 (the things the list is of), else that of a near count, else its classifier.
Sentences written for these tests, in the three scripts of ``COUNT_SCRIPTS``.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, counts_in_script

# (text, [(value, counted head in Simplified), ...] in order): a list of places after 包括 counts the noun before it
LISTED = [
    ("新建幼儿园包括思明区2所、翔安区3所。", [(2, "幼儿园"), (3, "幼儿园")]),  # jieba tags 思明区 a noun
    ("新建学校包括海淀区3所、朝阳区2所。", [(3, "学校"), (2, "学校")]),  # and 海淀区 a place: read at all now
    ("新开工的医院包括武侯区2座、青羊区1座。", [(2, "医院"), (1, "医院")]),
    ("签约项目包括浦东新区12个、闵行区5个。", [(12, "项目"), (5, "项目")]),
]

# (text, (value, counted)): a division before the number with nothing to borrow leaves the classifier standing alone
ALONE = [
    ("据统计,翔安区8所。", (8, "所")),
    ("我们走访了思明区2所,都很好。", (2, "所")),
]

# (text, (value, counted)) unchanged: a noun that is no division's name, a near count's thing, a division counting a noun
KEPT = [
    ("城镇老旧小区2.5万个。", (25000, "小区")),  # 小区 ends like a district and is none
    ("生产基地7个。", (7, "基地")),
    ("全市有学校20所。海淀区3所。", (3, "学校")),  # a near count lends its thing, as before
    ("全市新增公园8个。其中朝阳区3个,海淀区2个。", (2, "公园")),
    ("思明区2所学校停课。", (2, "学校")),  # the noun after the classifier is the thing
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counts"), LISTED)
def test_a_list_of_places_counts_the_noun_before_its_including(nlp, text: str, counts: list, script: str) -> None:
    assert [(int(v), thing) for v, thing in counts_in_script(nlp, text, script)] == counts


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), ALONE)
def test_a_division_before_the_number_is_not_the_thing(nlp, text: str, count: tuple, script: str) -> None:
    assert [(int(v), thing) for v, thing in counts_in_script(nlp, text, script)] == [count]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), KEPT)
def test_other_nouns_and_borrowing_are_kept(nlp, text: str, count: tuple, script: str) -> None:
    assert count in [(int(v), thing) for v, thing in counts_in_script(nlp, text, script)]
