"""Session 34 (tidy106): ``stages/resolve.py`` and ``relate/counts.py`` split by what they hold, with no behaviour
change.

Four parts took their groups word for word: ``stages/entity_groups`` (entities across documents, ids, the tally)
and ``stages/resolve_companies`` (company and body aliases) from ``resolve``; ``relate/count_owner_words`` (the
patterns) and ``relate/count_candidates`` (the candidate holders) from ``counts``. ``_CountOwners`` (900 lines) gave
its readers to two mixins it inherits, ``relate/count_owner_between._BetweenReaders`` and
``relate/count_owner_clauses._ClauseReaders``. These tests hold the moves to what they promised:

- each moved name is defined once, in its new part, and is gone from the module it left, which holds it (the very
  object) only when its ``__all__`` exports it or its own code reads it (tidy119: callers import each name from its
  part); each moved method is the mixin's, reached through ``_CountOwners`` as the very function;
- each new part opens with its scope and caveats and an exact ``__all__``, and imports only the parts before it
  (never the module it left); importing any module of the split first, in a fresh interpreter, works;
- no module of the split is over 800 lines; the old modules' layouts name the new parts;
- reading through the parts keeps its result, in Simplified and in Traditional (s2hk, s2tw).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_count_owner,
    assert_moved_alone,
    assert_old_exports,
    assert_whole_groups,
    docstring_and_imports,
    entity_names,
    import_error_alone,
    in_script,
    mention,
    split_module,
    top_level_definitions,
)

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

# (new part, the module it left): the names moved, the whole group of each move; parts in import order
MOVED = {
    ("stages/entity_groups", "stages/resolve"): (
        "_NAME_JOINS one_join _PREFIX names_as_written entity_id _display split_people split_people_grouped "
        "_namesakes_likely resolve_entities _default_reason ENTITY_SAMPLE ENTITY_DOC_IDS EntityTally _place "
        "_smallest"),
    ("stages/resolve_companies", "stages/resolve"): (
        "_FORMAL_CPPCC _COMPANY_WORDS _ORDINAL _ASSOCIATION_HEADS _shortened_body _stem_opens_another_company "
        "_COUNTRY_FIRM _OTHER_COMPANY_WORDS _words_after _placed_before _CONJUNCTIONS _coordinated _HOLDING "
        "_HOLDING_REACH _holder_and_held _GROUP _CLAUSE_ENDS _FOUNDED_AFTER _founded _names_no_one_company "
        "_stems_of_other_companies _stems document_company written_aliases _merge_short_orgs _one_council "
        "_group_at_home _COUNCIL _SITE _company_sites _ARM_HEADS _BODY_LAST _arm_in_place _group_and_shares "
        "_replace"),
    ("relate/count_owner_words", "relate/counts"): (
        "_HEADLINE_GAP _OWN_REPORTER _LOCATIVE_BEFORE _DATED_LOCATIVE _ALL_OVER _INCIDENT _CASUALTIES _CAUSED "
        "_HURT_ONE _HURT _ARREST_REACH _LISTED_FEW _SIGHTED _SIGHTED_REACH _EXCEPT_BEFORE _EXCEPT_AFTER "
        "_RECEIVER_BEFORE _LOCATIVE_REGIONS _FROM_SOURCE _LEARNT _REPORTER_WORD _REPORTER_GAP _SPREAD_BEFORE "
        "_PARTNER_BEFORE _FRONTED_TAIL _CLAUSE_TAIL _NOT_PARTNER _UNITS _AUTHORITY_ENDINGS _WHOLE_OPENINGS "
        "_PARTNER_PEOPLE _PARTNER_OWNS _ORIGIN_LIST _INCLUDING _IN_ALL _NAME_TAIL _NAME_TAIL_LETTERS _LIST_GAP "
        "_LOCATIVE_LINK _FIRST_PERSON _SPEAKER_GAP _SUBJECTLESS _EXISTENTIAL_GAP _MEMBER_TAILS _LIST_LINKS "
        "_BRACKETS _BRACKET_LONGEST _TOPIC_SENTENCES _WHEN _WHEN_END _LIST_LINK_AFTER _NOT_TOPIC_AFTER "
        "_MARKET_WIDE _PLACES_OWN_IN _FRAME _QUALIFIER_CLOSE _ROUTE_LINKS _MODEL_CODE _SAYS _POINTERS _AMONG_THEM "
        "_AMONG_OPENING _ACTED_REACH _GROUP_REACH _PART_OF_BEFORE _PART_OF_BEFORE_LONGEST _OUR _LIST_CLOSING "
        "_BOTH_SIDES _NO_COMPANY _WORDS_COUNTED _COUNTRIES_COUNTED _HOLDING_PLACE_ENDINGS _REGION_AFTER "
        "_TEAMS_COUNTED _TAKE_PART _EVENT_OF_CLAUSE _EVENT_END _TITLE _QUOTED_NAME _CLOCK _CARRY_CLAUSES "
        "_RULING_ENDINGS _SUBJECT_BEFORE _NATIONALITY _BESIDE _CRISES _PEOPLES _GENERIC_BODY _DESCRIBING _HAVING "
        "_POINT_OF_VIEW_BEFORE _POINT_OF_VIEW_AFTER _OTHER_SIDE _SUBMITTED_TO _VERB_OF _bracket_chain _verb_word "
        "_NO_OWNER"),
    ("relate/count_candidates", "relate/counts"): (
        "_pair_places _candidate_spots"),
}
MOVES = [(part, source, name) for (part, source), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
# (mixin module, its class): the methods of ``_CountOwners`` moved into it, the whole group
MIXINS = {
    ("relate/count_owner_between", "_BetweenReaders"): (
        "starting_in learnt_from locative members owner_between subsidiary chain_start route_end model_maker "
        "partner units_across origin_list quoted_speaker someone_there self_reported when_clause"),
    ("relate/count_owner_clauses", "_ClauseReaders"): (
        "kept lists_holders opens_clause next_subject describes previous_subject far_place foreign_members "
        "member_body body_at described event_attended lists_before record_section names_holder listed_of "
        "names_subject names_of"),
}
METHODS = [(module, cls, name) for (module, cls), names in MIXINS.items() for name in names.split()]
SOURCES = ["stages/resolve", "relate/counts"]
SPLIT = NEW_PARTS + [module for module, _ in MIXINS] + SOURCES
# what the old modules exported before the split (their ``__all__`` on main); since tidy273 they export those they define
OLD_ALL = {
    "stages/resolve": ("DocumentContext document_context canonicalise names_as_written resolve_entities split_people "
                       "split_people_grouped entity_id written_aliases EntityTally ENTITY_SAMPLE ENTITY_DOC_IDS"),
    "relate/counts": "read_counts",
}


_module = split_module


def test_tidy106_moves_are_whole_groups():
    assert_whole_groups(MOVED)


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy106_each_moved_name_lives_in_its_new_part_only(part, source, name):
    assert_moved_alone(part, source, name, SPLIT)


@pytest.mark.parametrize("module, cls, name", METHODS)
def test_tidy106_each_moved_method_is_the_mixins_and_count_owners_reaches_it(module, cls, name):
    from zhkg.relate.counts import _CountOwners

    mixin = getattr(_module(module), cls)
    assert name in vars(mixin) and name not in vars(_CountOwners)
    assert mixin in _CountOwners.__mro__ and getattr(_CountOwners, name) is vars(mixin)[name]
    for other, other_cls in MIXINS:
        if other != module:
            assert name not in vars(getattr(_module(other), other_cls)), other


def test_tidy106_count_owners_keeps_its_own_steps():
    from zhkg.relate.counts import _CountOwners

    own = {n for n, v in vars(_CountOwners).items() if callable(v) and not n.startswith("__")}
    assert {"read", "owned_by_form", "clause_holder", "further_holder", "write_edge"} <= own
    assert not own & {name for _, _, name in METHODS}


@pytest.mark.parametrize("source", SOURCES)
def test_tidy106_the_old_modules_export_what_they_define_of_what_they_did(source):
    assert_old_exports(source, OLD_ALL[source], MOVED)


@pytest.mark.parametrize("part", NEW_PARTS + [module for module, _ in MIXINS])
def test_tidy106_each_new_part_has_scope_caveats_exact_exports_and_imports_only_parts_before_it(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy106" in doc
    assert sorted(_module(part).__all__) == sorted(top_level_definitions(path))
    source = "stages/resolve" if part.startswith("stages/") else "relate/counts"
    family = [p for p in SPLIT if p.startswith(part.split("/")[0] + "/")]
    later = family[family.index(part) + 1:] + [source]
    if part.startswith("relate/count_owner_"):  # the mixins read the patterns (the first part) only
        later = [p for p in later if p != "relate/count_owner_words"]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported


@pytest.mark.parametrize("path", SPLIT)
def test_tidy106_each_module_imports_first_without_a_cycle(path):
    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""


@pytest.mark.parametrize("path", SPLIT)
def test_tidy106_no_module_of_the_split_is_over_800_lines(path):
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 800


def test_tidy106_the_layouts_name_each_new_part():
    for part, source in [*MOVED, *((module, "relate/counts") for module, _ in MIXINS)]:
        assert f":mod:`zhkg.{part.replace('/', '.')}`" in _module(source).__doc__, part


# ---- reading through the parts of resolve.py

@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy106_company_aliases_and_joins_resolve_through_the_new_parts(pipeline, script):
    # resolve_companies: 信实集团 and 信实公司 are one company; entity_groups: one_join writes 布兰顿-罗伊 with ·
    text = in_script("信实集团今天宣布，信实公司将收购3家银行。布兰顿-罗伊今天得了20分。", script)
    names = {(label, in_script(name, "t2s") if script != "simplified" else name)
             for label, name in entity_names(pipeline, text)}
    assert ("ORGANIZATION", "信实公司") in names and ("PERSON", "布兰顿·罗伊") in names
    assert not any(name == "信实集团" for _, name in names)


def test_tidy106_the_resolve_parts_read_their_pieces():
    from zhkg.stages.entity_groups import entity_id, one_join
    from zhkg.stages.resolve_companies import _COMPANY_WORDS, _shortened_body

    assert one_join("让-皮埃尔‧拉法兰") == "让·皮埃尔·拉法兰" and one_join("Jean-Pierre") == "Jean-Pierre"
    assert _COMPANY_WORDS.search("信实集团") and not _COMPANY_WORDS.search("信实银行")
    assert _shortened_body("演艺工会", ["台北市电影电视演艺业职业工会", "演艺工会"], set()) == "台北市电影电视演艺业职业工会"
    assert callable(entity_id)


# ---- reading through the parts of counts.py: (text, what is counted, its owner or None)

OWNERS = [
    ("代表团在北京访问了3所学校。", "学校", "代表团"),  # locative: 在北京 is where, not who
    ("美国向台湾地区签发J1签证5295个。", "签证", "美国"),  # 向 receives what is counted
    ("据悉，广发基金旗下共有20只基金。", "基金", "广发基金"),  # a source (据悉) owns nothing
    ("平谷区共有17个镇乡(街道)、274个村。全区共有5所医院。", "医院", "平谷区"),  # a clause with no holder: the topic
    ("河北省首批有两家大型企业，唐山钢铁是其中之一。", "企业", "河北省"),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted, owner", OWNERS, ids=[t[:6] for t, _, _ in OWNERS])
def test_tidy106_count_owners_read_through_the_new_parts(pipeline, script, text, counted, owner):
    assert_count_owner(pipeline, in_script(text, script), counted, owner)


def test_tidy106_the_count_parts_read_their_pieces():
    from zhkg.relate.count_candidates import _pair_places
    from zhkg.relate.count_owner_words import _NO_OWNER, _bracket_chain, _verb_word

    assert _NO_OWNER == (-1, -1, None)
    assert sorted(_bracket_chain("（北京）[注]", 7)) == [0, 4, 7] and _bracket_chain("北京）", 3) == [3]
    assert _verb_word("审批") and not _verb_word("国务院")
    from zhkg.records import Label

    china, italy = mention("d", 0, "中", Label.PLACE), mention("d", 1, "意", Label.PLACE)
    assert _pair_places([china, italy], "中意两国领导人") == {china, italy}
    assert _pair_places([china, italy], "中意领导人") == frozenset()
