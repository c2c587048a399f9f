"""Issue 14, session 32 (owners59): count owners where they are companies, towns and bodies.

From the tune59 half of ``bench/counts_owned59`` (THUCNews text no count judgement covered; a third each read as
written, s2tw and s2hk) and from invented sentences of the kinds the brief names (a company's parts, towns, Hong
Kong and Taiwan text):

- a place glued before a side of it or its surroundings (阳光大道北侧, 车站附近) is a landmark: it owns nothing and
  is no topic of the sentences after it;
- 其 opening the clause after one whose object is a body the text does not name (收购了一家…企业，其麾下…) stands for
  that body: no owner, and no holder carried past it; after a copula (万科是一家公司，其…) it is the subject still;
- a company written right after a word of holding (鸿海集团旗下富士康, 万科旗下的万科物业) is the group's part and
  the subject of its clause: its counts are its own, it is never the group's name cut too long, and a chain of
  places after its 在 (在深圳龙华有员工…) is where it has them;
- 当地 after a sentence whose copula describes the place opening it (鹿港镇是台湾著名古镇。当地…) stands for that
  place, not the one inside its description (台湾, 全国);
- 该街道, 全街道, 该社区, 全社区, 本社区 and 该乡镇 stand for the nearest place of their kind, as 该镇 does;
- a body counting its members (会员, 成员) has them even when it reports them with 统计 (a source's verb), unless it
  is a reporting body (研究中心, 统计局);
- 支行 is a noun, as 分行 (jieba tags both v): 48家支行 is a count.

Every sentence is checked as written and in Traditional (OpenCC s2t); each row of ``OWNERS`` fails on main before
this round, each of ``OWNER_CONTROLS`` passes on both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form, assert_count_owner, both_scripts, count_owners, in_script

ROOT = Path(__file__).resolve().parents[1]

# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    # a landmark beside a site is no topic
    ("该地块位于新桥路西侧，双塔路南侧，阳光大道北侧。共有7位竞买人参加竞买。", "竞买人", None),
    # 其 after an unnamed body
    ("美克美家刚刚在美国收购了一家具有50多年历史的家具企业，其麾下拥有4个美国著名家具品牌。", "品牌", None),
    ("万科集团收购了一家公司。其旗下共有300个项目。", "项目", None),
    # a group's part after 旗下
    ("鸿海集团旗下富士康在深圳龙华有员工约30万人。", "员工", "富士康"),
    ("万科旗下的万科物业有员工3000人。", "人", "万科物业"),
    ("万科旗下的万科物业在北京有员工3000人。", "人", "万科物业"),
    # a chain of places after the subject's 在
    ("富士康在深圳龙华有员工约30万人。", "员工", "富士康"),
    ("华硕电脑在台北市内湖区有3间门市。", "门市", "华硕电脑"),
    # 当地 after a copula sentence: the town, not the place describing it
    ("彰化县鹿港镇是台湾著名古镇。当地共有庙宇80多座。", "庙宇", "鹿港镇"),
    ("昆山市周市镇是全国百强镇。当地共有外资企业300多家。", "企业", "周市镇"),
    # a bank's branches
    ("招商银行深圳分行下辖48家支行。", "支行", "招商银行深圳分行"),
    # a subdistrict's own word
    ("沙井街道位于宝安区。该街道有工业企业3000多家。", "企业", "沙井街道"),
    # an association counting its own members, even with 统计
    ("中国钢铁工业协会统计，会员企业共有80家。", "企业", "中国钢铁工业协会"),
    ("中国钢铁工业协会统计，共有会员80家。", "会员", "中国钢铁工业协会"),
]

# Controls: what the rules must leave as it was
OWNER_CONTROLS = [
    ("据万科集团介绍，其旗下共有300个项目。", "项目", "万科集团"),
    ("万科集团是一家公司，其旗下共有300个项目。", "项目", "万科集团"),
    ("台积电在台湾共有4座工厂。", "工厂", "台积电"),
    ("华润集团旗下的华润万家开设了200家门店。", "门店", "华润万家"),
    ("广发基金…。广发基金中标两家公司。", "公司", "广发基金"),
    ("记者昨日来到广州市番禺区石楼镇。当地有18个村。", "村", "石楼镇"),
    ("美国总统访问了中国。当地有3000名记者。", "记者", "中国"),
    ("江苏省昆山市周市镇共有23个行政村。", "行政村", "周市镇"),
    ("招商银行深圳分行下辖48家网点。", "网点", "招商银行深圳分行"),
    ("沙井镇政府介绍，该镇有工业企业3000多家。", "企业", "沙井镇"),
    # a reporting body's count stays no one's
    ("好买基金研究中心统计，共有会员80家。", "会员", None),
    ("据国金证券统计，共有12只基金分红。", "基金", None),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_owners59_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, counted head, names that must not own it): the group, the places after 在, the place describing the town
NOT_OWNERS = [
    ("鸿海集团旗下富士康在深圳龙华有员工约30万人。", "员工", {"鸿海集团", "深圳", "深圳市", "龙华", "龙华区"}),
    ("万科旗下的万科物业在北京有员工3000人。", "人", {"万科", "北京"}),
    ("彰化县鹿港镇是台湾著名古镇。当地共有庙宇80多座。", "庙宇", {"台湾", "彰化县"}),
]


@pytest.mark.parametrize("text, counted, absent", both_scripts(NOT_OWNERS))
def test_owners59_not_owners(pipeline, text, counted, absent):
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert counted in got, got
    assert not (got[counted] & absent), got


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present", [
    ("招商银行共有48家支行。", (48.0, "支行")),
    ("该行在全港设有48间支行。", (48.0, "支行")),
    ("共有48家分行。", (48.0, "分行")),  # control
])
def test_owners59_branch_counts(nlp, script, text, present):
    assert_count_form(nlp, in_script(text, script), present, None)


def test_owners59_pool_is_rows_and_offsets_only():
    """The judged pool stores no text, splits into tune59 and check59 by alternation, reads a share of each half
    in each script, and takes no row of the counts dev set (its blind half included)."""
    records = [json.loads(line) for line in (ROOT / "bench" / "counts_owned59.jsonl").read_text(encoding="utf-8")
               .splitlines() if line.strip()]
    dev_rows = {json.loads(line)["row"] for line in (ROOT / "tests" / "gold" / "counts_dev.jsonl")
                .read_text(encoding="utf-8").splitlines() if line.strip() and "row" in json.loads(line)}
    assert records and not {r["row"] for r in records} & dev_rows
    for batch in (1, 2):
        rows = [r for r in records if r["batch"] == batch]
        assert [r["half"] for r in rows] == [("tune59", "check59")[i % 2] for i in range(len(rows))]
    for half in ("tune59", "check59"):
        assert {r["script"] for r in records if r["half"] == half} == {"simplified", "s2tw", "s2hk"}
    for r in records:
        assert set(r) == {"row", "category", "window", "half", "script", "batch", "counts"}
        for c in r["counts"]:
            assert len(c["check"]) <= 4 and c["end"] - c["start"] >= len(c["check"])
