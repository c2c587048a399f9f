"""Session 35 (tidy119): the splits finished, with no behaviour change.

- Callers, tests and benches import each name from the module that defines it; the modules tidy99 and tidy106 left
  (``stages/read``, ``stages/resolve``, ``relate/counts``, ``relate/membership``) re-export their ``__all__`` only
  (``relate/counts`` and ``relate/membership`` export their reader alone; since tidy273 ``read`` and ``resolve``
  export only what they define): every other name they import, their own code reads.
- ``extract/places.py`` (1,170 lines) and ``extract/count_nouns.py`` (1,099) split by pure moves:
  ``extract/place_tokens`` (the matcher, a ``Doc``'s tokens, the stoplist), ``extract/place_villages`` (villages,
  Taiwan's villages and township lists, divisions named by common words), ``extract/place_features`` (landmarks,
  local places, historic provinces, natural features) and ``extract/count_phrase`` (the counted phrase after a
  classifier and its head). Each moved name lives in its part only; the old module keeps its ``__all__`` (since
  tidy266 ``count_nouns`` the names of it that it defines: no caller imported the others through it).
- Reading through the parts keeps its result, in Simplified and in Traditional (s2hk, s2tw).
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
    imported_and_read,
    imports_through,
    in_script,
    labelled_mentions,
    split_module,
    top_level_definitions,
)

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

# the modules a split left, each exporting its ``__all__`` and importing only what it reads besides
SOURCES = ["stages/read", "stages/resolve", "relate/counts", "relate/membership", "extract/places",
           "extract/count_nouns"]

# (new part, the module it left): the names moved, the whole group of each move; parts in import order
MOVED = {
    ("extract/place_tokens", "extract/places"): "EXTRACTOR _SUFFIX_CHARS _stop_forms PlaceMatcher place_matcher "
                                                "_Tokens _is_han",
    ("extract/place_villages", "extract/places"): (
        "_PROPER_TAGS _VILLAGE_SUFFIXES _NOT_VILLAGE_NAME_TAGS _NOT_IN_VILLAGE_NAME _village_mentions VILLAGE_TW "
        "_TW_VILLAGE _NOT_IN_TW_VILLAGE_NAME _taiwan_village_mentions _territory_words _PLACE_FRAME_BEFORE "
        "_PLACE_FRAME_ENDS _REGION_PARTS _NOT_REGION_PART _PLACE_HEADS_AFTER _region_in_frame "
        "_words_of_the_territory _SENTENCE_ENDS _HAN_LIST _taiwan_township_forms _taiwan_township_lists"),
    ("extract/place_features", "extract/places"): (
        "_township_after_county LOCAL _with_local_places _with_landmarks _LANDMARK_BODY_AFTER "
        "_with_listed_landmarks LANDMARK HISTORIC _GOVERNORS _PROVINCE_NAME_TAGS _AFTER_PROVINCE "
        "_PROVINCE_WORD_TAGS historic_places FEATURE _FEATURE_HEADS _PERSON_LIKE_HEADS _FEATURE_HEAD_AT "
        "_NAMED_BY_NOUN_HEADS _FEATURE_NAME_TAGS _BEFORE_FEATURE_TAGS natural_features"),
    ("extract/count_phrase", "extract/count_nouns"): (
        "_NOT_COUNTED _HEAD_TAGS _NAME_TAGS _PLAIN_NOUN_TAGS _MODIFIER_TAGS _PROPERTY_SUFFIXES _SIZE_MODIFIERS "
        "_ADJECTIVE_TAGGED_NOUNS _LOCATIVE_CHARS _SPOT _PROPERTY_WORDS _FUNCTION_CHARS _WHEN_WORDS _NEGATED_MODALS "
        "_PREDICATE_NOUNS _ADVERB_MODIFIERS _ADVERB_NOUNS _EVENT_CLASSIFIERS _BUILDING_ENDS _NOT_HEADS "
        "_PLACE_MODIFIERS _ADJECTIVE_HEADS _AMONG _INSTITUTION_CLASSIFIERS _INSTITUTIONS _DATE_WORDS _AGAIN "
        "_AVERAGE_CHARS _TYPE_SUFFIXES _SCHOOL_SUFFIXES _HEAD_SUFFIXES _PERSON _TEAM _SECOND_PROPERTIES _DE_AHEAD "
        "_GENERIC_ONE _PEOPLE_ENDINGS _QUOTED_MODIFIER _LETTER _QUOTED_THING _QUOTED_THING_TAGS _LIST_LINK_CHARS "
        "_TIME_ADVERBS _BOOK _MAX_PHRASE_TOKENS _MAX_PHRASE_CHARS _LINK_NOTE _FORMER _CHANGES _CHANGE_CHARS "
        "_KIND_ENDS _NAME_OPENING_TAGS _VERB_TAGGED_NOUNS _RELATION_VERB_END _BECOMING_VERB_END _ORIGIN_VERBS "
        "_OBJECT_NAME_TAGS _INSTRUMENT_BEFORE _INSTRUMENT_REACH _GLUED_MODALS _CLAUSE_END _LIST_AHEAD _NUMERAL_TAGS "
        "_PASSIVE_OPENINGS _FACILITY_ENDS _FILED_VERBS _FILED_CLASSIFIERS _COMPOUND_HEADS _AGENT_CLASSIFIERS "
        "_CASE_CLASSIFIERS _NOUN_SUFFIXES _NEGATION_OPENINGS _UNABLE _AIRCRAFT_MAKERS _MODEL_CODE _CASE_NOUNS "
        "_CASE_PHRASE_TAGS _NEIGHBOURHOOD _NEIGHBOURHOOD_AFTER _LATIN _glossary_at _LENGTHS _glossary_lengths "
        "_is_head _PLACE_NOUN_ENDS _phrase_at _phrase_end "
        "_case_noun_ahead _quoted_alone _is_property _ends_phrase _head _kind_tagged_name"),
}
# the names tidy262 (session 55) moved on from ``extract/count_phrase`` to ``extract/count_phrase_words`` (the word lists
# ``count_head_scan`` and ``count_compounds`` read, and what they read), word for word: they live there now
PHRASE_WORDS = "extract/count_phrase_words"
MOVED_ON = frozenset((
    "_HEAD_TAGS _NAME_TAGS _PLAIN_NOUN_TAGS _MODIFIER_TAGS _PROPERTY_SUFFIXES _ADJECTIVE_TAGGED_NOUNS _SPOT "
    "_PROPERTY_WORDS _WHEN_WORDS _NEGATED_MODALS _PREDICATE_NOUNS _ADVERB_MODIFIERS _ADVERB_NOUNS _BUILDING_ENDS "
    "_NOT_HEADS _PLACE_MODIFIERS _INSTITUTION_CLASSIFIERS _INSTITUTIONS _DATE_WORDS _AGAIN _TYPE_SUFFIXES "
    "_SCHOOL_SUFFIXES _PERSON _TEAM _SECOND_PROPERTIES _DE_AHEAD _GENERIC_ONE _PEOPLE_ENDINGS _LIST_LINK_CHARS "
    "_TIME_ADVERBS _MAX_PHRASE_TOKENS _MAX_PHRASE_CHARS _LINK_NOTE _FORMER _KIND_ENDS _NAME_OPENING_TAGS "
    "_VERB_TAGGED_NOUNS _RELATION_VERB_END _OBJECT_NAME_TAGS _INSTRUMENT_BEFORE _INSTRUMENT_REACH _CLAUSE_END "
    "_LIST_AHEAD _NUMERAL_TAGS _PASSIVE_OPENINGS _FACILITY_ENDS _FILED_VERBS _FILED_CLASSIFIERS _COMPOUND_HEADS "
    "_AGENT_CLASSIFIERS _NOUN_SUFFIXES _AIRCRAFT_MAKERS _LATIN _glossary_at _LENGTHS _glossary_lengths _is_head "
    "_PLACE_NOUN_ENDS _ends_phrase _kind_tagged_name"
).split())


def _home(part: str, name: str) -> str:
    """Where a moved name lives now: its part, or ``count_phrase_words`` for the names tidy262 moved on."""
    return PHRASE_WORDS if part == "extract/count_phrase" and name in MOVED_ON else part


# ``_LENGTHS`` is annotated (``_LENGTHS: dict[…] = {}``), which ``top_level_definitions`` leaves out: checked alone
MOVES = [(_home(part, name), source, name) for (part, source), names in MOVED.items() for name in names.split()
         if name != "_LENGTHS"]
NEW_PARTS = [part for part, _ in MOVED]
SPLIT = NEW_PARTS + ["extract/places", "extract/count_nouns"]
# the old modules' ``__all__`` (as on main), each name still importable from them
OLD_ALL = {
    "extract/places": ("EXTRACTOR FEATURE HISTORIC LISTED PlaceMatcher place_matcher place_stoplist extract_places "
                       "historic_places natural_features"),
    "extract/count_nouns": (
        "_ADJECTIVE_HEADS _AMONG _ASPECTS _CONNECTORS _EVENT_CLASSIFIERS _EVENT_LIST_LINKS _FUNCTION_CHARS _GENERIC_ONE "
        "_INSTITUTIONS _INSTITUTION_CLASSIFIERS _NAME_TAGS _NOT_COUNTED _NOT_HEADS _PEOPLE_ENDINGS "
        "_PEOPLE_ONLY_CLASSIFIERS _PERSON _PLAIN_NOUN_TAGS _PREDICATE_NOUNS _QUOTED_THING _RATE_CUES _bare_count "
        "_event_list _glossary_at _glossary_lengths _head _is_property _noun_before _phrase_at _relative_thing "
        "_subject_before_clause _terse_count"),
}


def _definitions(path: Path) -> set[str]:
    """The names a module defines at its top level, annotated assignments (``_LENGTHS: dict[…] = {}``) too."""
    annotated = {n.target.id for n in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    return set(top_level_definitions(path)) | annotated


@pytest.mark.parametrize("source", SOURCES)
def test_tidy119_callers_import_each_name_from_the_module_that_defines_it(source):
    assert imports_through("zhkg." + source.replace("/", "."), _definitions(ZHKG / f"{source}.py")) == []


@pytest.mark.parametrize("source", SOURCES)
def test_tidy119_an_old_module_imports_only_what_it_reads_or_exports(source):
    assert_no_reexports(source)


@pytest.mark.parametrize("source, reader, gone", [
    ("relate/counts", "read_counts", "_of_count _brands _suffix_forms _SUBJECTLESS _bracket_chain _TOPIC_REST"),
    ("relate/membership", "read_membership", "_team_owners _team_short_form _members_round13 _JOIN"),
])
def test_tidy119_the_relation_modules_export_their_reader_and_no_helper(source, reader, gone):
    module = split_module(source)
    assert module.__all__ == [reader]
    assert [name for name in gone.split() if hasattr(module, name)] == []


@pytest.mark.parametrize("source, names", [
    ("stages/read", "RawDocument decode_bytes check_encoding readable_name json_value_type check_delimiter STDIN"),
    ("stages/resolve", "entity_id names_as_written resolve_entities written_aliases EntityTally ENTITY_SAMPLE"),
])
def test_tidy119_the_stage_modules_export_no_moved_name_and_drop_private_ones(source, names):
    # tidy119 kept these public names importable from the stage modules; since tidy273 they export only what they
    # define, and hold a moved name (the very object) only where their own code reads it
    from zhkg.stages import encodings, entity_groups, read_files, read_json, read_tables, resolve_companies

    module = split_module(source)
    homes = [encodings, read_files, read_json, read_tables, entity_groups, resolve_companies]
    for name in names.split():
        assert name not in module.__all__
        home = next(getattr(h, name) for h in homes if name in vars(h))
        if hasattr(module, name):
            assert getattr(module, name) is home
            assert name in imported_and_read(ZHKG / f"{source}.py")
    private = {"stages/read": "_guess _CHUNK _json_record _tab_rows", "stages/resolve": "_stems _one_council _PREFIX"}
    assert [name for name in private[source].split() if hasattr(module, name)] == []


# names a later round wrote in a part, which its ``__all__`` exports beside the group moved (tidy256: the steps of
# ``_phrase_at``; the token-by-token reading it moved on to ``extract/count_head_scan`` left the group above)
LATER = {("extract/count_phrase", "extract/count_nouns"): "_READ_ON _glued_opening _verb_opens_predicate"}


def test_tidy119_moves_are_whole_groups():
    groups = {key: " ".join(n for n in f"{names} {LATER.get(key, '')}".split() if _home(key[0], n) == key[0])
              for key, names in MOVED.items()}
    assert_whole_groups(groups)


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy119_each_moved_name_lives_in_its_new_part_only(part, source, name):
    # each family alone: places and count_phrase both define their own ``_HEAD_TAGS`` and ``_NAME_TAGS``
    assert_moved_alone(part, source, name, [p for p in SPLIT + [PHRASE_WORDS] if p == source or (p, source) in MOVED])


def test_tidy119_the_annotated_cache_moved_alone():
    assert "_LENGTHS" in _definitions(ZHKG / f"{PHRASE_WORDS}.py")  # moved on by tidy262
    assert "_LENGTHS" not in _definitions(ZHKG / "extract/count_phrase.py")
    assert "_LENGTHS" not in _definitions(ZHKG / "extract/count_nouns.py")
    assert not hasattr(split_module("extract/count_nouns"), "_LENGTHS")


@pytest.mark.parametrize("source", OLD_ALL)
def test_tidy119_the_split_modules_keep_their_exports(source):
    module = split_module(source)
    kept = OLD_ALL[source].split()
    if source in ("extract/count_nouns", "extract/places"):  # since tidy266 / tidy268: only the names it defines
        kept = [name for name in kept if name in _definitions(ZHKG / f"{source}.py")]
    assert sorted(module.__all__) == sorted(kept)
    for name in module.__all__:
        home = next((_home(part, name) for (part, _), names in MOVED.items() if name in names.split()), None)
        if home is not None:
            assert getattr(module, name) is getattr(split_module(home), name), name


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy119_each_new_part_has_scope_caveats_exact_exports_and_imports_only_parts_before_it(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy119" in doc
    assert sorted(split_module(part).__all__) == sorted(_definitions(path))
    source = next(s for (p, s) in MOVED if p == part)
    family = [p for (p, s) in MOVED if s == source]
    later = family[family.index(part) + 1:] + [source]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported


@pytest.mark.parametrize("path", SPLIT)
def test_tidy119_each_module_imports_first_without_a_cycle(path):
    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""


@pytest.mark.parametrize("path", SPLIT + SOURCES)
def test_tidy119_no_module_of_the_split_is_over_800_lines(path):
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 800


def test_tidy119_the_layouts_name_each_new_part():
    for part, source in MOVED:
        assert f":mod:`zhkg.{part.replace('/', '.')}`" in split_module(source).__doc__, part


# ---- reading through the parts, as written and in Traditional

PLACES = ("村民们在罗汉村召开大会。新竹市东区今天停水。道光朝直隶总督琦善到任。附近的水体有高淳的固城湖和汤山温泉。"
          "台北大巨蛋今天开幕。")


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy119_places_read_through_the_new_parts(pipeline, script):
    places = {name for label, name in labelled_mentions(pipeline, in_script(PLACES, script)) if label == "PLACE"}
    # place_tokens (the matcher: 新竹市, 高淳), place_villages (罗汉村 after a cue; 东区, a stoplisted division right
    # after the place it lies in), place_features (直隶: a historic province; 固城湖, 汤山温泉: natural features;
    # 台北大巨蛋: a landmark)
    assert {"新竹市", "高淳", "罗汉村", "东区", "直隶", "固城湖", "汤山温泉", "台北大巨蛋"} <= places


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy119_counted_nouns_read_through_the_new_part(pipeline, script):
    text = in_script("平谷区共有274个村，37名反政府武装人员被捕，确诊病例3例。", script)
    # count_phrase: the phrase after 个 and its head (人员 of 反政府武装人员); count_nouns: the noun before 3例
    assert counts_in(pipeline.nlp, text) == [(274.0, "村"), (37.0, "人员"), (3.0, "确诊病例")]


def test_tidy119_the_parts_read_their_pieces():
    from zhkg.extract.count_phrase import _is_property
    from zhkg.extract.count_phrase_words import _glossary_lengths
    from zhkg.extract.place_tokens import _is_han, place_matcher
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.text import names_pattern

    assert _glossary_lengths({"村": "village", "居委会": "committee"}) == (3, 1)
    assert _is_property("成交量", {}) and not _is_property("学校", {})
    # (the landmarks' pattern is zhkg.text.names_pattern since tidy231, shared with the user's lists)
    assert names_pattern(()) is None and names_pattern(("维港", "大巨蛋")).search("在大巨蛋").group() == "大巨蛋"
    assert _is_han("平谷") and not _is_han("平谷1")
    assert place_matcher(load_gazetteer()).matches_at("在平谷区", 1) == [(4, "平谷区"), (3, "平谷")]
