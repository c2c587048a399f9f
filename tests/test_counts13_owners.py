"""Issue 14, round 13: who owns a count — the general causes of round 13's pool (tune13) and the working halves.

A body that gives its view or estimate is a source, not an owner; a body that speaks is no topic of the sentences
after it; a regulator's permission is not its count; a list glued to a count is what it counts; a survey's universe
has no owner; 全国各地 is where; those taking part in a contest are the contest's; a fund product owns its own
counts; 就X事宜 speaks of X. Every passage is written for these tests, in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts
from helpers import count_owners as owners

from zhkg.stages.normalise import to_simplified


def _owners(pipeline, text: str) -> dict[str, set[str]]:
    return {to_simplified(k): {to_simplified(n) for n in v} for k, v in owners(pipeline, text).items()}


# (text, counted head, the owner it must have, or None for none)
CASES = [
    # a body giving its view before what it says is its source (认为, 统计, 预计…), not the owner
    ("上周，据海通证券统计，仅有3只债券基金获得正收益。海通证券认为，这3只基金的收益主要来自股票。",
     "基金", None),
    ("好买基金研究中心统计，今年以来共有45只新基金成立。", "基金", None),
    # ...nor, when it speaks, the topic of the sentences after it
    ("华泰证券分析师表示，债市将迎来平衡年。与此同时，28只货币市场基金的收益有所下降。", "基金", None),
    # ...but a body speaking of what it does itself keeps its count in its sentence
    ("安省省长麦坚迪表示，省府现投资更多资源，增设6000个再培训名额。", "名额", "安大略省"),
    # a regulator letting others do something does not own them
    ("银监会近日明确允许7家同时具备资格的商业银行开展此项业务。", "银行", None),
    # a list glued to its count is what it counts: no item owns it, nor a count pointing back to it
    ("长江证券指出，鹏华丰收和华富稳健这两只基金的收益较好，“这两只基金都投资了可转债”。", "基金", None),
    ("最近一个月，就有嘉实、易方达、博时、招商四只沪深300指数基金获批。", "基金", None),
    # ...while a holder before the list still owns it
    ("据悉，杭州目前只有工商银行、建设银行这两家银行开办此项业务。", "银行", "杭州市"),
    # the funds a survey takes in are no fund's
    ("2010年，该基金在纳入统计的38只货币市场基金中排名第三。", "基金", None),
    # those who come from everywhere in the country (全国各地) are not the country's; they are the contest's
    ("第八届全国大学生机器人大赛昨日在成都开幕。来自全国各地的300多名选手将参加12个项目的比赛。", "选手",
     "全国大学生机器人大赛"),
    ("第八届全国大学生机器人大赛昨日在成都开幕。来自全国各地的300多名选手将参加12个项目的比赛。", "项目",
     "全国大学生机器人大赛"),
    # an event written with quotes after its place is named, and 本次活动 stands for it
    ("10月9日闭幕的全国建材“金牌导购”大赛吸引了各方关注。协会秘书长王明介绍，本次活动共有2100名店员报名。",
     "店员", "全国建材“金牌导购”大赛"),
    # ...but a count of events is no event's (出席这两个会议后)
    ("第三届中非合作论坛今日开幕。出席这两个会议后，他将前往北京。", "会议", None),
    # a list closed by 等 names a category: no earlier holder of its sentence owns it
    ("上周，泰达荷银精选以9.3%领先，其它另有国联安精选、华宝兴业优选、广发小盘等14只基金的净值增长率超过7%。",
     "基金", None),
    # a company followed by a verb and Latin capitals is no fund product (广发基金拿到QDII)
    ("当华夏基金拿到QDII业务批文后，共计有31家基金公司获得QDII资格。", "公司", None),
    # a university's short form opening a clause stands for it (大学 ends as 大学 does)
    ("查尔斯达尔文大学位于达尔文市。大学共有6个学院，学生来自50多个国家。", "学院", "查尔斯达尔文大学"),
    # a fund product opening a clause owns its own subscribers (the company's name opens the product's)
    ("昨日，光大保德信红利精选宣布成立，光大保德信红利精选本次募集的有效认购户数为9800户。", "户", "光大保德信红利精选"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_round13(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# Two places listed opening a sentence are no topic of the next (深圳和广州的基金公司…。大约30家): no owner.
LISTED = "深圳和广州的基金公司今年已签下多笔大单。记者估算，目前拥有这项资格的基金公司大约30家。"


@pytest.mark.parametrize("text", both_scripts([LISTED]))
def test_listed_places_are_no_topic(pipeline, text):
    got = _owners(pipeline, text)
    assert got.get("公司") == set() or got.get("基金公司") == set(), got
