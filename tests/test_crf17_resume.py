"""Resume NER's labels in MSRA's conventions, and the training option that reads them (crf17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import both_scripts

from zhkg.ner.bio import Sentence, Span, spans_to_tags
from zhkg.ner.harmonise import harmonise_resume, harmonise_resume_span
from zhkg.ner.train import main, training_sentences


def _write_bio(path: Path, sentences: list[tuple[str, list[Span]]]) -> Path:
    lines = []
    for text, spans in sentences:
        lines += [f"{c}\t{t}" for c, t in zip(text, spans_to_tags(spans, len(text)))] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("本公司", "ORG", []),  # generic bodies name no organisation
        ("公司", "ORG", []),
        ("本行", "ORG", []),
        ("子公司", "ORG", []),
        ("华夏银行", "ORG", [(0, 4, "ORG")]),
        ("青岛海湾化工股份有限公司", "ORG", [(0, 12, "ORG")]),
        ("宜宾市政府", "ORG", [(0, 3, "LOC")]),  # a place before a government noun: the place, as MSRA
        ("四川南充人", "LOC", [(0, 4, "LOC")]),  # a native place without the 人
        ("江西省赣州市人", "LOC", [(0, 6, "LOC")]),
        ("籍贯湖北省", "LOC", [(2, 5, "LOC")]),
        ("加拿大国籍", "LOC", [(0, 3, "LOC")]),
        ("中国台湾居民", "LOC", [(0, 4, "LOC")]),
        ("成都", "LOC", [(0, 2, "LOC")]),
        ("人", "LOC", []),  # nothing of a place left
        ("周建国", "PER", [(0, 3, "PER")]),
        ("周", "PER", [(0, 1, "PER")]),  # a bare surname (周先生) is kept as the set tags it
    ],
)
def test_harmonise_resume_span(text: str, label: str, expected: list[Span]) -> None:
    assert harmonise_resume_span(text, label) == expected


def test_harmonise_resume_keeps_text_and_offsets() -> None:
    text = "陈立新，湖南岳阳人，曾任本集团及招商证券董事。"
    gold = [(0, 3, "PER"), (4, 9, "LOC"), (12, 15, "ORG"), (16, 20, "ORG")]
    got = harmonise_resume(Sentence(text, tuple(spans_to_tags(gold, len(text)))))
    assert got.text == text
    assert got.spans == [(0, 3, "PER"), (4, 8, "LOC"), (16, 20, "ORG")]


RESUME_ROWS = [
    ("刘海平先生现任本公司副总经理，兼任东方电气财务部经理。",
     [(0, 3, "PER"), (7, 10, "ORG"), (17, 21, "ORG")],
     [(0, 3, "PER"), (17, 21, "ORG")]),
    ("吴敏女士，浙江绍兴人，历任集团董事、宁波港务局副局长。",
     [(0, 2, "PER"), (5, 10, "LOC"), (13, 15, "ORG"), (18, 23, "ORG")],
     [(0, 2, "PER"), (5, 9, "LOC"), (18, 23, "ORG")]),
]


@pytest.mark.parametrize(("text", "gold", "expected"), both_scripts(RESUME_ROWS))
def test_extra_resume_is_trained_whole_harmonised_and_simplified(
    tmp_path: Path, text: str, gold: list[Span], expected: list[Span]
) -> None:
    """A Resume file is taken whole (its first sentence too), in Simplified, its generic bodies left O."""
    from zhkg.stages.normalise import normalise

    main_file = _write_bio(tmp_path / "main.bio", [(f"主{i}", []) for i in range(3)])
    resume = _write_bio(tmp_path / "resume.bio", [(text, gold), ("无简历信息", [])])
    got = training_sentences(main_file, extra_resume=[resume])
    assert [s.text for s in got[:2]] == ["主1", "主2"]  # the main file's dev split (index 0) is still held out
    simplified = normalise(text).simplified
    assert (got[2].text, got[2].spans) == (simplified, expected)
    assert got[3].text == "无简历信息"
    assert len(got) == 4


def test_extra_resume_reads_generic_bodies_in_traditional(tmp_path: Path) -> None:
    """集團 is the generic 集团 once normalised; the harmonisation reads the Simplified text."""
    main_file = _write_bio(tmp_path / "main.bio", [("主0", []), ("主1", [])])
    resume = _write_bio(tmp_path / "resume.bio", [("曾任本集團董事", [(2, 5, "ORG")]), ("曾任寶鋼集團董事", [(2, 6, "ORG")])])
    got = training_sentences(main_file, extra_resume=[resume])
    assert [(s.text, s.spans) for s in got[1:]] == [("曾任本集团董事", []), ("曾任宝钢集团董事", [(2, 6, "ORG")])]


def test_train_command_reads_extra_resume(tmp_path: Path) -> None:
    """``--extra-resume`` reaches the trainer: a model trained with it tags what only the Resume file teaches."""
    from zhkg.ner.model import load_model

    main_file = _write_bio(tmp_path / "main.bio", [("今天天气很好。", [])] * 4)
    rows = [(f"{name}任本公司董事。", [(0, len(name), "PER"), (len(name) + 1, len(name) + 4, "ORG")])
            for name in ("王强", "李娜", "赵刚", "孙丽", "周涛", "吴平")]
    resume = _write_bio(tmp_path / "resume.bio", rows * 5)
    out = tmp_path / "m.crfsuite"
    assert main([str(main_file), "--extra-resume", str(resume), "--max-iterations", "40", "--output", str(out)]) == 0
    model = load_model(out)
    assert (0, 2, "PER") in model.tag_spans("钱明任本公司董事。")
    # the raw tags, before the recogniser's own filter of generic bodies: 本公司 was trained as O
    assert model.crfsuite_tags("钱明任本公司董事。")[3:6] == ["O", "O", "O"]
