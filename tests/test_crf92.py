"""The training option that gives a whole extra file's organisation sentences more weight (crf92)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import bio_sentence, in_script, write_sentences

from zhkg.ner.train import main, training_sentences

UNER_ROWS = [
    ("華視播出新聞。", [("華視", "ORG")]),
    ("林志玲來到台北。", [("林志玲", "PER"), ("台北", "LOC")]),
    ("日軍攻佔南京。", [("日軍", "ORG"), ("南京", "LOC")]),
]


def _files(tmp_path: Path, rows: list[tuple[str, list[tuple[str, str]]]]) -> tuple[Path, Path]:
    main_file = write_sentences(tmp_path / "main.bio", [bio_sentence(f"主{i}", []) for i in range(3)])
    whole = write_sentences(tmp_path / "whole.bio", [bio_sentence(t, names) for t, names in rows])
    return main_file, whole


@pytest.mark.parametrize("script", ["simplified", "t2s"])  # the rows as written (Traditional) and in Simplified
def test_whole_org_copies_repeats_only_sentences_with_an_org(tmp_path: Path, script: str) -> None:
    """With 3 copies the two ORG sentences are trained on three times, the person-and-place one once."""
    from zhkg.stages.normalise import normalise

    rows = [(in_script(t, script), [(in_script(n, script), label) for n, label in names]) for t, names in UNER_ROWS]
    main_file, whole = _files(tmp_path, rows)
    once = training_sentences(main_file, extra_whole=[whole])
    thrice = training_sentences(main_file, extra_whole=[whole], whole_org_copies=3)
    texts = [normalise(t).simplified for t, _ in rows]
    assert [s.text for s in once] == ["主1", "主2", *texts]
    assert [s.text for s in thrice] == ["主1", "主2", *texts, texts[0], texts[2], texts[0], texts[2]]
    assert thrice[5].spans == [(0, 2, "ORG")]  # the copy keeps its labels
    assert training_sentences(main_file, extra_whole=[whole], whole_org_copies=1) == once


def test_whole_org_copies_leaves_the_main_file_alone(tmp_path: Path) -> None:
    """Only --extra-whole files are weighted: ORG sentences of the main file are taken once."""
    main_file = write_sentences(tmp_path / "main.bio", [bio_sentence(f"中共{i}号", [("中共", "ORG")]) for i in range(4)])
    got = training_sentences(main_file, whole_org_copies=5)
    assert [s.text for s in got] == ["中共1号", "中共2号", "中共3号"]


def test_whole_org_copies_below_one_is_refused(tmp_path: Path) -> None:
    main_file, whole = _files(tmp_path, UNER_ROWS)
    with pytest.raises(ValueError, match="at least 1"):
        training_sentences(main_file, extra_whole=[whole], whole_org_copies=0)
    with pytest.raises(SystemExit):
        main([str(main_file), "--extra-whole", str(whole), "--whole-org-copies", "0", "--output", str(tmp_path / "m")])


def test_whole_org_copies_reaches_the_trainer(tmp_path: Path) -> None:
    """The main file reads 华视 as nothing 4 times, the whole file as an ORG twice: weighted 3 times, the ORG wins."""
    from zhkg.ner.model import load_model

    text = "华视播出新闻。"
    main_file = write_sentences(tmp_path / "main.bio", [bio_sentence(text, [])] * 5)  # index 0 is held out
    whole = write_sentences(tmp_path / "whole.bio", [bio_sentence(text, [("华视", "ORG")])] * 2)
    tags = {}
    for copies in (1, 3):
        out = tmp_path / f"m{copies}.crfsuite"
        argv = [str(main_file), "--extra-whole", str(whole), "--whole-org-copies", str(copies),
                "--max-iterations", "40", "--output", str(out)]
        assert main(argv) == 0
        tags[copies] = load_model(out).crfsuite_tags(text)[:2]
    assert tags == {1: ["O", "O"], 3: ["B-ORG", "I-ORG"]}
