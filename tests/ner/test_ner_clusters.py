"""Word clusters: the builder is deterministic, feature version 2 reads them, version 1 models are untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_tagged_alike
from test_ner_train import make_sentences

from zhkg.errors import ConfigError, ModelFileError, ZhkgError
from zhkg.ner import clusters
from zhkg.ner.features import CLUSTER_TEMPLATES, FeatureExtractor
from zhkg.ner.model import NerModel, load_model
from zhkg.ner.train import TrainConfig, train_model

# A made-up corpus: cities, people and verbs each used in the same frames.
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京"]
PEOPLE = ["王刚", "李明", "张伟", "刘洋"]
FRAMES = ["{p}昨天在{c}开会", "{p}说{c}很好", "记者从{c}获悉{p}已经到了"]


def _corpus() -> list[list[str]]:
    out = []
    for k, frame in enumerate(FRAMES * 4):
        for i, city in enumerate(CITIES):
            person = PEOPLE[(i + k) % len(PEOPLE)]
            text = frame.format(p=person, c=city)
            out.append([w for w in _cut(text, {person, city})])
    return out


def _cut(text: str, names: set[str]) -> list[str]:
    """Names as words, everything else a character at a time (no jieba: the builder takes words as given)."""
    words, i = [], 0
    while i < len(text):
        for name in names:
            if text.startswith(name, i):
                words.append(name)
                i += len(name)
                break
        else:
            words.append(text[i])
            i += 1
    return words


def test_builder_is_deterministic_and_groups_words_used_alike(tmp_path: Path) -> None:
    corpus = _corpus()
    first = clusters.build_clusters(corpus, granularities=(2, 4, 8), dims=8)
    second = clusters.build_clusters(corpus, granularities=(2, 4, 8), dims=8)
    assert first == second
    a = clusters.write_clusters(first, tmp_path / "a.tsv")
    b = clusters.write_clusters(second, tmp_path / "b.tsv")
    assert a.read_bytes() == b.read_bytes()
    # the cities share a cluster at the coarsest level; the words seen fewer than 3 times have none
    assert len({first[c][0] for c in CITIES}) == 1
    assert clusters.read_clusters(a)["北京"] == tuple(map(str, first["北京"]))


def test_builder_command_leaves_out_dev_sentences(tmp_path: Path, write_bio) -> None:
    # every even sentence is the dev split (--dev-every 2): 开发 and 句子 are only there
    bio = write_bio("train.bio", [("开发句子", []), ("北京很好", [(0, 2, "LOC")])] * 4)
    text = tmp_path / "news.tsv"
    text.write_text("体育\t北京很好。上海很好。\n", encoding="utf-8")
    assert list(clusters.sentences_of(bio, dev_every=2)) == ["北京很好"] * 4
    assert list(clusters.sentences_of(text)) == ["北京很好。", "上海很好。"]
    out = tmp_path / "table.tsv"
    assert clusters.main(["--output", str(out), "--dims", "2", "--dev-every", "2", str(bio), str(text)]) == 0
    table = clusters.read_clusters(out)
    assert "北京" in table and "开发" not in table and "句子" not in table


@pytest.fixture(scope="module")
def table_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cluster table of the tiny training text, cut as the tagger cuts it."""
    fx = FeatureExtractor()
    fx.load()
    text = [fx._words_of(s.text, None) for s in make_sentences(300, held_out=False, seed=7)]
    table = clusters.build_clusters(text, granularities=(4, 8, 16), dims=8)
    return clusters.write_clusters(table, tmp_path_factory.mktemp("clusters") / "clusters.tsv")


def test_version_two_emits_the_cluster_templates(table_path: Path) -> None:
    fx = FeatureExtractor(2, table_path)
    table = clusters.read_clusters(table_path)
    word = next(w for w in table if len(w) == 2)
    text = f"{word}在北京"
    features = fx.features(text, [word, "在", "北京"])
    first = [f for f in features[0] if f.startswith(CLUSTER_TEMPLATES)]
    assert first[:3] == ["kaB" + table[word][0], "kbB" + table[word][1], "kc" + table[word][2]]
    assert first[3] == "kp-"  # nothing before the first word
    assert features[1][-5:-3] == ("kaE" + table[word][0], "kbE" + table[word][1])
    assert not any(f.startswith(CLUSTER_TEMPLATES) for f in FeatureExtractor(1).features(text)[0])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "not found"),
        ("北京\t1\t2\t3\n", "header"),
        ("# word\tc64\tc256\tc1024\n北京\t1\t2\n", "corrupt at line 2"),
        ("# word\tc64\tc256\tc1024\n北京\tx\t2\t3\n", "corrupt at line 2"),
        ("# word\tc64\tc256\tc1024\n", "empty"),
    ],
)
def test_missing_or_corrupt_table_is_one_line_error(tmp_path: Path, content: str | None, reason: str) -> None:
    path = tmp_path / "clusters.tsv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ZhkgError) as caught:
        FeatureExtractor(2, path).load()
    assert isinstance(caught.value, ModelFileError)
    message = str(caught.value)
    assert reason in message and str(path) in message and "\n" not in message


def test_unknown_feature_version_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown NER feature version 9"):
        FeatureExtractor(9)


def _tagged_alike(model: NerModel) -> None:
    sentences = [s.text for s in make_sentences(40, held_out=True, seed=12)] + ["𠮷野家，ＡＢＣ", "王", "北京北京"]
    assert_tagged_alike(model, sentences)


def test_a_cluster_model_decodes_as_crfsuite_tags(table_path: Path, tmp_path: Path) -> None:
    fx = FeatureExtractor(2, table_path)
    fx.load()
    train = make_sentences(300, held_out=False, seed=7)
    path = train_model(train, tmp_path / "v2.crfsuite", config=TrainConfig(max_iterations=40), extractor=fx)
    assert any(a.startswith("kb") for a in NerModel(path, fx).decoder.attributes)
    # given a version-1 extractor, the model still gets the templates it was trained with
    model = NerModel(path, FeatureExtractor(1, table_path))
    assert model.decoder.feature_version == 2 and model.extractor.version == 2
    _tagged_alike(model)


def test_an_old_version_model_loads_and_never_reads_the_table(tmp_path: Path) -> None:
    train = make_sentences(300, held_out=False, seed=7)
    path = train_model(train, tmp_path / "v1.crfsuite", config=TrainConfig(max_iterations=40))
    # a cluster extractor whose table is missing: a version-1 model never asks for it
    model = NerModel(path, FeatureExtractor(2, tmp_path / "no-such-table.tsv"))
    assert model.decoder.feature_version == 1 and model.extractor.version == 1
    assert not any(a.startswith(CLUSTER_TEMPLATES) for a in model.decoder.attributes)
    _tagged_alike(model)


def test_the_shipped_model_gets_the_extractor_of_its_version() -> None:
    model = load_model()
    assert model.extractor.version == model.decoder.feature_version
    assert model.path.name == f"ner_mixed_v{model.decoder.feature_version}.crfsuite"


def test_the_shipped_table_loads() -> None:
    fx = FeatureExtractor(2)
    fx.load()
    assert len(fx._clusters) > 10_000 and fx._cluster_sizes == (64, 256, 1024)
    assert fx._clusters["北京"] == fx._clusters["上海"][:1] + fx._clusters["北京"][1:]  # one coarse cluster


@pytest.mark.parametrize("argv", [["train.bio", "--dev-every"], ["--dev-every", "two", "train.bio"]])
def test_builder_command_refuses_dev_every_without_a_number(argv: list[str], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # robust263: the option written last (no value) was a StopIteration traceback, a word a ValueError one
    with pytest.raises(SystemExit) as exit_:
        clusters.main(["--output", str(tmp_path / "table.tsv"), *argv])
    assert exit_.value.code == 2
    assert "--dev-every needs a whole number" in capsys.readouterr().err
