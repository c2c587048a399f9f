"""Mention-replacement augmentation of the recogniser's training data (zhkg.ner.augment, train --augment)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import bio_sentence, both_scripts, write_sentences

from zhkg.ner.augment import NamePools, augment_sentences, build_pools, replace_mentions
from zhkg.ner.bio import Sentence
from zhkg.ner.train import training_sentences
from zhkg.stages.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent


NEWS = [
    ("王建国昨日在杭州会见了华为公司代表。", [("王建国", "PER"), ("杭州", "LOC"), ("华为公司", "ORG")]),
    ("李明和张伟代表北京队出战。", [("李明", "PER"), ("张伟", "PER"), ("北京队", "ORG")]),
    ("记者从广州市交通局获悉，新线路下月开通。", [("广州市交通局", "ORG")]),
    ("今天天气晴朗，市民纷纷外出。", []),
    ("陈志强表示，深圳与香港的合作将进一步加深。", [("陈志强", "PER"), ("深圳", "LOC"), ("香港", "LOC")]),
]


@pytest.fixture(scope="module")
def news_pools() -> NamePools:
    return build_pools([bio_sentence(t, n) for t, n in NEWS])


def _assert_aligned(source: Sentence, copy: Sentence) -> None:
    assert len(copy.text) == len(copy.tags)
    spans = copy.spans
    assert [label for _, _, label in spans] == [label for _, _, label in source.spans]
    for start, end, label in spans:
        assert copy.tags[start] == "B-" + label
        assert all(tag == "I-" + label for tag in copy.tags[start + 1:end])
    # the text around the names is the source's
    outside_source = [source.text[a:b] for a, b in _gaps(source)]
    outside_copy = [copy.text[a:b] for a, b in _gaps(copy)]
    assert outside_copy == outside_source


def _gaps(sentence: Sentence) -> list[tuple[int, int]]:
    gaps, position = [], 0
    for start, end, _ in sentence.spans:
        gaps.append((position, start))
        position = end
    gaps.append((position, len(sentence.text)))
    return gaps


@pytest.mark.parametrize("text,names", both_scripts(NEWS, convert_names=False))
def test_replaced_names_keep_tags_aligned(text: str, names: list, news_pools: NamePools) -> None:
    simplified = normalise(text).simplified
    source = bio_sentence(simplified, names)
    for seed in range(20):
        copy = replace_mentions(source, news_pools, random.Random(seed))
        _assert_aligned(source, copy)


def test_names_are_replaced_by_names_of_their_type(news_pools: NamePools) -> None:
    source = bio_sentence(*NEWS[0])
    places = set(news_pools.places_outside) | set(news_pools.places_mainland)
    orgs = set(news_pools.orgs_known) | set(news_pools.orgs_training)
    seen_outside = 0
    for seed in range(60):
        copy = replace_mentions(source, news_pools, random.Random(seed))
        by_label = {label: copy.text[a:b] for a, b, label in copy.spans}
        assert by_label["LOC"] in places
        assert by_label["ORG"] in orgs
        person = by_label["PER"]
        assert person in news_pools.people_known or person[0] in news_pools.surnames or person[:2] in news_pools.surnames
        seen_outside += by_label["LOC"] in news_pools.places_outside
    # about one third abroad, in Taiwan, Hong Kong or Macau
    assert 8 <= seen_outside <= 35


def test_pools_hold_places_outside_the_mainland_and_transliterated_people(news_pools: NamePools) -> None:
    outside = set(news_pools.places_outside)
    assert {"台北市", "将军澳", "巴西"} <= outside
    assert "杭州市" in news_pools.places_mainland
    assert any("·" in name for name in news_pools.people_known)
    assert not any(c.isascii() and c.isalpha() for name in news_pools.people_known for c in name)
    # Traditional tables are read in Simplified
    assert "臺北市" not in outside
    # the training text's own organisations and given-name characters
    assert {"华为公司", "北京队", "广州市交通局"} <= set(news_pools.orgs_training)
    assert set(news_pools.given_chars) == set("建国明伟志强")


def test_augmentation_is_deterministic_and_seeded(news_pools: NamePools) -> None:
    sentences = [bio_sentence(t, n) for t, n in NEWS] * 30
    first = augment_sentences(sentences, 40, seed=3, pools=news_pools)
    assert first == augment_sentences(sentences, 40, seed=3, pools=news_pools)
    assert first != augment_sentences(sentences, 40, seed=4, pools=news_pools)
    assert len(first) == 40
    # only sentences with an entity are copied
    assert all(copy.spans for copy in first)
    assert augment_sentences(sentences, 0, seed=3, pools=news_pools) == []
    # asking for more than there are gives each sentence with an entity once
    assert len(augment_sentences(sentences[:5], 99, seed=3, pools=news_pools)) == 4


def _names(names: list[tuple[str, str]], script_of) -> list[tuple[str, str]]:
    return [(script_of(name), label) for name, label in names]


def _training_files(tmp_path: Path, script_of) -> tuple[Path, Path]:
    """A main file whose dev sentences (every 20th) and an extra file whose dev sentences (every 10th)
    name people and bodies no training sentence names."""
    main, extra = [], []
    for i in range(60):
        if i % 20 == 0:
            main.append(bio_sentence(script_of(f"开发集人物欧阳甲{i}号在会上发言。"), [(script_of("欧阳甲"), "PER")]))
        else:
            main.append(bio_sentence(script_of("王建国在杭州会见了华为公司代表。"), _names(NEWS[0][1], script_of)))
    for i in range(30):
        if i % 10 == 0:
            extra.append(bio_sentence(script_of("开发机构丁戊委员会今日成立。"), [(script_of("丁戊委员会"), "ORG")]))
        else:
            extra.append(bio_sentence(script_of("李明和张伟代表北京队出战。"), _names(NEWS[1][1], script_of)))
    return write_sentences(tmp_path / "main.bio", main), write_sentences(tmp_path / "extra.bio", extra)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_dev_sentences_are_never_copied_nor_pooled(tmp_path: Path, script: str) -> None:
    from zhkg.stages.normalise import to_traditional

    convert = (lambda t: t) if script == "simplified" else to_traditional
    main, extra = _training_files(tmp_path, convert)
    plain = training_sentences(main, extra=[extra])
    augmented = training_sentences(main, extra=[extra], augment=200, augment_seed=1)
    assert augmented[: len(plain)] == plain
    copies = augmented[len(plain):]
    assert len(copies) == len(plain)  # every training sentence has an entity
    for copy in copies:
        assert "开发" not in copy.text and "丁戊" not in copy.text and "欧阳甲" not in copy.text
        # no person is named with the dev person's given letter (a body drawn from organisations_known.tsv may hold
        # it: 甲骨文, drawn once the table grew in session 47)
        assert all("甲" not in copy.text[start:end] for start, end, label in copy.spans if label == "PER")
        # Traditional input is copied in Simplified, like the training text
        assert copy.text == normalise(copy.text).simplified
    pools = build_pools(plain)
    assert "丁戊委员会" not in pools.orgs_training
    assert "甲" not in pools.given_chars


def test_augmented_copies_are_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    main, extra = _training_files(tmp_path, lambda t: t)
    script = (
        "import sys; from zhkg.ner.train import training_sentences as t; "
        f"s = t({str(main)!r}, extra=[{str(extra)!r}], augment=50, augment_seed=7); "
        "print('|'.join(x.text + ''.join(x.tags) for x in s))"
    )
    outputs = set()
    for hash_seed in ("0", "1", "12345"):
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_train_cli_takes_augment(tmp_path: Path) -> None:
    from zhkg.ner.train import _parse_args

    args = _parse_args([str(tmp_path / "x.bio"), "--augment", "15000", "--augment-seed", "18"])
    assert (args.augment, args.augment_seed) == (15000, 18)
    assert _parse_args([str(tmp_path / "x.bio")]).augment == 0
