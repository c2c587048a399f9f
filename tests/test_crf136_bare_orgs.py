"""Organisation-only augmentation of bare bodies (crf136: zhkg.ner.augment ``bare_orgs``, train --augment-orgs bare)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import bio_sentence, both_scripts, write_sentences

from zhkg.ner.augment import augment_sentences, build_pools, is_bare_org, replace_mentions
from zhkg.ner.bio import Sentence
from zhkg.ner.train import _parse_args, training_sentences
from zhkg.stages.normalise import normalise, to_traditional

ROOT = Path(__file__).resolve().parent.parent

NEWS = [
    # a bare body and one with a generic ending, no person: copied, only 腾讯 replaced
    ("腾讯与广州市交通局在深圳签约。", [("腾讯", "ORG"), ("广州市交通局", "ORG"), ("深圳", "LOC")]),
    # a bare body beside a person: never copied (weighting persons' sentences costs persons)
    ("王建国代表台积电出席。", [("王建国", "PER"), ("台积电", "ORG")]),
    # only an organisation with a generic ending: never copied
    ("华为公司发布新品。", [("华为公司", "ORG")]),
    ("北约秘书处发表声明。", [("北约", "ORG")]),
    ("今天天气晴朗。", []),
]


def _sentences(script_of=lambda t: t) -> list[Sentence]:
    out = []
    for text, names in NEWS:
        simplified = normalise(script_of(text)).simplified
        out.append(bio_sentence(simplified, [(normalise(script_of(n)).simplified, label) for n, label in names]))
    return out


@pytest.fixture(scope="module")
def pools():
    return build_pools(_sentences())


@pytest.mark.parametrize(
    "name,bare",
    [("台积电", True), ("民建联", True), ("北约", True), ("民进党", False), ("华为公司", False), ("交通局", False)],
)
def test_is_bare_org(name: str, bare: bool) -> None:
    assert is_bare_org(name) is bare


def test_bare_pools_hold_shipped_bare_names_only(pools) -> None:
    assert "台积电" in pools.orgs_bare_known and "北约" in pools.orgs_bare_known
    # rows marked ambiguous (苹果, 小米) and names with a generic ending or Latin letters stay out
    assert "苹果" not in pools.orgs_bare_known and "小米" not in pools.orgs_bare_known
    assert "京东方" in pools.orgs_bare_listed and "五粮液" in pools.orgs_bare_listed
    for pool in (pools.orgs_bare_known, pools.orgs_bare_listed):
        assert len(pool) > 100 and list(pool) == sorted(pool)
        assert all(is_bare_org(n) and 2 <= len(n) <= 8 for n in pool)
        assert not any(c.isascii() for n in pool for c in n)


@pytest.mark.parametrize("text,names", both_scripts(NEWS[:1]))
def test_only_bare_org_spans_change(text: str, names: list, pools) -> None:
    source = bio_sentence(normalise(text).simplified, [(normalise(n).simplified, label) for n, label in names])
    bare = set(pools.orgs_bare_known) | set(pools.orgs_bare_listed)
    drawn = set()
    for seed in range(60):
        copy = replace_mentions(source, pools, random.Random(seed), labels=("ORG",), bare_orgs=True)
        assert len(copy.text) == len(copy.tags)
        for i, tag in enumerate(copy.tags):
            if tag.startswith("I-"):
                assert copy.tags[i - 1] in ("B-" + tag[2:], tag)
        names_out = [(copy.text[a:b], label) for a, b, label in copy.spans]
        assert names_out[0][1] == "ORG" and names_out[0][0] in bare
        assert names_out[1:] == [("广州市交通局", "ORG"), ("深圳", "LOC")]
        assert copy.text.endswith("与广州市交通局在深圳签约。")
        drawn.add(names_out[0][0])
    # both tables feed the draws: names of each
    assert drawn & set(pools.orgs_bare_known) and drawn & set(pools.orgs_bare_listed)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_only_sentences_without_people_holding_a_bare_body_are_copied(pools, script: str) -> None:
    convert = (lambda t: t) if script == "simplified" else to_traditional
    sentences = _sentences(convert) * 10
    copies = augment_sentences(sentences, 500, seed=136, pools=pools, labels=("ORG",), bare_orgs=True)
    # the first and fourth rows qualify, ten times each
    assert len(copies) == 20
    assert all(not any(label == "PER" for _, _, label in c.spans) for c in copies)
    assert sum(c.text.endswith("与广州市交通局在深圳签约。") for c in copies) == 10
    assert sum(c.text.endswith("秘书处发表声明。") for c in copies) == 10
    again = augment_sentences(sentences, 15, seed=136, pools=pools, labels=("ORG",), bare_orgs=True)
    assert again == augment_sentences(sentences, 15, seed=136, pools=pools, labels=("ORG",), bare_orgs=True)


def test_bare_orgs_needs_the_org_label_only(pools) -> None:
    with pytest.raises(ValueError, match="ORG spans only"):
        augment_sentences(_sentences(), 5, pools=pools, labels=("PER", "ORG"), bare_orgs=True)


def test_training_appends_the_copies(tmp_path: Path) -> None:
    bio = write_sentences(tmp_path / "main.bio", _sentences(to_traditional) * 5)
    plain = training_sentences(bio, extra_whole=[bio])
    augmented = training_sentences(bio, extra_whole=[bio], augment=500, augment_seed=136,
                                   augment_labels=("ORG",), augment_bare_orgs=True)
    # main file: 24 of 25 (every 20th held out); whole file 25; qualifying: 2 of 5 rows
    assert augmented[: len(plain)] == plain
    assert len(augmented) - len(plain) == sum(1 for s in plain if s.text.endswith(("签约。", "发表声明。")))


def test_train_cli_takes_augment_orgs_bare(tmp_path: Path) -> None:
    args = _parse_args([str(tmp_path / "x.bio"), "--augment", "5000", "--augment-labels", "org",
                        "--augment-orgs", "bare"])
    assert (args.augment_labels, args.augment_orgs) == (("ORG",), "bare")
    assert _parse_args([str(tmp_path / "x.bio")]).augment_orgs == "any"


def test_train_cli_refuses_bare_with_other_labels_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zhkg.ner.train", str(tmp_path / "x.bio"), "--augment", "5",
         "--augment-orgs", "bare"],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "--augment-labels ORG" in result.stderr
