"""speed16: the decoder's state scores, gathered without bounds checks into one buffer, are the plain sums to the bit.

``CrfDecoder.state_scores`` checks the attribute ids once and gathers each template's weights with
``take(mode="clip")`` into a reused buffer; here its scores are compared with the plain ``weights[row]`` sums
it replaced (same order of additions) on news in both scripts and on text meant to trip a vectorised reader,
and an id outside the weights is refused instead of being clipped.
"""

from __future__ import annotations

import numpy as np
import pytest
from helpers import both_scripts

from zhkg.ner.model import NerModel, load_model
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import jieba_words

SENTENCES = both_scripts([
    "国务院总理李克强在北京会见了联合国秘书长古特雷斯，双方就气候变化交换了意见。",
    "香港特区政府律政司司长郑若骅昨日出席立法会会议，回答议员提问。",
    # astral characters, full-width letters, the padding characters, a lone letter, spaces
    "𠀀𠮷野家在東京開店，ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ出席\x02\x03王",
    # a long run without punctuation: many characters share templates' missing row
    "张" * 3 + "北京市平谷区政协" * 30,
])


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


def _plain_scores(weights: np.ndarray, ids: np.ndarray) -> np.ndarray:
    scores = weights[ids[0]]
    for row in ids[1:]:
        scores += weights[row]
    return scores


@pytest.mark.parametrize("text", SENTENCES)
def test_state_scores_are_the_plain_sums(model, text):
    decoder = model.decoder
    sentence = normalise(text).simplified
    for sentences in ([sentence], [sentence, "王", sentence[::-1]]):
        ids = decoder.attribute_ids(sentences, [jieba_words(s) for s in sentences])
        got = decoder.state_scores(ids)
        want = _plain_scores(decoder.weights, ids)
        assert got.shape == want.shape == (sum(map(len, sentences)), len(decoder.labels))
        assert np.array_equal(got, want)  # bit for bit: the same additions in the same order
        assert (ids == decoder.missing).any() and (ids < decoder.missing).any()  # both kinds of row gathered


@pytest.mark.parametrize("bad", [-1, "len"])
def test_an_id_outside_the_weights_is_refused_not_clipped(model, bad):
    decoder = model.decoder
    ids = decoder.attribute_ids(["李克强在北京。"], [None])
    ids[3, 2] = len(decoder.weights) if bad == "len" else bad
    with pytest.raises(IndexError):
        decoder.state_scores(ids)
