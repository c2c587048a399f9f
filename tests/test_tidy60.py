"""Session 32 (tidy60): the two counts modules split by what each part decides, with no behaviour change.

``zhkg.relate.counts`` keeps :func:`read_counts` (the owner's choice); its helpers live in ``count_derived``,
``count_forms``, ``count_anaphora``, ``count_counted`` and ``count_subject``. ``zhkg.extract.counts`` keeps the
reading of one count and :func:`extract_counts`; its helpers live in ``count_numerals``, ``count_clauses``,
``count_nouns``, ``count_people`` and ``count_exclusions``. These tests hold the layout to what the split promised:

- every name tests, benches and docs import from the two modules is still there, and is the moved object itself,
  not a copy defined again (since tidy119 ``relate.counts`` exports ``read_counts`` alone: its helpers import from
  the parts);
- no word list or pattern is defined twice among the counts modules (and the tables they now share);
- each new module opens with a docstring and ``__all__``, never imports its facade (a cycle), and is named in
  its facade's layout;
- a count read through each part of the split keeps its owner and its counted noun as written and in
  Traditional (OpenCC s2hk, s2tw).
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, count_owners, counts_in, docstring_and_imports, in_script

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline" / "zhkg"

RELATE_PARTS = ("count_derived", "count_forms", "count_anaphora", "count_counted", "count_subject")
EXTRACT_PARTS = ("count_numerals", "count_clauses", "count_nouns", "count_people", "count_exclusions",
                 "count_phrase",  # tidy119 moved the phrase after a classifier out of count_nouns
                 "count_refusals", "count_things", "count_neighbours")  # tidy185: the steps of _read, the fill

# The names tests, benches and docs import from the two modules (as found when the split was made; since tidy119
# callers import relate/'s helpers from the parts that define them, and ``relate.counts`` exports ``read_counts``;
# since tidy185 extract/'s too: ``extract.counts`` keeps its ``__all__``, the reading of one count, and the two
# passes ``extract_counts`` calls by name, which tests replace there).
IMPORTED = {
    "zhkg.relate.counts": ["read_counts"],
    "zhkg.extract.counts": "EXTRACTOR _GAME_MONEY _fill _parallel _read classifiers extract_counts parse_number".split(),
}


def _parts() -> list[tuple[str, str]]:
    return [("zhkg.relate", p) for p in RELATE_PARTS] + [("zhkg.extract", p) for p in EXTRACT_PARTS]


def _counts_module_paths() -> list[Path]:
    """The counts modules of both packages, and the shared tables they read (digits, breaks)."""
    return (sorted((PACKAGE / "relate").glob("count*.py")) + sorted((PACKAGE / "extract").glob("count*.py"))
            + [PACKAGE / "extract" / "numerals.py", PACKAGE / "text.py"])


@pytest.mark.parametrize("module, name", [(m, n) for m, names in IMPORTED.items() for n in names])
def test_tidy60_names_are_still_importable_from_the_facade(module, name):
    facade = importlib.import_module(module)
    value = getattr(facade, name)  # AttributeError: a caller's import broke
    if (inspect.isfunction(value) or inspect.isclass(value)) and value.__module__.rsplit(".", 1)[1].startswith("count"):
        # a counts function or class is defined once, in the facade or the part the layout puts it in, and the
        # facade hands out that very object (no copy defined again)
        home = importlib.import_module(value.__module__)
        assert getattr(home, name) is value
        assert value.__module__ == module or value.__module__.rsplit(".", 1)[1] in RELATE_PARTS + EXTRACT_PARTS


def test_tidy60_no_table_is_defined_twice_among_the_counts_modules():
    """A word list or pattern (its source longer than a short literal) is written in one counts module only."""
    seen: dict[str, str] = {}
    copies = []
    for path in _counts_module_paths():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                source = ast.unparse(node.value)
                where = f"{path.relative_to(PACKAGE)}:{node.targets[0].id}"
                if len(source) > 12 and node.targets[0].id != "__all__":
                    if source in seen:
                        copies.append((seen[source], where))
                    seen.setdefault(source, where)
    assert copies == []


@pytest.mark.parametrize("package, part", _parts())
def test_tidy60_each_part_opens_with_its_scope_and_exports(package, part):
    path = PACKAGE / package.split(".")[1] / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc, part
    module = importlib.import_module(f"{package}.{part}")
    assert module.__all__ and all(hasattr(module, n) for n in module.__all__)
    # a part never imports its facade: the facade imports the parts
    assert f"{package}.counts" not in imported
    # and its facade's docstring names it in the layout a newcomer reads first
    assert f":mod:`{package}.{part}`" in importlib.import_module(f"{package}.counts").__doc__


def test_tidy60_docs_point_to_the_layout():
    text = (ROOT / "docs" / "counts.md").read_text(encoding="utf-8")
    for package, part in _parts():
        assert f"{package.split('.')[1]}/{part}.py" in text, part


# (text, counted head in Simplified, its owners in Simplified): one count per part of relate/'s split
OWNERS = [
    # count_anaphora: 该公司 stands for the company before it
    ("广发基金昨日公告。该公司中标两家公司的托管业务。", "公司", {"广发基金"}),
    # count_derived: a team written with its record is a holder no extractor needs to name
    ("雷霆(55-27)本赛季主场赢了30场。雷霆队中有3名全明星球员。", "球员", {"雷霆"}),
    # count_counted: the name inside a count (本科生) is what is counted; the subject owns it
    ("北京大学新设七个本科生学院。", "学院", {"北京大学"}),
    # count_subject: a sentence saying what its subject is gives that subject to the counts after it
    ("唐山钢铁是河北省首批大型企业之一，涉及员工5万多人。", "人", {"唐山钢铁"}),
    # count_subject: a body reporting a figure is its source, not its owner (国家统计局 owns nothing)
    ("据国家统计局统计，全国共有高校2000多所。", "高校", {"中国"}),
    # count_subject: ...unless it counts its own members
    ("中国钢铁工业协会统计，会员企业共有70家。", "企业", {"中国钢铁工业协会"}),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted, owners", OWNERS, ids=[row[0][:10] for row in OWNERS])
def test_tidy60_owners_through_the_split(pipeline, script, text, counted, owners):
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, in_script(text, script)).items()}
    assert got.get(counted) == owners, got


# (text, (value, counted head) of each count): one row per part of extract/'s split
FORMS = [
    ("来自全区17个镇乡(街道)、274个村的数据", [(17.0, "镇乡(街道)"), (274.0, "村")]),  # count_numerals: 镇乡(街道)
    ("该市人口约3万。", [(30000.0, "人口")]),  # count_people: 人口 before its number
    ("截至目前共有二三十家企业报名。", [(20.0, "企业")]),  # count_numerals: 二三十 keeps the lower
    ("上涨3个百分点。", []),  # count_exclusions: a measure after the classifier counts nothing
    ("获得5面金牌，走遍四面八方。", [(5.0, "金牌")]),  # count_exclusions: 面 counts only a noun that takes it
    ("雇用员工逾万人。", [(10000.0, "员工")]),  # count_people: the noun of people before 逾
    ("全区共有确诊病例3例。", [(3.0, "确诊病例")]),  # count_nouns: the noun before the number
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, expected", FORMS, ids=[row[0][:10] for row in FORMS])
def test_tidy60_count_forms_through_the_split(nlp, script, text, expected):
    assert counts_in(nlp, in_script(text, script)) == expected
