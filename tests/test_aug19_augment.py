"""Persons-only augmentation (zhkg.ner.augment ``labels``/``whole_people``, train --augment-labels/--augment-people)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import bio_sentence, both_scripts, write_sentences

from zhkg.ner.augment import augment_sentences, build_pools, replace_mentions
from zhkg.ner.bio import Sentence
from zhkg.ner.train import _parse_args, training_sentences
from zhkg.stages.normalise import normalise, to_traditional

ROOT = Path(__file__).resolve().parent.parent


NEWS = [
    ("王建国昨日在杭州会见了华为公司代表。", [("王建国", "PER"), ("杭州", "LOC"), ("华为公司", "ORG")]),
    ("李明和张伟代表北京队出战。", [("李明", "PER"), ("张伟", "PER"), ("北京队", "ORG")]),
    ("记者从广州市交通局获悉，新线路下月开通。", [("广州市交通局", "ORG")]),
    ("今天天气晴朗，市民纷纷外出。", []),
    ("美国总统乔治·布什抵达东京，与欧阳修远举行会谈。", [("美国", "LOC"), ("乔治·布什", "PER"), ("东京", "LOC"), ("欧阳修远", "PER")]),
    ("深圳与香港的合作将进一步加深。", [("深圳", "LOC"), ("香港", "LOC")]),
    ("记者赵。", [("赵", "PER")]),
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


def test_whole_person_pools_hold_training_names_and_dotted_names(pools) -> None:
    # whole Han names of the training text, not a lone surname (赵), not a dotted one
    assert set(pools.people_training) == {"王建国", "李明", "张伟", "欧阳修远"}
    assert "乔治·布什" in pools.people_dotted
    # people_known.tsv's transliterated names with ·, in Simplified, Han on each side of the dot
    assert len(pools.people_dotted) > 20
    assert all("·" in n and not n.startswith("·") and not n.endswith("·") for n in pools.people_dotted)
    assert not any(c.isascii() and c.isalpha() for n in pools.people_dotted for c in n)


@pytest.mark.parametrize("text,names", both_scripts(NEWS[:2] + NEWS[4:5]))
def test_only_person_spans_change_and_tags_stay_valid(text: str, names: list, pools) -> None:
    simplified = normalise(text).simplified
    source = bio_sentence(simplified, names)  # the names as the Simplified text writes them
    whole = set(pools.people_training) | set(pools.people_dotted)
    changed = 0
    for seed in range(40):
        copy = replace_mentions(source, pools, random.Random(seed), labels=("PER",), whole_people=True)
        assert len(copy.text) == len(copy.tags)
        # BIO-valid: every I- follows a B- or I- of its label
        for i, tag in enumerate(copy.tags):
            if tag.startswith("I-"):
                assert copy.tags[i - 1] in ("B-" + tag[2:], tag)
        assert [label for _, _, label in copy.spans] == [label for _, _, label in source.spans]
        for (a, b, label), (sa, sb, _) in zip(copy.spans, source.spans):
            if label == "PER":
                assert copy.text[a:b] in whole
                changed += copy.text[a:b] != source.text[sa:sb]
            else:
                assert copy.text[a:b] == source.text[sa:sb]
        # the text outside person names is kept as written
        assert _outside_people(copy) == _outside_people(source)
    assert changed > 20


def _outside_people(sentence: Sentence) -> list[str]:
    parts, position = [], 0
    for start, end, label in sentence.spans:
        if label == "PER":
            parts.append(sentence.text[position:start])
            position = end
    parts.append(sentence.text[position:])
    return parts


def test_about_a_third_are_dotted_names(pools) -> None:
    source = _sentences()[0]
    dotted = sum(
        "·" in replace_mentions(source, pools, random.Random(seed), labels=("PER",), whole_people=True).text
        for seed in range(300)
    )
    assert 70 <= dotted <= 130


def test_built_names_remain_the_default(pools) -> None:
    # the crf18 form still builds names and replaces every label
    source = _sentences()[0]
    texts = {replace_mentions(source, pools, random.Random(s)).text for s in range(40)}
    assert any("杭州" not in t for t in texts)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_only_sentences_naming_a_person_are_copied(pools, script: str) -> None:
    convert = (lambda t: t) if script == "simplified" else to_traditional
    sentences = _sentences(convert) * 20
    copies = augment_sentences(sentences, 500, seed=19, pools=pools, labels=("PER",), whole_people=True)
    with_person = [s for s in sentences if any(label == "PER" for _, _, label in s.spans)]
    assert len(copies) == len(with_person)
    assert all(any(label == "PER" for _, _, label in c.spans) for c in copies)
    # Traditional input is copied in Simplified, like the training text
    assert all(c.text == normalise(c.text).simplified for c in copies)
    again = augment_sentences(sentences, 50, seed=19, pools=pools, labels=("PER",), whole_people=True)
    assert again == augment_sentences(sentences, 50, seed=19, pools=pools, labels=("PER",), whole_people=True)
    assert again != augment_sentences(sentences, 50, seed=20, pools=pools, labels=("PER",), whole_people=True)


def test_unknown_label_is_refused(pools) -> None:
    with pytest.raises(ValueError, match="MISC"):
        augment_sentences(_sentences(), 5, pools=pools, labels=("PER", "MISC"))


def test_training_copies_are_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    bio = write_sentences(tmp_path / "main.bio", _sentences(to_traditional) * 10)
    script = (
        "from zhkg.ner.train import training_sentences as t; "
        f"s = t({str(bio)!r}, extra_whole=[{str(bio)!r}], augment=30, augment_seed=19, "
        "augment_labels=('PER',), augment_whole_people=True); "
        "print('|'.join(x.text + ''.join(x.tags) for x in s))"
    )
    outputs = set()
    for hash_seed in ("0", "1", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    plain = training_sentences(bio, extra_whole=[bio])
    augmented = training_sentences(bio, extra_whole=[bio], augment=30, augment_seed=19,
                                   augment_labels=("PER",), augment_whole_people=True)
    assert augmented[: len(plain)] == plain and len(augmented) == len(plain) + 30


def test_train_cli_takes_the_persons_only_options(tmp_path: Path) -> None:
    args = _parse_args([str(tmp_path / "x.bio"), "--augment", "5000", "--augment-labels", "per",
                        "--augment-people", "whole"])
    assert (args.augment_labels, args.augment_people) == (("PER",), "whole")
    default = _parse_args([str(tmp_path / "x.bio")])
    assert (default.augment_labels, default.augment_people) == (("PER", "LOC", "ORG"), "built")


def test_train_cli_refuses_an_unknown_label_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zhkg.ner.train", str(tmp_path / "x.bio"), "--augment-labels", "PER,MISC"],
        capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "MISC" in result.stderr
