"""Session 37's tidy141: one source for what two layers wrote twice, and a derived table shipped, not rebuilt.

- the credit slash (记者/冯珂, 記者／馮珂, 刘嫣/文) is one constant, :data:`zhkg.text.CREDIT_SLASHES`, which the people
  extractor and the bylines reader both import;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import both_scripts, labelled_mentions

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"


def test_the_credit_slash_is_one_constant_both_layers_read():
    from zhkg.extract import people
    from zhkg.relate import roles_bylines
    from zhkg.text import CREDIT_SLASHES

    assert CREDIT_SLASHES == ("/", "／") and "" not in CREDIT_SLASHES  # an empty slice past the text's end is none
    assert people.CREDIT_SLASHES is CREDIT_SLASHES and roles_bylines.CREDIT_SLASHES is CREDIT_SLASHES
    for module in ("extract/people", "relate/roles_bylines"):  # no copy of it (their patterns keep [/／])
        source = (ZHKG / f"{module}.py").read_text(encoding="utf-8")
        assert '("/", "／")' not in source and '"/／"' not in source, module


@pytest.mark.parametrize("text", both_scripts(["南方日报讯(记者/谢思佳)昨日，广州市召开会议。",
                                               "南方日报讯（记者／谢思佳）昨日，广州市召开会议。"]))
def test_a_name_after_either_slash_is_the_credits_person(pipeline, text):
    assert ("PERSON", "谢思佳") in labelled_mentions(pipeline, text)


def test_the_kin_table_names_the_kind_each_word_reads():
    from zhkg.records import RelationKind
    from zhkg.relate.kin import KIN
    from zhkg.relate.pairs import KIN_WORDS, PAIR_KINDS, PARENT_OF, SPOUSE_OF

    assert {kin.tie for kin in KIN.values()} == {"", "SPOUSE_OF", "PARENT_OF"}
    assert {word: kind for word, (kind, _, _) in KIN_WORDS.items()} == {
        word: RelationKind(kin.tie) for word, kin in KIN.items() if kin.tie}
    assert KIN_WORDS["妻子"][0] is SPOUSE_OF and KIN_WORDS["父亲"][0] is PARENT_OF
    assert {kind for kind, _, _ in KIN_WORDS.values()} <= set(PAIR_KINDS)
    source = (ZHKG / "relate" / "pairs.py").read_text(encoding="utf-8")
    assert '"spouse"' not in source and '"parent"' not in source  # no second table mapping a tie to its kind
