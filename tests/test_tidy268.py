"""Session 56 (tidy268): ``extract/organisations`` and ``extract/places`` export only what they define, with no
behaviour change (tidy262 and tidy266's clean-up, carried to the next two re-exporters).

- Each exports only names it defines (``organisations``: ``BODY_BEFORE_AND``, ``LISTED``, ``extract_organisations``,
  ``NOT_NAMES``; ``places``: ``LISTED``, ``place_stoplist``, ``extract_places``) and imports from zhkg only what its
  own code reads.
- No ``.py`` file of ``pipeline/``, ``tests/``, ``bench/``, ``tools/`` (doctest examples included), notebook cell or
  ``python`` block of README/docs takes a name through them that they do not define (``tests/test_tidy80.py``'s
  check): each imports it from the part that defines it (``zhkg.extract.news_outlets``, ``zhkg.extract.teams``,
  ``zhkg.extract.place_tokens`` …). README and docs import none through them.
- Each imports first, alone, in a fresh interpreter.
- The parts tidy66 and tidy68 moved out of ``extract/combine`` no longer say ``combine`` re-exports their names
  (untrue since tidy185): each says callers import its names from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import import_error_alone, split_module
from test_tidy80 import _taken_through, assert_exports_only_its_own, taken_through_anywhere

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
REEXPORTERS = ["extract/organisations", "extract/places"]
EXPORTS = {
    "extract/organisations": ["BODY_BEFORE_AND", "LISTED", "extract_organisations", "NOT_NAMES"],
    "extract/places": ["LISTED", "place_stoplist", "extract_places"],
}
# the parts tidy66 and tidy68 moved word for word out of extract/combine
COMBINE_PARTS = ["alias_mentions", "body_ends", "bracketed_originals", "defined_short_forms", "dropped_names",
                 "kind_by_neighbours", "known_body_parts", "people_cuts", "person_edges", "person_or_not",
                 "places_in_names", "worded_bodies"]


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy268_each_exports_what_it_defines_and_imports_only_what_it_reads(part):
    assert_exports_only_its_own(part, EXPORTS[part])


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy268_no_one_takes_a_name_through_them(part):
    assert taken_through_anywhere(part) == []


@pytest.mark.parametrize("part, source, taken", [
    ("extract/organisations", "from zhkg.extract.organisations import LISTED, news_outlets", [(1, "news_outlets")]),
    ("extract/organisations", "def f():\n    from zhkg.extract.organisations import STOCK_CODE", [(2, "STOCK_CODE")]),
    ("extract/organisations", "from zhkg.extract import organisations\norganisations.MATCH_VERBS", [(2, "MATCH_VERBS")]),
    ("extract/organisations", "from zhkg.extract.teams import MATCH_VERBS\nfrom zhkg.extract.organisations import HOUSES",
     []),
    ("extract/places", "from zhkg.extract.places import EXTRACTOR, extract_places", [(1, "EXTRACTOR")]),
    ("extract/places", "import zhkg.extract.places as p\np._Tokens(doc), p.place_stoplist()", [(2, "_Tokens")]),
    ("extract/places", "from zhkg.extract.place_tokens import _Tokens\nfrom zhkg.extract import places\nplaces.LISTED",
     []),
])
def test_tidy268_the_check_finds_a_name_taken_through_each(part, source, taken):
    assert _taken_through(source, part) == taken


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy268_each_imports_alone(part):
    assert import_error_alone("zhkg." + part.replace("/", ".")) == ""


def test_tidy268_the_moved_names_are_gone_from_organisations_unless_it_reads_them():
    organisations = split_module("extract/organisations")
    gone = ["OUTLET_ENDINGS", "MATCH_VERBS", "STOCK_CODE", "QUOTED_HEADS"]
    assert [name for name in gone if hasattr(organisations, name)] == []
    assert organisations.news_outlets is split_module("extract/news_outlets").news_outlets  # it runs the reader


@pytest.mark.parametrize("part", COMBINE_PARTS)
def test_tidy268_the_combine_parts_say_where_their_names_are_used_from(part):
    doc = " ".join((split_module(f"extract/{part}").__doc__ or "").split())
    assert "extract/combine.py" in doc
    assert "re-exports every name" not in doc
    assert "callers import its names from here" in doc
