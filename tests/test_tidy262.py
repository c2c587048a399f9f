"""Session 55 (tidy262): two tidy-ups with no behaviour change.

- ``extract/people.py`` exports only what it defines (its tests are in ``tests/test_tidy80.py``).
- The word lists ``extract/count_head_scan`` and ``extract/count_compounds`` read (and the readers of them they run)
  moved word for word out of ``extract/count_phrase`` into ``extract/count_phrase_words``, so the three import them,
  and ``count_phrase`` imports the scan and the compounds, at the top: no import inside a function is left between
  them. These tests hold the move to that: each moved name is defined in ``count_phrase_words`` only and callers
  import it from there; ``count_phrase_words`` opens with its scope and caveats and an exact ``__all__`` and imports
  no counts module; ``count_head_scan`` and ``count_compounds`` no longer import ``count_phrase``; each module
  imports first, alone, without a cycle; a count read through the lists keeps its noun, as written and in
  Traditional (s2hk, s2tw).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    counts_in,
    docstring_and_imports,
    import_error_alone,
    imports_through,
    in_script,
    split_module,
    top_level_definitions,
)

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
WORDS, PHRASE, SCAN, COMPOUNDS = ("extract/count_phrase_words", "extract/count_phrase", "extract/count_head_scan",
                                  "extract/count_compounds")
# every counts module of extract/
COUNTS = sorted(f"extract/{p.stem}" for p in (ZHKG / "extract").glob("count*.py"))


def _definitions(part: str) -> set[str]:
    """The names a module defines at its top level, annotated ones (``_LENGTHS: dict[…] = {}``) too."""
    tree = ast.parse((ZHKG / f"{part}.py").read_text(encoding="utf-8"))
    annotated = {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    return set(top_level_definitions(ZHKG / f"{part}.py")) | annotated


def _imports_inside_functions(part: str) -> set[str]:
    """The zhkg modules a module imports inside a function (not at its top)."""
    tree = ast.parse((ZHKG / f"{part}.py").read_text(encoding="utf-8"))
    return {n.module for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for n in ast.walk(f)
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("zhkg")}


def test_tidy262_the_word_lists_have_a_module_of_their_own_with_scope_caveats_and_exact_exports():
    doc, imported = docstring_and_imports(ZHKG / f"{WORDS}.py")
    assert doc and "Caveats" in doc and "tidy262" in doc
    assert sorted(split_module(WORDS).__all__) == sorted(_definitions(WORDS))
    assert not {m for m in imported if m.startswith("zhkg.extract.count")}  # it reads no counts module


def test_tidy262_each_moved_name_is_defined_in_count_phrase_words_only():
    moved = _definitions(WORDS)
    assert {"_PREDICATE_NOUNS", "_PEOPLE_ENDINGS", "_glossary_lengths", "_LENGTHS", "_is_head"} <= moved
    for part in COUNTS:
        if part != WORDS:  # (count_glued's own one-letter _PERSON = "人" predates the move)
            assert not moved & _definitions(part) - ({"_PERSON"} if part == "extract/count_glued" else set()), part


def test_tidy262_count_phrase_keeps_the_lists_only_it_reads():
    assert {"_NOT_COUNTED", "_CHANGES", "_QUOTED_THING", "_CASE_NOUNS", "_phrase_at", "_head"} <= _definitions(PHRASE)
    assert sorted(split_module(PHRASE).__all__) == sorted(_definitions(PHRASE))


def test_tidy262_no_import_inside_a_function_is_left_between_the_phrase_its_scan_and_the_compounds():
    for part in (PHRASE, SCAN, COMPOUNDS):
        inside = _imports_inside_functions(part)
        assert not {f"zhkg.{p.replace('/', '.')}" for p in (PHRASE, SCAN, COMPOUNDS, WORDS)} & inside, part
    for part in (SCAN, COMPOUNDS):  # they read the lists, never the module that runs them
        _doc, imported = docstring_and_imports(ZHKG / f"{part}.py")
        assert "zhkg.extract.count_phrase" not in imported and "zhkg.extract.count_phrase_words" in imported, part


@pytest.mark.parametrize("part", [WORDS, PHRASE, SCAN, COMPOUNDS])
def test_tidy262_callers_import_each_name_from_the_module_defining_it_and_each_imports_alone(part):
    module = "zhkg." + part.replace("/", ".")
    if part != COMPOUNDS:  # (count_compounds' callers import its own names only)
        assert imports_through(module, _definitions(part)) == []
    assert import_error_alone(module) == ""


def test_tidy262_the_moved_readers_read_as_before():
    from types import SimpleNamespace as W

    from zhkg.extract.count_phrase_words import _ends_phrase, _glossary_at, _glossary_lengths, _is_head

    assert _glossary_lengths({"村": "village", "居委会": "committee"}) == (3, 1)
    assert _glossary_at("两个居委会", 2, frozenset({3, 5}), {"居委会": "committee", "居委": "x"}) == 5
    assert _is_head(W(tag="n", text="学生")) and not _is_head(W(tag="v", text="参加"))
    assert _is_head(W(tag="i", text="避难所"))  # an idiom's tag on a place's noun
    assert _ends_phrase([W(is_punct=True, tag="w", text="，")], 0) and _ends_phrase([], 0)


# (text, (value, counted head) of each count): each reads a moved list through the phrase, the scan or the compounds
READ = [
    ("5只基金战胜大盘。", [(5.0, "基金")]),  # _PREDICATE_NOUNS: a verb jieba tags a noun opens the predicate
    ("全区设有9个社区养老服务点。", [(9.0, "服务点")]),  # count_compounds: a compound closing on its noun
    ("12架波音787客机。", [(12.0, "客机")]),  # _AIRCRAFT_MAKERS, _LATIN: a maker and its model number
    ("3个抗灾理赔组。", [(3.0, "理赔组")]),  # _TEAM: a team named by its work
    ("120只基金净值下跌。", [(120.0, "基金")]),  # _PROPERTY_WORDS: the thing glued to its property
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted", READ)
def test_tidy262_counts_read_through_the_moved_lists(nlp, text, counted, script):
    assert counts_in(nlp, in_script(text, script)) == counted
