"""Round docs111: what the README, docs/ and the module docstrings name is where the tree has it.

Splits by pure moves (tidy65–tidy106) leave the old module re-exporting every moved name, so a stale pointer still
imports and nothing else notices it. These tests pin the names a new contributor follows: every ``pipeline/zhkg/…``
path, package module path (``relate/counts.py``) and ``zhkg.x.y`` dotted name in README.md and docs/*.md resolves
(the change logs ``docs/changes-session*.md`` and ``docs/reviews.md`` record what was true then and are left out);
the module lists the docs keep (the count, role and membership parts, the README's stage table) name every module of
their family in the tree; and a ``zhkg.pkg.module.name`` written in the package's comments and docstrings names the
module that defines ``name``, not one that only re-exports it. The options after ``zhkg <command>`` in the docs are
checked against each ``--help`` by ``tests/test_docs81.py``.
"""

from __future__ import annotations

import ast
import importlib
import re
from functools import cache
from pathlib import Path

import pytest
from test_docs_links import PAGES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline" / "zhkg"
CURRENT = [p for p in PAGES if not p.name.startswith("changes-session") and p.name != "reviews.md"]
SUBPACKAGES = tuple(sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()))
# a module path as the docs write it: pipeline/zhkg/x/y.py, zhkg/x.py or x/y.py with x a subpackage
MODULE_PATH = re.compile(r"(?<![\w/.-])((?:pipeline/)?zhkg/[\w/]+\.py|(?:" + "|".join(SUBPACKAGES) + r")/\w+\.py)")
DOTTED = re.compile(r"(?<![\w./-])(zhkg(?:\.\w+)+)")
# written in the docs but no Python name: the page's JavaScript, a config file's name, an entry-point group
NOT_PYTHON = {"zhkg.findNodes", "zhkg.setDateRange", "zhkg.toml", "zhkg.plugins"}


def module_file(path: str) -> Path:
    rest = path.removeprefix("pipeline/").removeprefix("zhkg/")
    return PACKAGE / rest


def dotted_resolves(name: str) -> bool:
    """``zhkg.a.b.c`` is a module, or an attribute chain of the longest importable module it starts with."""
    parts = name.split(".")
    for k in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:k]))
        except ImportError:
            continue
        try:
            for attr in parts[k:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return False
        return True
    return False


def written(pattern: re.Pattern, pages=CURRENT) -> list[tuple[str, int, str]]:
    return [(page.name, i, m.group(1)) for page in pages
            for i, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
            for m in pattern.finditer(line)]


@cache
def definitions() -> dict[str, set[str]]:
    """Every top-level name of the package (functions, classes, assignments) → the modules that define it."""
    found: dict[str, set[str]] = {}
    for f in PACKAGE.rglob("*.py"):
        dotted = "zhkg." + f.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        for node in ast.parse(f.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            else:
                continue
            for name in names:
                found.setdefault(name, set()).add(dotted.removesuffix(".__init__"))
    return found


# ---- what the current docs name exists


def test_the_docs_pages_checked_are_the_current_ones():
    names = {p.name for p in CURRENT}
    assert {"README.md", "counts.md", "entities.md", "relations.md", "performance.md"} <= names
    assert not any(n.startswith("changes-session") or n == "reviews.md" for n in names)


def test_every_module_path_the_docs_write_is_a_file_of_the_package():
    paths = written(MODULE_PATH)
    assert len(paths) > 100  # the pattern finds what the docs write
    assert [(page, line, p) for page, line, p in paths if not module_file(p).is_file()] == []


def test_every_dotted_zhkg_name_the_docs_write_resolves():
    names = written(DOTTED)
    assert len(names) > 10
    assert [(page, line, n) for page, line, n in names if n not in NOT_PYTHON and not dotted_resolves(n)] == []


@pytest.mark.parametrize(("text", "found"), [
    ("see `relate/counts.py` and pipeline/zhkg/stages/read.py", ["relate/counts.py", "pipeline/zhkg/stages/read.py"]),
    ("`tests/relate/test_x.py`, bench/x.py, www/relate/x.py", []),
    ("zhkg/records.py and zhkg/relate/base.py", ["zhkg/records.py", "zhkg/relate/base.py"]),
])
def test_the_module_path_pattern_finds_package_paths_only(text, found):
    assert MODULE_PATH.findall(text) == found


@pytest.mark.parametrize(("name", "resolves"), [
    ("zhkg.relate.members_teams._team_owners", True),
    ("zhkg.stages.entity_groups.entity_id", True),
    ("zhkg.relate.members_teams.read_membership", False),
    ("zhkg.stages.nowhere", False),
])
def test_a_dotted_name_resolves_only_where_it_is(name, resolves):
    assert dotted_resolves(name) is resolves


# ---- the docs' lists of modules are the tree's


def _family(folder: str, prefix: str) -> set[str]:
    return {f"{folder}/{p.name}" for p in (PACKAGE / folder).glob(f"{prefix}*.py")}


def _named(text: str, folder: str) -> set[str]:
    """Module paths a passage names, bare file names (`roles_wiki.py`) read as of ``folder``."""
    return {m if "/" in m else f"{folder}/{m}" for m in re.findall(r"`((?:" + folder + r"/)?\w+\.py)`", text)}


def _section(page: str, start: str, end: str) -> str:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    return text.split(start, 1)[1].split(end, 1)[0]


def test_counts_md_lists_every_count_module():
    section = _section("counts.md", "## Where the code is", "\n## ")
    named = _named(section, "relate") | _named(section, "extract")
    expected = (_family("relate", "count") | _family("extract", "count") | {"extract/numerals.py"})
    assert expected - named == set()
    written_ = re.findall(r"`((?:relate/|extract/)?\w+\.py)`", section)
    assert [m for m in written_ if not any((PACKAGE / m).is_file() for m in (m, f"relate/{m}", f"extract/{m}"))] == []


def test_relations_md_lists_every_role_module():
    section = _section("relations.md", "## Where the role code is", "\n## ")
    named = _named(section, "relate")
    assert _family("relate", "roles") | _family("relate", "role_") | {"relate/press.py"} <= named
    assert {m for m in named if not (PACKAGE / m).is_file()} == set()


def test_relations_md_says_where_every_membership_module_is():
    section = _section("relations.md", "Where the membership rules are", "\n\n")
    named = _named(section, "relate") | {f"relate/{m}.py" for m in re.findall(r"`(members_\w+)`", section)}
    assert _family("relate", "members") | {"relate/membership.py"} <= named


def test_the_readme_stage_table_names_every_stages_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| stage | module | in → out |", 1)[1].split("\n\n", 1)[0]
    named = {m if "/" in m else f"stages/{m}" for m in re.findall(r"`((?:stages/)?\w+\.py)`", table)}
    assert {f"stages/{p.name}" for p in (PACKAGE / "stages").glob("*.py") if p.name != "__init__.py"} <= named


@pytest.mark.parametrize("package", ["stages", "run", "ner", "query", "export"])
def test_a_package_docstring_that_lists_its_modules_lists_them_all(package):
    doc = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    listed = set(re.findall(r":mod:`\.(\w+)`", doc))
    modules = {p.stem for p in (PACKAGE / package).glob("*.py") if p.stem != "__init__"}
    if package == "export":  # its docstring names the formats, not the modules
        assert "write_outputs" in doc
        return
    if package == "query":
        modules -= {"index"}  # the page's search index, named by names.py's docstring
    assert modules - listed == set()


# ---- the package's comments and docstrings point at the module that defines a name


def _code_pointers() -> list[tuple[str, int, str, str, str]]:
    rows = []
    for f in sorted(PACKAGE.rglob("*.py")):
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for m in re.finditer(r"zhkg((?:\.[a-z_0-9]+)+)\.([A-Za-z_]\w*)", line):
                module, name = "zhkg" + m.group(1), m.group(2)
                if (PACKAGE / m.group(1)[1:].replace(".", "/")).with_suffix(".py").is_file():
                    rows.append((f.relative_to(PACKAGE).as_posix(), i, module, name, line))
    return rows


def test_code_pointers_are_found():
    pointers = _code_pointers()
    assert len(pointers) > 100
    assert any(p[2:4] == ("zhkg.relate.members_teams", "_team_owners") for p in pointers)


def test_a_name_the_package_points_at_is_defined_in_the_module_named():
    defined = definitions()
    stale = [(f, i, f"{module}.{name}", sorted(defined[name])) for f, i, module, name, _ in _code_pointers()
             if name in defined and module not in defined[name]]
    assert stale == []


def test_a_re_export_is_not_a_definition():
    # the very case this guards: extract/base re-exports doc_text (its ``__all__``, README's plug-in example takes it
    # there), stages/segment defines it (since tidy273 resolve re-exports no entity_id to show it with)
    from zhkg.extract import base
    from zhkg.stages import segment

    assert base.doc_text is segment.doc_text
    assert definitions()["doc_text"] == {"zhkg.stages.segment"}
