"""The extract stage: people, organisations, places and counts, one module per kind.

Each built-in extractor is registered here under the name ``Config.extractors``
lists (:mod:`zhkg.registry`); it reads the segment stage's ``Doc`` and an
:class:`~zhkg.extract.base.ExtractContext` holding the settings, the gazetteer
and what the extractors before it found:

* ``places``: divisions of the gazetteer and place-like words (:mod:`.places`);
* ``deixis``: 全区, 本市 and kin, unless a gazetteer place covers them (:mod:`.deixis`);
* ``people``: personal names from context and character statistics (:mod:`.people`), and the well-known
  people a table lists (特朗普, 川普: :mod:`.known_people`);
* ``organisations``: names ending in an organisation suffix, built on the places
  found before them, less those inside a person's name (:mod:`.organisations`), and the
  lexicon's short forms of bodies, 最高法 for 最高人民法院 (:mod:`.aliases`);
* ``counts``: a number, a classifier and the thing counted (:mod:`.counts`).

The statistical recogniser (:mod:`.statistical`) tags a batch of documents at
once and :mod:`.combine` settles where it and the rules disagree; both run after
the listed extractors, when ``Config.recogniser`` is on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zhkg.extract.aliases import extract_org_aliases
from zhkg.extract.base import ExtractContext
from zhkg.extract.counts import extract_counts
from zhkg.extract.deixis import extract_deixis
from zhkg.extract.known_people import extract_known_people
from zhkg.extract.organisations import extract_organisations
from zhkg.extract.people import extract_people
from zhkg.extract.places import extract_places
from zhkg.records import Label, Mention, MentionSource
from zhkg.registry import register_extractor
from zhkg.resources.gazetteer import is_country_code
from zhkg.text import SpanIndex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__: list[str] = []


@register_extractor("places", labels=(Label.PLACE,))
def _places(doc: Doc, context: ExtractContext) -> list[Mention]:
    return extract_places(doc, context.gazetteer, config=context.config, lexicon=context.lexicon)


@register_extractor("deixis", labels=(Label.PLACE,))
def _deixis(doc: Doc, context: ExtractContext) -> list[Mention]:
    found = extract_deixis(doc, lexicon=context.lexicon)
    if not found:  # most texts: no index of the places to build
        return found
    places = SpanIndex(context.mentions(Label.PLACE))
    return [m for m in found if not places.overlaps(m)]


@register_extractor("people", labels=(Label.PERSON,))
def _people(doc: Doc, context: ExtractContext) -> list[Mention]:
    places = context.mentions(Label.PLACE)
    coded = {p.span for p in places if p.code}
    # a country or region the gazetteer codes is no person, wherever its name stands (格林纳达总理托马斯:
    # jieba tags 格林纳达 as a transliterated name)
    countries = {p.simplified for p in places if is_country_code(p.code)}
    # a name never starts inside a coded place: jieba glued the place's suffix onto the next word (北屯|区松|竹里
    # of 北屯区松竹里, whose 区松 it reads as a name)
    inside = {i for p in places if p.code for i in range(p.start + 1, p.end)}
    # a coded place in brackets qualifies the name before it (2011中国（沈阳）大赛): no byline
    found = [m for m in extract_people(doc, lexicon=context.lexicon)
             if not (m.extractor == MentionSource.PEOPLE_BYLINE and m.span in coded)
             and m.simplified not in countries and m.start not in inside]
    # a well-known person's listed name (特朗普, 川普) is that person, over what the other rules read there, and
    # over a place inside it (小沈阳's 沈阳); a coded place holding it (库克群岛) or crossing it keeps its name
    coded_places = SpanIndex(p for p in places if p.code)
    known = [m for m in extract_known_people(doc, lexicon=context.lexicon)
             if all(m.start <= p.start and p.end <= m.end for p in coded_places.overlapping(m))]
    if not known:
        return found
    index = SpanIndex(known)
    return sorted([m for m in found if not index.overlaps(m)] + known, key=lambda m: (m.start, m.end))


@register_extractor("organisations", labels=(Label.ORGANIZATION,))
def _organisations(doc: Doc, context: ExtractContext) -> list[Mention]:
    named_people = context.mentions(Label.PERSON)
    people = SpanIndex(named_people)
    places = [p for p in context.mentions(Label.PLACE) if not people.overlaps(p)]
    found = extract_organisations(doc, places, lexicon=context.lexicon, people=named_people)
    # the lexicon's short forms of bodies (最高法), where no longer name holds them (全国人大常委会)
    aliases = {m.span: m for m in extract_org_aliases(doc, lexicon=context.lexicon) if not people.overlaps(m)}
    out = [aliases.pop(m.span, m) for m in found]
    if aliases:  # short forms no name of the grammar's spans: kept where no name overlaps them
        index = SpanIndex(found)
        out += [a for a in aliases.values() if not index.overlaps(a)]
    return sorted(out, key=lambda m: (m.start, m.end))


@register_extractor("counts", labels=(Label.COUNT,))
def _counts(doc: Doc, context: ExtractContext) -> list[Mention]:
    # a team named by a number is no count (76人 in a basketball story)
    teams = [m for m in context.mentions(Label.ORGANIZATION) if m.extractor == MentionSource.ORG_TEAM]
    numbered = {i for m in teams if m.text[:1].isdigit() for i in range(m.start, m.end)}
    return [m for m in extract_counts(doc, lexicon=context.lexicon) if m.start not in numbered]
