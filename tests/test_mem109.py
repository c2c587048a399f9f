"""Session 34's mem109: one long document's token table held a tuple of int objects a character (``token_of_char``),
a new int a token for each end (``ends``) and one string object a token (jieba's cut). The table now keeps
``token_of_char`` as 4-byte machine ints (``array('i')``), each end as the next token's own start object where they are
equal, and one string object per distinct word. The tests pin the same answers as the table made before (patched back
as the reference) on tricky input, in both scripts, and the pipeline's mentions and relations with either table."""

from __future__ import annotations

import random
from itertools import accumulate, chain, repeat
from operator import add

import pytest
from helpers import both_scripts

from zhkg.stages import segment
from zhkg.stages.segment import TokenTable, Word, make_segmenter, token_table

# spaces folded into tokens (ASCII, full-width, runs of them), line breaks, Latin and digits among Han words, a text
# opening and ending with a space, one letter, punctuation runs, words repeated (their strings shared now)
TEXTS = [
    "平谷区 政协主席闫维洪主持会议。平谷区政协 主席闫维洪说：“好。”",
    " 苹果公司CEO Tim Cook 今天表示，Apple 将在上海投资 1.5 亿美元。 ",
    "新华社北京3月5日电\n\n（记者 王小明）国务院总理李克强作政府工作报告。\n",
    "　　全国人大代表、　华为董事长梁华说。。。！！　",
    "好",
    "上海上海上海，北京北京。上海市人民政府发布通知，上海市民关注。",
]


def _old_make_table(doc, text, idxs, lengths, spaces_after, puncts, spaces, tags, texts=None):
    """The table as ``segment._make_table`` made it before mem109 (the reference)."""
    ends = list(map(add, idxs, lengths))
    if texts is None:
        texts = [text[start:end] for start, end in zip(idxs, ends)]
    word_tags = list(map(tags.get, texts, repeat("x")))
    for i in range(len(texts)):
        if spaces[i]:
            word_tags[i] = ""
    fields = zip(range(len(idxs)), idxs, texts, word_tags, map(bool, spaces), map(bool, puncts), map(bool, spaces_after))
    words = tuple(map(tuple.__new__, repeat(Word), fields))
    token_of_char = tuple(chain.from_iterable(map(repeat, range(len(idxs)), map(add, lengths, spaces_after))))
    table = TokenTable(words=words, starts=frozenset(idxs), ends=frozenset(ends), token_of_char=token_of_char)
    doc.user_data[segment.TOKENS_KEY] = table
    return table


@pytest.fixture(scope="module")
def segmenter():
    return make_segmenter()


def _answers(table: TokenTable, text: str):
    """Everything a reader asks of a table: its words, boundaries, and the token under each place (out of range too)."""
    places = range(-2, len(text) + 2)
    return (table.words, table.starts, table.ends, list(table.token_of_char), len(table.token_of_char),
            [table.word_at(i) for i in places],
            [table.token_of_char[i] for i in range(-len(table.token_of_char), len(table.token_of_char))])


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_table_answers_as_before(segmenter, monkeypatch, text):
    new = token_table(segmenter(text))
    monkeypatch.setattr(segment, "_make_table", _old_make_table)
    old = token_table(segmenter(text))
    assert isinstance(old.token_of_char, tuple)  # the reference really is the old table
    assert _answers(new, text) == _answers(old, text)


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_spacy_doc_table_answers_as_before(nlp, monkeypatch, text):
    """The spaCy ``Doc``'s table (``build_token_table``, arrays from ``Doc.to_array``) as well."""
    new = token_table(nlp(text))
    monkeypatch.setattr(segment, "_make_table", _old_make_table)
    old = token_table(nlp(text))
    assert _answers(new, text) == _answers(old, text)


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_one_string_per_distinct_word(segmenter, text):
    words = token_table(segmenter(text)).words
    first = {}
    for w in words:
        assert first.setdefault(w.text, w.text) is w.text


def test_token_of_char_is_machine_ints(segmenter):
    table = token_table(segmenter(TEXTS[0] * 3))
    assert table.token_of_char.typecode == "i" and table.token_of_char.itemsize == 4
    assert table.word_at(len(TEXTS[0])) == table.words[table.token_of_char[len(TEXTS[0])]]


def test_ends_share_the_next_start(segmenter):
    words = token_table(segmenter("平谷区政协主席闫维洪主持会议")).words
    ends = segment._ends([w.idx for w in words], [len(w.text) for w in words], [0] * len(words))
    assert all(ends[k] is words[k + 1].idx for k in range(len(words) - 1))


def test_ends_against_the_sums_at_random():
    rnd = random.Random(109)
    for _ in range(2000):
        n = rnd.randrange(0, 12)
        lengths = [rnd.randrange(0, 5) for _ in range(n)]
        spaces_after = [int(rnd.random() < 0.3) for _ in range(n)]
        idxs = [0, *accumulate(map(add, lengths, spaces_after))][:-1] if n else []
        assert segment._ends(idxs, lengths, spaces_after) == list(map(add, idxs, lengths))


LONG = "".join(TEXTS[:4]) * 3


@pytest.mark.parametrize("text", both_scripts([LONG], id_chars=8))
def test_pipeline_same_mentions_and_relations(pipeline, monkeypatch, text):
    def outcome():
        result = pipeline.run_texts([("mem109", text)]).extraction
        return [repr(m) for m in result.mentions], sorted(repr(r) for r in result.relations)

    new = outcome()
    monkeypatch.setattr(segment, "_make_table", _old_make_table)
    assert outcome() == new
