"""Session 44 (tidy185): ``extract/counts.py`` (1,110 lines) split by the steps of one count's reading, by pure moves.

- ``extract/count_refusals``: where a count opens and the words around its number that make it no count;
  ``extract/count_things``: what a count counts by its classifier and that thing's head; ``extract/count_neighbours``:
  lists of counts with one classifier and what a lone classifier takes from the counts around it.
  ``extract/counts`` keeps ``_read``, N死N伤 and :func:`extract_counts`, and its ``__all__``.
- Each moved name lives in its part only; callers import each helper from the part that defines it (no re-export
  block is left in ``extract/counts``).
- Reading through each part keeps its result, in Simplified and in Traditional (s2hk, s2tw).
- ``extract/combine`` (848 lines) loses its twelve re-export blocks (158 names it imported and never ran): it imports
  what it runs and exports its ``__all__``; callers import each helper from the part that defines it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_moved_alone,
    assert_no_reexports,
    assert_whole_groups,
    counts_in,
    docstring_and_imports,
    import_error_alone,
    imports_through,
    in_script,
    labelled_mentions,
    split_module,
    top_level_definitions,
)

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"
SOURCE = "extract/counts"

# (new part, the module it left): the names moved, the whole group of each move; parts in import order
MOVED = {
    ("extract/count_refusals", SOURCE): (
        "_OVER _LARGE_UNIT _COMPARISON _DIFFERENCE_BEFORE _DIFFERENCE_REACH _PER_UNIT _STREAK_BEFORE _RESULT_BEFORE "
        "_RESULT_CLASSIFIERS _RECORD_BEFORE _SCORED_IN_AFTER _PLAYED_BEFORE _PLAYED_REACH _GAMES_AFTER _RESULT_RUN_AFTER "
        "_RESULT_RUN_CLASSIFIERS _RANK_AFTER_AMONG _RANK_CLASSIFIERS _AMONG_AHEAD _MAGNITUDE_BEFORE _MAGNITUDE_AFTER "
        "_CAPACITY_BEFORE _PARTICLE_SUO _PARTICLE_SUO_VERB _SEATS _YEAR_CENTURIES _PLACE_TAG _PLACE_WORD_LENGTHS "
        "_is_year _opens_place _YEARS_AGO _BY_ALL_MEANS _BY_ALL_MEANS_AFTER _NOT_AFTER_DEAL _KINDS _CLASS_NUMBERS "
        "_CLASS_BEFORE _KINDS_LIST _kinds_counted _DIGIT_PLACES _PIECE _DEMONSTRATIVES _GLUED_CONNECTORS _DEAL _SUMS "
        "_ZEROS _NUMBER_IDIOMS _EVERYWHERE _GLUED_BEFORE_PREFIX _count_opening _counts_nothing_before "
        "_counts_nothing_after _everywhere"),
    ("extract/count_things", SOURCE): (
        "_APPROX_SUFFIXES _VAGUE_HUNDREDS _INSTITUTION_VERBS _BODY_CLASSIFIERS _LEVELS _BODIES _BODY_PEOPLE _NOUN_UNITS "
        "_NAMED_GROUPS _COUNTRY_INITIALS _POINTING _TERSE_NUMERALS _TITLES _TEAMS _TEAM_HEADS _SEAT _SEAT_HOLDERS "
        "_GLUED_AFTER_PEOPLE _MONEY_BEFORE _MONEY_REACH _SPENDING _MONEY_NOUNS _MONEY_AFTER _PIXELS _SHARES "
        "_PEOPLE_LAST _TROOPS _TEN_THOUSAND _HOUSEHOLD _HOUSES _HOUSEHOLDS _households_of _PEOPLE_GROUPS _BIG _PAIR "
        "_NAMED_AFTER_ONLY _RUNS _PAIR_STATISTICS _MAX_BIG _TOP_TEN _POINTERS _glossary_end _counted_thing "
        "_thing_head"),
    ("extract/count_neighbours", SOURCE): (
        "_PEOPLE_CLASSIFIERS _SELF_CLASSIFIERS _SELF_AFTER_VERB _WHERE_NOUNS _KINDS_LINKS _GENERIC_CLASSIFIER "
        "_INHERIT_WINDOW _parallel _predicate _listed _fill _OF_WHICH _ITEM_BREAKS"),
}
MOVES = [(part, name) for (part, _), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
SPLIT = [*NEW_PARTS, SOURCE]
# what ``extract/counts`` still defines: the reading of one count, N死N伤, the extractor and the word lists they read
KEPT = ("EXTRACTOR _PREDICATIVE_BEFORE _LIST_CONJUNCTIONS _LIST_COMMAS _BODY_UNITS _ONLY_BEFORE _ANOTHER_BEFORE "
        "_SUCH_BEFORE _KIN _NOT_A_SINGLE _IDIOM_HOUSES _BEFORE_HUNDREDS _HITS _CASE _CASE_NAME _GAME_MONEY _CASUALTIES "
        "_MEN_WOMEN _PLACE_OF_HIGH _PLACES _read _casualties extract_counts")


# Names a later round defined in a new part (the part's ``__all__`` lists them with the moved group).
ADDED_LATER = {"extract/count_refusals": "_STREAK_AFTER"  # words184: 五连胜, a streak's length
                                         " _CHANGE_OPENING _COMPARISON_TERM _compared_change"  # counts224: 较…，减少19班
                                         " _RANKED_BEFORE",  # counts295: 分列二三位, a rank
               "extract/count_things": "_CLASS _CLASS_NAME_BEFORE _CLASS_COUNTED_AFTER _classes_counted"  # counts224: 共1758班
                                       " _TEAM_PURPOSE_TAGS _TEAM_PURPOSE_WORDS _teams_for",  # counts303: 120队紧急应变队伍
               "extract/count_neighbours": "_named_where _set_included _INCLUDING"  # counts201: 思明区2所
                                           " _object_of_verb"}  # counts230: 新增学位近4000个


def test_tidy185_moves_are_whole_groups():
    assert_whole_groups({(part, source): " ".join([names, ADDED_LATER.get(part, "")])
                         for (part, source), names in MOVED.items()})


@pytest.mark.parametrize("part, name", MOVES)
def test_tidy185_each_moved_name_lives_in_its_new_part_only(part, name):
    assert_moved_alone(part, SOURCE, name, SPLIT)


def test_tidy185_the_old_module_keeps_its_exports_and_the_reading_of_one_count():
    module = split_module(SOURCE)
    assert sorted(module.__all__) == sorted("EXTRACTOR classifiers parse_number extract_counts".split())
    assert sorted(top_level_definitions(ZHKG / f"{SOURCE}.py")) == sorted(KEPT.split())


@pytest.mark.parametrize("source", [SOURCE, "extract/combine"])
def test_tidy185_the_old_module_imports_only_what_it_reads_or_exports(source):
    assert_no_reexports(source)


@pytest.mark.parametrize("source", [SOURCE, "extract/combine"])
def test_tidy185_callers_import_each_helper_from_the_module_that_defines_it(source):
    # (its ``__all__`` is its public face: classifiers, parse_number, plausible, find_aliases)
    allowed = set(top_level_definitions(ZHKG / f"{source}.py")) | set(split_module(source).__all__)
    assert imports_through("zhkg." + source.replace("/", "."), allowed) == []


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy185_each_new_part_has_scope_caveats_exact_exports_and_imports_only_parts_before_it(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy185" in doc
    assert sorted(split_module(part).__all__) == sorted(top_level_definitions(path))
    later = NEW_PARTS[NEW_PARTS.index(part) + 1:] + [SOURCE]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported


@pytest.mark.parametrize("path", SPLIT)
def test_tidy185_each_module_imports_first_without_a_cycle(path):
    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""


@pytest.mark.parametrize("path", SPLIT)
def test_tidy185_no_module_of_the_split_is_over_500_lines(path):
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 500


def test_tidy185_the_layouts_name_each_new_part():
    docs = (ROOT / "docs" / "counts.md").read_text(encoding="utf-8")
    for part in NEW_PARTS:
        assert f":mod:`zhkg.{part.replace('/', '.')}`" in split_module(SOURCE).__doc__, part
        assert f"`{part}.py`" in docs, part


# ---- reading through the parts, as written and in Traditional: (text, (value, counted head) of each count)

READINGS = [
    # count_refusals: a difference, a capacity, "by all means"; N类 names a class (二类疫苗) or counts kinds (两类)
    ("与上月同期相比减少283套。", []),
    ("清真寺可容纳6,000人。", []),
    ("千万别忘了带伞。", []),
    ("接种二类疫苗，可分为两类。", [(2.0, "类")]),
    # count_things: money after a bare multiplier; a unit before a glossary noun; titles won; households; a congress
    ("年薪20万的职位。", []),
    ("五十人座位。", [(50.0, "座位")]),
    ("握有7个全国冠军。", []),
    ("约2万户投保家庭。", [(20000.0, "家庭")]),
    ("十八大召开。", []),
    # count_neighbours: a lone classifier borrows its neighbour's thing, the set before 中, the noun before it;
    # a verb and its object after the classifier in a list are a predicate
    ("确诊病例33例,其中上海报告9例。", [(33.0, "确诊病例"), (9.0, "确诊病例")]),
    ("舰队中只有15艘。", [(15.0, "舰队")]),
    ("限价商品住房2.5万套。", [(25000.0, "住房")]),
    ("开盘交易的328只股基，其中两只出现亏损。", [(328.0, "股基"), (2.0, "股基")]),
    # counts: the dead and the injured; 一 of a predicate is an article; "not a single one"
    ("事故致3死14伤。", [(3.0, "死"), (14.0, "伤")]),
    ("我是一名共产党员。", []),
    ("一个委员都没有。", []),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, expected", READINGS, ids=[row[0][:10] for row in READINGS])
def test_tidy185_counts_read_through_the_parts(nlp, script, text, expected):
    assert counts_in(nlp, in_script(text, script)) == expected


# ---- extract/merged_names: the passes over the merged list, moved out of combine_mentions in their order

MERGED = "extract/merged_names"


def _called(path: Path) -> set[str]:
    """The plain names a module's code calls (``f(…)``)."""
    return {n.func.id for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def test_tidy185_merged_names_has_scope_caveats_one_export_and_is_named_in_the_layouts():
    path = ZHKG / f"{MERGED}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Scope" in doc and "Caveats" in doc and "tidy185" in doc
    assert split_module(MERGED).__all__ == ["settle_merged_names"] == sorted(top_level_definitions(path))
    assert "zhkg.extract.combine" not in imported  # combine imports it: no cycle
    assert ":mod:`zhkg.extract.merged_names`" in split_module("extract/combine").__doc__
    assert "`extract/merged_names.py`" in (ROOT / "docs" / "entities.md").read_text(encoding="utf-8")
    assert import_error_alone("zhkg.extract.merged_names") == ""


def test_tidy185_combine_runs_the_passes_once_through_merged_names():
    path = ZHKG / f"{MERGED}.py"
    extractors = {a.asname or a.name for n in ast.parse(path.read_text(encoding="utf-8")).body
                  if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("zhkg.extract.") for a in n.names}
    passes = _called(path) & extractors  # the passes, not the loaders they read (load_gazetteer)
    assert {"drop_junk_kinds", "informal_people", "find_aliases", "_named_with_company_word"} <= passes
    combine = _called(ZHKG / "extract/combine.py")
    assert "settle_merged_names" in combine
    assert passes & combine == set()  # no pass is run again by combine itself


# (text, mentions that must be read, mentions that must not): passes merged_names runs
MERGED_CASES = [
    ("作词：林夕，作曲：陈小霞。", {("PERSON", "林夕"), ("PERSON", "陈小霞")}, set()),  # credit_names
    ("首都规划建设委员会（以下简称首规委）召开会议。首规委表示，",  # find_aliases, last
     {("ORGANIZATION", "首都规划建设委员会"), ("ORGANIZATION", "首规委")}, set()),
    ("罗马vs佛罗伦萨的比赛今晚开打。", {("ORGANIZATION", "罗马"), ("ORGANIZATION", "佛罗伦萨")}, set()),  # fixture_sides
    ("乾隆二年，朝廷下诏。", set(), {("PERSON", "乾隆")}),  # settle_history_names
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, read, not_read", MERGED_CASES, ids=[row[0][:8] for row in MERGED_CASES])
def test_tidy185_names_read_through_merged_names(pipeline, script, text, read, not_read):
    from zhkg.stages.normalise import to_simplified

    got = {(label, to_simplified(name)) for label, name in labelled_mentions(pipeline, in_script(text, script))}
    assert read <= got and not (not_read & got), got
