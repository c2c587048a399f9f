"""Round counts320: counts and owners on text nobody tuned for (issue 14), the forms the opened pools pool61c and pool62c
showed.

Counts (``zhkg.extract``):

* a list of counts written noun-first (共舰17艘、公务船8艘出海扰台; 示范点5个、托位3521个) counts each item's noun, also one
  jieba leaves untagged, and a verb after the last item's classifier is the predicate (``count_nouns._item_noun``);
  a place, a name or a verb opening an item (北京3家、上海5家; 认购89套、成交33套) is none;
* a number written digit by digit before a classifier (八○二四人, 三一八○件; after a myriad: 廿八万二九六九户) and 廿 after
  a zero (一万六千零廿七人) are read (``count_numerals.digit_run``); a year (二○二五年) stays none; digits after 千万/百万
  (2千万2091人) are the number's units below the myriads;
* a case noun after 宗/起/例 past a disease jieba tags z or i, or a noun of people with a bound letter after it
  (6宗退伍军人症个案, 5宗猩红热个案), or past 索偿 (``count_phrase._case_noun_ahead``).

Owners (``zhkg.relate``): people a body arrests, detains or charges are the body's (九龙城警区拘捕13名男子), as the cases
it solves and the goods it seizes are; people a court judges stay no one's (``count_counted._judged``).

Each case runs as written (Simplified) and in Traditional; the texts are invented, of the forms the errors showed.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from tests.test_counts295 import _counts
from zhkg.extract.count_numerals import digit_run

# (text, the count as written in Simplified, the thing it counts)
THINGS = [
    # noun-first lists: every item's noun, the last one's verb the predicate
    ("海巡署发现渔船12艘、货轮3艘进入禁区。", "货轮3艘", "货轮"),
    ("海巡署发现渔船12艘、货轮3艘进入禁区。", "渔船12艘", "渔船"),
    ("国防部侦获共机32架次、共舰9艘、公务船3艘出海扰台。", "共舰9艘", "共舰"),
    ("国防部侦获共机32架次、共舰9艘、公务船3艘出海扰台。", "公务船3艘", "公务船"),
    ("该区建成示范点5个、托位3521个。", "托位3521个", "托位"),
    ("海关截获货柜7个、快艇2艘驶离码头。", "快艇2艘", "快艇"),
    # ...a phrase after the classifier stays what is counted
    ("交行、中信、招商、兴业4家股份制银行。", "4家股份制银行", "银行"),
    ("基金锁定一年仍然跑赢大盘31个增发项目中。", "31个增发项目", "项目"),
    # digit by digit, after a myriad, 廿 after a zero
    ("全县撤离八○二四人。", "八○二四人", "人"),
    ("检方合计查获三一八○件。", "三一八○件", "件"),
    ("目前仍有六万三八一六户停电。", "六万三八一六户", "户"),
    ("警方共侦破二○五三件诈骗案。", "二○五三件诈骗案", "诈骗案"),
    # a case noun past a disease
    ("今年录得6宗退伍军人症个案。", "6宗退伍军人症个案", "个案"),
    ("今年录得5宗猩红热个案。", "5宗猩红热个案", "个案"),
    ("本周录得7宗手足口病个案。", "7宗手足口病个案", "个案"),
    ("警方接获100宗交通意外索偿诈骗案件。", "100宗交通意外索偿诈骗案件", "案件"),
    # ...a noun of people before the predicate stays the thing
    ("3例患者出现发热症状。", "3例患者", "患者"),
]

# (text, a count as written in Simplified, its value)
VALUES = [
    ("停电用户达廿八万二九六九户。", "廿八万二九六九户", 282969),
    ("全县撤离八○二四人。", "八○二四人", 8024),
    ("共有一千零廿人报名。", "一千零廿人", 1020),
    # myriads written with 千/百 before 万, then the digits below them
    ("全国选举人数为2千万2091人。", "2千万2091人", 20002091),
    ("今年游客达3百万200人次。", "3百万200人次", 3000200),
]

# (text, a count the text must not yield, as written in Simplified)
NOT_COUNTS = [
    ("二○二五年全县共有三所学校。", "二○二五"),
    ("南京市商品住房认购89套、成交33套。", "成交33套"),
    ("北京3家、上海5家。", "上海5家"),
    ("台北市3处、新北市5处。", "新北市5处"),
]

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    ("九龙城警区昨日拘捕13名本地男子。", "13名本地男子", "九龙城警区"),
    ("台中地检署已羁押5名嫌犯。", "5名嫌犯", "台中地检署"),
    ("桃园地检署昨日拘提7名嫌犯。", "7名嫌犯", "桃园地检署"),
    ("海关在机场截获3名旅客。", "3名旅客", "海关"),
    # a court's judged are no one's
    ("高等法院昨日判决5名被告无罪。", "5名被告", None),
    # people arrested are no place's, the body that arrests them no mention (mend322)
    ("香港警方昨日拘捕两名男子，涉嫌盗窃。", "两名男子", None),
    ("深圳警方昨日拘捕3名男子。", "3名男子", None),
]


@pytest.mark.parametrize("text, count, thing", both_scripts(THINGS))
def test_thing(pipeline, text, count, thing):
    assert _counts(pipeline, text).get(count) == thing


@pytest.mark.parametrize("text, count, value", both_scripts(VALUES))
def test_value(pipeline, text, count, value):
    from zhkg.records import Document, Label
    from zhkg.stages.normalise import to_simplified

    mentions = pipeline.process_documents([Document("d", text, kind="text")])[0].mentions
    values = {to_simplified(m.text): m.quantity.value for m in mentions if m.label is Label.COUNT and m.quantity}
    assert values.get(count) == value


@pytest.mark.parametrize("text, count", both_scripts(NOT_COUNTS))
def test_no_count(pipeline, text, count):
    assert not any(count in written for written in _counts(pipeline, text))


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


def test_digit_run():
    assert digit_run("八○二四") == 8024
    assert digit_run("廿八万二九六九") == 282969
    assert digit_run("二十") is None  # a plain numeral is parse_number's
    assert digit_run("六万三八") is None  # after a myriad only the four digits below it
