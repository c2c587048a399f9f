"""Session 54 (tidy255): ``extract/people.py`` split by what it decides, with no behaviour change.

Two parts took their groups word for word: ``extract/name_scores`` (how name-like letters are: ``name_score``,
``split_surname``, the bars, what letters are when they name no one) and ``extract/name_contexts`` (the names the
words around them announce, the first source of ``extract_people``). These tests hold the moves to what they
promised:

- each moved name is defined once, in its new part, and is gone from ``people``, which holds it (the very object)
  only where its own code reads it; no module, test or bench imports a moved name through ``people``;
- ``people``'s ``__all__`` was what it had been less ``name_score`` (which moved; nothing outside the package read
  it); since tidy262 it is ``extract_people`` alone, the one name of it that ``people`` defines;
- each new part opens with its scope and caveats and an exact ``__all__``; ``name_scores`` imports no people reader,
  ``name_contexts`` no ``people``; importing any module of the split first, in a fresh interpreter, works;
- ``people`` is at most 600 lines, each part at most 800; ``people``'s layout and ``docs/entities.md`` name the parts;
- one reading through each source keeps its result, in Simplified and in Traditional (s2hk, s2tw).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_moved_alone,
    assert_whole_groups,
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

# (new part, the module it left): the names moved, the whole group of each move; parts in import order
MOVED = {
    ("extract/name_scores", "extract/people"): (
        "_CJK _VERB_AFTER_NAME _COMMON_WORD_TAGS _NEVER_IN_WORD_NAME _NOT_LAST _CONTEXT_MIN_SCORE _BARE_MIN_SCORE "
        "split_surname name_score _best_name_at ADDRESS_WORDS _common_word _names_a_body _unrated_credit_name "
        "_headline_place"),
    ("extract/name_contexts", "extract/people"): (
        "_CJK_LETTER _LATIN_WORD _APPOINTING _LIST_ROLES _NAME_TAGS _WIRE_TAG _patterns _LINK_CUE _TAIL_CUES "
        "_NOT_LAST_OF_FOUR _married_name_end _whole_word_name _function_word_at _surname_before_unknown _PHOTO_PLACE "
        "_WORD_TAGS _OPENING_TAGS _bracketed_word _context_candidates _THIS_TIME _opens_profile _role_word_set "
        "_LATIN_NAME _LATIN_GIVEN _PERSON_WORD_ENDS _latin_after_role"),
}
MOVES = [(part, source, name) for (part, source), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
SPLIT = NEW_PARTS + ["extract/people"]
# people's ``__all__`` on main at the round's start (ec2ba2e9), less name_score; tidy262 (session 55) dropped the
# names the tidy80 parts define, which callers import from those parts
OLD_ALL = ("extract_people foreign_name_parts opens_foreign_name glued_after_foreign_name FOREIGN_SEPARATORS "
           "FOREIGN_SEPARATOR NAME_DASH")
TIDY80_PARTS = ("extract/foreign_names", "extract/foreign_people_by_context")


def test_tidy255_moves_are_whole_groups():
    assert_whole_groups(MOVED)


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy255_each_moved_name_lives_in_its_new_part_only(part, source, name):
    assert_moved_alone(part, source, name, SPLIT)


def test_tidy255_people_keeps_its_exports_but_the_moved_score_and_the_tidy80_parts_names():
    tidy80 = {name for part in TIDY80_PARTS for name in split_module(part).__all__}
    assert sorted(split_module("extract/people").__all__) == sorted(set(OLD_ALL.split()) - tidy80) == ["extract_people"]


def test_tidy255_no_one_imports_a_moved_name_through_people():
    moved = {name for _part, _source, name in MOVES}
    assert [hit for hit in imports_through("zhkg.extract.people", ()) if hit[2] in moved] == []


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy255_each_new_part_has_scope_caveats_and_exact_exports(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy255" in doc
    assert sorted(split_module(part).__all__) == sorted(top_level_definitions(path))
    later = NEW_PARTS[NEW_PARTS.index(part) + 1:] + ["extract/people"]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported
    people_doc, _ = docstring_and_imports(ZHKG / "extract" / "people.py")
    assert f":mod:`zhkg.{part.replace('/', '.')}`" in people_doc  # people's layout names it
    assert f"`{part}.py`" in (ROOT / "docs" / "entities.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SPLIT)
def test_tidy255_each_module_imports_first_without_a_cycle_and_within_its_length(path):
    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""
    lines = len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines())
    assert lines <= (600 if path == "extract/people" else 800), lines


def test_tidy255_the_scores_read_as_before():
    from zhkg.extract.name_scores import _common_word, _headline_place, name_score, split_surname
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert split_surname("司马光明", lexicon.surnames) == ("司马", "光明")
    assert split_surname("光明", frozenset({"司马"})) is None
    assert name_score("闫维洪") > 0.1 and name_score("平谷区") == 0.0 and name_score("任务") < 0.01
    assert [_common_word(w, lexicon) for w in ("宣布", "王伟")] == [True, False]
    assert [_headline_place(w, lexicon) for w in ("沈阳", "黄奇帆")] == [True, False]


# (text, the people read in it, the source of each in extract_people): one reading through each source
READINGS = [
    ("（通讯员 陈瑛 李会生）本报讯，会议昨日召开。", [("陈瑛", "byline"), ("李会生", "byline")]),  # name_contexts
    ("区政协主席闫维洪出席会议。", [("闫维洪", "after_role")]),  # name_contexts: a role before the name
    ("张吉辉、李伟涛、田晓光等委员参加了调研。", [("张吉辉", "list"), ("李伟涛", "list"), ("田晓光", "list")]),
    ("黄家学，男，1965年生。", [("黄家学", "born")]),  # name_contexts: a profile's sex
    ("特首林郑月娥今日表示，", [("林郑月娥", "after_role")]),  # name_contexts: a married name
    ("联合报／记者林孟洁蔡晋宇／台北报导。", [("林孟洁", "reporter"), ("蔡晋宇", "reporter")]),  # byline_pairs
    ("（中央社记者林长顺台北5日电）会议昨日召开。", [("林长顺", "reporter")]),  # dateline_reporters
    ("部长Chris Bowen表示，", [("Chris Bowen", "latin")]),  # name_contexts: Latin letters after a role
    ("白崇禧表示同意。", [("白崇禧", "dictionary")]),  # people: a name of jieba's dictionary
    ("令狐建国表示同意。", [("令狐建国", "compound")]),  # people: a compound surname
]


@pytest.mark.parametrize("text, found", READINGS, ids=[t[:8] for t, _ in READINGS])
def test_tidy255_each_source_reads_its_people(text, found):
    from zhkg.extract.people import extract_people
    from zhkg.stages.segment import make_nlp

    assert [(m.text, str(m.extractor)) for m in extract_people(make_nlp()(text))] == \
        [(name, "people:" + kind) for name, kind in found]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, found", [r for r in READINGS if "Chris" not in r[0]],
                         ids=[t[:8] for t, _ in READINGS if "Chris" not in t])
def test_tidy255_the_pipeline_reads_them_in_each_script(pipeline, script, text, found):
    assert sorted(name for label, name in labelled_mentions(pipeline, in_script(text, script))
                  if label == "PERSON") == sorted(name for name, _ in found)
