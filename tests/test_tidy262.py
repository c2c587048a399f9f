"""Session 55 (tidy262): three tidy-ups with no behaviour change.

- ``extract/people.py`` exports only what it defines (its tests are in ``tests/test_tidy80.py``).
- The word lists ``extract/count_head_scan`` and ``extract/count_compounds`` read (and the readers of them they run)
  moved word for word out of ``extract/count_phrase`` into ``extract/count_phrase_words``, so the three import them,
  and ``count_phrase`` imports the scan and the compounds, at the top: no import inside a function is left between
  them. These tests hold the move to that: each moved name is defined in ``count_phrase_words`` only and callers
  import it from there; ``count_phrase_words`` opens with its scope and caveats and an exact ``__all__`` and imports
  no counts module; ``count_head_scan`` and ``count_compounds`` no longer import ``count_phrase``; each module
  imports first, alone, without a cycle; a count read through the lists keeps its noun, as written and in
  Traditional (s2hk, s2tw).
- ``relate/roles_holders.py`` (779 of 800 lines) gave its readers of a body no extractor named (``_unnamed_holder``,
  ``_body_name_end``, ``_body_of_unit`` and the tables only they read) word for word to ``relate/roles_unnamed_bodies``:
  each moved name is defined there only, callers import it from there, ``roles_holders`` is at most 650 lines, the
  new part opens with its scope and caveats and an exact ``__all__``, comes right after ``roles_holders`` in
  ``tests/test_tidy65.py``'s ``PARTS`` (which holds the order, the layouts naming it and no table written twice)
  and imports first alone; roles read through it keep their holder, body and title in both scripts.
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
    role_edges,
    split_module,
)
from test_tidy65 import PARTS
from test_tidy256 import _definitions  # a module's top-level names, annotated ones too

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
WORDS, PHRASE, SCAN, COMPOUNDS = ("extract/count_phrase_words", "extract/count_phrase", "extract/count_head_scan",
                                  "extract/count_compounds")
# every counts module of extract/
COUNTS = sorted(f"extract/{p.stem}" for p in (ZHKG / "extract").glob("count*.py"))


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
        if part != WORDS:  # (count_glued's own _PERSON = "人", older than the move, is count_phrase_words' since tidy266)
            assert not moved & _definitions(part), part


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


# ---- relate/roles_unnamed_bodies, from relate/roles_holders

HOLDERS, UNNAMED = "relate/roles_holders", "relate/roles_unnamed_bodies"
MOVED_TO_UNNAMED = ("_OPENING_ADVERB_TAGS _CLAUSE_OPENERS _unnamed_holder _POST_JOINERS _JOINED_BODY_HEADS _post_joined_at "
                    "_CLAUSE_OF_TIME _TIME_CLAUSE_END _COMPANY_TITLES _PROPER_TAGS _proper_name_in _person_listed_before "
                    "_DEPUTY _body_name_end _BODY_TITLES _body_of_unit").split()


def test_tidy262_the_unnamed_bodies_moved_whole_and_roles_holders_is_well_under_the_limit():
    assert sorted(split_module(UNNAMED).__all__) == sorted(MOVED_TO_UNNAMED) == sorted(_definitions(UNNAMED))
    homes = {name: [p for p in PARTS if name in _definitions(f"relate/{p}")] for name in MOVED_TO_UNNAMED}
    assert homes == {name: ["roles_unnamed_bodies"] for name in MOVED_TO_UNNAMED}
    assert not [name for name in MOVED_TO_UNNAMED if hasattr(split_module(HOLDERS), name)]
    assert len((ZHKG / f"{HOLDERS}.py").read_text(encoding="utf-8").splitlines()) <= 650


def test_tidy262_roles_unnamed_bodies_has_scope_caveats_and_its_place_in_the_order():
    doc, imported = docstring_and_imports(ZHKG / f"{UNNAMED}.py")
    assert doc and "Caveats" in doc and "tidy262" in doc
    assert PARTS.index("roles_unnamed_bodies") == PARTS.index("roles_holders") + 1
    assert "zhkg.relate.roles_holders" not in imported


@pytest.mark.parametrize("part", [HOLDERS, UNNAMED])
def test_tidy262_role_callers_import_each_name_from_the_part_defining_it_and_each_imports_alone(part):
    module = "zhkg." + part.replace("/", ".")
    assert imports_through(module, _definitions(part)) == []
    assert import_error_alone(module) == ""


# (text, its (person, organisation, title) edges in Simplified): a reading through each moved reader
UNNAMED_EDGES = [
    ("宏源证券研究员杨国华表示，", [("杨国华", "宏源证券", "研究员")]),  # _unnamed_holder: the clause's opening
    ("爱格地板的总经理王明表示，", [("王明", "爱格地板", "总经理")]),  # a company's title after 的, a proper name
    ("上市公司的董事长王明表示，", []),  # _proper_name_in: a kind of company, no company's name
    ("香港大学副校长兼医学院院长王明出席会议。", [("王明", "医学院", "院长"), ("王明", "香港大学", "副校长")]),  # 兼
    ("中方代表是外交部长王明。", [("王明", "外交部", "部长")]),  # _body_name_end: a title sharing its first letter
    ("刘强，男，高级工程师，历任华北电池股份有限公司技改办主任、研究所所长、总工程师。",  # _body_of_unit
     [("刘强", "华北电池股份有限公司", "总工程师"), ("刘强", "华北电池股份有限公司技改办", "主任")]),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, edges", UNNAMED_EDGES, ids=[t[:8] for t, _ in UNNAMED_EDGES])
def test_tidy262_roles_read_through_the_unnamed_bodies(pipeline, script, text, edges):
    assert role_edges(pipeline, in_script(text, script)) == edges
