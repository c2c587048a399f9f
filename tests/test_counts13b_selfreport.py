"""Issue 14, round 13b: a body speaking of itself owns its counts; forms of counts left by round 13.

A company announcing (公告称, 宣布, 表示) or speaking through its spokesman (据X相关负责人介绍) owns the counts after it that
speak of the company (旗下, 本公司, 其…) or count what a body has (基金, 客户, 门店…); a research centre, a statistics
office or a view (统计, 认为, 数据显示) still owns nothing. 一家企业 is an article; 参赛选手为1869人 counts 选手; 其中三只
points back to the noun the sentence before ends with. Every passage is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

from zhkg.stages.normalise import to_simplified

# (text, counted head, the owner it must have, or None for none)
CASES = [
    # a company's announcement about itself carries to its own funds in the next sentence
    ("近日，华安基金公告称，自3月1日起增加建设银行为代销机构。至此，旗下全线12只开放式基金已在五大银行上线。",
     "基金", "华安基金"),
    # ...and its spokesman's report of its own customers in the same sentence
    ("据富国基金相关负责人介绍，该活动开展三个月以来，已有超过5200名客户办理了网上交易。", "客户", "富国基金"),
    # a research centre's market-wide figure is still nobody's, in its sentence and after it
    ("海通证券研究中心统计，今年以来共有45只新基金成立。其中股票型基金有20只。", "基金", None),
    # an officer of a fund company speaking of the market: the market's funds in the next sentence are not its
    ("嘉实基金固定收益总监李明表示，债市将迎来平衡市。2008年债券基金取得了正收益，有15只债券基金的年回报率超过10%。",
     "基金", None),
    # a view (认为) does not carry either, even to funds
    ("国信证券认为，债市将迎来平衡年。与此同时，28只货币市场基金的收益有所下降。", "基金", None),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_self_report_owns(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


def _counts(pipeline, text: str) -> list[tuple[str, float, str]]:
    doc = pipeline.process_documents([__import__("zhkg").records.Document("t", text, kind="text")])[0]
    return [(to_simplified(text[m.start : m.end]), m.quantity.value, m.quantity.counted_simplified)
            for m in doc.mentions if m.quantity is not None]


@pytest.mark.parametrize("text", both_scripts(["金融危机全面爆发时，要让一家企业拿出至少5000万元购买理财产品并不容易。"]))
def test_one_company_is_no_count(pipeline, text):
    assert not any(thing == "企业" for _, _, thing in _counts(pipeline, text))


@pytest.mark.parametrize("text", both_scripts(["本届比赛吸引了大批市民关注。决赛环节有效参赛选手为2350人，参与品牌86个。"]))
def test_people_named_before_a_unit(pipeline, text):
    found = {(value, thing) for _, value, thing in _counts(pipeline, text)}
    assert (2350.0, "参赛选手") in found or (2350.0, "选手") in found, found


@pytest.mark.parametrize("text", both_scripts(["据统计，今年已有8家基金公司获批中证500指数基金。其中四只是在上个月获得批准的。"]))
def test_among_points_back(pipeline, text):
    found = {(value, thing) for _, value, thing in _counts(pipeline, text)}
    assert any(value == 4.0 and thing.endswith("基金") for value, thing in found), found
