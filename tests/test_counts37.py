"""Issue 14, session 29 (counts37): counts in Traditional Hong Kong and Taiwan wording.

- 国内 in Taiwan's own news is Taiwan (疾管署今天公布，国内新增本土病例8例); elsewhere, and in 中国内地, 国内外, 美国国内,
  国内生产总值, it is no place;
- 地王, 共机, 共舰 are words (两个地王, 共机15架次、共舰8艘);
- a head count right after a count of units (其中8所学生数不到50人) is a property of each unit: the units are counted,
  the number after it is no count;
- a noun before 在 + a whole place and its connector is the thing (门市在全台已达6,800家); a noun after 其中 names the
  part counted (其中私立学校约100所: 学校, not the total's thing);
- owners: a chain named after its kind (连锁快餐店大家乐表示) or a cinema chain (星光院线昨日宣布); 园区 after the
  administration of a zone (竹科管理局表示，园区… -> 竹科).
Every sentence is written for these tests; forms are checked in Simplified, s2hk and s2tw, owners in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_count_owner,
    both_scripts,
    count_owners,
    counts_in,
    in_script,
)

# (text, (value, counted head in Simplified) that must be read, one that must not)
FORMS = [
    ("地政总署公布，两个地王分别以高价批出。", (2, "地王"), None),
    ("国防部表示，共侦获共机12架次、共舰5艘在周边活动。", (5, "共舰"), None),
    ("县政府指出，其中6所学生数不足30人。", None, (30, "人")),
    ("其中5所人数不到40人，将与邻校合并。", None, (40, "人")),
    ("旗下门市在全台已达3,200家。", (3200, "门市"), None),
    ("会员在本港共有8,000名。", (8000, "会员"), None),
    ("全市共有医院40家，其中私立医疗机构约15家。", (15, "医疗机构"), (15, "医院")),
]

# Controls: as before
FORM_CONTROLS = [
    ("数以千亿计的资金流入股市。", None, (1000, "资金")),
    ("全市有5所学校，学生不到3000人。", (5, "学校"), None),
    ("员工人数超过8万人。", (80000, "员工"), None),
    ("台积电在台湾共有4座晶圆厂。", (4, "晶圆厂"), None),
    ("在校学生有2000名，其中国际学生300余名。", (300, "学生"), None),
    ("今年出现3个地王。", (3, "地王"), None),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present, absent", FORMS + FORM_CONTROLS, ids=lambda v: str(v)[:12])
def test_counts37_forms(nlp, script, text, present, absent):
    got = counts_in(nlp, in_script(text, script))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


def test_counts37_units_with_a_property(nlp):
    """The units keep the set's thing (其中 + the total's noun), the property's value is gone."""
    assert counts_in(nlp, "县内共有国小40所，其中9所学生数不到50人。") == [(40, "国小"), (9, "国小")]


# (text, counted head in Simplified, owner in Simplified)
OWNERS = [
    ("疾管署今天公布，国内新增本土病例12例。", "病例", "台湾"),
    ("卫福部今天表示，国内目前共有医学中心19家。", "医学中心", "台湾"),
    ("本地连锁快餐店美心表示，集团在港共有分店约200间。", "分店", "美心"),
    ("连锁药房卓健宣布，集团明年将新开分店12间。", "分店", "卓健"),
    ("百老汇院线今日宣布，旗下戏院将增至14间。", "戏院", "百老汇院线"),
    ("竹科管理局表示，园区今年新增厂商30家。", "厂商", "竹科"),
    ("苏州工业园区管委会介绍，园区共有外资企业3000家。", "企业", "苏州工业园区"),
]

# Controls: owned as before
OWNER_CONTROLS = [
    ("全国院线今年共上映影片300部。", "影片", "中国"),
    ("园区共有企业300家。", "企业", "园区"),
    ("新世界发展今日宣布，集团共持有商场12个。", "商场", "新世界发展"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS))
def test_counts37_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNER_CONTROLS))
def test_counts37_owner_controls(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# 国内 where it is no Taiwan: a mainland story, 中国内地, 国内外, another country's 国内
NOT_TAIWAN = [
    "国家统计局公布，国内新增就业岗位1200万个。",
    "卫生署表示，中国内地新增病例30例。",
    "交通部统计，国内外旅客共120万人次。",
    "美国国务院称，美国国内共有大学4000所。",
]


@pytest.mark.parametrize("text", both_scripts(NOT_TAIWAN))
def test_counts37_at_home_elsewhere_no_taiwan(pipeline, text):
    from zhkg.stages.normalise import to_simplified

    owners = {to_simplified(n) for names in count_owners(pipeline, text).values() for n in names}
    assert "台湾" not in owners, owners
