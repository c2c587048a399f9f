"""speed58: the rules layer's cheaper forms answer as the forms they replaced.

``normalise.convert`` hands OpenCC's ``t2s`` each run of letters some key holds, once per distinct run, instead of
the whole text: OpenCC takes the longest key anywhere and does the same on each side of it, and no key spans a
letter no key holds, so the runs come out as the whole does. ``_script_facts`` tells a text's script by set tests
over its letters and counts them only when one is Traditional-only. ``to_simplified`` folds the Hong Kong and Taiwan
variants only in a text that holds one, ``read_particles`` visits the letters 著 alone, ``dictionary_tag`` keeps the
jieba module after its first call (words jieba takes later are still folded in), and ``framed_brand_trades`` visits
only the words ending with a trade's last letter. Each is held here to OpenCC itself or to the code it replaced, in
both scripts.
"""

from __future__ import annotations

import random

import opencc
import pytest
from helpers import both_scripts

from zhkg.extract.trade_frames import FRAME_TRADES, _trade_word_indexes, framed_brand_trades
from zhkg.records import Label, Script
from zhkg.stages import normalise as N
from zhkg.stages.segment import dictionary_tag, make_segmenter, token_table

SENTENCES = both_scripts([
    "泛海系入股民安保险，美峰食品与金像食品为关联企业，天茂集团持有国华人寿5.5亿股，投资生物医药。",
    "衛生署署長說，隨著疫情緩和，臺灣與香港的航空公司著手恢復航班，張著明著有三本書。",
    "國務院總理李克強在北京會見了聯合國秘書長古特雷斯，雙方就氣候變化問題交換了意見。",
    "他說：「我們會繼續努力。」記者從中國銀行獲悉，该行已發行債券100億元。",
    "ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ出席，2020年",
    "著",
    "",
])


@pytest.fixture(scope="module")
def t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _t2s_keys() -> tuple[list[str], list[str]]:
    return sorted(N._untouched("t2s").singles), sorted(_phrases(N._converter("t2s")))


def _phrases(converter) -> set[str]:
    found: set[str] = set()

    def walk(item) -> None:
        if isinstance(item, list):
            for part in item:
                walk(part)
        else:
            found.update(key for key in item[2] if len(key) > 1)

    walk(converter._dict_chain_data)
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_convert_answers_as_opencc(text, t2s):
    assert N.convert(text, "t2s") == t2s.convert(text)


def test_convert_answers_as_opencc_on_phrases_next_to_each_other(t2s):
    """Random texts of the conversion's own phrases and letters, glued or apart (a letter no key holds, a
    separator OpenCC splits at), where the longest key and the runs decide the outcome."""
    singles, phrases = _t2s_keys()
    others = list("的了是在我有他这中大来上个国和也子时道出而要于就下得可你年生") + ["，", "。", " ", "A", "1"]
    rng = random.Random(58)
    for _ in range(400):
        parts = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(singles) if rng.random() < 0.6
                 else rng.choice(others) for _ in range(rng.randint(1, 12))]
        text = "".join(parts)
        assert N.convert(text, "t2s") == t2s.convert(text), text


def test_convert_reads_a_run_once_and_keeps_the_configurations_apart():
    N._convert_run.cache_clear()
    assert N.convert("記者說，記者說", "t2s") == "记者说，记者说"
    info = N._convert_run.cache_info()
    assert info.misses >= 1 and info.hits == info.misses  # 記者說 written twice, its runs converted once
    assert N.convert("记者说", "s2t") == opencc.OpenCC("s2t").convert("记者说")  # s2t has no runs: converted whole


@pytest.mark.parametrize("text", SENTENCES)
def test_to_simplified_folds_the_variants_as_before(text):
    expected = N.convert(text, "t2s").translate(N._VARIANTS)
    assert N.to_simplified(text) == expected
    assert N.to_simplified(text + "衞生署") == N.convert(text + "衞生署", "t2s").translate(N._VARIANTS)
    assert N.to_simplified("衞生署") == "卫生署"


def _read_particles_before(text: str) -> str:
    if "著" not in text:
        return text
    kept = {m.start() for m in N._ZHU.finditer(text)}
    return "".join("着" if ch == "著" and i not in kept else ch for i, ch in enumerate(text))


@pytest.mark.parametrize("text", ["著", "著著", "随著著名的显著成就著", "他著有三本书，意味著", "张著明", "", "着"])
def test_read_particles_answers_as_the_letter_walk(text):
    assert N.read_particles(text) == _read_particles_before(text)


def _script_before(text: str) -> tuple[bool, Script]:
    traditional, simplified = N._script_counts(text)
    return traditional > 0, N._script_of(traditional, simplified)


def test_script_facts_answer_as_the_counts_in_any_order():
    texts = [s.values[0] for s in SENTENCES] + ["平谷区政协", "平谷區政協", "2020", "區区", "区區区", "ABC", "这個"]
    rng = random.Random(58)
    for _ in range(3):
        rng.shuffle(texts)
        for text in texts:
            assert N._script_facts(text) == _script_before(text), text
            assert N.detect_script(text) == _script_before(text)[1]
            assert N.normalise(text).script is _script_before(text)[1]


def test_a_word_jieba_takes_later_is_still_tagged():
    from zhkg.resources.jieba_dict import import_jieba

    assert dictionary_tag("北京") == "ns"  # the table is made and the module kept
    import_jieba().add_word("速测五八号词", tag="nz")
    assert dictionary_tag("速测五八号词") == "nz"


@pytest.mark.parametrize("text", SENTENCES)
def test_trade_words_are_the_words_ending_with_a_trade(text):
    for processed in {text, N.normalise(text).simplified}:
        table = token_table(make_segmenter()(processed))
        expected = [k for k, w in enumerate(table.words) if w.text.endswith(FRAME_TRADES)]
        assert [k for k in _trade_word_indexes(table, processed) if table.words[k].text.endswith(FRAME_TRADES)] \
            == expected


@pytest.mark.parametrize("text", both_scripts(["泛海系入股民安保险，美峰食品与金像食品为关联企业，天茂集团持有国华人寿5.5亿股。"]))
def test_framed_brand_trades_still_finds_the_companies(text):
    simplified = N.normalise(text).simplified
    doc = make_segmenter()(simplified)
    found = framed_brand_trades([], doc, token_table(doc), simplified)
    assert [(simplified[m.start:m.end], m.label) for m in found] == [
        ("民安保险", Label.ORGANIZATION), ("美峰食品", Label.ORGANIZATION), ("金像食品", Label.ORGANIZATION),
        ("国华人寿", Label.ORGANIZATION)]


def test_runs_hold_every_key_letter():
    untouched = N._untouched("t2s")
    letters = set(untouched.singles).union(*_phrases(N._converter("t2s")))
    assert all(untouched.runs.fullmatch(ch) for ch in letters)
    assert not any(untouched.runs.search(ch) for ch in "，。 A1\n") and len(letters) > 4000
