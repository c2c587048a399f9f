"""Session 57 (tidy273): ``stages/resolve``, ``stages/read`` and ``extract/company_lists`` export only what they
define, with no behaviour change (tidy262, tidy266 and tidy268's clean-up, carried to the last three re-exporters
session 56 measured).

- Each exports only names it defines (``resolve``: ``DocumentContext``, ``document_context``, ``canonicalise``;
  ``read``: its entry points, option checks and id passes; ``company_lists``: ``company_names``, ``listed_items``,
  ``named_again``) and imports from zhkg only what its own code reads (``read`` no longer imports ``decode_bytes``,
  ``readable_name``, ``json_value_type``; ``resolve`` none of the nine names it passed on).
- No ``.py`` file of ``pipeline/``, ``tests/``, ``bench/``, ``tools/`` (doctest examples included), notebook cell or
  ``python`` block of README/docs takes a name through them that they do not define (``tests/test_tidy80.py``'s
  check): ``extract/body_frames`` takes ``JOINERS`` from ``company_shapes``, ``tests/test_tidy41.py`` ``trade_tails``
  from ``company_trades``, ``tests/test_docs111.py`` no longer shows a re-export with ``resolve.entity_id``.
- Each imports first, alone, in a fresh interpreter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import import_error_alone, split_module, top_level_definitions
from test_tidy80 import _taken_through, assert_exports_only_its_own, taken_through_anywhere

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
REEXPORTERS = ["stages/resolve", "stages/read", "extract/company_lists"]
EXPORTS = {
    "stages/resolve": ["DocumentContext", "document_context", "canonicalise"],
    "stages/read": ["check_format_options", "check_standard_input", "input_kind", "read_inputs", "given_ids",
                    "unique_ids", "row_warnings"],
    "extract/company_lists": ["company_names", "listed_items", "named_again"],
}
# what each exported before, does not define and does not read, and where each is defined
GONE = {
    "stages/resolve": {"entity_groups": "names_as_written resolve_entities split_people split_people_grouped entity_id "
                                        "EntityTally ENTITY_SAMPLE ENTITY_DOC_IDS",
                       "resolve_companies": "written_aliases"},
    "stages/read": {"encodings": "decode_bytes readable_name", "read_json": "json_value_type"},
    "extract/company_lists": {"company_shapes": "JOINERS"},  # the other six it runs (trade_tails …), unexported
}


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy273_each_exports_what_it_defines_and_imports_only_what_it_reads(part):
    assert_exports_only_its_own(part, EXPORTS[part])


@pytest.mark.parametrize("part, home, name", [(part, home, name) for part, homes in GONE.items()
                                              for home, names in homes.items() for name in names.split()])
def test_tidy273_a_name_passed_on_and_unread_is_gone_and_defined_in_its_part(part, home, name):
    package = part.split("/")[0]
    assert name in top_level_definitions(ZHKG / package / f"{home}.py")
    assert not hasattr(split_module(part), name)


@pytest.mark.parametrize("part", REEXPORTERS)
def test_tidy273_no_one_takes_a_name_through_them(part):
    assert taken_through_anywhere(part) == []


@pytest.mark.parametrize("part, source, taken", [
    ("stages/resolve", "from zhkg.stages.resolve import canonicalise, entity_id", [(1, "entity_id")]),
    ("stages/resolve", "from zhkg.stages import resolve\nresolve.written_aliases", [(2, "written_aliases")]),
    ("stages/resolve", "from zhkg.stages.entity_groups import entity_id\nfrom zhkg.stages.resolve import canonicalise",
     []),
    ("stages/read", "def f():\n    from zhkg.stages.read import decode_bytes", [(2, "decode_bytes")]),
    ("stages/read", "import zhkg.stages.read as r\nr.InputError, r.read_inputs", [(2, "InputError")]),
    ("extract/company_lists", "from zhkg.extract.company_lists import JOINERS, company_names", [(1, "JOINERS")]),
    ("extract/company_lists", "from zhkg.extract.company_trades import trade_tails\n"
                              "from zhkg.extract import company_lists\ncompany_lists.named_again", []),
])
def test_tidy273_the_check_finds_a_name_taken_through_each(part, source, taken):
    assert _taken_through(source, part) == taken


@pytest.mark.parametrize("part", REEXPORTERS + ["extract/body_frames"])
def test_tidy273_each_imports_alone(part):
    assert import_error_alone("zhkg." + part.replace("/", ".")) == ""
