"""Count owners gone wrong, each given the stage that lost it: a cause table for the web set's halves (issue 14, owners177).

**Why.** Owner rounds classified tune errors by their form and fixed forms seen once or twice; the check half has
other forms of the same long tail (session 42's end: web check Simplified 7/30 owners right, tune 17/19). This
script sorts every owner error by *cause*, decided by code from what the pipeline produced, so both halves can
be compared as counts and only the causes large on both are worked on.

**What is an error.** The counts and their matching are ``bench/counts_web.py``'s (its loader, and
:func:`zhkg.evaluate_counts.match_counts`, the scorer's own match). A gold count with an owner that no prediction
matches is counted apart (``count not matched``: the count stage's loss, not the owner's). A matched count whose
gold names an owner is an error when no name of the HAS_COUNT source is one the gold accepts; a matched count whose
gold names none but which was given an owner is counted apart too (``extra owner``: not in the owners-right figure).

**Classes**, the first that holds, in :data:`CLASSES`' order. "The gold's mentions" are the extracted mentions
whose name (canonical or as written, Simplified) is one the gold accepts; "the clause" is the count's, from the
last clause mark before it (``zhkg.text.CLAUSE_BREAK``) to the count's end; sentences are
:func:`zhkg.text.sentence_spans`'. An anaphor is a word of the lexicon's ``deixis.tsv`` or ``anaphora.tsv``
(本港, 全区, 该公司, 当地) or 他们/它们.

Run: ``PYTHONPATH=pipeline python bench/count_owner_causes.py [--half tune|check|all] [--texts DIR] [--errors]``.
``--errors`` (tune half only) lists each error with its class; the check half prints class counts and nothing else.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.counts_web

from bench.common import add_data_option, shared_data  # noqa: E402
from bench.counts_web import GOLD, load_web_counts  # noqa: E402
from bench.entities_web import HALVES, TEXTS, gold_files, web_arguments_refused  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate_counts import GoldCount, GoldDocument, match_counts  # noqa: E402
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402
from zhkg.text import CLAUSE_BREAK, find_all, sentence_spans  # noqa: E402

DEV_GOLD = ROOT / "tests" / "gold" / "counts_dev.jsonl"

#: The classes, in the order they are decided, each with what it means.
CLASSES: dict[str, str] = {
    "count not matched": "the gold count has an owner but no predicted count matches it (the count stage's loss)",
    "extra owner": "an owner given to a matched count whose gold names none",
    "none: anaphor unresolved": "no owner; an anaphor (本港, 该公司, 当地) stands in the count's clause",
    "none: gold not written": "no owner; no name the gold accepts is written in the text (an implied owner)",
    "none: gold not extracted": "no owner; the gold's name is written but no mention covers it",
    "none: gold extracted as another span": "no owner; the gold's name is written, a mention overlaps it with another name",
    "none: gold in the clause": "no owner; a mention of the gold stands in the count's clause",
    "none: gold earlier in the sentence": "no owner; the gold's nearest mention before the count is in its sentence, before the clause",
    "none: gold in an earlier sentence": "no owner; the gold's nearest mention before the count is in an earlier sentence of its paragraph",
    "none: gold in an earlier paragraph": "no owner; the gold's nearest mention before the count is in an earlier paragraph",
    "none: gold after the count only": "no owner; the gold is mentioned only after the count",
    "wrong: anaphor resolved to another": "an owner read through an anaphor of the clause, not the gold",
    "wrong: the gold's name read, another entity linked": "the owner's edge starts where a name the gold accepts is written, "
                                                           "but its source is another entity (興業全球 read as 兴业: an alias not joined)",
    "wrong: another span of the gold": "the owner's name holds the gold's or the gold's holds it (罪行委员会 / 地区扑灭罪行委员会)",
    "wrong: parent or child of the gold": "the owner's place holds the gold's or lies in it (division codes), or WITHIN, LOCATED_IN or MEMBER_OF joins them",
    "wrong: place for a body or person": "the owner is a place where the gold is an organisation or a person",
    "wrong: body or person for a place": "the owner is an organisation or a person where the gold is a place",
    "wrong: person for a body, or the reverse": "the owner is a person where the gold is an organisation, or the reverse",
    "wrong: gold not written": "an owner of the gold's kind; no name the gold accepts is written in the text",
    "wrong: gold not extracted": "an owner of the gold's kind; the gold's name is written but not extracted",
    "wrong: from an earlier sentence": "the owner is named only in earlier sentences, the gold in the count's sentence",
    "wrong: the document's topic, the gold nearer": "the owner is the holder the document names most, the gold named "
                                                    "between its last mention and the count (owners200)",
    "wrong: another of the same kind in the sentence": "an owner of the gold's kind named in the count's sentence, "
                                                       "another entity, the gold extracted too (owners200)",
    "wrong: another of the same kind": "an owner of the gold's kind named only before the count's sentence, another "
                                       "entity, the gold extracted too",
}

#: Words standing for an owner named elsewhere besides the lexicon's deixis and anaphora words.
_PLURALS = ("他们", "它们")
#: Name endings telling a place from a body when the gold's name was not extracted.
_PLACE_ENDINGS = tuple("省市县区州镇乡村国岛湾洲") + ("地区", "社区", "街道")
_PEOPLE_ENDINGS = tuple("生人客民员工者师手委")
_BODY_ENDINGS = ("会", "局", "部", "院", "所", "厅", "委", "办", "署", "司", "党", "团", "队", "校", "组", "处", "中心",
                 "集团", "公司", "大学", "银行", "政府", "法院")


@lru_cache(maxsize=1)
def _anaphors() -> tuple[str, ...]:
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    return tuple(sorted({*lexicon.deixis, *lexicon.anaphora, *_PLURALS}, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class OwnerCase:
    """One matched, owned count: the gold, the count found, and what the pipeline made of the document."""

    text: str  # the document's text (any script: it is read Simplified)
    gold: GoldCount
    count: Mention
    mentions: Sequence[Mention]  # the document's mentions
    relations: Sequence[Relation]  # the document's relations


def _kind(label: Label | None) -> str:
    return {Label.PLACE: "place", Label.PERSON: "person", Label.ORGANIZATION: "body"}.get(label, "")


def _gold_kind(names: Sequence[str], gold_mentions: Sequence[Mention]) -> str:
    if gold_mentions:
        return _kind(gold_mentions[0].label)
    name = names[0]
    if name.endswith(_BODY_ENDINGS):
        return "body"
    return "place" if name.endswith(_PLACE_ENDINGS) else ""


def _code_parent(a: str, b: str) -> bool:
    """Whether division code ``a`` holds ``b`` or lies in it (110000 holds 110117; 11 holds 110117; CN holds both)."""
    if not a or not b or a == b:
        return False
    a, b = a.rstrip("0") if a.isdigit() else a, b.rstrip("0") if b.isdigit() else b
    return b.startswith(a) or a.startswith(b) or "CN" in (a, b) and (a.isdigit() or b.isdigit())


def _names(m: Mention) -> set[str]:
    return {m.canonical, m.simplified} - {""}


def _gold_mentions(entities: Sequence[Mention], names: Sequence[str]) -> list[Mention]:
    """The mentions of the entities one of whose mentions bears a name the gold accepts (全州 of 阿坝州), in order:
    the scorer takes any surface form of the owner's entity."""
    from zhkg.stages.entity_groups import entity_id

    ids = {entity_id(m) for m in entities if _names(m) & set(names)}
    return sorted((m for m in entities if entity_id(m) in ids), key=lambda m: m.start)


def owner_cause(case: OwnerCase, owner: str | None) -> str | None:
    """The class (a key of :data:`CLASSES`) of ``case`` when its owner is wrong, else None.

    ``owner`` is the entity id of the count's HAS_COUNT source, None when it has none.

    >>> from zhkg.records import Quantity
    >>> text = "平谷区有5所学校。"
    >>> count = Mention("d", 4, 7, "5所学", "5所学", Label.COUNT, "x", quantity=Quantity(5, "学校", "学校"))
    >>> place = Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "gazetteer", code="110117")
    >>> case = OwnerCase(text, GoldCount(4, 7, 5.0, ("学校",), ("平谷区",)), count, [place, count], [])
    >>> owner_cause(case, "place:110117") is None, owner_cause(case, None)
    (True, 'none: gold in the clause')
    """
    from zhkg.stages.entity_groups import entity_id

    names = case.gold.owners or ()
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    owner_mentions = [m for m in entities if owner is not None and entity_id(m) == owner]
    if owner_mentions and set().union(*map(_names, owner_mentions)) & set(names):
        return None
    text = to_simplified(case.text)
    start, end = case.count.start, case.count.end
    sentences = sentence_spans(text) or [(0, len(text))]
    sentence = next((s for s in sentences if s[0] <= start < s[1]), (0, len(text)))
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, sentence[0], start)]
    clause = (breaks[-1] if breaks else sentence[0], end)
    gold_mentions = _gold_mentions(entities, names)
    written = [(m.start(), m.end()) for n in names for m in find_all(n, text)]
    anaphor = any(w in text[clause[0]:clause[1]] for w in _anaphors())
    before = [m for m in gold_mentions if m.end <= end]
    if owner is None:
        if anaphor and not any(clause[0] <= m.start for m in before):
            return "none: anaphor unresolved"
        if not written:
            return "none: gold not written"
        if not gold_mentions:
            overlapping = any(m.start < e and s < m.end for m in entities for s, e in written)
            return "none: gold extracted as another span" if overlapping else "none: gold not extracted"
        if not before:
            return "none: gold after the count only"
        nearest = before[-1]
        if nearest.start >= clause[0]:
            return "none: gold in the clause"
        if nearest.start >= sentence[0]:
            return "none: gold earlier in the sentence"
        return "none: gold in an earlier paragraph" if "\n" in text[nearest.end:start] else "none: gold in an earlier sentence"
    owner_names = set().union(*map(_names, owner_mentions)) if owner_mentions else {owner.split(":", 1)[-1].split("@")[0]}
    in_clause = [m for m in owner_mentions if clause[0] <= m.start and m.end <= clause[1]]
    if anaphor and (not in_clause or any(m.extractor == MentionSource.DEIXIS for m in in_clause)) \
            and not any(clause[0] <= m.start for m in before):
        return "wrong: anaphor resolved to another"
    edge = next((r for r in case.relations if r.kind is RelationKind.HAS_COUNT and r.target == entity_id(case.count)), None)
    at = edge.evidence.start if edge is not None else -1
    if any(text.startswith(n, at) and not any(m.start == at and m.end > at + len(n) for m in owner_mentions) for n in names):
        # (not a body whose name opens with the gold's: 澳洲计算机公会 for 澳洲 is another span)
        return "wrong: the gold's name read, another entity linked"
    if any(a != b and (a in b or b in a) for a in owner_names for b in names):
        return "wrong: another span of the gold"
    gold_ids = {entity_id(m) for m in gold_mentions}
    owner_codes = {m.code for m in owner_mentions if m.label is Label.PLACE}
    joined = any({r.source, r.target} == {owner, g} for r in case.relations for g in gold_ids
                 if r.kind in (RelationKind.WITHIN, RelationKind.LOCATED_IN, RelationKind.MEMBER_OF))
    if joined or any(_code_parent(a, m.code) for a in owner_codes for m in gold_mentions if m.label is Label.PLACE):
        return "wrong: parent or child of the gold"
    mine = _kind(owner_mentions[0].label) if owner_mentions else ""
    theirs = _gold_kind(names, gold_mentions)
    if mine and theirs and mine != theirs:
        if mine == "place":
            return "wrong: place for a body or person"
        return "wrong: body or person for a place" if theirs == "place" else "wrong: person for a body, or the reverse"
    if not written:
        return "wrong: gold not written"
    if not gold_mentions:
        return "wrong: gold not extracted"
    if not any(sentence[0] <= m.start < sentence[1] for m in owner_mentions) \
            and any(sentence[0] <= m.start < sentence[1] for m in gold_mentions):
        return "wrong: from an earlier sentence"
    if _topic_over_nearer(entities, owner_mentions, gold_mentions, start):
        return "wrong: the document's topic, the gold nearer"
    if any(sentence[0] <= m.start < sentence[1] for m in owner_mentions):
        return "wrong: another of the same kind in the sentence"
    return "wrong: another of the same kind"


def _topic_over_nearer(entities: Sequence[Mention], owner_mentions: Sequence[Mention],
                       gold_mentions: Sequence[Mention], start: int) -> bool:
    """Whether the owner read is the entity the document names most (ties: not) while the gold is named after the
    owner's last mention before the count at ``start``: the topic taken over a nearer holder."""
    from zhkg.stages.entity_groups import entity_id

    named = Counter(entity_id(m) for m in entities).most_common(2)
    if not owner_mentions or not named or entity_id(owner_mentions[0]) != named[0][0] \
            or len(named) > 1 and named[1][1] == named[0][1]:
        return False
    last = max((m.end for m in owner_mentions if m.end <= start), default=-1)
    return any(last <= g.start and g.end <= start for g in gold_mentions)


def earlier_facets(case: OwnerCase) -> tuple[str, ...]:
    """Facets of a count whose gold owner is named only in earlier sentences: how far back, whether the count's
    sentence names another holder before it, whether the gold is the document's most named entity, whether it
    opens a clause where it is named last, and the gold's kind. Decided by code, printed as counts on the check half."""
    from zhkg.stages.entity_groups import entity_id

    names = set(case.gold.owners or ())
    text = to_simplified(case.text)
    start = case.count.start
    sentences = sentence_spans(text) or [(0, len(text))]
    here = next((k for k, s in enumerate(sentences) if s[0] <= start < s[1]), 0)
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    gold = [m for m in _gold_mentions(entities, names) if m.end <= start]
    golden = set(map(id, _gold_mentions(entities, names)))
    if not gold:
        return ()
    nearest = gold[-1]
    there = next((k for k, s in enumerate(sentences) if s[0] <= nearest.start < s[1]), 0)
    back = here - there
    other = any(sentences[here][0] <= m.start and m.end <= start for m in entities if id(m) not in golden)
    ids = Counter(entity_id(m) for m in entities)
    top = ids.most_common(1)[0][1]
    most = ids[entity_id(nearest)] == top
    opens = nearest.start == sentences[there][0] or CLAUSE_BREAK.match(text, nearest.start - 1) is not None
    last = not any(nearest.end <= m.start and m.end <= start for m in entities if id(m) not in golden)
    counted = case.count.quantity.counted_simplified if case.count.quantity else ""
    first = min(entities, key=lambda m: m.start)
    anaphor = any(w in text[sentences[here][0]:start] for w in _anaphors())
    paragraph = sentences[here][0] == 0 or text[: sentences[here][0]].rstrip(" \t").endswith("\n")
    from zhkg.relate.count_counted import _MEMBER_KINDS, _MEMBER_NOUNS, _members_counted
    from zhkg.relate.count_scope import bare_people, people_one_by_one

    count_text = text[case.count.start:case.count.end]
    crowd = bare_people(count_text, counted) or people_one_by_one(count_text, counted)
    members = _members_counted(text, case.count).endswith(_MEMBER_NOUNS + _MEMBER_KINDS)
    between = {_kind(m.label) for m in entities if nearest.end <= m.start and m.end <= start and id(m) not in golden}
    return (f"gold the last holder before it: {'yes' if last else 'no'}",
            f"a crowd (37人, 63个人): {'yes' if crowd else 'no'}", f"members counted: {'yes' if members else 'no'}",
            f"named between: {'/'.join(sorted(between)) or 'none'}",
            f"people counted: {'yes' if counted.endswith(_PEOPLE_ENDINGS) else 'no'}",
            f"gold the document's first holder: {'yes' if _names(first) & names else 'no'}",
            f"anaphor in its sentence: {'yes' if anaphor else 'no'}",
            f"its sentence opens a paragraph: {'yes' if paragraph else 'no'}",
            f"back {back if back < 3 else '3+'}", f"holder before it in its sentence: {'yes' if other else 'no'}",
            f"gold most named: {'yes' if most else 'no'}", f"gold opens a clause: {'yes' if opens else 'no'}",
            f"gold a {_kind(nearest.label)}", f"paragraph break: {'yes' if chr(10) in text[nearest.end:start] else 'no'}")


def holderless(case: OwnerCase) -> bool:
    """Whether the count's sentence names no person, organisation or place before it (in the text's order), while
    an earlier sentence names one: the sentences whose owner, if any, is carried from before."""
    text = to_simplified(case.text)
    start = case.count.start
    sentences = sentence_spans(text) or [(0, len(text))]
    first = next((s for s, e in sentences if s <= start < e), 0)
    holders = [m for m in case.mentions if m.label in (Label.PERSON, Label.ORGANIZATION, Label.PLACE)]
    return not any(first <= m.start and m.end <= start for m in holders) and any(m.end <= first for m in holders)


def sentence_facets(case: OwnerCase) -> tuple[str, ...]:
    """Facets of a count whose gold owner is named earlier in its sentence, not in its clause: whether the count is a
    crowd (37人) or counts members, whether the gold is named there by a deixis word (全州, 我区), whether it opens the
    sentence, how many clauses lie between, and the gold's kind."""
    from zhkg.relate.count_counted import _MEMBER_KINDS, _MEMBER_NOUNS, _members_counted
    from zhkg.relate.count_scope import bare_people, people_one_by_one

    names = case.gold.owners or ()
    text = to_simplified(case.text)
    start = case.count.start
    sentence = next(((a, b) for a, b in sentence_spans(text) if a <= start < b), (0, len(text)))
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    gold = [m for m in _gold_mentions(entities, names) if sentence[0] <= m.start and m.end <= start]
    if not gold:
        return ()
    nearest = gold[-1]
    counted = case.count.quantity.counted_simplified if case.count.quantity else ""
    count_text = text[case.count.start:case.count.end]
    crowd = bare_people(count_text, counted) or people_one_by_one(count_text, counted)
    members = _members_counted(text, case.count).endswith(_MEMBER_NOUNS + _MEMBER_KINDS)
    clauses = len(CLAUSE_BREAK.findall(text, nearest.end, start))
    return (f"a crowd (37人, 63个人): {'yes' if crowd else 'no'}", f"members counted: {'yes' if members else 'no'}",
            f"gold named by deixis: {'yes' if nearest.extractor == MentionSource.DEIXIS else 'no'}",
            f"gold opens the sentence: {'yes' if nearest.start == sentence[0] else 'no'}",
            f"clauses between: {clauses if clauses < 3 else '3+'}", f"gold a {_kind(nearest.label)}")


def unextracted_facets(case: OwnerCase, owner: str | None) -> tuple[str, ...]:
    """Facets of a gold owner written but not extracted: how its name ends (a body's or a place's word), whether a
    mention overlaps where it is written, whether the owner read lies inside it, and the script's letters (whether
    the text as written differs from its Simplified reading there)."""
    from zhkg.stages.entity_groups import entity_id

    names = case.gold.owners or ()
    text = to_simplified(case.text)
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    written = [(m.start(), m.end()) for n in names for m in find_all(n, text)]
    ending = next((e for e in (*_BODY_ENDINGS, *_PLACE_ENDINGS) if any(n.endswith(e) for n in names)), "other")
    overlap = any(m.start < e and s < m.end for m in entities for s, e in written)
    inside = any(s <= m.start and m.end <= e for m in entities if owner and entity_id(m) == owner for s, e in written)
    differs = any(case.text[s:e] != text[s:e] for s, e in written)
    return (f"gold's name ends {ending}", f"a mention overlaps it: {'yes' if overlap else 'no'}",
            f"owner read inside it: {'yes' if inside else 'no'}", f"written in other letters: {'yes' if differs else 'no'}")


def linked_facets(case: OwnerCase, owner: str) -> tuple[str, ...]:
    """Facets of an owner read where the gold's name is written but linked to another entity: whether an extracted
    mention of the gold stands there, whether the owner's name opens the gold's (兴业 of 兴业全球: one to three letters
    cut), the kinds."""
    from zhkg.stages.entity_groups import entity_id

    names = case.gold.owners or ()
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    edge = next(r for r in case.relations if r.kind is RelationKind.HAS_COUNT and r.target == entity_id(case.count))
    at = edge.evidence.start
    gold = _gold_mentions(entities, names)
    there = any(m.start == at for m in gold)
    mine = [m for m in entities if entity_id(m) == owner]
    owner_names = set().union(*map(_names, mine)) if mine else {owner.split(":", 1)[-1].split("@")[0]}
    cut = any(b.startswith(a) and 1 <= len(b) - len(a) <= 3 for a in owner_names for b in names)
    return (f"a mention of the gold at the edge: {'yes' if there else 'no'}",
            f"the owner's name opens the gold's, 1-3 letters cut: {'yes' if cut else 'no'}",
            f"owner a {_kind(mine[0].label) if mine else '?'}, gold a {_gold_kind(names, gold) or '?'}")


def span_facets(case: OwnerCase, owner: str) -> tuple[str, ...]:
    """Facets of an owner whose name holds the gold's or lies in it: which is longer, the two kinds, whether the gold's
    name is extracted anywhere, whether the owner's mention nearest before the count lies inside a written gold name,
    and where that mention is (the count's clause, sentence, or before)."""
    from zhkg.stages.entity_groups import entity_id

    names = case.gold.owners or ()
    text = to_simplified(case.text)
    entities = [m for m in case.mentions if m.label not in (Label.COUNT, Label.DOCUMENT)]
    mine = [m for m in entities if entity_id(m) == owner]
    owner_names = set().union(*map(_names, mine)) if mine else set()
    shorter = any(a in b and a != b for a in owner_names for b in names)
    gold = _gold_mentions(entities, names)
    before = [m for m in mine if m.end <= case.count.end] or mine
    nearest = max(before, key=lambda m: m.start) if before else None
    inside = nearest is not None and any(m.start() <= nearest.start and nearest.end <= m.end()
                                         for n in names for m in find_all(n, text))
    gold_kind = _gold_kind(names, gold)
    covering = nearest is not None and any(m.start <= nearest.start and nearest.end <= m.end and m is not nearest
                                           and (m.start, m.end) != (nearest.start, nearest.end) for m in gold)
    return (f"owner's name {'inside' if shorter else 'holding'} the gold's",
            f"a gold mention covers the owner's: {'yes' if covering else 'no'}",
            f"owner a {_kind(mine[0].label) if mine else '?'}, gold a {gold_kind or '?'}",
            f"gold extracted: {'yes' if gold else 'no'}",
            f"owner's mention inside a written gold name: {'yes' if inside else 'no'}")


def document_causes(doc: GoldDocument, mentions: Sequence[Mention],
                    relations: Sequence[Relation]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(class, label, facets) of each owner error of ``doc``: the label names the count and the owners (for tune only),
    the facets (:func:`earlier_facets`) are those of an owner named only in earlier sentences, else empty."""
    from zhkg.evaluate_counts import _owner_names
    from zhkg.stages.entity_groups import entity_id

    predicted = [m for m in mentions if m.label is Label.COUNT and m.quantity is not None]
    sources = {r.target: r.source for r in relations if r.kind is RelationKind.HAS_COUNT}
    causes = []
    for gold, match in zip(doc.counts, match_counts(doc.counts, predicted)):
        label = f"{doc.id} {doc.text[gold.start:gold.end]}={gold.value:g} owner {'/'.join(gold.owners or ('none',))}"
        if match is None:
            if gold.owners:
                causes.append(("count not matched", label, ()))
            continue
        count = predicted[match]
        owner = sources.get(entity_id(count))
        read = "/".join(sorted(_owner_names(owner, mentions))) if owner else "none"
        if gold.owners is None and owner is not None:
            causes.append(("extra owner", f"{label}, read {read}", ()))
        case = OwnerCase(doc.text, gold, count, mentions, relations)
        if holderless(case):  # every matched count so, right or wrong: how the gold writes such counts' owners
            causes.append(("holderless", f"{label}, read {read}",
                           (f"holderless sentence: gold {'an owner' if gold.owners else 'none'}, "
                            f"read {'an owner' if owner else 'none'}",)))
        if gold.owners is None:
            continue
        causes.append(("owned", label, ()))  # every matched owned count, right or wrong: the figure's denominator
        cause = owner_cause(case, owner)
        if cause is not None:
            facets = (earlier_facets(case) if cause.startswith("none: gold in an earlier")
                      else span_facets(case, owner) if cause == "wrong: another span of the gold"
                      else linked_facets(case, owner) if cause == "wrong: the gold's name read, another entity linked"
                      else sentence_facets(case) if cause == "none: gold earlier in the sentence"
                      else unextracted_facets(case, owner) if cause.endswith("gold not extracted") else ())
            causes.append((cause, f"{label}, read {read}", facets))
    return causes


def web_causes(docs: list[tuple[str, GoldDocument]], pipeline) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Per script, the (class, label, facets) of every owner error of ``docs`` (counts_web's (region, document) pairs)."""
    results = pipeline.process_documents([_document(d) for _, d in docs])
    by_script: dict[str, list[tuple[str, str]]] = {}
    for (region, doc), result in zip(docs, results):
        causes = document_causes(doc, result.mentions, result.relations)
        # the holderless counts again by region (mainland articles may write such owners otherwise)
        causes += [(c, label, tuple(f.replace("holderless sentence", f"holderless sentence ({region})") for f in facets))
                   for c, label, facets in causes if c == "holderless" and region]
        by_script.setdefault(doc.script, []).extend(causes)
    return by_script


def _document(doc: GoldDocument):
    from zhkg.records import Document

    return Document(doc.id, doc.text, kind="text")


def cause_table(by_script: dict[str, list[tuple[str, str, tuple[str, ...]]]]) -> list[str]:
    """Markdown tables of counts only: a row per class that occurs, a column per script (each cell the errors and,
    in brackets, the documents they are in), owner errors totalled apart; then each facet of a class (and of the
    holderless counts, right or wrong) as counts."""
    scripts = sorted(by_script)
    counts = {s: Counter(c for c, _, _ in by_script[s]) for s in scripts}
    docs = {s: Counter(c for c, _ in {(c, label.split(" ", 1)[0]) for c, label, _ in by_script[s]}) for s in scripts}
    lines = ["| class | " + " | ".join(f"{s} (documents)" for s in scripts) + " |", "| --- |" + " --- |" * len(scripts)]
    for name in CLASSES:
        if any(counts[s][name] for s in scripts):
            lines.append(f"| {name} | " + " | ".join(f"{counts[s][name]} ({docs[s][name]})" for s in scripts) + " |")
    owner = {s: sum(n for c, n in counts[s].items() if c.startswith(("none:", "wrong:"))) for s in scripts}
    lines.append("| **owner errors** | " + " | ".join(str(owner[s]) for s in scripts) + " |")
    per_doc = {s: Counter(label.split(" ", 1)[0] for c, label, _ in by_script[s] if c.startswith(("none:", "wrong:")))
               for s in scripts}
    lines.append("| **documents with an owner error** | " + " | ".join(str(len(per_doc[s])) for s in scripts) + " |")
    owned = {s: Counter(label.split(" ", 1)[0] for c, label, _ in by_script[s] if c == "owned") for s in scripts}
    lines.append("| **owners right / owned (the scorer's figure)** | "
                 + " | ".join(f"{sum(owned[s].values()) - owner[s]}/{sum(owned[s].values())}" for s in scripts) + " |")
    worst = {s: [d for d, _ in per_doc[s].most_common(2)] for s in scripts}
    lines.append("| **owner errors / owned in the two documents with most errors** | " + " | ".join(
        f"{sum(per_doc[s][d] for d in worst[s])}/{sum(owned[s][d] for d in worst[s])}" for s in scripts) + " |")
    facets = {s: Counter(f"{c} · {f}" for c, _, fs in by_script[s] for f in fs) for s in scripts}
    if any(facets.values()):
        lines += ["", "| class · facet | " + " | ".join(scripts) + " |", "| --- |" + " --- |" * len(scripts)]
        lines += [f"| {f} | " + " | ".join(str(facets[s][f]) for s in scripts) + " |"
                  for f in sorted(set().union(*facets.values()))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="the web counts gold (default: %(default)s)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--half", default="tune",
                        help="the web half (tune, check, all); with --dev a half of counts_dev.jsonl or 'worked' (every "
                             "half but blind and check2; default: tune)")
    parser.add_argument("--dev", action="store_true", help="the THUCNews counts dev set (tests/gold/counts_dev.jsonl) instead")
    add_data_option(parser)
    parser.add_argument("--errors", action="store_true", help="list each error with its class (tune halves only)")
    parser.add_argument("--causes", action="store_true", help="print the class table (the default; kept for the brief's form)")
    args = parser.parse_args(argv)
    if args.dev:
        from zhkg.evaluate_counts import HALVES as DEV_HALVES
        from zhkg.evaluate_counts import REPORT_ONLY, load_count_gold

        halves = [h for h in DEV_HALVES if h not in REPORT_ONLY] if args.half == "worked" else [args.half]
        if not set(halves) <= set(DEV_HALVES):
            print(f"Error: no half {args.half!r} in counts_dev.jsonl (one of {', '.join(DEV_HALVES)}, worked)", file=sys.stderr)
            return 2
        if args.errors and set(halves) & set(REPORT_ONLY):
            print(f"Error: --errors never lists {' or '.join(REPORT_ONLY)} (scored, never read)", file=sys.stderr)
            return 2
        try:
            docs = [("", d) for d in load_count_gold(DEV_GOLD, shared_data(args.data)) if d.half in halves]
        except InputError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        problems: list[str] = []
        name = DEV_GOLD.name
    else:
        if args.half not in (*HALVES, "all"):
            print(f"Error: no web half {args.half!r} (one of {', '.join(HALVES)}, all)", file=sys.stderr)
            return 2
        gold = gold_files(args.gold)  # read once for the argument check and the loader
        refused = web_arguments_refused(args, gold)
        if refused is not None:
            return refused
        try:
            docs, problems = load_web_counts(gold, args.texts)
        except InputError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        halves = list(HALVES) if args.half == "all" else [args.half]
        docs = [(r, d) for r, d in docs if d.half in halves]
        name = args.gold.name
    if not docs:
        print(f"Error: no document to score in half {args.half!r}", file=sys.stderr)
        return 1
    from zhkg.run.pipeline import Pipeline

    by_script = web_causes(docs, Pipeline())
    print(f"{name}, half {args.half}: {len(docs)} documents" + (f", {len(problems)} left out" if problems else ""))
    print("\n".join(cause_table(by_script)))
    if args.errors:
        for script in sorted(by_script):
            for cause, label, facets in sorted(by_script[script]):
                print(f"{script} {cause}: {label}" + (f" [{'; '.join(facets)}]" if facets else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
