"""speed40: the recogniser's look-ups, made cheaper, find the same attributes.

``_NgramTable.rows`` looks a text's n-grams up in key order (numpy's ``searchsorted`` narrows by the previous
key when the keys rise), then puts each answer back at its n-gram; ``CrfDecoder._word_rows`` looks each word up
once for the w, wp and wn templates and reads the words either side as the neighbouring rows, the sentence's
padding at its ends; the division names' B/M/E are read over a batch's padded text at once, from the positions a
bitmap of the names' first two letters lets through. Here each is held to the plain look-ups it replaced, on
batches of sentences in both scripts (each sentence's first and last word next to the padding), and the tags to
crfsuite's own; Viterbi's way back, which now sums only the path's label's candidates, to the plain Viterbi on
scores full of ties; ``fold_width``, which gives a text without a full-width letter back untouched, to
``str.translate``. ``listed_companies._china_abbreviations`` visits the words 中国 where the text writes it instead of
walking every word: its candidates are the walk's (the expected spans were read off the starting code).
"""

from __future__ import annotations

import numpy as np
import pytest
from helpers import both_scripts

from zhkg.extract.listed_companies import _china_abbreviations
from zhkg.ner.decode import _BITS, CLUSTER_VERSION, CrfDecoder
from zhkg.ner.features import _WIDTH_TABLE, fold_width
from zhkg.ner.model import NerModel, load_model
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import jieba_words, make_segmenter, token_table

SENTENCES = both_scripts([
    "国务院总理李克强在北京会见了联合国秘书长古特雷斯。",
    "香港特区政府律政司司长郑若骅昨日出席立法会会议，回答议员提问。",
    # a one-letter sentence, Latin words, astral characters and the padding characters themselves
    "王",
    "𠀀𠮷野家在東京開店，ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ出席\x02\x03王",
    "平谷区政协" * 20 + "张三说",
    # division names at a sentence's ends, glued, nested and overlapping (北京市平谷区, 上海浦东新区)
    "北京市平谷区大兴庄镇和上海浦东新区陆家嘴街道签约，河北省",
])


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


def _batch(text: str) -> tuple[list[str], list[list[str]]]:
    """Three sentences tagged together: the text, a one-letter sentence, the text reversed."""
    sentence = normalise(text).simplified
    sentences = [sentence, "说", sentence[::-1]]
    return sentences, [jieba_words(s) for s in sentences]


def _plain_word_ids(decoder, sentences: list[str], words: list[list[str]]) -> list[np.ndarray]:
    """w, wp, wn ids per character, each word looked up in its template's table as it stands in its sentence."""
    missing = decoder.missing
    out: dict[str, list[int]] = {"w": [], "wp": [], "wn": []}
    for sentence, given in zip(sentences, words):
        ws = decoder.extractor._words_of(fold_width(sentence), given)
        for prefix, values in (("w", ws), ("wp", ["\x02", *ws[:-1]]), ("wn", [*ws[1:], "\x03"])):
            table = decoder._words[prefix]
            for value, word in zip(values, ws):
                out[prefix] += [table.get(value, missing)] * len(word)
    return [np.array(out[prefix]) for prefix in ("w", "wp", "wn")]


@pytest.mark.parametrize("text", SENTENCES)
def test_each_word_looked_up_once_gives_the_templates_ids(model, text):
    decoder = model.decoder
    sentences, words = _batch(text)
    rows, _ = decoder._word_rows([fold_width(s) for s in sentences], words)
    got = [rows[1], rows[3], rows[4]]  # q, w, g, wp, wn
    want = _plain_word_ids(decoder, sentences, words)
    for g, w in zip(got, want):
        assert np.array_equal(g, w)
    assert (want[1] != decoder.missing).any() and (want[0] == decoder.missing).any()  # known and unknown words


@pytest.mark.parametrize("text", SENTENCES)
def test_ngrams_looked_up_in_key_order_land_where_they_were(model, text):
    decoder = model.decoder
    sentences, _ = _batch(text)
    padded = "".join("\x02\x02" + fold_width(s) + "\x03\x03" for s in sentences)
    points = np.frombuffer(padded.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    lengths = np.array([len(s) for s in sentences])
    real = np.arange(int(lengths.sum())) + 2 + 4 * np.repeat(np.arange(len(sentences)), lengths)
    for table in decoder._ngrams:
        last = table.shape[-1]
        keys = np.zeros(len(points) - last, dtype=np.int64)
        for offset in table.shape:
            keys = (keys << _BITS) | points[offset : len(points) - last + offset]
        at = np.minimum(np.searchsorted(table.keys, keys), len(table.keys) - 1)  # text order, the plain way
        row = np.where(table.keys[at] == keys, at, len(table.keys))
        want = [table.ids[row[real + start], column] for column, start in enumerate(table.starts)]
        got = table.rows(points, real)
        assert all(np.array_equal(g, w) for g, w in zip(got, want))


def test_the_cluster_templates_still_read_the_words_either_side(model):
    """A version-2 model's cluster templates read the words before and after each word as strings."""
    decoder = model.decoder
    sentences, words = _batch("国务院总理李克强在北京会见了联合国秘书长。")

    real = decoder.extractor

    class ClusterExtractor:  # the loaded extractor, as a version-2 one
        version = CLUSTER_VERSION
        _tags = real._tags

        def _words_of(self, text, given):
            return real._words_of(text, given)

    decoder.extractor = ClusterExtractor()
    try:
        _, (all_words, before, after, _, _) = decoder._word_rows([fold_width(s) for s in sentences], words)
    finally:
        decoder.extractor = real
    want_before, want_after = [], []
    for sentence, given in zip(sentences, words):
        ws = real._words_of(fold_width(sentence), given)
        want_before += ["\x02", *ws[:-1]]
        want_after += [*ws[1:], "\x03"]
    assert (before, after) == (want_before, want_after)
    assert len(all_words) == len(before) and before[0] == "\x02" and after[-1] == "\x03"


@pytest.mark.parametrize("text", SENTENCES)
def test_batched_tags_are_crfsuites(model, text):
    sentences, words = _batch(text)
    tags = model.decoder.tag(sentences, words)
    assert tags == [model.crfsuite_tags(s, w) for s, w in zip(sentences, words)]


@pytest.mark.parametrize("text", SENTENCES)
def test_division_names_and_suffixes_read_over_the_batch_are_each_sentences(model, text):
    decoder = model.decoder
    sentences, _ = _batch(text)
    folded = [fold_width(s) for s in sentences]
    padded = "".join("\x02\x02" + s + "\x03\x03" for s in folded)
    points = np.frombuffer(padded.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    candidates = decoder._place_candidates(points).tolist()
    extractor = decoder.extractor
    pairs = [i for i in range(len(padded) - 1) if padded[i : i + 2] in extractor._place_pairs]
    assert set(pairs) <= set(candidates) and len(candidates) < len(padded)  # a superset, not every position
    got = extractor._place_positions(padded, candidates)
    want = "".join("--" + "".join(extractor._place_positions(s)) + "--" for s in folded)
    assert "".join(got) == want
    assert "B" in want or "平谷" not in text  # names found where the text has them
    suffixes = "".join(extractor._org_suffixes(padded))
    assert suffixes == "".join("--" + "".join(extractor._org_suffixes(s)) + "--" for s in folded)


@pytest.mark.parametrize(("text", "spans"), both_scripts([
    ("中国南车人士表示，中国太保和中国国新入股。", [(0, 4, "中国南车"), (9, 13, "中国太保"), (14, 18, "中国国新")]),
    # 中国 inside a word (发展中国家, 中国人) and at the very end: nothing after it to read
    ("发展中国家的中国人开会，来自中国", []),
    # a space after 中国, and 中国 written twice running
    ("在中国恒天多次增持，中国 南车，中国中国南车", [(1, 5, "中国恒天"), (18, 22, "中国南车")]),
    ("中国", []),
]))
def test_china_and_an_abbreviation_found_where_the_text_writes_china(text, spans):
    simplified = normalise(text).simplified
    table = token_table(make_segmenter()(simplified))
    assert _china_abbreviations(simplified, table, load_lexicon()) == spans


def _plain_viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    """One sentence's best path, every label's best previous label kept at every step (the first of equals)."""
    best, back = scores[0].copy(), []
    for row in scores[1:]:
        candidates = best[:, None] + transitions  # [previous, next]
        back.append(candidates.argmax(axis=0))
        best = candidates.max(axis=0) + row
    path = [int(best.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", range(4))
def test_the_way_back_is_the_plain_viterbis_ties_and_all(seed):
    rng = np.random.default_rng(seed)
    labels = 7
    decoder = object.__new__(CrfDecoder)  # only the transitions are read
    decoder.transitions = rng.integers(-2, 3, size=(labels, labels)).astype(float)  # small integers: many ties
    lengths = [int(n) for n in rng.integers(1, 60, size=40)] + [1, 1, 200]
    scores = rng.integers(-3, 4, size=(sum(lengths), labels)).astype(float)
    paths = decoder._viterbi(scores, lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    assert paths == [_plain_viterbi(scores[a : a + n], decoder.transitions) for a, n in zip(starts, lengths)]


@pytest.mark.parametrize("text", both_scripts([
    "国务院总理李克强在北京会见了联合国秘书长。",
    "ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ，１７个（镇）乡：ｘ！",  # full-width letters, digits, a space, kept punctuation
    "",
]))
def test_width_folding_is_translates(text):
    assert fold_width(text) == text.translate(_WIDTH_TABLE)
    rng = np.random.default_rng(len(text))
    letters = [chr(c) for c in [*range(0x20, 0x7F), *range(0xFF00, 0xFF70), 0x3000, 0x4E2D, 0xFF0C]]
    for _ in range(300):
        mixed = "".join(rng.choice(letters, size=int(rng.integers(0, 9)))) + text
        assert fold_width(mixed) == mixed.translate(_WIDTH_TABLE)

