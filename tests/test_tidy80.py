"""Session 33 (tidy80): ``extract/people.py`` and ``relate/roles_title_body.py`` split by what they decide, with no
behaviour change.

Four parts took their groups word for word: ``extract/foreign_names`` (separator-joined transliterations) and
``extract/foreign_people_by_context`` (transliterations the words around them make a person's) from ``people``;
``relate/roles_departments`` (a body's department read into its title) and ``relate/roles_units`` (a unit whose
letter its head's title repeats) from ``roles_title_body``. These tests hold the moves to what they promised:

- each moved name is defined once, in its new part, and is gone from the module it left; every role module holding
  a moved name holds that object;
- since tidy262 (session 55) ``zhkg.extract.people`` exports only what it defines (``extract_people``) and holds a
  moved name only where its own code reads it (the very object); no module, test, bench, tool, notebook or doc
  example takes a name through ``people`` that ``people`` does not define (``from zhkg.extract.people import name``,
  or ``people.name`` on the module), each imports it from the part that defines it;
- each new part opens with its scope and caveats and an exact ``__all__``; the people parts never import ``people``
  (which imports them), the role parts are in ``tests/test_tidy65.py``'s ``PARTS`` before ``roles_title_body``;
  importing any module of the split first, in a fresh interpreter, works (no cycle);
- no module of the split is over 800 lines; ``people``'s docstring, ``docs/entities.md``, ``roles``' layout and
  ``docs/relations.md`` name the new parts;
- one reading through each new part keeps its result, in Simplified and in Traditional (s2hk, s2tw).
"""

from __future__ import annotations

import ast
import doctest
import importlib
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_no_reexports,
    docstring_and_imports,
    imported_and_read,
    in_script,
    labelled_mentions,
    role_edges,
    split_module,
    top_level_definitions,
)
from test_tidy65 import PARTS

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

# (new part, the module it left, names moved): the whole group of each move, paths under pipeline/zhkg
MOVED = {
    ("extract/foreign_names", "extract/people"): (
        "FOREIGN_SEPARATORS FOREIGN_SEPARATOR NAMED_PLACES NAMED_BODIES EPONYMS NAMED_AFTER _NAMED_AFTER _NOT_IN_NAME "
        "_foreign_pattern _foreign_part _NAME_WORD_TAGS _GLUED_NOT_NAME GLUED_NOT_NAME _FIRST_NAME_WORDS "
        "_NAME_OPENERS _SPLIT_OPENERS _NOUN_ENDS _BECAUSE_AFTER _name_tail _name_word_heads _name_word_head "
        "_foreign_tail _time_word_after _position_before _unknown_tail _first_parts NAME_DASH opens_foreign_name "
        "_GLUED_AFTER_FOREIGN glued_after_foreign_name foreign_name_parts _DIVISION_HEADS _DIVISION_TITLES "
        "GLUED_TITLES _KIN_TERMS _FUNCTION_TAGS _LOCATIVES locative_after_noun _foreign_candidates _places_abroad"),
    ("extract/foreign_people_by_context", "extract/people"): (
        "_AFTER_NAME_TAGS _TITLED_PART _titled_hyphen_names PERSON_VERBS _COORDINATORS ROYAL_TITLES _PLACE_LIKE_ENDS "
        "_transliterated_candidates _PLACE_OPENERS _places_coordinated _place_of_the_act _coordinated_partner "
        "_roles_before"),
    ("relate/roles_departments", "relate/roles_title_body"): (
        "_NOT_DEPARTMENTS _department_before _DEPARTMENT_LENGTH _DEPARTMENT_TAGS _department_at _CONCURRENTLY_HELD "
        "_DEPARTMENT_HEADS _BOARD _DEPARTMENT_HEAD_LAST _NOT_IN_DEPARTMENT _MAX_DEPARTMENT _DEPARTMENTS_OF "
        "_DEPARTMENT_JOINERS _department_post _department_title _DEPARTMENT_TITLE_QUALIFIERS"),
    ("relate/roles_units", "relate/roles_title_body"): (
        "_UNIT_HEADS _MAX_UNIT _army_unit_role _unit _unit_role _UNIT_NAME_MARKS _unit_after_link _UNIT_LETTERS "
        "_unit_letter_repeated _UNIT_ENDS"),
}
MOVES = [(part, source, name) for (part, source), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
SPLIT = NEW_PARTS + ["extract/people", "relate/roles_title_body"]


def _module(path: str):
    return importlib.import_module("zhkg." + path.replace("/", "."))


def test_tidy80_moves_are_whole_groups():
    for (part, _source), names in MOVED.items():
        assert sorted(_module(part).__all__) == sorted(names.split()), part


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy80_each_moved_name_lives_in_its_new_part_only(part, source, name):
    value = getattr(_module(part), name)
    assert name in top_level_definitions(ZHKG / f"{part}.py")
    assert name not in top_level_definitions(ZHKG / f"{source}.py")
    if source == "extract/people":  # people holds a moved name only where its own code reads it (tidy262)
        if hasattr(_module(source), name):
            assert getattr(_module(source), name) is value
            assert name in imported_and_read(ZHKG / f"{source}.py"), name
    else:  # whoever still imports it holds the moved object, not a copy
        for other in PARTS + ("roles",):
            module = importlib.import_module(f"zhkg.relate.{other}")
            if hasattr(module, name):
                assert getattr(module, name) is value, other


def test_tidy262_people_exports_only_what_it_defines():
    people = _module("extract/people")
    assert people.__all__ == ["extract_people"]
    assert set(people.__all__) <= set(top_level_definitions(ZHKG / "extract" / "people.py"))
    assert_no_reexports("extract/people")  # it imports only what its own code reads, and no ``noqa: F401`` block


def _taken_through(source: str, part: str = "extract/people") -> list[tuple[int, str]]:
    """(line, name) of each name a piece of Python source takes from the module at ``part`` (``zhkg.extract.people``)
    that the module does not define: ``from zhkg.extract.people import name``, or ``people.name`` where the module is
    bound by ``from zhkg.extract import people [as p]`` or ``import zhkg.extract.people [as p]`` (tidy266: any
    module, for the re-exporters it emptied too)."""
    module = "zhkg." + part.replace("/", ".")
    package, leaf = module.rsplit(".", 1)
    own = set(top_level_definitions(ZHKG / f"{part}.py"))
    tree = ast.parse(source)
    bound = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == package
             for a in n.names if a.name == leaf}
    bound |= {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
              for a in n.names if a.name == module}
    taken = [(n.lineno, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
             and n.module == module for a in n.names if a.name not in own]
    taken += [(n.lineno, n.attr) for n in ast.walk(tree) if isinstance(n, ast.Attribute)
              and ast.unparse(n.value) in bound and n.attr not in own]
    return sorted(taken)


def _sources() -> list[tuple[str, str]]:
    """(where, Python source) of every piece of code in the checkout: each ``.py`` file of ``pipeline/``, ``tests/``,
    ``bench/`` and ``tools/`` with its docstrings' examples, each notebook cell, each ``python`` block of the docs."""
    found = []
    for path in sorted(p for folder in ("pipeline", "tests", "bench", "tools") for p in (ROOT / folder).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found.append((str(path.relative_to(ROOT)), text))
        examples = [e.source for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant)
                    and isinstance(n.value, str) and ">>>" in n.value for e in doctest.DocTestParser().get_examples(n.value)]
        found += [(f"{path.relative_to(ROOT)} (an example)", e) for e in examples if _parses(e)]
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found += [(f"{path.relative_to(ROOT)} cell {i}", "".join(c["source"])) for i, c in enumerate(cells)
                  if c["cell_type"] == "code" and _parses("".join(c["source"]))]
    for path in sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")]):
        blocks = path.read_text(encoding="utf-8").split("```python")[1:]
        found += [(f"{path.relative_to(ROOT)} block {i}", b.split("```")[0]) for i, b in enumerate(blocks)
                  if _parses(b.split("```")[0])]
    return found


def _parses(source: str) -> bool:
    try:
        ast.parse(source)
    except SyntaxError:  # a notebook's shell line, a doc's fragment: no import to read
        return False
    return True


@lru_cache(maxsize=1)
def _all_sources() -> tuple[tuple[str, str], ...]:
    return tuple(_sources())  # read once a session: each re-export check (tidy262–tidy273) walks every piece


def taken_through_anywhere(part: str) -> list[tuple[str, int, str]]:
    """(where, line, name) of each name any piece of code of the checkout (:func:`_sources`) takes through the module
    at ``part`` that the module does not define: what a module that exports only its own names leaves none of."""
    return [(where, line, name) for where, source in _all_sources() for line, name in _taken_through(source, part)]


def assert_exports_only_its_own(part: str, exported: list[str]) -> None:
    """The module at ``part`` exports ``exported``, names it defines, and imports from zhkg only what it reads."""
    assert split_module(part).__all__ == exported
    assert set(exported) <= set(top_level_definitions(ZHKG / f"{part}.py"))
    assert_no_reexports(part)


def test_tidy262_no_one_takes_a_name_through_people():
    assert taken_through_anywhere("extract/people") == []


@pytest.mark.parametrize("source, taken", [
    ("from zhkg.extract.people import FOREIGN_SEPARATORS, extract_people", [(1, "FOREIGN_SEPARATORS")]),
    ("def f():\n    from zhkg.extract.people import _roles_before", [(2, "_roles_before")]),
    ("from zhkg.extract import people\npeople.PERSON_VERBS, people._dictionary_name_candidates", [(2, "PERSON_VERBS")]),
    ("import zhkg.extract.people as p\np.dictionary_tag", [(2, "dictionary_tag")]),
    ("from zhkg.extract.foreign_names import FOREIGN_SEPARATORS\nfrom zhkg.extract.people import extract_people", []),
])
def test_tidy262_the_check_finds_a_name_taken_through_people(source, taken):
    assert _taken_through(source) == taken


def test_tidy80_no_role_part_defines_a_moved_name_twice():
    for part, _source, name in MOVES:
        if part.startswith("relate/"):
            homes = [p for p in PARTS + ("roles",) if name in top_level_definitions(ZHKG / "relate" / f"{p}.py")]
            assert homes == [part.removeprefix("relate/")], name


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy80_each_new_part_has_scope_caveats_and_exact_exports(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy80" in doc
    assert sorted(_module(part).__all__) == sorted(top_level_definitions(path))
    if part.startswith("extract/"):  # people imports its parts, never the reverse
        assert "zhkg.extract.people" not in imported
        if part == "extract/foreign_names":
            assert "zhkg.extract.foreign_people_by_context" not in imported


def test_tidy80_role_parts_come_before_the_part_they_left():
    assert PARTS.index("roles_departments") < PARTS.index("roles_units") < PARTS.index("roles_title_body")


@pytest.mark.parametrize("path", SPLIT)
def test_tidy80_each_module_imports_first_without_a_cycle(path):
    done = subprocess.run([sys.executable, "-c", f"import zhkg.{path.replace('/', '.')}"], capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "pipeline")})
    assert done.returncode == 0, done.stderr[-400:]


@pytest.mark.parametrize("path", SPLIT)
def test_tidy80_no_module_of_the_split_is_over_800_lines(path):
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 800


def test_tidy80_the_layouts_name_each_new_part():
    people = _module("extract/people").__doc__
    roles = importlib.import_module("zhkg.relate.roles").__doc__
    entities = (ROOT / "docs" / "entities.md").read_text(encoding="utf-8")
    relations = (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")
    for part in NEW_PARTS:
        layout, table = (people, entities) if part.startswith("extract/") else (roles, relations)
        assert f":mod:`zhkg.{part.replace('/', '.')}`" in layout and f"`{part}.py`" in table


# (text, the people read in it, in Simplified): one reading through each people part
PEOPLE = [
    ("美国总统唐纳德·特朗普表示，", ["唐纳德·特朗普"]),  # foreign_names: parts joined by a middle dot
    ("法国前总理让-皮埃尔·拉法兰访华。", ["让-皮埃尔·拉法兰"]),  # foreign_names: a hyphen, never split at it
    ("拜登和普京在日内瓦会晤。", ["拜登", "普京"]),  # foreign_people_by_context: two names coordinated
    ("泰国总理赛塔-他威信表示，将访问中国。", ["赛塔-他威信"]),  # foreign_people_by_context: a hyphened name after a title
    ("俄军炮击哈尔科夫和赫尔松。", []),  # foreign_people_by_context: two places abroad, no pair of people
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, people", PEOPLE, ids=[t[:8] for t, _ in PEOPLE])
def test_tidy80_people_read_through_the_new_parts(pipeline, script, text, people):
    assert sorted(name for label, name in labelled_mentions(pipeline, in_script(text, script))
                  if label == "PERSON") == people


def test_tidy80_the_people_parts_read_their_candidates():
    from zhkg.extract.foreign_names import _foreign_candidates
    from zhkg.extract.foreign_people_by_context import _titled_hyphen_names, _transliterated_candidates
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp

    nlp, lexicon = make_nlp(), load_lexicon()

    def spans(finder, text):
        return [text[s:e] for s, e, _ in finder(nlp(text), lexicon)]

    assert spans(_foreign_candidates, "美国总统唐纳德·特朗普表示，") == ["唐纳德·特朗普"]
    assert spans(_transliterated_candidates, "拜登和普京在日内瓦会晤。") == ["拜登", "普京"]
    assert spans(_transliterated_candidates, "俄军炮击哈尔科夫和赫尔松。") == []
    assert spans(_titled_hyphen_names, "泰国总理赛塔-他威信表示，将访问中国。") == ["赛塔-他威信"]


# (text, its (person, organisation, title) edges in Simplified): one reading through each role part
EDGES = [
    ("招商银行现金管理部总经理王明表示，", [("王明", "招商银行", "现金管理部总经理")]),  # roles_departments: before
    ("王明现任利德科技发展有限公司综合管理部经理。", [("王明", "利德科技发展有限公司", "综合管理部经理")]),  # after a link
    ("王明出任华强集团第五届董事会董事。", [("王明", "华强集团", "第五届董事会董事")]),  # a board as a department
    ("王明现任华强集团总经理兼市场总监。", [("王明", "华强集团", "市场总监"), ("王明", "华强集团", "总经理")]),  # 兼
    ("国家发改委中国小城镇试点处处长王明出席会议。", [("王明", "国家发改委中国小城镇试点处", "处长")]),  # roles_units
    ("国民革命军第十八军军长王明出席会议。", [("王明", "国民革命军第十八军", "军长")]),  # an army unit, with its army
    ("王明担任了「二·一八」火灾善后处理小组组长。", [("王明", "「二·一八」火灾善后处理小组", "组长")]),  # after a link
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, edges", EDGES, ids=[t[:8] for t, _ in EDGES])
def test_tidy80_roles_read_through_the_new_parts(pipeline, script, text, edges):
    assert role_edges(pipeline, in_script(text, script)) == edges
