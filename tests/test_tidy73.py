"""Session 33 (tidy73): ``relate/roles_holders.py``, ``relate/roles_links.py`` and ``relate/roles_forms.py`` split by
what they decide, with no behaviour change.

Six parts took their groups verbatim: ``roles_names``, ``roles_asides`` and ``roles_listed`` from ``roles_holders``;
``roles_context`` and ``roles_before_names`` from ``roles_links``; ``roles_clauses`` from ``roles_forms``. These tests
hold the move to what it promised:

- each moved name is defined once, in its new part, and is gone from the part it left; every module that still
  imports it (``zhkg.relate.roles``, the part it left, the later parts) holds that very object;
- each new part opens with its scope and caveats and an exact ``__all__`` (``tests/test_tidy65.py``'s ``PARTS``, now
  naming them in import order, holds each to importing only the parts before it); importing any part of the split
  first, in a fresh interpreter, works (no cycle);
- no part of the split is over 800 lines;
- a role read through each new part keeps its holder, body and title, in Simplified and in Traditional.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, docstring_and_imports, in_script, role_edges, top_level_definitions
from test_tidy65 import PARTS as ORDER  # the parts in import order, this round's in place

ROOT = Path(__file__).resolve().parents[1]
RELATE = ROOT / "pipeline" / "zhkg" / "relate"

# (new part, the part it left, names moved): the whole group of each move.
MOVED = {
    ("roles_names", "roles_holders"): (
        "_preposition_read_as_name _glued_to_next_word _runs_into_next_word _SAYING_AFTER_NAME _CREDIT_AFTER_NAME "
        "_run_into_saying _title_run_into _RUN_ON_LETTERS _CLOSING_QUOTES _owner_of _FullNames _PRONOUN "
        "_SURNAME_HONORIFIC _NOT_PRONOUN_AFTER _NOT_PRONOUN_BEFORE _PRONOUN_SENTENCES _PRONOUN_AFTER _MAX_QUOTATION "
        "_quoted _pronoun_subjects _person_before _OBJECT_PRONOUN _appointed_pronouns _NOT_GIVEN _NOT_SURNAME_HERE "
        "_name_at _name_cut_short _title_people _AFTER_TITLE"),
    ("roles_asides", "roles_holders"): (
        "_ASIDE_BREAK _LATIN_NAME_ASIDE _MAX_LATIN_ASIDE _person_starts_between _holder_before_aside _open_quote "
        "_cut_across_quote _LATIN_ASIDE _latin_aside_start _SHORT_ASIDE _short_aside_start _MAX_QUOTED "
        "_quoted_name_start _quoted_title_end _quoted_holder _past_bare_post_listed _opening_quote_before"),
    ("roles_listed", "roles_holders"): (
        "_people_by_start _listed_after _PAIR_JOINERS _MANY_HOLDER_ENDS _many_hold _listed_after_title "
        "_roles_sharing_holder _SHARED_HOLDER_TIMES _PERSON_IS _ALL_ARE _DESCRIPTION_HEADS _MAX_DESCRIPTION "
        "_listed_description_start _LISTED_JOINERS _EACH_HIS_OWN _subjects_listed_before _listed_before"),
    ("roles_context", "roles_links"): (
        "_unwritten_divisions _title_after _MAX_RELATIVE_CLAUSE _POSSESSORS _relative_clause_before _courtesy_title "
        "_roles_in_context"),
    ("roles_before_names", "roles_links"): (
        "_holder _headline_roles _roles_of_unnamed _roles_before _holder_before_quoted_title"),
    ("roles_clauses", "roles_forms"): (
        "_BEFORE_LINK _ASIDE_LINKS _MAX_ASIDE _after_description _link_after _DASHES _MAX_DASHED "
        "_paired_dash _ONE_OF _CONTINUING_LINKS _continues _APPOINTS_OTHER _DISPOSED_BY _DISPOSAL _disposed_to _BY "
        "_appointed_by _SERVES _BEFORE_AT _WORKED_THERE _SERVES_AFTER_WORK _MAX_SERVED_POSTS _served_at _served_post "
        "_BODY_JOINERS _AMONG_KINDS _SENT _CONCURRENTLY _concurrent_posts _APPOINTED _LIFE_EVENTS_AFTER "
        "_APPOINTED_ADVERBS _APPOINTED_FIRST _SERVED_LEADS _SERVED_LEAD_FIRST _GRADUATED _GRADUATED_FIRST "
        "_RELATIVE_TIME _BEFORE_LEAVING _APPOINTED_OR_STATE_ADVERBS _APPOINTED_OR_STATE_ADVERB_FIRST _TAKES_POST "
        "_COMMA _WRITTEN_IS _CLAUSE_COPULAS _read_remote _body_of_clause_before _WORKS_AT _served_in_clause "
        "_after_bare_titles _after_bodies_sharing _next_listed_post _AND_ALSO _NO_BODY_LINKS _body_role_after_link"),
}
# names a later round defined in a part after the split (roles125: an age aside, an envoy of a field; roles133: a
# state's ministry after 前; roles139: a state's head titled bare; roles146: a dashed post's relative clause)
ADDED_LATER = {
    "roles_asides": "_AGE_ASIDE _age_aside_start _MAX_DASHED_CLAUSE _dashed_relative_clause "  # roles146: dashes
                    "_ACTING",  # roles232: an acting title after a body's aside
    "roles_before_names": "_ENVOY_TITLES _ENVOY_FIELDS _envoy_of_a_field _MINISTRY_ENDS _state_before_former "
                          "_RUNS_FOR _race_of_another "  # rolesgrow181: a chain's holder after a verb of running
                          "_MOVED_TO "  # review186: a post moved to ends the chain before a name
                          "_ASIDES _roles_start "  # speed203: the start of the posts before a name, asked once
                          "_SUPERLATIVES _place_before_superlative "  # roles232: 浙江最年轻副省长
                          "_PRESENT_AFTER_JOINER _present_after_joiner",  # roles244: 前总经理、现任…董事长X
    "roles_clauses": "_listed_posts "  # roles223: a clause's list of posts read on after its first, derived post
                     "_REASON",  # roles294: a reason between the name and the verb of a post
    "roles_context": "_STATE_HEADS _STATE_TITLE_MARKS _BEFORE_STATE_HEAD _ELECTIONS _is_state _unwritten_states "
                     "_state_titled _titled_after_a_place _only_state "  # roles139
                     "_CAUCUS_DEPUTIES _TERMS _NEW_BEFORE_STATE_HEAD _before_chained_post "  # roles150
                     "_PHRASE_OPENER_TAGS _phrase_opens "  # roles175: a bare title inside its clause
                     "_headed_by_another "  # review186: a division another head of the sentence heads
                     "_BARE_CHAIN_JOINERS _bare_chain "  # roles216: bare titles chained before a name
                     "_COUNCILLOR _other_state_before "  # roles232: bare heads inside their clause
                     "_HANDOVER_VERBS _opens_after_handover "  # roles302: a handover's 、 opens a clause
                     "_state_near "  # mend314: a head of government's state named near the title
                     "states_and_holders",  # speed321: the opening the readers of a state's head share
    "roles_listed": "_share_post "  # session 42, lead: one post shared by people listed (roles174's titled lists too)
                    "_SECTOR_END _MAX_SECTOR _listed_affiliation_start "  # rolesgrow181: 常委、民建联X
                    "_SECTOR _sector_start _sector_seat_listed _sector_before_house",  # roles199: 主席、工程界议员X
}
# names a later tidy round moved on from a new part into a part of its own (tidy251: posts read on after a first one)
MOVED_ON = {name: "roles_next_posts" for name in (
    "_CONCURRENTLY _concurrent_posts _listed_posts _body_of_clause_before _WORKS_AT _served_in_clause "
    "_after_bare_titles _after_bodies_sharing _next_listed_post _AND_ALSO _body_role_after_link").split()}
MOVES = [(MOVED_ON.get(name, part), source, name) for (part, source), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
SPLIT = NEW_PARTS + ["roles_holders", "roles_links", "roles_forms"]



def test_tidy73_moves_are_whole_groups():
    for (part, _source), names in MOVED.items():
        added = ADDED_LATER.get(part, "").split()
        kept = [n for n in names.split() + added if n not in MOVED_ON]
        assert sorted(importlib.import_module(f"zhkg.relate.{part}").__all__) == sorted(kept), part


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy73_each_moved_name_lives_in_its_new_part_only(part, source, name):
    value = getattr(importlib.import_module(f"zhkg.relate.{part}"), name)
    assert name not in top_level_definitions(RELATE / f"{source}.py")
    assert [p for p in ORDER if name in top_level_definitions(RELATE / f"{p}.py")] == [part]
    for other in ORDER + ("roles",):  # whoever still imports it holds the moved object, not a copy
        module = importlib.import_module(f"zhkg.relate.{other}")
        if hasattr(module, name):
            assert getattr(module, name) is value, other


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy73_each_new_part_has_scope_caveats_and_exact_exports(part):
    path = RELATE / f"{part}.py"
    doc, _ = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy73" in doc
    assert sorted(importlib.import_module(f"zhkg.relate.{part}").__all__) == sorted(top_level_definitions(path))


@pytest.mark.parametrize("part", SPLIT)
def test_tidy73_each_part_imports_first_without_a_cycle(part):
    done = subprocess.run([sys.executable, "-c", f"import zhkg.relate.{part}"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "pipeline")})
    assert done.returncode == 0, done.stderr[-400:]


@pytest.mark.parametrize("part", SPLIT)
def test_tidy73_no_part_of_the_split_is_over_800_lines(part):
    assert len((RELATE / f"{part}.py").read_text(encoding="utf-8").splitlines()) <= 800


def test_tidy73_the_layout_names_each_new_part():
    layout = importlib.import_module("zhkg.relate.roles").__doc__
    table = (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")
    for part in NEW_PARTS:
        assert f":mod:`zhkg.relate.{part}`" in layout and f"`relate/{part}.py`" in table


# (text, its (person, organisation, title) edges in Simplified): one reading through each new part
EDGES = [
    ("王石出席会议。他是万科集团董事长。", [("王石", "万科集团", "董事长")]),  # roles_names: 他 is 王石
    ("台湾“总统”马英九出席会议。", [("马英九", "台湾", "总统")]),  # roles_asides: a quoted title
    ("清华大学(微博)原校长王明出席会议。", [("王明", "清华大学", "校长")]),  # roles_asides: a web page's aside
    ("张伟、李明当选为华强集团副董事长。", [("张伟", "华强集团", "副董事长"), ("李明", "华强集团", "副董事长")]),  # roles_listed
    ("杭州市召开会议。市长姚高员出席。", [("姚高员", "杭州市", "市长")]),  # roles_context: the division unwritten
    ("环境局今日公布计划，黄伟贤局长表示，", [("黄伟贤", "环境局", "局长")]),  # roles_context: a courtesy title
    ("万科集团董事长、总裁王石出席会议。", [("王石", "万科集团", "总裁"), ("王石", "万科集团", "董事长")]),  # roles_before_names
    ("台证交所总经理：希望两岸ETF实现相互挂牌许仁寿是在会上说的。", [("许仁寿", "台证交所", "总经理")]),  # a headline
    ("方毅回到家乡，出任福建省人民政府副主席。", [("方毅", "福建省人民政府", "副主席")]),  # roles_clauses: no one named
    ("浙江省高级人民法院召开会议。该院院长李占国出席。", [("李占国", "浙江省高级人民法院", "院长")]),  # roles_holders: 该院
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, edges", EDGES, ids=[t[:8] for t, _ in EDGES])
def test_tidy73_roles_read_through_the_new_parts(pipeline, script, text, edges):
    assert role_edges(pipeline, in_script(text, script)) == edges
