"""Session 37's tidy141: one source for what two layers wrote twice, and a derived table shipped, not rebuilt.

- the credit slash (记者/冯珂, 記者／馮珂, 刘嫣/文) is one constant, :data:`zhkg.text.CREDIT_SLASHES`, which the people
  extractor and the bylines reader both import;
- the kin table names the relation kind each word reads (``Kin.tie``: ``SPOUSE_OF``, ``PARENT_OF``), and the pairs
  reader takes it from there, with no second table;
- the page's Traditional -> Simplified characters ship as ``resources/data/simplified_chars.tab``, which
  ``tools/build_simplified_chars.py`` writes from :func:`~zhkg.stages.normalise.to_simplified`; the test below
  rebuilds it and compares, so it cannot drift from the converter.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from helpers import both_scripts, labelled_mentions

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"


def test_the_credit_slash_is_one_constant_both_layers_read():
    from zhkg.extract import name_contexts
    from zhkg.relate import roles_bylines
    from zhkg.text import CREDIT_SLASHES

    assert CREDIT_SLASHES == ("/", "／") and "" not in CREDIT_SLASHES  # an empty slice past the text's end is none
    assert name_contexts.CREDIT_SLASHES is CREDIT_SLASHES and roles_bylines.CREDIT_SLASHES is CREDIT_SLASHES
    for module in ("extract/name_contexts", "extract/people", "relate/roles_bylines"):  # no copy of it (their patterns keep [/／])
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


def _builder():
    spec = importlib.util.spec_from_file_location("build_simplified_chars", ROOT / "tools" / "build_simplified_chars.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_simplified_table_is_what_the_converter_gives_now():
    shipped = (ZHKG / "resources" / "data" / "simplified_chars.tab").read_text(encoding="utf-8")
    assert shipped == _builder().table_text(), "run tools/build_simplified_chars.py (see the data README)"


def test_the_page_reads_the_shipped_table():
    from zhkg.export.html_payload import _simplified_table, simplified_characters

    table = _simplified_table()
    assert table == _builder().simplified_chars() and list(table) == sorted(table)
    assert {"國": "国", "灣": "湾", "衞": "卫", "綫": "线"}.items() <= table.items()
    assert all(len(written) == 1 and ord(written) < 0x10000 for written in table)  # UTF-16 units, as the page reads
    assert simplified_characters(["国务院"]) == {"務": "务", "國": "国"}
