"""The learned relation classifier: training, reading, scoring, and typed edges in the pipeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from zhkg import Config, Pipeline
from zhkg.cli import main
from zhkg.errors import ConfigError, ModelFileError
from zhkg.evaluate_relations import Pair, read_duie, read_finre
from zhkg.relate.learned import UNKNOWN, load_relation_model, name_overlap, pair_features
from zhkg.relate.train_learned import TrainConfig, is_finre_tune, train_model

TEMPLATES = [("{a}宣布收购{b}", "收购"), ("{a}与{b}达成战略合作", "合作"), ("{a}和{b}在手机市场激烈竞争", "竞争"),
             ("{a}发布了年报，{b}股价上涨", UNKNOWN)]
COMPANIES = ["甲科技", "乙银行", "丙集团", "丁证券", "戊汽车", "己电子"]


def _finre_lines() -> list[str]:
    lines = []
    for i, a in enumerate(COMPANIES):
        for b in COMPANIES[i + 1:]:
            for template, relation in TEMPLATES:
                text = template.format(a=a, b=b)
                back = "被" + relation if relation == "收购" else relation
                lines += [f"{a}\t{b}\t{relation}\t{text}", "", f"{b}\t{a}\t{back}\t{text}", ""]
    return lines


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A model trained on made-up sentences, saved and loaded back as a file."""
    folder = tmp_path_factory.mktemp("relations")
    (folder / "train.txt").write_text("\n".join(_finre_lines()), encoding="utf-8")
    duie = {"text": "张三毕业于北京大学", "spo_list": [{"subject": "张三", "subject_type": "人物", "predicate": "毕业院校",
                                              "object": {"@value": "北京大学"}, "object_type": {"@value": "学校"}}]}
    (folder / "duie.json").write_text(json.dumps(duie, ensure_ascii=False) + "\n", encoding="utf-8")
    config = TrainConfig(epochs=5, min_count=1)
    model = train_model(read_finre(folder / "train.txt"), read_duie(folder / "duie.json") * 3, config)
    path = folder / "model.npz"
    model.save(path)
    again = folder / "again.npz"
    train_model(read_finre(folder / "train.txt"), read_duie(folder / "duie.json") * 3, config).save(again)
    return path, again


def test_training_is_deterministic(tiny_model):
    path, again = tiny_model
    assert path.read_bytes() == again.read_bytes()


@pytest.mark.parametrize(("text", "head", "tail", "expected"), [
    ("庚能源宣布收购辛医药", (0, 3), (7, 10), "收购"),
    ("庚能源宣布收购辛医药", (7, 10), (0, 3), "被收购"),
    ("庚能源与辛医药达成战略合作", (0, 3), (4, 7), "合作"),
])
def test_tiny_model_reads_unseen_companies(tiny_model, text, head, tail, expected):
    model = load_relation_model(tiny_model[0])
    prediction = model.classify("finre", text, head, tail)
    assert prediction.relation == expected
    assert 0.5 < prediction.confidence <= 1.0


def test_shipped_model_classifies_a_takeover():
    model = load_relation_model()
    assert model.classify("finre", "腾讯宣布收购搜狗", (0, 2), (6, 8)).relation == "收购"
    assert model.classify("duie", "张三毕业于北京大学", (0, 2), (5, 9), "PER", "ORG").relation == "毕业院校"


def test_features_see_order_and_words_between():
    fs = pair_features("甲公司收购乙公司", (5, 8), (0, 3))
    assert "o=th" in fs and "b2=收购|th" in fs


def test_features_mark_which_name_is_the_head():
    forward = set(pair_features("甲公司收购乙公司", (0, 3), (5, 8)))
    backward = set(pair_features("甲公司收购乙公司", (5, 8), (0, 3)))
    assert "bw=\x01收购\x02" in forward and "bw=\x02收购\x01" in backward
    assert "s3=收购\x02" in forward and "s3=收购\x01" in backward


@pytest.mark.parametrize(("head", "tail", "expected"), [
    ("加多宝集团", "加多宝", {"ov=sub|t", "ov=start", "ov=subseq", "ov=share:all", "ov=start:3"}),
    ("联通", "中国联通", {"ov=sub|h", "ov=inside", "ov=subseq", "ov=share:all", "ov=start:0"}),
    ("华药", "华北制药", {"ov=subseq", "ov=share:all", "ov=start:1"}),
    ("九鼎投资", "九鼎集团", {"ov=share:mid", "ov=start:2"}),
    ("腾讯", "搜狗", {"ov=share:none", "ov=start:0"}),
])
def test_name_overlap_reads_full_and_short_names(head, tail, expected):
    assert set(name_overlap(head, tail)) == expected


def test_features_say_one_name_holds_the_other():
    assert "ov=sub|t" in pair_features("加多宝集团再度冠名，加多宝销量大涨", (0, 5), (10, 13))


def test_finre_tuning_split_keeps_sentences_whole(tmp_path):
    gold = tmp_path / "train.txt"
    gold.write_text("\n\n".join(_finre_lines()), encoding="utf-8")
    pairs = read_finre(gold)
    tune = {p.text for p in pairs if is_finre_tune(p)}
    rest = {p.text for p in pairs if not is_finre_tune(p)}
    assert tune and rest and not tune & rest


@pytest.mark.parametrize("content", [b"", b"not a zip file", None])
def test_missing_or_corrupt_model_is_one_line_error(tmp_path, content):
    path = tmp_path / "bad.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelFileError) as err:
        load_relation_model(path)
    assert "\n" not in str(err.value) and "bad.npz" in str(err.value)


def test_eval_relations_scores_a_finre_file(tiny_model, tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("庚能源\t辛医药\t收购\t庚能源宣布收购辛医药\n\n辛医药\t庚能源\t被收购\t庚能源宣布收购辛医药\n\n"
                    "庚能源\t辛医药\t竞争\t庚能源与辛医药达成战略合作\n\n"
                    "庚能源\t辛医药\tunknown\t庚能源发布了年报，辛医药股价上涨\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--model", str(tiny_model[0])])
    assert result.exit_code == 0, result.output
    # 3 gold relations; predicted 收购, 被收购, 合作 (wrong), unknown: 2 right of 3 predicted
    assert result.output.splitlines()[-1].split() == ["micro", "3", "3", "2", "0.667", "0.667", "0.667"]
    assert "finre, 4 pairs" in result.output


def test_eval_relations_scores_a_duie_file(tiny_model, tmp_path):
    gold = tmp_path / "gold.json"
    record = {"text": "李四毕业于清华大学", "spo_list": [{"subject": "李四", "subject_type": "人物", "predicate": "毕业院校",
                                              "object": {"@value": "清华大学"}, "object_type": {"@value": "学校"}}]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--model", str(tiny_model[0])])
    assert result.exit_code == 0, result.output
    assert "duie, 2 pairs" in result.output
    assert result.output.splitlines()[-1].split()[:4] == ["micro", "1", "1", "1"]


def test_eval_relations_bad_line_is_one_error(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("只有一列\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--format", "finre"])
    assert result.exit_code == 1
    assert result.output == f"Error: {gold}:1: expected head, tail, relation, sentence separated by tabs\n"


def test_finre_overlapping_entities_fall_back_to_first_occurrence(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("天然气\t皖天然气\t自己\t皖天然气即安徽天然气\n", encoding="utf-8")
    (pair,) = read_finre(gold)
    assert pair == Pair("皖天然气即安徽天然气", (1, 4), (0, 4), "自己")


def test_threshold_must_be_a_probability():
    with pytest.raises(ConfigError):
        Config(learned_relations_threshold=1.5)


@pytest.fixture(scope="module")
def learned_graph():
    config = Config(relations=Config().relations + ("learned",))
    return Pipeline(config).run_texts([("d", "阿里巴巴集团董事长马云毕业于杭州师范大学。")]).graph


def test_learned_reader_writes_typed_edges_with_confidence(learned_graph):
    learned = {(u, v, d["label"], d["relation_zh"]): d for u, v, d in learned_graph.edges(data=True)
               if "confidence" in d}
    assert ("person:马云", "org:杭州师范大学", "GRADUATED_FROM", "毕业院校") in learned
    chair = learned[("person:马云", "org:阿里巴巴集团", "CHAIR_OF", "董事长")]
    assert Config().learned_relations_threshold <= chair["confidence"] <= 1.0
    assert chair["evidence"] == "阿里巴巴集团董事长马云毕业于杭州师范大学。"


def test_default_pipeline_writes_no_learned_attributes():
    graph = Pipeline(Config()).run_texts([("d", "阿里巴巴集团董事长马云毕业于杭州师范大学。")]).graph
    assert not any("confidence" in d or "relation_zh" in d for _, _, d in graph.edges(data=True))


def test_extract_with_a_missing_model_is_one_error_and_no_output(tmp_path):
    (tmp_path / "in.txt").write_text("阿里巴巴集团董事长马云。", encoding="utf-8")
    (tmp_path / "c.toml").write_text(f'relations = ["roles", "learned"]\nlearned_relations_model = '
                                     f'"{(tmp_path / "nope.npz").as_posix()}"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in.txt"), "-o", str(out),
                                       "--config", str(tmp_path / "c.toml")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no relation model file at {tmp_path / 'nope.npz'}"
    assert not out.exists()


def test_train_command_writes_a_model_that_loads(tmp_path, capsys):
    from zhkg.relate.train_learned import main as train_main

    (tmp_path / "train.txt").write_text("\n".join(_finre_lines()), encoding="utf-8")
    out = tmp_path / "m.npz"
    assert train_main(["--finre", str(tmp_path), "--output", str(out), "--epochs", "2"]) == 0
    assert set(load_relation_model(out).heads) == {"finre"}
    assert "finre: 5 labels" in capsys.readouterr().out
