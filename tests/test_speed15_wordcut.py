"""speed15: :func:`zhkg.stages.wordcut.cut_words` gives ``jieba.cut``'s words, in both scripts.

The pipeline segments with ``cut_words`` instead of ``jieba.cut`` (about a third
less time for the same words). Every test compares the two on the same text and
the same dictionary: the project's (as the pipeline runs) and a tokenizer of its
own with words added and split by force, which the fast cut must read live.
"""

from __future__ import annotations

import random

import pytest
from helpers import both_scripts

from zhkg.resources.jieba_dict import import_jieba, init_tokenizer
from zhkg.stages.segment import jieba_words, make_segmenter
from zhkg.stages.wordcut import cut_words

NEWS = [
    "新华社北京3月5日电 国务院总理在人民大会堂作政府工作报告，代表们认真审议。",
    "据香港特区政府统计处公布，2023年第三季度本地生产总值按年实质增长4.1%。",
    "记者从市公安局获悉，犯罪嫌疑人王某某、李二狗已于昨日落网，案件正在进一步审理中。",
    "台北市长柯文哲昨天出席活动时表示，捷运环状线工程进度超前。",
    "美国国务卿布林肯与俄罗斯外长拉夫罗夫在日内瓦会晤，双方讨论了乌克兰局势。",
    "苹果公司CEO蒂姆·库克发布iPhone 15 Pro Max，售价7999元起。",
    "上证指数收报3,021.55点，涨幅0.8%；创业板指C-100跌1.2%。",
    "阿布杜拉赫曼·穆罕默德·萨利赫扎伊尔在卡拉奇接受采访。\r\n第二段\t以制表符开头。",
    "甘孜藏族自治州理塘县格聂神山脚下的冷古寺海拔四千五百米。",
    "中超联赛第28轮，北京国安主场2比1击败上海申花，张稀哲梅开二度。",
    "ＡＢＣ全角字母与１２３全角数字混排，还有&#和+号以及__下划线__。",
    "",
    " ",
    "。",
    "的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的的",
    "乌鲁木齐呼和浩特石家庄哈尔滨齐齐哈尔牡丹江佳木斯鸡西双鸭山七台河",
]


@pytest.fixture(scope="module")
def jieba():
    make_segmenter()  # the project's words in jieba's dictionary, as in a pipeline run
    return import_jieba()


@pytest.mark.parametrize("text", both_scripts(NEWS))
def test_same_words_as_jieba(jieba, text: str) -> None:
    assert cut_words(text) == list(jieba.cut(text))


@pytest.mark.parametrize("text", both_scripts(NEWS[:11]))
def test_same_words_on_every_piece(jieba, text: str) -> None:
    # pieces start and end anywhere: inside words, on digits, between a letter and a space
    rng = random.Random(len(text))
    for _ in range(150):
        a = rng.randrange(len(text))
        piece = text[a : a + rng.randrange(1, 14)]
        assert cut_words(piece) == list(jieba.cut(piece)), piece


@pytest.mark.parametrize("text", both_scripts(NEWS[:11]))
def test_pipeline_segmenter_keeps_jiebas_words(jieba, text: str) -> None:
    # the stretch cutting of jieba_words is unchanged: a short stretch limit cuts the text in many places
    expected = []
    start = 0
    for block in jieba.re_han_default.finditer(text):
        a, b = block.span()
        for cut in range(a + 7, b, 7) if b - a > 7 else ():
            expected += jieba.cut(text[start:cut])
            start = cut
    expected += jieba.cut(text[start:])
    assert jieba_words(text, 7) == expected
    assert jieba_words(text) == list(jieba.cut(text))


@pytest.mark.parametrize("text", both_scripts(["新来的局长贾乃亮宣布，嘉禾望岗站和萝岗香雪站明日开通。"]))
def test_reads_the_tokenizers_live_dictionary(jieba, text: str) -> None:
    tok = jieba.Tokenizer()
    init_tokenizer(tok)
    tok.check_initialized()
    before = cut_words(text, tok)
    assert before == list(tok.cut(text))
    for word in ("贾乃亮", "賈乃亮", "嘉禾望岗站", "嘉禾望崗站", "萝岗香雪", "蘿崗香雪"):
        tok.add_word(word, freq=50000)
    after = cut_words(text, tok)
    assert after == list(tok.cut(text))
    assert after != before  # the added words count at once
    assert any(w in after for w in ("贾乃亮", "賈乃亮"))


@pytest.mark.parametrize("text", both_scripts(["村民覃桂娥和韦秀莲说，镇上新修了路"]))
def test_forced_split_is_read(jieba, text: str) -> None:
    # a word deleted from jieba (frequency 0) is split again after the HMM; the fast cut's memory of the HMM must see it
    from jieba import finalseg

    from zhkg.stages import wordcut

    tok = jieba.Tokenizer()
    init_tokenizer(tok)
    tok.check_initialized()
    hmm_words = [w for w in tok.cut(text) if len(w) > 1 and not tok.FREQ.get(w)]
    assert hmm_words  # the names are not in the dictionary: the HMM cut them
    assert cut_words(text, tok) == list(tok.cut(text))
    forced = set(finalseg.Force_Split_Words)
    try:
        for word in hmm_words:
            tok.del_word(word)
        split = cut_words(text, tok)
        assert split == list(tok.cut(text))
        assert not set(hmm_words) & set(split)
    finally:  # jieba's force-split set is process-global
        finalseg.Force_Split_Words.clear()
        finalseg.Force_Split_Words.update(forced)
        wordcut._hmm.cache_clear()


@pytest.mark.parametrize("text", both_scripts(["甲乙甲乙乙甲丙甲乙丙", "乙甲乙丙丙甲乙乙"]))
def test_ties_go_to_the_longer_word(jieba, text: str) -> None:
    # with a total of 1 and every frequency 1 each word scores 0: every route ties, and jieba's max of
    # (score, end) tuples takes the latest end
    tok = jieba.Tokenizer()
    tok.FREQ = {"甲": 1, "乙": 1, "丙": 1, "甲乙": 1, "乙丙": 1, "甲乙丙": 1}
    tok.total = 1
    tok.initialized = True
    words = cut_words(text, tok)
    assert words == list(tok.cut(text))
    if text.startswith("甲"):
        assert words[0] == "甲乙"


HMM_TEXTS = ["覃桂娥韦秀莲", "欧阳娜娜与迪丽热巴", "乔治安德森", "abc12.5%覃桂娥", "萨利赫扎伊尔x2", "的", "阿布杜拉赫曼穆罕默德"]


@pytest.mark.parametrize("text", both_scripts(HMM_TEXTS))
def test_hmm_gives_finalsegs_words(jieba, text: str) -> None:
    from jieba import finalseg

    from zhkg.stages import wordcut

    rng = random.Random(text)
    for _ in range(60):
        a = rng.randrange(len(text))
        piece = text[a : a + rng.randrange(1, 9)]
        assert list(wordcut._hmm.__wrapped__(piece, 0)) == list(finalseg.cut(piece)), piece


@pytest.mark.parametrize("text", both_scripts(HMM_TEXTS))
def test_hmm_ties_as_finalseg(jieba, monkeypatch, text: str) -> None:
    # tables of whole numbers add up exactly, so paths tie often, at every state: finalseg's max of
    # (probability, state) tuples takes the later state letter, and the fast Viterbi must do the same
    from jieba import finalseg

    from zhkg.stages import wordcut

    rng = random.Random(text)

    def draw() -> float:
        return float(rng.choice((-1, -2)))

    try:
        for _ in range(40):
            monkeypatch.setattr(finalseg, "start_P", {a: draw() for a in "BMES"})
            monkeypatch.setattr(finalseg, "trans_P", {a: {b: draw() for b in "BMES"} for a in "BMES"})
            monkeypatch.setattr(finalseg, "emit_P", {a: {c: draw() for c in text} for a in "BMES"})
            wordcut._hmm_tables.cache_clear()
            assert list(wordcut._hmm.__wrapped__(text, 0)) == list(finalseg.cut(text))
    finally:
        monkeypatch.undo()
        wordcut._hmm_tables.cache_clear()
