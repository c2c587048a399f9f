"""Answers looked up rather than called (speed18): the segmenter asks ``_is_punct`` only of words that do not
begin in the common Han block, and the recogniser reads each word's B/M/E/S letters from a table by length.
Each gives the answer of the form it replaced, on news in Simplified and Traditional and on edge cases."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import both_scripts

from zhkg.ner import decode
from zhkg.ner.features import POSITIONS, _positions_of_length
from zhkg.ner.model import NerModel, load_model
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import Segmenter, _is_punct, _puncts, jieba_words, token_table, words_and_spaces

NEWS = both_scripts([
    "国务院总理李克强在北京会见了联合国秘书长古特雷斯，双方就“气候变化”交换了意见……",
    "香港特区政府律政司司长郑若骅昨日（18日）出席立法会会议——回答议员提问。",
    "据新华社电 2023年GDP增长5.2%，U.S.经济学家认为……《人民日报》1月3日报道。",
    "𠀀𠮷野家在東京開店，ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ出席・记者王小明/摄 #新闻# &amp; 100-200",
])

# words on both sides of the Han block's edges, punctuation of other blocks, astral letters and signs
EDGES = ["", " ", "　", "\n", "\u4dff", "\u4e00", "\u9fff", "\ua000", "\ua4fe", "，", "。", "、", "“", "”", "……",
         "——", "·", "・", "…", "!?", "!a", "a!", "%", "+", "-", "_", "U.S.", "5.2%", "\U0001039f", "\U00012470",
         "\U00020000", "\uff01", "\uff5e", "\ufe4f", "\u3000\u3001", "中，", "，中", "\u2e80", "\u2e3a"]


@pytest.mark.parametrize("text", NEWS)
def test_puncts_are_is_punct_of_each_word(pipeline, text):
    simplified = normalise(text).simplified
    words, _ = words_and_spaces(simplified, jieba_words(simplified))
    assert any(_is_punct(w) for w in words) and not all(_is_punct(w) for w in words)
    assert _puncts(words) == [_is_punct(w) for w in words]


def test_puncts_at_the_edges():
    assert _puncts(EDGES) == [_is_punct(w) for w in EDGES]
    assert _puncts([]) == []
    # the Han block is asked of no word: a punctuation mark inside it would go unseen, so none is there
    assert not any(_is_punct(chr(c)) for c in range(0x4E00, 0xA000))


@pytest.mark.parametrize("text", NEWS)
def test_segmenter_marks_punctuation_as_before(pipeline, text):
    simplified = normalise(text).simplified
    table = token_table(Segmenter()(simplified))
    assert [w.is_punct for w in table.words] == [_is_punct(w.text) for w in table.words]
    assert any(w.is_punct for w in table.words)


def test_positions_table_is_the_letters_of_each_length():
    for n in range(1, 40):
        assert POSITIONS[n] == _positions_of_length(n)
    assert POSITIONS[1] == "S" and POSITIONS[2] == "BE" and POSITIONS[4] == "BMME"
    assert set(POSITIONS) >= set(range(1, 40)) and all(isinstance(k, int) for k in POSITIONS)


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


class _Called:
    """The form the table replaced: a call of ``_positions_of_length`` per word."""

    def __getitem__(self, n: int) -> str:
        return _positions_of_length(n)


@pytest.mark.parametrize("text", NEWS)
def test_recogniser_reads_the_same_attributes_and_tags(model, monkeypatch, text):
    decoder = model.decoder
    sentence = normalise(text).simplified
    sentences = [sentence, "王", sentence[::-1]]
    words = [jieba_words(s) for s in sentences]
    ids = decoder.attribute_ids(sentences, words)
    tags = decoder.tag(sentences, words)
    values = model.extractor.values(sentence, words[0])
    with monkeypatch.context() as patch:
        patch.setattr(decode, "POSITIONS", _Called())
        patch.setattr("zhkg.ner.features.POSITIONS", _Called())
        assert np.array_equal(decoder.attribute_ids(sentences, words), ids)
        assert decoder.tag(sentences, words) == tags
        assert model.extractor.values(sentence, words[0]) == values
    assert any(t != "O" for row in tags for t in row)  # the sentences hold names: the tags say something
