"""Session 32 (tidy65): ``relate/roles.py`` split by what each part decides, with no behaviour change.

``zhkg.relate.roles`` keeps the two entry points, :func:`read_roles` and :func:`read_roles_after`; their helpers
moved verbatim into ``roles_words``, ``roles_titles``, ``roles_former``, ``roles_places``, ``roles_title_body``,
``roles_holders`` and ``roles_links``. These tests hold the layout to what the split promised:

- every name tests and docs imported from ``zhkg.relate.roles`` is defined in one part; since tidy266 callers import
  it from that part, and ``roles`` holds it (the moved object itself) only where its own code reads it;
- no top-level name is defined in two of the parts, and no table (source over 12 characters) is written twice;
- each part opens with a docstring of scope and caveats and an ``__all__`` of what it defines, never imports the
  entry module (a cycle), and is named in its layout and in ``docs/relations.md``;
- a role read through each part keeps its holder, body and title, in Simplified and in Traditional.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, docstring_and_imports, holds_roles, in_script, role_edges, top_level_definitions

ROOT = Path(__file__).resolve().parents[1]
RELATE = ROOT / "pipeline" / "zhkg" / "relate"
PARTS = ("roles_words", "roles_titles", "roles_former", "roles_places", "roles_departments", "roles_units",
         "roles_title_body", "roles_body_in_context", "roles_bylines",
         "roles_names", "roles_asides", "roles_listed", "roles_holders", "roles_unnamed_bodies",  # tidy262
         "roles_context",
         "roles_links", "roles_before_names", "roles_next_posts", "roles_clauses",
         "roles_forms")

# The names tests, benches and docs imported from zhkg.relate.roles (as found when the split was made; tidy273
# renamed roles_places' _FIEF_TITLES, which roles_wiki's list of other titles shared a name with).
IMPORTED = (
    "_ANCIENT_STATES _TITLES_BEFORE_HOLDER _FullNames _MAX_FIEF _MAX_RELATIVE_CLAUSE _POSSESSORS _SHORT_FORM_HEADS "
    "_anaphor_ending_at _courtesy_title _dictionary_tag _fief_title _glued_to_next_word _historic_state "
    "_holder_before_aside _keep_qualifiers _link_after _name_at _name_cut_short _name_length _owner_of _paired_dash "
    "_post_after_joiner _post_field _read_remote _relative_clause_before _role_starts _run_into_saying "
    "_runs_into_next_word _short_aside_start _short_form_ending_at _title_after _word_tag_at read_roles "
    "read_roles_after").split()


@pytest.mark.parametrize("name", IMPORTED)
def test_tidy65_each_name_once_imported_from_roles_lives_in_one_part(name):
    roles = importlib.import_module("zhkg.relate.roles")
    homes = [p for p in PARTS + ("roles",) if name in top_level_definitions(RELATE / f"{p}.py")]
    assert len(homes) == 1, homes  # defined once, in one part
    value = getattr(importlib.import_module(f"zhkg.relate.{homes[0]}"), name)
    if hasattr(roles, name):  # since tidy266 roles holds a part's name only where its own code reads it
        assert getattr(roles, name) is value


def test_tidy65_no_name_or_table_is_defined_twice():
    where: dict[str, str] = {}
    tables: dict[str, str] = {}
    twice = []
    for part in PARTS + ("roles",):
        for name, node in top_level_definitions(RELATE / f"{part}.py").items():
            if name in where:
                twice.append((where[name], part, name))
            where[name] = part
            if isinstance(node, ast.Assign) and not isinstance(node.value, ast.Name):  # an alias is no copy
                source = ast.unparse(node.value)
                if len(source) > 12 and source in tables and tables[source] != name:
                    twice.append((tables[source], part, name))
                tables.setdefault(source, name)
    assert twice == []


def test_tidy65_no_word_list_is_written_twice_under_other_names():
    """A set or tuple of words (over 3 items) is one object: a second name for it is an alias, not a copy."""
    seen: dict[object, tuple[str, object]] = {}
    copies = []
    for part in PARTS:
        module = importlib.import_module(f"zhkg.relate.{part}")
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, (frozenset, tuple)) and len(value) > 3 and all(isinstance(v, str) for v in value):
                first = seen.setdefault(value, (f"{part}.{name}", value))
                if first[1] is not value:
                    copies.append((first[0], f"{part}.{name}"))
    assert copies == []


def test_tidy65_the_entry_module_keeps_only_its_entry_points():
    own = top_level_definitions(RELATE / "roles.py")
    assert {n for n, node in own.items() if isinstance(node, ast.FunctionDef)} == {"read_roles", "read_roles_after"}


@pytest.mark.parametrize("part", PARTS)
def test_tidy65_each_part_opens_with_its_scope_and_exports(part):
    path = RELATE / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc, part
    module = importlib.import_module(f"zhkg.relate.{part}")
    assert sorted(module.__all__) == sorted(top_level_definitions(path))
    assert "zhkg.relate.roles" not in imported
    later = PARTS[PARTS.index(part) + 1:]
    assert not {f"zhkg.relate.{p}" for p in later} & imported  # parts import only the parts before them
    assert f":mod:`zhkg.relate.{part}`" in importlib.import_module("zhkg.relate.roles").__doc__
    assert f"relate/{part}.py" in (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")


# (text, an expected (person, organisation, title) edge in Simplified): one reading per part of the split
EDGES = [
    ("王石是万科集团董事长。", ("王石", "万科集团", "董事长")),  # roles_links: a link verb, then the post
    ("深圳市市长覃伟中出席会议。", ("覃伟中", "深圳市", "市长")),  # roles_places: a place's government's title
    ("伊犁农垦局党委副书记、副局长王明出席会议。", ("王明", "伊犁哈萨克自治州农垦局", "副局长")),  # roles_title_body: a chain
    ("招商银行现金管理部总经理王明表示，", ("王明", "招商银行", "现金管理部总经理")),  # roles_titles: a department
    ("副主席江丙坤、林丰正和吴敦义出席。", None),  # roles_holders: every person listed after a title (checked below)
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, edge", [e for e in EDGES if e[1]], ids=[e[0][:8] for e in EDGES if e[1]])
def test_tidy65_roles_through_the_split(pipeline, script, text, edge):
    assert edge in role_edges(pipeline, in_script(text, script))


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy65_former_through_the_split(pipeline, script):
    rows = holds_roles(pipeline, in_script("万科集团前董事长王石出席会议。", script))
    assert [(title, former) for _p, title, _o, former in rows] == [("董事长", True)]
