"""Session 32 (tidy66): ``extract/combine.py`` split by what each part decides, with no behaviour change.

``zhkg.extract.combine`` keeps :func:`combine_mentions` (the order of its steps), :func:`plausible` and
:func:`find_aliases`; the helpers moved word for word into the parts below. These tests hold the layout to what the
split promised:

- every name tests, benches and docs import from ``zhkg.extract.combine`` is still there, and is the moved object
  itself, not a copy; since tidy185 ``combine`` imports of a part only what it runs (callers import every other name
  from the part), and what it imports is the part's very object;
- no top-level name is defined in two modules, and no table (source over 12 characters) is written twice;
- each part opens with a docstring of scope and caveats and an ``__all__`` of what it defines, never imports
  ``combine`` (a cycle), and is named in ``combine``'s docstring and in ``docs/entities.md``;
- a decision each part makes still reaches the document's mentions, in Simplified, s2hk and s2tw.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    docstring_and_imports,
    imported_and_read,
    in_script,
    labelled_mentions,
    top_level_definitions,
)

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "pipeline" / "zhkg" / "extract"
PARTS = ("dropped_names", "worded_bodies", "places_in_names", "known_body_parts", "person_edges", "body_ends",
         "kind_by_neighbours", "person_or_not", "defined_short_forms", "alias_mentions",
         "bracketed_originals", "people_cuts")  # the last three: tidy68

# The names tests, benches and docs import from zhkg.extract.combine (as found when the split was made, 52 names;
# tidy168 moved _MISSIONS, _ORGAN_TITLES, _inside_idiom and _name_follows out with their users; since tidy185 callers
# import every helper from the part that defines it: combine's ``__all__`` is left; bench/informal_eval.py replaces
# informal_people in extract/merged_names, which runs it since tidy185).
IMPORTED = "combine_mentions find_aliases plausible".split()


@pytest.mark.parametrize("name", IMPORTED)
def test_tidy66_names_are_still_importable_from_combine(name):
    combine = importlib.import_module("zhkg.extract.combine")
    value = getattr(combine, name)  # AttributeError: a caller's import broke
    homes = [p for p in PARTS + ("combine",) if name in top_level_definitions(EXTRACT / f"{p}.py")]
    if homes:  # else combine imports it from a module the split did not make (informal_people)
        assert len(homes) == 1, homes
        assert getattr(importlib.import_module(f"zhkg.extract.{homes[0]}"), name) is value


@pytest.mark.parametrize("part", PARTS)
def test_tidy66_combine_holds_of_each_part_only_what_it_runs_and_the_very_object(part):
    combine = importlib.import_module("zhkg.extract.combine")
    module = importlib.import_module(f"zhkg.extract.{part}")
    held = [n for n in module.__all__ if hasattr(combine, n)]
    assert [n for n in held if getattr(combine, n) is not getattr(module, n)] == []
    # no re-export left (tidy185): a name combine imports is one it runs, or one of its own ``__all__``
    runs = imported_and_read(EXTRACT / "combine.py") | set(combine.__all__)
    assert [n for n in held if n not in runs] == []


def test_tidy66_no_name_or_table_is_defined_twice():
    where: dict[str, str] = {}
    tables: dict[str, str] = {}
    twice = []
    for part in PARTS + ("combine",):
        for name, node in top_level_definitions(EXTRACT / f"{part}.py").items():
            if name in where:
                twice.append((where[name], part, name))
            where[name] = part
            if isinstance(node, ast.Assign) and not isinstance(node.value, (ast.Name, ast.Tuple)):
                source = ast.unparse(node.value)
                if len(source) > 12 and source in tables and tables[source] != name:
                    twice.append((tables[source], part, name))
                tables.setdefault(source, name)
    assert twice == []


def test_tidy66_combine_keeps_its_entry_point_and_its_steps():
    own = top_level_definitions(EXTRACT / "combine.py")
    assert "combine_mentions" in own
    # tidy168 moved plausible with the tests it runs into model_spans; combine runs it and exports it as before
    assert "plausible" in top_level_definitions(EXTRACT / "model_spans.py")
    # tidy68 moved find_aliases with the two it reads through its module's globals (test_combine patches them there)
    aliases = top_level_definitions(EXTRACT / "alias_mentions.py")
    assert {"find_aliases", "_abbreviations", "_positions"} <= set(aliases)
    moved = {n for p in PARTS for n in top_level_definitions(EXTRACT / f"{p}.py")}
    assert not moved & set(own)


@pytest.mark.parametrize("part", PARTS)
def test_tidy66_each_part_opens_with_its_scope_and_exports(part):
    path = EXTRACT / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Scope" in doc and "Caveats" in doc, part
    module = importlib.import_module(f"zhkg.extract.{part}")
    assert sorted(module.__all__) == sorted(top_level_definitions(path))
    assert "zhkg.extract.combine" not in imported
    later = PARTS[PARTS.index(part) + 1:]
    assert not {f"zhkg.extract.{p}" for p in later} & imported  # parts import only the parts before them
    assert f":mod:`zhkg.extract.{part}`" in importlib.import_module("zhkg.extract.combine").__doc__
    assert f"extract/{part}.py" in (ROOT / "docs" / "entities.md").read_text(encoding="utf-8")


# (text, mentions that must be read, mentions that must not): one decision per part of the split
CASES = [
    ("许多美国公司表示不满。", {("PLACE", "美国")}, {("ORGANIZATION", "美国公司")}),  # dropped_names
    ("华夏、广发、工银瑞信、银华等公司", {("ORGANIZATION", "华夏"), ("ORGANIZATION", "银华")}, set()),  # worded_bodies
    ("鸿海董事长郭台铭昨日表示，鸿海将扩产。", {("ORGANIZATION", "鸿海"), ("PERSON", "郭台铭")}, {("PERSON", "鸿海")}),
    ("在上环海味街经营干货。", {("PLACE", "上环"), ("PLACE", "海味街")}, {("PLACE", "上环海味街")}),  # places_in_names
    ("五月天阿信开唱。", {("ORGANIZATION", "五月天"), ("PERSON", "阿信")}, {("ORGANIZATION", "五月天阿信")}),
    ("中国科学院院士包信和在合肥表示，", {("PERSON", "包信和")}, {("PERSON", "包信")}),  # person_edges
    ("人力资源和社会保障部发布通知。", {("ORGANIZATION", "人力资源和社会保障部")}, {("ORGANIZATION", "社会保障部")}),
    ("奥巴马会见默克尔。", {("PERSON", "奥巴马"), ("PERSON", "默克尔")}, {("PLACE", "默克尔")}),  # person_or_not
    ("首都规划建设委员会（以下简称首规委）召开会议。首规委表示，", {("ORGANIZATION", "首都规划建设委员会"), ("ORGANIZATION", "首规委")}, set()),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, read, not_read", CASES, ids=[c[0][:8] for c in CASES])
def test_tidy66_decisions_through_the_split(pipeline, script, text, read, not_read):
    found = labelled_mentions(pipeline, in_script(text, script))
    assert read <= found
    assert not (not_read & found)
