"""Session 34's speed108: ordinary documents' extraction made cheaper where a rule did in Python what one call in C
answers. :class:`~zhkg.text.WordPlaces` finds a few openings by ``str.find`` (its one pass over the text stays for
many); the country companies' rule (dropped_names), a list item's titles (list_mates), a brand's trade (trade_frames)
and a stoplisted division after its place (places) test the whole tuple of words in C first. The tests pin the old
code's answers (kept here, or patched back, as the reference) on tricky input in both scripts."""

from __future__ import annotations

import random
from collections import Counter
from itertools import compress, count

import pytest
from helpers import both_scripts

from zhkg.extract import list_mates, place_second_looks, trade_frames
from zhkg.resources.lexicon import load_lexicon
from zhkg.text import _FEW_OPENINGS, WordPlaces

TEXTS = [
    "哈哈哈，王海峰说王海峰来了。王海",  # overlapping repeats, a name at the very end
    "江西广昌吴小毛、副院长王小明、常务副市长兼秘书长李明出席。董事长兼总经理张伟说。",  # titles before list items
    "玖龙纸业、天宸药业和顺丰速递今天表示，中国人寿、招商银行与南方基金的纸业",  # brands before trades
    "新竹市东区、香港东区和攀枝花市东区，东区的居民说西区。许多美国公司和印尼私人公司，美国银行",
]


def _old_at(text: str, words) -> dict:
    """WordPlaces' index before speed108: one pass over the text for every opening."""
    openings = {(w[0], w[1]) for w in words if len(w) >= 2}
    at: dict = {}
    if openings:
        for i in compress(count(), map(openings.__contains__, zip(text, text[1:]))):
            at.setdefault((text[i], text[i + 1]), []).append(i)
    return at


def _words_of(text: str, rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        i = rng.randrange(max(len(text) - 1, 1))
        out.append(text[i:i + rng.choice((1, 2, 3, 4))])
    return out + ["", "不在文中", "哈哈", "王海"]


@pytest.mark.parametrize("text", both_scripts(TEXTS + ["", "哈", "哈哈哈哈"]))
@pytest.mark.parametrize("n", [3, _FEW_OPENINGS, 200])  # few openings (str.find), the edge, many (the one pass)
def test_word_places_as_the_one_pass(text: str, n: int) -> None:
    rng = random.Random(n)
    words = _words_of(text * 3, rng, n)
    places = WordPlaces(text * 3, words)
    assert places._at == _old_at(text * 3, words)
    for word in words:
        found, i = [], (text * 3).find(word)
        while i >= 0 and word:
            found.append(i)
            i = (text * 3).find(word, i + 1)
        assert places.starts(word) == (found if word else list(range(len(text) * 3 + 1)))
        if word:
            assert places.count(word) == (text * 3).count(word)


def test_word_places_takes_both_paths() -> None:
    """The threshold decides the path: both give the same index."""
    text = "".join(TEXTS) * 2
    words = sorted({text[i:i + 2] for i in range(len(text) - 1)})
    assert len(words) > _FEW_OPENINGS
    assert WordPlaces(text, words)._at == _old_at(text, words)
    assert WordPlaces(text, words[:_FEW_OPENINGS])._at == _old_at(text, words[:_FEW_OPENINGS])


def _old_item_start(text: str, start: int, ends_of_openers: dict[int, int], lexicon) -> int:
    while True:
        if start in ends_of_openers:
            start = ends_of_openers[start]
            continue
        title = max((r for r in lexicon.role_words if text.endswith(r, 0, start)), key=len, default="")
        if not title:
            return start
        start -= len(title)


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_item_start_as_before(text: str) -> None:
    lexicon = load_lexicon()
    openers = {4: 2} if len(text) > 4 else {}
    for start in range(len(text) + 1):
        assert list_mates._item_start(text, start, openers, lexicon) == _old_item_start(text, start, openers, lexicon)


def test_item_start_skips_titles() -> None:
    """The titles before a name go to the item (出席的有|副院长李明; the rules read the Simplified text)."""
    text = "出席的有副院长李明"
    assert list_mates._item_start(text, text.index("李明"), {}, load_lexicon()) == text.index("副院长")


def _old_first_ending(text, words, end, start=0, default=""):
    return next((w for w in words if text.endswith(w, start, end)), default)


def _old_first_at(text, words, at, end=None, default=""):
    return next((w for w in words if text.startswith(w, at, end)), default)


def _table(text: str):
    from zhkg.stages.segment import make_segmenter, token_table

    return token_table(make_segmenter()(text))


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_trade_at_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(text)
    new = [trade_frames._trade_at(table, k) for k in range(len(table.words))]
    monkeypatch.setattr(trade_frames, "first_ending", _old_first_ending)
    assert new == [trade_frames._trade_at(table, k) for k in range(len(table.words))]
    if text == TEXTS[2]:
        assert any(new)  # the brands before trades are read


def test_every_frame_trade_found_first() -> None:
    for trade in trade_frames.FRAME_TRADES:
        for word in (trade, "玖龙" + trade, trade + "业"):
            assert trade_frames.first_ending(word, trade_frames.FRAME_TRADES, len(word)) == _old_first_ending(
                word, trade_frames.FRAME_TRADES, len(word))


@pytest.mark.parametrize("text", both_scripts(["新竹市东区的居民说，香港东区和攀枝花市东区。台北市中正区，北京市西区"]))
def test_children_on_the_stoplist_as_before(text: str, pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhkg.stages.documents import parse_documents

    doc = parse_documents("t", text)[0]
    found = [m for m in pipeline.extract_mentions(doc) if m.code]
    gazetteer, lexicon = pipeline.gazetteer, pipeline.lexicon
    spacy_doc = pipeline.segmenter(doc.text)
    new = place_second_looks._children_on_the_stoplist(spacy_doc, doc.text, found, gazetteer, lexicon)
    monkeypatch.setattr(place_second_looks, "first_at", _old_first_at)
    old = place_second_looks._children_on_the_stoplist(spacy_doc, doc.text, found, gazetteer, lexicon)
    assert [(m.start, m.end, m.code) for m in new] == [(m.start, m.end, m.code) for m in old]


@pytest.mark.parametrize("text, kept, dropped", both_scripts([
    ("许多美国公司表示不满，印尼私人公司延期偿还。", [("美国", "PLACE")], [("美国公司", "ORGANIZATION"), ("印尼私人公司", "ORGANIZATION")]),
    ("美国银行今天表示将裁员。", [("美国银行", "ORGANIZATION")], []),
], convert_names=True))
def test_country_companies_still_dropped(text: str, kept, dropped, finds) -> None:
    finds(text, kept, dropped)


def test_word_places_counts_letters() -> None:
    """WordPlaces counts one letter with a Counter, as before (the threshold leaves it alone)."""
    places_ = WordPlaces("哈哈哈说", ["哈哈"])
    assert places_.count("哈") == Counter("哈哈哈说")["哈"] == 3
