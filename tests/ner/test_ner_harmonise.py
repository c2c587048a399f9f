"""CLUENER's fine labels mapped to MSRA's conventions before training (generic bodies → O)."""

from __future__ import annotations

import pytest

from zhkg.ner.bio import Sentence, Span, spans_to_tags
from zhkg.ner.harmonise import harmonise_cluener, harmonise_label_span


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # generic bodies name nothing: O
        ("政府", "government", []),
        ("派出所", "government", []),
        ("人大", "government", []),
        ("警方", "government", []),
        ("博彩公司", "company", []),
        ("球队", "organization", []),
        ("该公司", "company", []),
        ("本行", "company", []),
        ("各委室", "government", []),
        ("当地公安机关", "government", []),
        ("上级有关部门", "government", []),
        # a place and a government/army/police noun: the place only, as MSRA tags it
        ("北京市政府", "government", [(0, 3, "LOC")]),
        ("美国政府", "government", [(0, 2, "LOC")]),
        ("美军", "government", [(0, 1, "LOC")]),
        ("俄海军", "government", [(0, 1, "LOC")]),
        ("英国警方", "government", [(0, 2, "LOC")]),
        # named bodies stay ORG, including names that begin like a determiner
        ("招商银行", "company", [(0, 4, "ORG")]),
        ("财政部", "government", [(0, 3, "ORG")]),
        ("平谷区公安局", "government", [(0, 6, "ORG")]),
        ("那不勒斯", "organization", [(0, 4, "ORG")]),
        ("本菲卡", "organization", [(0, 3, "ORG")]),
        ("全国人大", "government", [(0, 4, "ORG")]),
        ("北京市委市政府", "government", [(0, 7, "ORG")]),
        # the other kinds
        ("张三", "name", [(0, 2, "PER")]),
        ("西昌市太和镇", "address", [(0, 6, "LOC")]),
        ("记者", "position", []),
        ("故宫", "scene", []),
    ],
)
def test_harmonise_label_span(text: str, kind: str, expected: list[Span]) -> None:
    assert harmonise_label_span(text, kind) == expected


def test_harmonise_cluener_keeps_text_and_offsets() -> None:
    text = "记者从该公司和招商银行获悉，美军与张三在北京市政府会面"
    fine = [(0, 2, "position"), (3, 6, "company"), (7, 11, "company"), (14, 16, "government"),
            (17, 19, "name"), (20, 25, "government")]
    got = harmonise_cluener(Sentence(text, tuple(spans_to_tags(fine, len(text)))))
    assert got.text == text
    assert got.spans == [(7, 11, "ORG"), (14, 15, "LOC"), (17, 19, "PER"), (20, 23, "LOC")]


def test_training_sentences_harmonise_extra_fine(write_bio) -> None:
    from zhkg.ner.train import training_sentences

    main = write_bio("main.bio", [(f"主{i}", []) for i in range(3)])
    fine = write_bio(
        "train.fine.bio",
        [("张三到派出所", [(0, 2, "name"), (3, 6, "government")]),  # index 0: held out
         ("李四到派出所", [(0, 2, "name"), (3, 6, "government")]),
         ("招商銀行發佈", [(0, 4, "company")])],
    )
    got = training_sentences(main, extra_fine=[fine])
    assert [(s.text, s.spans) for s in got[-2:]] == [
        ("李四到派出所", [(0, 2, "PER")]),
        ("招商银行发布", [(0, 4, "ORG")]),  # normalised as the tagger sees it
    ]
    assert "张三到派出所" not in [s.text for s in got]


@pytest.mark.parametrize("text", ["公安院校", "科研院所", "重点高校"])
def test_kinds_of_bodies_are_generic(text):
    from zhkg.ner.harmonise import is_generic_body

    assert is_generic_body(text)
