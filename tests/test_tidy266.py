"""Session 56 (tidy266): the next re-exporters after ``extract/people`` (tidy262) export only what they define, with
no behaviour change.

- ``extract/count_nouns``, ``extract/base`` and ``relate/roles`` export only names they define and import from zhkg
  only what their own code reads (no ``noqa: F401`` block); ``extract/base`` keeps one name it does not define,
  ``doc_text``, because README's plug-in example imports it from there (with ``make_mention``).
- No ``.py`` file of ``pipeline/``, ``tests/``, ``bench/``, ``tools/`` (doctest examples included), notebook cell or
  ``python`` block of README/docs takes a name through them that they do not define (``from zhkg.relate.roles import
  name`` or ``roles.name`` on the module: ``tests/test_tidy80.py``'s check, which takes any module since tidy266),
  but README's ``doc_text`` and the toy plug-in that runs README's example; package code imports even that one from
  :mod:`zhkg.stages.segment`, which defines it.
- Each imports first, alone, in a fresh interpreter.
- ``extract/count_glued`` reads count_phrase_words' ``_PERSON`` (人) instead of a copy of its own; a count read with it
  keeps its noun.
- Each ``module.name`` that ``docs/counts.md`` names (``count_phrase._head``) is defined in that module.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_no_reexports,
    counts_in,
    import_error_alone,
    in_script,
    split_module,
    top_level_definitions,
)
from test_tidy80 import _taken_through, taken_through_anywhere

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
REEXPORTERS = ["extract/count_nouns", "extract/base", "relate/roles"]
# names a module exports that another defines, because its docs promise them there
PROMISED = {"extract/base": {"doc_text"}}  # README: ``from zhkg.extract.base import doc_text, make_mention``
# where a promised name is taken through it: README's example and the plug-in the tests run from outside the package,
# and (tidy273) test_docs111's example of a re-export that is no definition
PROMISED_TO = {"README.md block 1", "tests/plugins/zhkg_toy_plugin.py", "tests/test_docs111.py"}


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy266_each_exports_what_it_defines_and_imports_only_what_it_reads(part):
    exported = set(split_module(part).__all__)
    assert exported - set(top_level_definitions(ZHKG / f"{part}.py")) == PROMISED.get(part, set())
    assert_no_reexports(part)


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy266_no_one_takes_a_name_through_them(part):
    taken = [(where, name) for where, _line, name in taken_through_anywhere(part)]
    assert [(where, name) for where, name in taken if name not in PROMISED.get(part, set())] == []
    assert {where for where, _name in taken} <= PROMISED_TO  # package code imports doc_text from stages.segment


def test_tidy266_base_keeps_what_readme_promises():
    from zhkg.stages import segment

    base = split_module("extract/base")
    readme = (ZHKG.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "from zhkg.extract.base import doc_text, make_mention" in readme
    assert base.doc_text is segment.doc_text
    assert not [name for name in ("SpanIndex", "TokenTable", "Word", "token_table", "token_boundaries")
                if hasattr(base, name)]


@pytest.mark.parametrize("part, source, taken", [
    ("extract/base", "from zhkg.extract.base import make_mention, token_table", [(1, "token_table")]),
    ("extract/base", "from zhkg.extract import base\nbase.SpanIndex, base.ExtractContext", [(2, "SpanIndex")]),
    ("extract/base", "from zhkg.stages.segment import token_table\nfrom zhkg.extract.base import replaced", []),
    ("extract/count_nouns", "import zhkg.extract.count_nouns as c\nc._head, c._noun_before", [(2, "_head")]),
    ("extract/count_nouns", "def f():\n    from zhkg.extract.count_nouns import _PERSON", [(2, "_PERSON")]),
    ("relate/roles", "from zhkg.relate.roles import _paired_dash, read_roles", [(1, "_paired_dash")]),
    ("relate/roles", "from zhkg.relate import roles\nroles._FullNames.__init__", [(2, "_FullNames")]),
    ("relate/roles", "from zhkg.relate import roles_names\nroles_names._FullNames", []),
])
def test_tidy266_the_check_finds_a_name_taken_through_each(part, source, taken):
    assert _taken_through(source, part) == taken


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy266_each_imports_alone(part):
    assert import_error_alone("zhkg." + part.replace("/", ".")) == ""


def test_tidy266_roles_exports_its_entry_points():
    assert split_module("relate/roles").__all__ == ["read_roles", "read_roles_after"]


# ---- count_glued's _PERSON

def test_tidy266_person_is_defined_once_among_the_counts_modules():
    homes = [p.stem for p in sorted((ZHKG / "extract").glob("count*.py")) if "_PERSON" in top_level_definitions(p)]
    assert homes == ["count_phrase_words"]
    assert split_module("extract/count_glued")._PERSON is split_module("extract/count_phrase_words")._PERSON == "人"


# (text, (value, counted head) of each count): the checks of count_glued that read 人
GLUED = [
    ("政府公布10部门的预算。", [(10.0, "部门")]),  # a classifier opening a noun: the noun is the thing
    ("两个人在门口。", [(2.0, "人")]),  # 人 after the classifier is the people counted, no glued noun (个人)
    ("全镇共有6910人口。", [(6910.0, "人口")]),  # the unit 人 before 口 is read apart
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted", GLUED)
def test_tidy266_counts_read_with_the_one_person_letter(nlp, text, counted, script):
    assert counts_in(nlp, in_script(text, script)) == counted


# ---- docs/counts.md

def _named_in_counts_doc() -> list[tuple[int, str, str]]:
    """(line, module, name) of each ``module.name`` in backticks in docs/counts.md whose module is a zhkg module
    (``count_phrase._head``, ``extract/counts._read``: the path under ``pipeline/zhkg`` when it is given, else the
    module's last part)."""
    modules = {p.relative_to(ZHKG).with_suffix("").as_posix() for p in ZHKG.rglob("*.py")}
    text = (ZHKG.parents[1] / "docs" / "counts.md").read_text(encoding="utf-8")
    found = [(n, m.group(1), m.group(2)) for n, line in enumerate(text.splitlines(), 1)
             for m in re.finditer(r"`((?:(?:extract|relate)/)?[a-z_]+)(?:\.py)?\.(?!py`|tsv`)([A-Za-z_]\w*)`", line)]
    return [(n, module, name) for n, module, name in found
            if module in modules or any(m.endswith(f"/{module}") for m in modules)]


def _defines(path: Path) -> set[str]:
    """A module's top-level names and its classes' methods (``_CountOwners.read``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return set(top_level_definitions(path)) | {f.name for c in tree.body if isinstance(c, ast.ClassDef)
                                               for f in c.body if isinstance(f, ast.FunctionDef)}


def test_tidy266_each_name_docs_counts_gives_a_module_is_defined_there():
    named = _named_in_counts_doc()
    assert len(named) > 10
    paths = sorted(ZHKG.rglob("*.py"))
    missing = [(n, f"{module}.{name}") for n, module, name in named
               if not any(name in _defines(p) for p in paths
                          if p.relative_to(ZHKG).with_suffix("").as_posix() in (module, f"extract/{module}",
                                                                                   f"relate/{module}"))]
    assert missing == []
