"""The numpy decoder gives crfsuite's own tags, from the same attributes, on any text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zhkg.ner import decode
from zhkg.ner.model import SENTENCE, ModelFileError, NerModel, load_model
from zhkg.stages.normalise import normalise

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_e88b616f19a6a93b.txt"

# Text a news feed really holds, and text meant to trip a vectorised reader: astral characters
# (packed keys), full-width ASCII (folded first), the padding characters themselves, Latin words
# and numbers, spaces, one-character sentences, and a long sentence without punctuation.
ODD = [
    "国务院总理李克强在北京会见了联合国秘书长古特雷斯。",
    "𠀀𠮷野家在東京開店，ＡＢＣ公司的Ｊｏｈｎ　Ｓｍｉｔｈ出席。",
    "\x02\x03王刚\x02在北京\x03",
    "Apple CEO Tim Cook 与 华为 余承东 在 2020 年 3 月 15 日见面",
    "王",
    "。",
    "  ",
    "张" * 3 + "北京市平谷区政协" * 40,
    "记者 刘洋 摄 😀 新华社北京12月1日电(记者 王小明)",
]


@pytest.fixture(scope="module")
def model() -> NerModel:
    return load_model()


def _sentences() -> list[str]:
    text = normalise(SEED.read_text(encoding="utf-8")).simplified
    return [m.group() for m in SENTENCE.finditer(text)] + [normalise(s).simplified for s in ODD]


def test_decoder_tags_equal_crfsuite_sentence_by_sentence(model: NerModel) -> None:
    sentences = _sentences()
    assert len(sentences) > 50
    for sentence in sentences:
        assert model.decoder.tag([sentence]) == [model.crfsuite_tags(sentence)], sentence


def test_decoder_tags_equal_crfsuite_when_sentences_share_a_batch(model: NerModel, monkeypatch) -> None:
    sentences = _sentences()
    expected = [model.crfsuite_tags(s) for s in sentences]
    assert model.decoder.tag(sentences) == expected
    # small Viterbi groups: sentences of different lengths step together in many groups
    monkeypatch.setattr(decode, "_GROUP_CELLS", 200)
    assert model.decoder.tag(sentences) == expected
    assert model.decoder.tag(sentences[::-1]) == expected[::-1]


def test_decoder_reads_the_attributes_crfsuite_reads(model: NerModel) -> None:
    """At every character, each template's attribute is the one the feature string names (or none)."""
    index = {a: i for i, a in enumerate(model.decoder.attributes)}
    missing = model.decoder.missing
    for sentence in _sentences():
        ids = model.decoder.attribute_ids([sentence], [None])
        strings = model.extractor.features(sentence)
        expected = np.array([[index.get(f, missing) for f in row] for row in strings]).T
        assert ids.shape == expected.shape
        assert (ids == expected).all(), sentence


def test_words_given_by_the_pipeline_are_used(model: NerModel) -> None:
    sentence = "平谷区政协主席闫维洪看望慰问卡口值守人员"
    words = ["平谷区政协", "主席", "闫维洪", "看望", "慰问", "卡口", "值守", "人员"]
    assert model.decoder.tag([sentence], [words])[0] == model.crfsuite_tags(sentence, words)
    # the word features differ from jieba's own cut, so the tags need not be the same as without words
    assert not (model.decoder.attribute_ids([sentence], [words]) == model.decoder.attribute_ids([sentence], [None])).all()


def test_empty_input(model: NerModel) -> None:
    assert model.decoder.tag([]) == []
    assert model.decoder.tag(["", "王刚在北京", ""]) == [[], model.crfsuite_tags("王刚在北京"), []]
    assert model.decoder.tag(["", ""]) == [[], []]
    assert model.tag_sentence("") == []
    assert model.tag_spans("") == []


def test_a_lone_sentence_goes_to_crfsuite_and_several_to_the_decoder(model: NerModel, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(model.decoder, "tag", lambda sentences, words=None: calls.append(len(sentences)) or
                        [["O"] * len(s) for s in sentences])
    model.tag_spans("王刚在北京。")
    model.tag_spans("王刚在北京。李明在上海。")
    model.tag_spans("王刚在北京" * 300)  # one sentence, but too long for a string per feature
    assert calls == [2, 1]


def test_long_text_is_tagged_in_batches_with_the_same_spans(model: NerModel, monkeypatch) -> None:
    from zhkg.ner import model as ner_model

    text = normalise(SEED.read_text(encoding="utf-8")).simplified
    whole = model.tag_spans(text)
    monkeypatch.setattr(ner_model, "_BATCH_CHARS", 100)
    assert model.tag_spans(text) == whole
    assert any(label == "PER" for _, _, label in whole)


def test_model_whose_feature_table_is_damaged_is_named(model: NerModel, tmp_path: Path) -> None:
    raw = bytearray(model.path.read_bytes())
    offset = int.from_bytes(raw[28:32], "little")
    assert raw[offset : offset + 4] == b"FEAT"
    raw[offset : offset + 4] = b"XXXX"
    bad = tmp_path / "damaged.crfsuite"
    bad.write_bytes(bytes(raw))
    with pytest.raises(ModelFileError, match="damaged.crfsuite"):
        NerModel(bad, extractor=model.extractor)


def test_texts_tagged_together_get_their_own_spans(model: NerModel, monkeypatch) -> None:
    from zhkg.ner import model as ner_model

    texts = [normalise(SEED.read_text(encoding="utf-8")).simplified, "", "王刚在北京。", *ODD]
    alone = [model.tag_spans(t) for t in texts]
    assert model.tag_spans_many(texts) == alone
    monkeypatch.setattr(ner_model, "_BATCH_CHARS", 30)  # batches that cut across texts
    assert model.tag_spans_many(texts) == alone


def test_cached_tables_tag_as_the_tables_built_from_the_model(model: NerModel, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    built = decode.CrfDecoder(model._tagger, model.path, model.extractor)  # builds, then caches
    assert len(list((tmp_path / "ner").glob("*.npz"))) == 1

    def no_parsing(*args):
        raise AssertionError("the model was parsed again")

    monkeypatch.setattr(decode, "read_model", no_parsing)
    cached = decode.CrfDecoder(model._tagger, model.path, model.extractor)
    for name, array in built._tables().items():
        assert np.array_equal(cached._tables()[name], array), name
    sentences = _sentences()
    assert cached.tag(sentences) == built.tag(sentences) == [model.crfsuite_tags(s) for s in sentences]


def test_a_damaged_cache_file_is_built_again(model: NerModel, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    decode.CrfDecoder(model._tagger, model.path, model.extractor)
    [cached] = (tmp_path / "ner").glob("*.npz")
    cached.write_bytes(b"not a zip file")
    again = decode.CrfDecoder(model._tagger, model.path, model.extractor)
    assert again.tag(["平谷区政协主席闫维洪主持会议。"]) == [model.crfsuite_tags("平谷区政协主席闫维洪主持会议。")]
