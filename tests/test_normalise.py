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


@pytest.mark.parametrize("hong_kong, simplified", [("衞生署署長", "卫生署署长"), ("食物及衞生局", "食物及卫生局"), ("會塲", "会场"), ("中央廣播電視總枱", "中央广播电视总台")])
def test_hong_kong_forms_t2s_leaves_are_folded(hong_kong, simplified):
    n = normalise(hong_kong)
    assert n.simplified == simplified and len(n.simplified) == len(hong_kong)


# -- the shortcut past OpenCC for a text none of whose keys occur in it ---------------------------------

_SHORTCUT_TEXTS = [
    "平谷区政协主席闫维洪看望慰问卡口值守人员。",  # Simplified: no key of t2s
    "北京市平谷區政協主席閆維洪看望慰問卡口值守人員。",  # Traditional
    "乾坤大挪移，彷徨之中藉此机会有序推进。",  # t2s phrases (乾坤, 彷徨, 藉此, 有序)
    "覆盖全国的网络",  # a single-character key (覆) whose conversion keeps it
    "衞生署署長、食物及衞生局",  # Hong Kong forms
    "Google 和 KAYAK 的 6個網站",  # Latin script, digits, a separator
    "",
    "。，、",
]


@pytest.mark.parametrize("config", ["t2s", "s2t", "hk2s", "tw2s", "s2hk", "s2tw"])
def test_the_shortcut_gives_what_opencc_gives(config):
    import opencc

    plain = opencc.OpenCC(config)
    for text in _SHORTCUT_TEXTS:
        assert convert(text, config) == plain.convert(text), (config, text)


def test_the_shortcut_is_taken_only_where_no_key_occurs():
    from zhkg.stages.normalise import _untouched

    check = _untouched("t2s")
    assert check is not None
    assert check("平谷区政协主席闫维洪看望慰问卡口值守人员。")
    assert not check("平谷區政協")  # a Traditional character
    assert not check("乾坤")  # a phrase of t2s, though its characters are Simplified too
    assert _untouched("s2t") is None  # 49,051 phrases: Simplified text nearly always holds one


def test_an_opencc_without_the_tables_expected_converts_every_text(monkeypatch):
    from zhkg.stages import normalise

    class Other:
        _dict_init_done = True

        def convert(self, text):
            return text.replace("區", "区")

    normalise._untouched.cache_clear()
    monkeypatch.setattr(normalise, "_converter", lambda config: Other())
    try:
        assert normalise._untouched("t2s") is None
        assert normalise.convert("平谷區", "t2s") == "平谷区"
    finally:
        normalise._untouched.cache_clear()


def _fold_width_slow(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in "，：；！？（）":
            out.append(chr(o - 0xFEE0))
        elif o == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _script_counts_slow(text: str) -> tuple[int, int]:
    from zhkg.stages.normalise import _char_script

    kinds = [_char_script(ch) for ch in text]
    return sum(k > 0 for k in kinds), sum(k < 0 for k in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "平谷区政协，主席：闫维洪！（１７个）？",
        "".join(map(chr, range(0xFF00, 0xFF70))) + "\u3000\u2e7f\u2e80",
        "區政協ＡＢＣ　辦公樓409會議室，区政协",
        "ｚ～＂［＼］＾－",
    ],
)
def test_width_folding_and_script_counts_answer_as_the_character_walk(text):
    from zhkg.stages.normalise import _fold_width, _script_counts

    assert _fold_width(text) == _fold_width_slow(text)
    assert _script_counts(text) == _script_counts_slow(text)
