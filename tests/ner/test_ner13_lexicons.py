"""Feature version 3: lexicon-match templates, their decoder arrays, and version-1 models left as they were."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_tagged_alike, both_scripts
from test_ner_train import make_sentences

from zhkg.ner.bio import Sentence, spans_to_tags
from zhkg.ner.features import LEXICON_VERSION, FeatureExtractor
from zhkg.ner.lexicons import CONTEXT_TEMPLATE, LEXICON_TEMPLATES, load_ner_lexicons
from zhkg.ner.model import NerModel
from zhkg.ner.train import TrainConfig, train_model
from zhkg.stages.normalise import normalise

_LEXICON_PREFIXES = (*LEXICON_TEMPLATES, CONTEXT_TEMPLATE)


def _lexicon_features(text: str) -> dict[str, list[str]]:
    fx = FeatureExtractor(LEXICON_VERSION)
    by_prefix: dict[str, list[str]] = {p: [] for p in _LEXICON_PREFIXES}
    for row in fx.features(normalise(text).simplified):
        for feature in row:
            if feature.startswith(_LEXICON_PREFIXES):
                by_prefix[feature[:2]].append(feature[2:])
    return {p: v for p, v in by_prefix.items()}


def _span_of(values: list[str], start: int, end: int) -> str:
    return "".join(values[start:end])


@pytest.mark.parametrize(
    ("text", "template", "word", "expected"),
    both_scripts([
        ("美国总统特朗普抵达台北访问。", "xn", "特朗普", "BME"),
        ("美国总统特朗普抵达台北访问。", "xr", "总统", "BE"),
        ("美国总统特朗普抵达台北访问。", "xg", "台北", "BE"),
        ("台积电董事长昨天在新竹宣布扩产。", "xo", "台积电", "BME"),
        ("台积电董事长昨天在新竹宣布扩产。", "xr", "董事长", "BME"),
        ("德国外长阿尔布雷希特抵达首尔。", "xf", "阿尔布雷希特", "BMMMME"),
        ("德国外长阿尔布雷希特抵达首尔。", "xg", "首尔", "BE"),
    ]),
)
def test_a_lexicon_word_gets_its_positions(text: str, template: str, word: str, expected: str) -> None:
    simplified = normalise(text).simplified
    start = simplified.index(word)
    assert _span_of(_lexicon_features(text)[template], start, start + len(word)) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        "美国总统特朗普抵达台北访问。",
        "德国外长阿尔布雷希特抵达首尔。",
    ]),
)
def test_context_is_the_neighbours_lexicons(text: str) -> None:
    simplified = normalise(text).simplified
    context = _lexicon_features(text)[CONTEXT_TEMPLATE]
    first = simplified.index("特" if "特朗普" in simplified else "阿")
    # the role word ends right before the name: the class on the left is a role's
    assert context[first][0] == "r"
    assert context[0][0] == "-" and context[-1][1] == "-"  # padding


@pytest.mark.parametrize(
    ("text", "template", "word"),
    both_scripts([
        ("丁先生买了苹果和香蕉。", "xf", "丁"),  # a lone transliteration character is no run
        ("他买了苹果。", "xo", "苹果"),  # a body whose name is a common word too is left out
    ]),
)
def test_no_match_is_dash(text: str, template: str, word: str) -> None:
    simplified = normalise(text).simplified
    start = simplified.index(word)
    assert set(_span_of(_lexicon_features(text)[template], start, start + len(word))) == {"-"}


_SCRIPT = """
import hashlib, sys
from zhkg.ner.features import FeatureExtractor
fx = FeatureExtractor(3)
rows = fx.features(sys.argv[1])
print(hashlib.sha256(repr(rows).encode()).hexdigest())
"""


def test_features_are_the_same_under_any_hash_seed() -> None:
    text = "美国总统特朗普与台积电董事长在台北会见德国外长阿尔布雷希特。"
    env = dict(os.environ)
    pipeline = str(Path(__file__).resolve().parents[2] / "pipeline")
    env["PYTHONPATH"] = pipeline + os.pathsep + env.get("PYTHONPATH", "")
    digests = set()
    for seed in ("1", "2"):
        env["PYTHONHASHSEED"] = seed
        out = subprocess.run([sys.executable, "-c", _SCRIPT, text], env=env, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    assert load_ner_lexicons() is load_ner_lexicons()


def test_version_one_features_have_no_lexicon_templates() -> None:
    text = "美国总统特朗普抵达台北访问。"
    v1 = FeatureExtractor(1).features(text)
    v3 = FeatureExtractor(LEXICON_VERSION).features(text)
    assert not any(f.startswith(_LEXICON_PREFIXES) for row in v1 for f in row)
    # version 3 is version 1 and the six lexicon templates after it
    assert [row[: len(v1[0])] for row in v3] == v1
    assert all(len(row) == len(v1[0]) + len(_LEXICON_PREFIXES) for row in v3)


# A made-up training text whose names are in the lexicons, so a tiny model learns lexicon weights.
_FRAMES = ["{role}{per}昨天抵达{loc}访问。", "{org}宣布，{role}{per}将在{loc}出席会议。", "{per}说{loc}很安全。"]
_PEOPLE = ["特朗普", "默克尔", "阿尔布雷希特", "马克龙"]
_PLACES = ["台北", "首尔", "东京", "巴黎", "屯门"]
_ORGS = ["台积电", "北约", "港大"]
_ROLES = ["总统", "外长", "总理"]


def _lexicon_sentences(n: int) -> list[Sentence]:
    out = []
    for k in range(n):
        fill = {"per": _PEOPLE[k % 4], "loc": _PLACES[k % 5], "org": _ORGS[k % 3], "role": _ROLES[k % 3]}
        frame = _FRAMES[k % 3]
        text, spans = "", []
        for piece in frame.replace("}", "{").split("{"):
            label = {"per": "PER", "loc": "LOC", "org": "ORG"}.get(piece)
            value = fill.get(piece, piece)
            if label:
                spans.append((len(text), len(text) + len(value), label))
            text += value
        out.append(Sentence(text, tuple(spans_to_tags(spans, len(text)))))
    return out


@pytest.fixture(scope="module")
def v3_model(tmp_path_factory: pytest.TempPathFactory) -> NerModel:
    fx = FeatureExtractor(LEXICON_VERSION)
    fx.load()
    train = make_sentences(200, held_out=False, seed=7) + _lexicon_sentences(60)
    path = train_model(train, tmp_path_factory.mktemp("v3") / "v3.crfsuite", config=TrainConfig(max_iterations=40),
                       extractor=fx)
    # given a version-1 extractor, the model still gets the templates it was trained with
    return NerModel(path, FeatureExtractor(1))


_UNSEEN = [
    "英国首相约翰逊昨天抵达首尔访问。",
    "北约秘书长在布鲁塞尔表示，各国外长将出席会议。",
    "台积电董事长刘德音在新竹宣布扩产。",
    "屯门区议员说，港大的研究很重要。",
    "𠮷野家，ＡＢＣ",
    "王",
    "阿",
    "特朗\0普到访首尔，总统\0说",  # a NUL of the text itself
]


@pytest.mark.parametrize("text", both_scripts(_UNSEEN))
def test_a_version_three_model_decodes_as_crfsuite_tags(v3_model: NerModel, text: str) -> None:
    assert v3_model.decoder.feature_version == LEXICON_VERSION and v3_model.extractor.version == LEXICON_VERSION
    assert any(a.startswith("xn") for a in v3_model.decoder.attributes)
    sentences = [normalise(text).simplified, *(s.text for s in make_sentences(10, held_out=True, seed=3))]
    assert_tagged_alike(v3_model, sentences)
    # several sentences in one batch, as a document's are tagged
    assert v3_model.decoder.tag(sentences) == [v3_model.crfsuite_tags(s) for s in sentences]


def test_the_version_three_model_uses_its_lexicons(v3_model: NerModel) -> None:
    # 约翰逊 is in the people lexicon but never in the made-up training text
    text = "英国首相约翰逊昨天抵达东京访问。"
    tags = v3_model.crfsuite_tags(text)
    start = text.index("约翰逊")
    assert tags[start : start + 3] == ["B-PER", "I-PER", "I-PER"]


def test_a_version_one_model_tags_as_before(tmp_path: Path) -> None:
    train = make_sentences(200, held_out=False, seed=7)
    path = train_model(train, tmp_path / "v1.crfsuite", config=TrainConfig(max_iterations=40))
    plain = NerModel(path, FeatureExtractor(1))
    # a version-3 extractor given to a version-1 model: the model gets the version-1 templates back
    given_v3 = NerModel(path, FeatureExtractor(LEXICON_VERSION))
    assert given_v3.decoder.feature_version == 1 and given_v3.extractor.version == 1
    assert not any(a.startswith(_LEXICON_PREFIXES) for a in given_v3.decoder.attributes)
    sentences = [normalise(t).simplified for t in _UNSEEN] + [s.text for s in make_sentences(20, held_out=True, seed=5)]
    assert given_v3.decoder.tag(sentences) == plain.decoder.tag(sentences)
    assert_tagged_alike(given_v3, sentences)


def test_the_lexicons_read_only_the_shipped_tables(tmp_path: Path) -> None:
    # a user's lexicon folder never changes the features a model was trained on
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "people_known.tsv").write_text("王小明\t小明\n", encoding="utf-8")
    from zhkg.resources.lexicon import load_lexicon

    load_lexicon((str(folder),))
    assert json.dumps(_lexicon_features("小明说他在台北。")["xn"]) == json.dumps(["-"] * 8)
