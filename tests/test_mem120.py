"""Session 35's mem120: one long document's transient memory. ``read_particles`` made a list of the text's letters (one
string object a letter, 80 MiB at a million letters) to write 着 for a few 著; it now copies the text between them in
slices. The segmenter kept jieba's one string object a token alive beside every column and the whole table while the
table was built; it now keeps one object per distinct word before any other column is made. The tests pin the same
answers as the code before (patched back as the reference), in both scripts, and that the transient is gone."""

from __future__ import annotations

import tracemalloc
from itertools import accumulate
from operator import add

import pytest
from helpers import both_scripts
from test_mem109 import TEXTS as TABLE_TEXTS
from test_mem109 import _answers

from zhkg.stages import normalise, segment
from zhkg.stages.normalise import read_particles, to_simplified
from zhkg.stages.segment import TextDoc, jieba_words, make_segmenter, token_table, words_and_spaces
from zhkg.text import find_all


def _old_read_particles(text: str) -> str:
    """``read_particles`` before mem120 (the reference): a list of every letter."""
    if "著" not in text:
        return text
    kept = {m.start() for m in normalise._ZHU.finditer(text)}
    letters = list(text)
    for found in find_all("著", text):
        if found.start() not in kept:
            letters[found.start()] = "着"
    return "".join(letters)


# 著 opening and closing the text, 著 twice and three times in a row, kept readings (著名, 显著, 著有) beside
# particles, a text of 著 alone, one without it, Latin and line breaks between them
PARTICLE_TEXTS = [
    "著",
    "著著著",
    "著名的显著成就",
    "随著山西省的发展，他著有三本书，看著看著就笑了著",
    "著作等身。\n拿著 Apple 手机，等著。",
    "平谷区政协主席闫维洪主持会议",
    "",
    "显著著名著",
]


@pytest.mark.parametrize("text", both_scripts([t for t in PARTICLE_TEXTS if t]) + [""])
def test_read_particles_as_before(text):
    simplified = to_simplified(text)  # as normalise hands it on (a Traditional text converted first)
    assert read_particles(simplified) == _old_read_particles(simplified)
    assert len(read_particles(simplified)) == len(simplified)


@pytest.mark.parametrize("text", both_scripts(PARTICLE_TEXTS[3:5]))
def test_normalise_reads_particles(text):
    """Through :func:`normalise`: in a Traditional text the particle 着 read and the writing 著 kept; a Simplified
    text (著 there is no particle) as it was."""
    simplified = normalise.normalise(text).simplified
    if text == to_simplified(text):
        assert simplified == text
    else:
        assert simplified == _old_read_particles(to_simplified(text)) != to_simplified(text)
        assert "着" in simplified and "著" in simplified


def _traced_peak(func, *args) -> int:
    """The most memory ``func(*args)`` held at once above what was held before, in bytes (tracemalloc)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        func(*args)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_read_particles_makes_no_object_a_letter():
    """A long text with many particles costs a few copies of it: the slices between them (the old list of letters:
    some 80 bytes a letter, 40 copies of a UCS-2 text)."""
    text = "他看著山西省的发展，" * 20_000  # 200,000 letters, 20,000 particles
    assert read_particles(text) == _old_read_particles(text)
    text_bytes = len(text) * 2  # a UCS-2 string
    new, old = _traced_peak(read_particles, text), _traced_peak(_old_read_particles, text)
    assert new < 10 * text_bytes < 20 * text_bytes < old


def _old_segment(self, text: str) -> TextDoc:
    """``Segmenter.__call__`` before mem120 (the reference): jieba's strings handed to the table as cut."""
    words, spaces = words_and_spaces(text, jieba_words(text, self.max_stretch))
    lengths = list(map(len, words))
    widths = list(map(add, lengths, spaces))
    idxs = [0, *accumulate(widths)][:-1] if words else []
    doc = TextDoc(text, {segment.TEXT_KEY: text})
    tags = doc.user_data[segment.TAGS_KEY] = segment._tag_table()
    spaces_flags = list(map(str.isspace, words))
    puncts = segment._puncts(words)
    # the table kept one object per distinct word (mem109), jieba's list alive beside it
    distinct = list(map(dict().setdefault, words, words))
    segment._make_table(doc, text, idxs, lengths, list(map(int, spaces)), puncts, spaces_flags, tags, distinct)
    del words
    return doc


@pytest.fixture(scope="module")
def segmenter():
    return make_segmenter()


@pytest.mark.parametrize("text", both_scripts(TABLE_TEXTS + ["", " ", "  \n "]))
def test_segmenter_table_as_before(segmenter, monkeypatch, text):
    new = token_table(segmenter(text))
    monkeypatch.setattr(segment.Segmenter, "__call__", _old_segment)
    old = token_table(segmenter(text))
    assert _answers(new, text) == _answers(old, text)
    assert [type(w.i) for w in new.words] == [type(w.i) for w in old.words]


@pytest.mark.parametrize("text", both_scripts(TABLE_TEXTS))
def test_segmenter_hands_one_string_per_distinct_word(segmenter, monkeypatch, text):
    """The words reach the table already one object per distinct word (the table no longer makes them so)."""
    handed = []
    make_table = segment._make_table

    def spy(doc, text, idxs, lengths, spaces_after, puncts, spaces, tags, texts=None):
        handed.append(texts)
        return make_table(doc, text, idxs, lengths, spaces_after, puncts, spaces, tags, texts)

    monkeypatch.setattr(segment, "_make_table", spy)
    table = token_table(segmenter(text))
    [texts] = handed
    assert len({id(w) for w in texts}) == len(set(texts))
    assert [w.text for w in table.words] == texts


def test_spacy_doc_words_still_one_per_distinct_word(nlp):
    """The spaCy ``Doc``'s table slices its words itself, and still keeps one object per distinct word."""
    words = token_table(nlp("上海上海上海，北京北京。上海")).words
    assert len({id(w.text) for w in words}) == len({w.text for w in words}) < len(words)


def test_segmenting_a_long_text_holds_less_at_once(segmenter, monkeypatch):
    """jieba's strings are dropped before the columns are made: the peak while segmenting falls by about
    their size (some 60 bytes a token), the table held afterwards the same."""
    text = "平谷区政协主席闫维洪主持会议，张吉辉、李伟涛等委员出席。" * 4_000  # 112,000 letters
    new = _traced_peak(segmenter, text)
    tokens = len(token_table(segmenter(text)).words)
    monkeypatch.setattr(segment.Segmenter, "__call__", _old_segment)
    old = _traced_peak(segmenter, text)
    assert old - new > 40 * tokens


def test_stages_bench_notes_each_step_and_the_recognisers_ends(monkeypatch):
    """``bench/long_text.py --stages``: a row at each step noted, the recogniser's at its start and its last block
    only, each with the RSS then."""
    import sys
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1]))
    sys.modules.pop("bench.long_text", None)
    from bench import long_text

    rss = iter(range(100, 200))
    monkeypatch.setattr(long_text, "_rss_mib", lambda: next(rss))
    steps = long_text._RssAtSteps()
    for note in [(0, 0, 2), (0, 1, 2), (1, 0, 1), (1, 10, 30), (1, 20, 30), (1, 30, 30), (2, 0, 10), (3, 0, 1)]:
        steps.note(*note)
    assert steps.rows == [("names 0/2", 100), ("names 1/2", 101), ("recogniser 0/1", 102), ("recogniser 30/30", 103),
                          ("merge 0/10", 104), ("relations 0/1", 105)]
