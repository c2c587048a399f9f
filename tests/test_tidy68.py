"""Session 32 (tidy68): three more parts out of ``extract/combine.py``, moved word for word, no behaviour change.

- ``extract/alias_mentions.py``: :func:`find_aliases` with ``_abbreviations`` and ``_positions`` (which short forms
  become ``ALIAS`` mentions; ``tests/extract/test_combine.py`` now patches those two there);
- ``extract/bracketed_originals.py``: a Latin-script original in brackets after a name;
- ``extract/people_cuts.py``: where a model's person is cut or rejoined at the verbs, titles and objects around it.

tidy66's layout test (``tests/test_tidy66.py``) lists both among its parts: scope, caveats, ``__all__``, no cycle,
named in ``combine``'s docstring and ``docs/entities.md``. These tests hold what is particular to this move.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, in_script, labelled_mentions, top_level_definitions

EXTRACT = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / "extract"
MOVED = {
    "alias_mentions": ("_ABBREVIATED_HEADS", "_abbreviations", "_positions", "find_aliases"),
    "bracketed_originals": ("_BRACKET_ORIGINAL", "_LATIN_START", "_NAME_LABELS", "_SITE_MARKERS", "_TITLE_CLOSE",
                            "_TITLE_OPEN", "_bracketed_originals"),
    "people_cuts": ("_AUXILIARIES", "_BODY_END", "_BODY_THEN_SAID", "_CLAUSE_VERBS", "_KIN_AFTER_ZHI", "_LETTER_VERBS",
                    "_MIN_GIVEN_RATE", "_ONE_LETTER_NAME_TAGS", "_PLACE_HEAD_TITLES", "_address_objects",
                    "_after_minister_titles", "_cut_run_on_names", "_cut_short", "_foreign_starts",
                    "_names_before_place_titles", "_rejoin_split_names", "_runs_into_place", "_split_at_verbs",
                    "_three_letter_name_supported"),
}


@pytest.mark.parametrize("part", sorted(MOVED))
def test_tidy68_moved_names_live_in_their_part_and_combine_holds_the_very_object(part):
    combine = importlib.import_module("zhkg.extract.combine")
    module = importlib.import_module(f"zhkg.extract.{part}")
    assert set(MOVED[part]) <= set(module.__all__)  # (later rounds add names of their own: uner70's _STATE_AFTER)
    assert not set(MOVED[part]) & set(top_level_definitions(EXTRACT / "combine.py"))
    # (since tidy185 combine imports only the names it runs: callers import the rest from the part)
    assert all(getattr(combine, n) is getattr(module, n) for n in MOVED[part] if hasattr(combine, n))
    assert "find_aliases" in combine.__all__  # still part of combine's public face


def test_tidy68_find_aliases_reads_abbreviations_through_its_new_home(monkeypatch):
    from zhkg.extract import alias_mentions, combine
    from zhkg.records import Label, Mention

    text = "人力资源和社会保障部发布通知，人社部表示。"
    full = Mention("d", 0, 10, text[:10], text[:10], Label.ORGANIZATION, "crf")
    assert ("人社部", "人力资源和社会保障部") in {(m.simplified, m.canonical) for m in combine.find_aliases([full], text)}
    monkeypatch.setattr(alias_mentions, "_abbreviations", lambda *a, **k: set())
    assert "人社部" not in {m.simplified for m in combine.find_aliases([full], text)}


# (text, mentions that must be read, mentions that must not): one decision per part
CASES = [
    ("首都规划建设委员会召开会议。首规委表示，", {("ORGANIZATION", "首都规划建设委员会"), ("ORGANIZATION", "首规委")}, set()),
    ("卡斯科奎姆河（Kuskokwim River）流经阿拉斯加。", {("PLACE", "卡斯科奎姆河"), ("PLACE", "Kuskokwim River")}, set()),
    ("李连杰(blog)昨日出席活动。", {("PERSON", "李连杰")}, {("PERSON", "blog"), ("ORGANIZATION", "blog")}),
    ("华山松（学名：Pinus armandii）是松科植物。", set(), {("PERSON", "华山松"), ("PERSON", "Pinus armandii")}),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, read, not_read", CASES, ids=["abbreviation", "original", "site-marker", "species"])
def test_tidy68_decisions_through_the_moved_parts(pipeline, script, text, read, not_read):
    found = labelled_mentions(pipeline, in_script(text, script))
    assert read <= found
    assert not (not_read & found)
