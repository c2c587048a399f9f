"""Session 32 (tidy67): the readers of one sentence form each moved out of ``relate/roles_links.py``, and
bylines out of ``relate/roles_holders.py``.

The ``_read_*`` readers of ``roles_links`` (and the helpers and tables only they use) moved verbatim into
``relate/roles_forms.py``; the bylines, datelines and credits of ``roles_holders`` into ``relate/roles_bylines.py``;
with no behaviour change. These tests hold that move to what it promised:

- every moved name is defined once, in ``roles_forms``, and ``zhkg.relate.roles`` holds that very object (since
  tidy266 only where its own code reads it);
- ``roles_links`` keeps no ``_read_*`` reader and never imports ``roles_forms`` (the parts stay acyclic);
- ``roles_forms`` opens with its scope and caveats and an exact ``__all__``;
- a role read by one of the moved readers keeps its holder, body and title, in Simplified and in Traditional.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, docstring_and_imports, in_script, role_edges, top_level_definitions

RELATE = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / "relate"

# The readers of one form each, now in roles_forms (from roles_links).
READERS = (
    "_read_appointed _read_bare_roles _read_bracketed_posts _read_demonstrative_posts _read_filled_by "
    "_read_named_then_serving _read_post_before_subject _read_post_is _read_posts_at _read_remote _read_removed "
    "_read_respective_posts _read_resume_fields _read_role_then_person _read_serving_at").split()
# Bylines, datelines and credits, now in roles_bylines (from roles_holders).
BYLINES = ("_dateline_source _dateline_after _credit_source _credited_names _press_source _byline_outlet "
           "_byline_name_start _byline_colleagues _name_length").split()
# tidy73 moved _read_remote on, with the link after a name, into roles_clauses (a part before roles_forms).
MOVES = [("roles_clauses" if name == "_read_remote" else "roles_forms", "roles_links", name) for name in READERS] + [
    ("roles_bylines", "roles_holders", name) for name in BYLINES]


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy67_each_moved_name_lives_in_its_new_part_and_is_re_exported(part, source, name):
    new = importlib.import_module(f"zhkg.relate.{part}")
    assert name in new.__all__
    assert name not in top_level_definitions(RELATE / f"{source}.py")
    assert name not in importlib.import_module(f"zhkg.relate.{source}").__all__
    roles = importlib.import_module("zhkg.relate.roles")
    if hasattr(roles, name):  # _read_posts_at and a few byline helpers were never imported into roles.py
        assert getattr(roles, name) is getattr(new, name)


@pytest.mark.parametrize("part", ["roles_forms", "roles_bylines"])
def test_tidy67_each_new_part_has_scope_caveats_and_exact_exports(part):
    path = RELATE / f"{part}.py"
    doc, _ = docstring_and_imports(path)
    assert doc and "Caveats" in doc
    assert sorted(importlib.import_module(f"zhkg.relate.{part}").__all__) == sorted(top_level_definitions(path))


def test_tidy67_roles_links_keeps_no_reader_and_does_not_import_roles_forms():
    _, imported = docstring_and_imports(RELATE / "roles_links.py")
    assert not [n for n in top_level_definitions(RELATE / "roles_links.py") if n.startswith("_read_")]
    assert "zhkg.relate.roles_forms" not in imported


def test_tidy67_name_length_lives_in_roles_bylines_alone():  # roles re-exported it until tidy266
    assert "_name_length" in importlib.import_module("zhkg.relate.roles_bylines").__all__
    assert not hasattr(importlib.import_module("zhkg.relate.roles"), "_name_length")


# (text, its (person, organisation, title) edges in Simplified): forms the moved readers read (appointed, filled by,
# serving at, respectively), through the whole pipeline
FORMS = [
    ("王明被任命为万科集团总经理。", [("王明", "万科集团", "总经理")]),
    ("万科集团总经理由王明担任。", [("王明", "万科集团", "总经理")]),
    ("王明在万科集团担任总经理。", [("王明", "万科集团", "总经理")]),
    ("李强和王明分别任万科集团董事长和总经理。", [("李强", "万科集团", "董事长"), ("王明", "万科集团", "总经理")]),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, edges", FORMS, ids=[t[:8] for t, _ in FORMS])
def test_tidy67_roles_read_through_the_moved_readers(pipeline, script, text, edges):
    assert role_edges(pipeline, in_script(text, script)) == edges
