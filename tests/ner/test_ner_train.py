"""Train a tiny recogniser on generated sentences and check it generalises past memorisation.

The sentences are made here from templates and small name lists (fixed seed), so
the test needs no data files. Held-out sentences use given names, places and
organisation names never seen in training; a dictionary of the training entities
(the trivial baseline) cannot find them, while the CRF should, from context,
surnames and suffixes.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from zhkg.ner.bio import Sentence, Span, score_spans, spans_to_tags
from zhkg.ner.model import load_model
from zhkg.ner.train import TrainConfig, train_model

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN_TRAIN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"]
GIVEN_TEST = ["建华", "志强", "海燕", "国庆", "晓东", "春梅"]
PLACES_TRAIN = ["上海", "天津", "广州", "杭州", "南京", "武汉", "成都", "西安", "重庆", "沈阳", "青岛", "厦门"]
PLACES_TEST = ["昆明", "兰州", "贵阳", "太原"]
ORG_STEMS_TRAIN = ["华兴", "长城", "东方", "光明", "新世纪", "红星", "金桥", "远大"]
ORG_STEMS_TEST = ["海川", "银河", "瑞丰"]
ORG_SUFFIXES = ["公司", "集团", "大学", "研究所", "委员会"]
TEMPLATES = [
    "{PER}昨天在{LOC}会见了{ORG}的代表。",
    "{ORG}董事长{PER}表示，{LOC}的市场还在增长。",
    "记者从{ORG}获悉，{PER}已经抵达{LOC}。",
    "据{LOC}媒体报道，{PER}将出任{ORG}负责人。",
    "{PER}说，他在{LOC}工作了十年。",
    "今年{ORG}在{LOC}新建了三个工厂。",
    "这次会议在{LOC}举行，会期三天。",
    "大家都很高兴，天气也很好。",
]


def make_sentences(n: int, *, held_out: bool, seed: int) -> list[Sentence]:
    """``n`` sentences from the templates, entities drawn from the train or test lists."""
    rng = random.Random(seed)
    given = GIVEN_TEST if held_out else GIVEN_TRAIN
    places = PLACES_TEST if held_out else PLACES_TRAIN
    stems = ORG_STEMS_TEST if held_out else ORG_STEMS_TRAIN
    out = []
    for _ in range(n):
        fillers = {
            "PER": rng.choice(SURNAMES) + rng.choice(given),
            "LOC": rng.choice(places),
            "ORG": rng.choice(stems) + rng.choice(ORG_SUFFIXES),
        }
        template = rng.choice(TEMPLATES)
        text, spans, i = "", [], 0
        while i < len(template):
            if template[i] == "{":
                label = template[i + 1 : i + 4]
                spans.append((len(text), len(text) + len(fillers[label]), label))
                text += fillers[label]
                i += 5
            else:
                text += template[i]
                i += 1
        out.append(Sentence(text, tuple(spans_to_tags(spans, len(text)))))
    return out


def dictionary_baseline(train: list[Sentence], text: str) -> list[Span]:
    """Longest-match look-up of the entity strings seen in training."""
    lexicon = {s.text[a:b]: label for s in train for a, b, label in s.spans}
    spans, i = [], 0
    while i < len(text):
        for length in range(min(8, len(text) - i), 0, -1):
            label = lexicon.get(text[i : i + length])
            if label:
                spans.append((i, i + length, label))
                i += length
                break
        else:
            i += 1
    return spans


@pytest.fixture(scope="module")
def tiny_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    train = make_sentences(300, held_out=False, seed=7)
    path = tmp_path_factory.mktemp("ner") / "tiny.crfsuite"
    return train_model(train, path, config=TrainConfig(c1=0.05, c2=0.01, max_iterations=60))


def test_tiny_model_beats_dictionary_baseline(tiny_model_path: Path) -> None:
    train = make_sentences(300, held_out=False, seed=7)
    test = make_sentences(100, held_out=True, seed=8)
    model = load_model(tiny_model_path)
    gold = [s.spans for s in test]
    crf = score_spans(gold, [model.tag_spans(s.text) for s in test])
    baseline = score_spans(gold, [dictionary_baseline(train, s.text) for s in test])
    _, _, crf_f1 = crf.prf()
    _, _, baseline_f1 = baseline.prf()
    assert baseline_f1 < 0.5  # the held-out entities really are unseen
    assert crf_f1 > baseline_f1 + 0.3, (crf.table(), baseline.table())


def test_training_is_reproducible(tiny_model_path: Path, tmp_path: Path) -> None:
    train = make_sentences(300, held_out=False, seed=7)
    again = train_model(train, tmp_path / "again.crfsuite", config=TrainConfig(c1=0.05, c2=0.01, max_iterations=60))
    assert again.read_bytes() == tiny_model_path.read_bytes()


def test_spans_index_the_text_across_sentences(tiny_model_path: Path) -> None:
    model = load_model(tiny_model_path)
    first, second = make_sentences(2, held_out=False, seed=11)
    text = first.text + "\n" + second.text
    expected = first.spans + [(a + len(first.text) + 1, b + len(first.text) + 1, label) for a, b, label in second.spans]
    assert model.tag_spans(text) == expected


def test_a_newly_trained_model_decodes_as_crfsuite_tags(tiny_model_path: Path) -> None:
    """A small model lacks many templates' values; the numpy decoder must still agree with crfsuite."""
    model = load_model(tiny_model_path)
    sentences = [s.text for s in make_sentences(40, held_out=True, seed=12)] + ["𠮷野家，ＡＢＣ", "王"]
    assert model.decoder.tag(sentences) == [model.crfsuite_tags(s) for s in sentences]


def test_training_sentences_hold_out_dev_splits_and_normalise(write_bio) -> None:
    from zhkg.ner.train import training_sentences

    main = write_bio("main.bio", [(f"主{i}", []) for i in range(21)])  # 0 and 20 are dev
    extra = write_bio(
        "extra.bio",
        [("额0", []), ("额1", []), ("上海黄浦区南京路步行街", [(0, 11, "LOC")])] + [(f"额{i}", []) for i in range(3, 11)],
    )
    whole = write_bio("whole.bio", [("臺灣的國會", [(0, 2, "LOC")])])
    got = training_sentences(main, extra=[extra], extra_whole=[whole], max_loc_length=7)
    texts = [s.text for s in got]
    assert texts[:19] == [f"主{i}" for i in range(1, 20)]
    assert "额0" not in texts and "额10" not in texts  # every 10th of an extra file is its dev split
    assert "上海黄浦区南京路步行街" not in texts  # a LOC longer than 7 drops the sentence
    assert texts[-1] == "台湾的国会" and got[-1].spans == [(0, 2, "LOC")]  # trained on what the tagger sees
    assert len(training_sentences(main)) == 19
