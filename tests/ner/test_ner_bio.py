"""The BIO reader, span conversion, the development split rule and the scorer, on hand-made tables."""

from __future__ import annotations

import io

import pytest

from zhkg.ner.bio import (
    Sentence,
    is_dev_sentence,
    read_bio,
    score_spans,
    spans_to_tags,
    split_dev,
    tags_to_spans,
)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        ([], []),
        (["O", "O"], []),
        (["B-PER"], [(0, 1, "PER")]),
        (["B-PER", "I-PER", "I-PER", "O"], [(0, 3, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # stray I- opens a span
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),  # label change splits
        (["B-ORG", "I-ORG", "B-LOC", "I-LOC", "O", "B-PER"], [(0, 2, "ORG"), (2, 4, "LOC"), (5, 6, "PER")]),
    ],
)
def test_tags_to_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert tags_to_spans(tags) == spans


@pytest.mark.parametrize(
    ("spans", "length", "tags"),
    [
        ([], 2, ["O", "O"]),
        ([(0, 1, "PER")], 1, ["B-PER"]),
        ([(1, 4, "ORG"), (4, 5, "LOC")], 5, ["O", "B-ORG", "I-ORG", "I-ORG", "B-LOC"]),
    ],
)
def test_spans_to_tags_round_trips(spans: list[tuple[int, int, str]], length: int, tags: list[str]) -> None:
    assert spans_to_tags(spans, length) == tags
    assert tags_to_spans(tags) == spans


def test_read_bio_sentences_and_spans(tmp_path) -> None:
    path = tmp_path / "tiny.bio"
    path.write_text(
        "李\tB-PER\n四\tI-PER\n到\tO\n上\tB-LOC\n海\tI-LOC\n\n\n"  # two blank lines are one break
        " \tO\n新\tB-ORG\n华\tI-ORG\n社\tI-ORG\n",  # a space is a character; no final blank line
        encoding="utf-8",
    )
    sentences = read_bio(path)
    assert [s.text for s in sentences] == ["李四到上海", " 新华社"]
    assert [s.spans for s in sentences] == [[(0, 2, "PER"), (3, 5, "LOC")], [(1, 4, "ORG")]]


@pytest.mark.parametrize("line", ["李\n", "李\tX-PER\n", "李四\tO\n", "李\tB_PER\n"])
def test_read_bio_rejects_bad_lines_with_location(line: str) -> None:
    with pytest.raises(ValueError, match=r"bad\.bio:2"):
        read_bio(_named("好\tO\n" + line, "bad.bio"))


def _named(text: str, name: str) -> io.StringIO:
    stream = io.StringIO(text)
    stream.name = name
    return stream


def test_dev_split_rule_is_every_twentieth_sentence() -> None:
    sentences = [Sentence(str(i % 10), ("O",)) for i in range(100)]
    train, dev = split_dev(sentences)
    assert len(dev) == 5 and len(train) == 95
    assert [i for i in range(100) if is_dev_sentence(i)] == [0, 20, 40, 60, 80]
    assert dev == [sentences[i] for i in (0, 20, 40, 60, 80)]


def test_score_counts_exact_matches_only() -> None:
    gold = [[(0, 2, "PER"), (3, 5, "LOC")], [(0, 3, "ORG")], []]
    predicted = [[(0, 2, "PER"), (3, 4, "LOC")], [(0, 3, "ORG"), (4, 5, "PER")], [(0, 1, "LOC")]]
    score = score_spans(gold, predicted)
    assert score.gold == {"PER": 1, "LOC": 1, "ORG": 1}
    assert score.predicted == {"PER": 2, "LOC": 2, "ORG": 1}
    assert score.correct == {"PER": 1, "ORG": 1}
    assert score.prf("PER") == pytest.approx((0.5, 1.0, 2 / 3))
    assert score.prf("LOC") == (0.0, 0.0, 0.0)
    assert score.prf("ORG") == (1.0, 1.0, 1.0)
    assert score.prf() == pytest.approx((2 / 5, 2 / 3, 0.5))
    assert [row[0] for row in score.table()] == ["LOC", "ORG", "PER", "ALL"]


def test_score_wrong_label_is_an_error_of_both_kinds() -> None:
    score = score_spans([[(0, 2, "PER")]], [[(0, 2, "ORG")]])
    assert score.prf("PER") == (0.0, 0.0, 0.0)
    assert score.prf("ORG") == (0.0, 0.0, 0.0)


def test_score_requires_aligned_sentences() -> None:
    with pytest.raises(ValueError):
        score_spans([[]], [[], []])
