"""Session 36 (tidy131): one place for each fact the code repeated, with no behaviour change.

- Whether a role word (a title) stands at a place of a text is ``Lexicon.role_at`` (the longest there, looked up by
  its first letter through ``zhkg.text.word_at``), which the officers in bodies, the short forms, the person edges,
  junk's surnames by address and the members' titles read, where each had written the scan again.
- Kin words are one table, ``zhkg.relate.kin.KIN``: the pairs reader's ``KIN_WORDS`` (its words with a tie) and the
  count owners' ``_KIN_COUNTED`` (its words marked counted) take their subsets of it by column, not copied lists.
- ``stages.graph.EdgeTally``'s ``doc_ids`` and ``doc_counts`` are lists together (a kind across documents) or
  ``None`` together, through ``add``, ``merged`` and ``renamed``; no reader falls back to counting each document once.
- The order extractors hand mentions on in (start, end, label) is ``extract.base.in_place_order``, and ``replaced``
  the mentions less those dropped with those added in it: 19 sorts in 16 extractors had written the key again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

TEXTS = ["市委党组书记王伟说", "李局长表示", "范指导说，国民党籍立委王伟", "副总经理", "书记", "王伟"]


@pytest.mark.parametrize("text", TEXTS)
def test_role_at_is_the_longest_role_word_there(text):
    lexicon = load_lexicon()
    for at in range(len(text) + 1):
        there = [r for r in lexicon.role_words if text.startswith(r, at)]
        assert lexicon.role_at(text, at) == (max(there, key=len) if there else "")


def test_role_at_longest_first():
    lexicon = load_lexicon()
    assert lexicon.role_at("市委党组书记王伟", 2) == "党组书记"
    assert lexicon.role_at("市委党组书记王伟", 4) == "书记"
    assert lexicon.role_at("王伟", 2) == ""


def test_callers_read_role_at(monkeypatch):
    """A lexicon whose ``role_at`` answers otherwise changes what each caller reads: none scans the words itself."""
    from zhkg.extract.junk import _addressed
    from zhkg.extract.officers_in_bodies import _title_at
    from zhkg.extract.short_forms import surname_stands_alone, titled_surnames

    lexicon = load_lexicon()
    text = "王说，李局长说"
    surname = Mention("d", 0, 1, "王", "王", Label.PERSON, "x")
    assert _title_at(text, 1, lexicon) == "" and not _addressed(surname, text, lexicon)
    assert _title_at(text, 4, lexicon) == "局长"
    monkeypatch.setattr(Lexicon, "role_at", lambda self, t, i: "说" if t[i:i + 1] == "说" else "")
    assert _title_at(text, 1, lexicon) == "说" and _addressed(surname, text, lexicon)
    assert _title_at(text, 4, lexicon) == ""
    # the short forms take the words by first letter, as the lexicon's own lookup does
    assert titled_surnames(["李大明"], "李大明到。李局长说", {"李"}, {"局": ("局长助理", "局长")}) == {"李局长": "李大明"}
    assert not surname_stands_alone("李局长说", 0, 1, {"局": ("局长",)})


# the modules tidy131 moved onto the one lookup: none writes the scan of ``roles_by_first`` again
MOVED = ["extract/officers_in_bodies", "extract/defined_short_forms", "extract/short_forms", "extract/person_edges",
         "extract/junk", "relate/members_forms"]


@pytest.mark.parametrize("module", MOVED)
def test_no_role_scan_written_again(module):
    source = (ZHKG / f"{module}.py").read_text(encoding="utf-8")
    assert "roles_by_first.get(" not in source.replace("roles_by_first.get(rest[:1], ())", "")


def test_kin_readers_take_their_subsets_of_the_one_table():
    from zhkg.relate.count_owner_clauses import _KIN_COUNTED
    from zhkg.relate.kin import KIN
    from zhkg.relate.pairs import KIN_WORDS, PARENT_OF, SPOUSE_OF

    assert list(KIN_WORDS) == [w for w, k in KIN.items() if k.tie]
    assert _KIN_COUNTED == {w for w, k in KIN.items() if k.counted}
    assert KIN_WORDS["前妻"] == (SPOUSE_OF, False, True) and KIN_WORDS["父亲"] == (PARENT_OF, True, False)
    # a word both read means one thing: 儿子 an edge's word and a counted one; 兄弟 only counted
    assert "儿子" in KIN_WORDS and "儿子" in _KIN_COUNTED and "兄弟" in _KIN_COUNTED and "兄弟" not in KIN_WORDS
    for module in ("relate/pairs", "relate/count_owner_clauses"):
        source = (ZHKG / f"{module}.py").read_text(encoding="utf-8")
        assert '"儿子"' not in source and '"妻子"' not in source, module  # no copied list


def _relation(kind, doc, source="e1", target="e2"):
    from zhkg.records import Evidence, Relation

    return Relation(source, target, kind, Evidence(doc, "甲乙", 0, 2))


@pytest.mark.parametrize("kind", ["CO_MENTIONED", "HOLDS_ROLE"])
def test_edge_tally_lists_go_together(kind):
    from zhkg.records import RelationKind
    from zhkg.stages.graph import ACROSS_DOCUMENTS, EdgeTally

    kind = getattr(RelationKind, kind)
    a = EdgeTally(_relation(kind, "d2"), "")
    for doc in ("d1", "d2", "d3"):
        a.add(_relation(kind, doc), "")
    b = EdgeTally(_relation(kind, "d3"), "")
    b.add(_relation(kind, "d4"), "")
    merged, renamed = a.merged(b), a.renamed(_relation(kind, "d1", "e3"))
    for tally in (a, b, merged, renamed):
        assert (tally.doc_ids is None) == (tally.doc_counts is None) == (kind not in ACROSS_DOCUMENTS)
        if tally.doc_ids is not None:
            assert len(tally.doc_ids) == len(tally.doc_counts) and sum(tally.doc_counts) == tally.count
    if kind in ACROSS_DOCUMENTS:
        assert (a.doc_ids, a.doc_counts) == (["d1", "d2", "d3"], [1, 2, 1])
        assert (merged.doc_ids, merged.doc_counts) == (["d1", "d2", "d3", "d4"], [1, 2, 2, 1])
        renamed.add(_relation(kind, "d1", "e3"), "")  # lists of its own: the tally it came of keeps its counts
        assert renamed.doc_counts == [2, 2, 1] and a.doc_counts == [1, 2, 1]


def test_no_fallback_to_one_a_document():
    source = (ZHKG / "stages" / "graph.py").read_text(encoding="utf-8")
    assert "[1] * len(" not in source


def test_replaced_keeps_the_order_and_its_ties():
    from zhkg.extract.base import in_place_order, replaced

    a = Mention("d", 0, 2, "王伟", "王伟", Label.PERSON, "x")
    b = Mention("d", 0, 2, "王伟", "王伟", Label.PERSON, "y")  # one span and label: the list's order stays
    c = Mention("d", 0, 2, "王伟", "王伟", Label.ORGANIZATION, "x")
    d = Mention("d", 3, 5, "北京", "北京", Label.PLACE, "x")
    assert in_place_order([d, b, a, c]) == [c, b, a, d]  # ORGANIZATION before PERSON at one span
    assert [m.extractor for m in in_place_order([d, b, a]) if m.label is Label.PERSON] == ["y", "x"]
    assert replaced([d, a, c], {id(c)}, [b]) == [a, b, d]


EXTRACTORS_SORTED = ["body_frames", "body_spans", "credit_names", "foreign_parts", "glued_places", "home_words",
                     "informal_people", "japanese_names", "latin_people", "list_mates", "makers", "org_edges",
                     "players", "quoted_brands", "role_names", "trade_names"]


@pytest.mark.parametrize("module", EXTRACTORS_SORTED)
def test_no_place_order_written_again(module):
    source = (ZHKG / "extract" / f"{module}.py").read_text(encoding="utf-8")
    assert "m.start, m.end, m.label.value" not in source
