import pytest

from zhkg.records import Script
from zhkg.stages.normalise import OffsetInvariantError, convert, detect_script, normalise, to_simplified


@pytest.mark.parametrize(
    "text, simplified",
    [
        ("區政協辦公樓409會議室", "区政协办公楼409会议室"),
        ("閆維洪", "闫维洪"),
        ("１７個鎮鄉(街道)", "17个镇乡(街道)"),
        ("ＡＢＣ　平谷", "ABC 平谷"),
        ("平谷区政协", "平谷区政协"),
    ],
)
def test_normalise_converts_one_for_one(text, simplified):
    n = normalise(text)
    assert n.simplified == simplified
    assert len(n.simplified) == len(n.original) == len(text)


@pytest.mark.parametrize(
    "text, script",
    [
        ("平谷區政協抗擊疫情工作紀實", Script.TRADITIONAL),
        ("平谷区政协抗击疫情工作纪实", Script.SIMPLIFIED),
        ("2020-12-22", Script.UNKNOWN),
    ],
)
def test_detect_script(text, script):
    assert detect_script(text) is script


def test_length_changing_conversion_is_refused():
    # s2twp rewrites phrases (内存 -> 記憶體), which would shift offsets
    with pytest.raises(OffsetInvariantError):
        convert("内存", "s2twp")


def test_chinese_punctuation_stays_full_width():
    assert to_simplified("，") == "，"
    assert normalise("甲，乙").simplified == "甲，乙"


@pytest.mark.parametrize("hong_kong, simplified", [("衞生署署長", "卫生署署长"), ("食物及衞生局", "食物及卫生局"), ("會塲", "会场")])
def test_hong_kong_forms_t2s_leaves_are_folded(hong_kong, simplified):
    n = normalise(hong_kong)
    assert n.simplified == simplified and len(n.simplified) == len(hong_kong)
