"""Function letters the recogniser or a people reader glued onto the front of a body the document names (issue 15).

Taiwan and Hong Kong news write a body right after a verb or a preposition (函报|刑事局核发, 介入后|医委会主动覆核,
会见传媒谈|医委会, 于|鸿海总部举行). jieba's model glues the letters across (函报, 后医, 谈医, 于鸿海), and the recogniser
reads 函报刑事局, 后医委会, 传媒谈医委会 as organisations, a people reader 于鸿海 as a person (于 is a surname). None
is a name: the body is the one a rule reads elsewhere in the same document (刑事局 a known body, 医委会 the short
form of 香港医务委员会, 鸿海 a known company).

A mention is cut to that body when:

* it is the recogniser's organisation, or a person (any reader), and no rule reads the same letters elsewhere;
* its last letters, two or more, are a name that a rule (not the recogniser) reads as an organisation elsewhere in
  the document;
* the letters before them, one to three, end in a function letter or a verb of speaking or reporting
  (:data:`GLUE_LETTERS`: 后, 于, 在, 向, 对, 与, 和, 及, 由, 被, 报, 谈 …), not a qualifier of a body (市|刑事局,
  香港|医委会 stay whole: a place or a level names another body); a person's is one letter, a preposition that is a
  surname too (于, 向, 和 …).

The cut mention takes the rule mention's label, extractor, canonical name and code (后医委会 becomes 医委会, the
short form of 香港医务委员会). Run on a document's merged mentions (:meth:`zhkg.run.pipeline.Pipeline._merge`),
after the aliases are read, before the mentions are selected.

A place the recogniser reads from the last letter of a verb on (以1：0力|克东区: jieba's word is 力克) is the place
a rule reads at its tail (东区): :func:`places_unglued` drops the recogniser's place where its first letters close
a word of jieba's dictionary begun before it and a rule's place ends where it ends, before the recogniser's names
and the rules' are combined.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import LEVEL_CHARACTERS, Gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_tag
from zhkg.text import is_han

__all__ = ["CLAUSE_WORDS", "GLUE_LETTERS", "bodies_after_clause_words", "bodies_unglued", "opens_with_clause_word",
           "places_unglued"]

#: The last letter of what jieba glues onto a body's first letters: a locality or time word after a clause (后),
#: a preposition or a conjunction (于, 在, 向, 对, 与, 和, 及, 由, 被, 把, 将, 从, 给, 让, 同, 跟), a verb of reporting
#: or speaking whose object is the body (函报, 呈报, 上报, 谈, 称, 促, 请, 批, 访), or of going there (赴, 到, 至).
GLUE_LETTERS = frozenset("后于在向对与和及由被把将从给让同跟报谈称促请批访赴到至")
# of a person's name, only a preposition that is a surname too (于|鸿海, 向|华为): its one letter
_PERSON_GLUE = frozenset("于向和及与对在")
_LONGEST_PREFIX = 3
# readers whose body's left edge is a guess: the recogniser's and the suffix grammar's (a listed name is whole)
_GRAMMAR = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value})
# jieba's tags of a word that qualifies the body after it: a common noun, an adjective, a distinguishing word, a
# locality or a short form (农村, 伙伴, 不良, 前, 中共)
_QUALIFIER_TAGS = frozenset({"n", "ng", "nl", "a", "ag", "an", "ad", "b", "f", "s", "j", "ns", "nt"})
#: Words that open a clause and no body's name: conjunctions, adverbs and verbs of holding a post (longest first).
CLAUSE_WORDS = ("时任", "现任", "曾任", "历任", "但", "即", "兼", "而", "并", "且")
# a word of the clause glued on: one or two letters, before a body of three letters or more
_LONGEST_WORD, _SHORTEST_BODY = 2, 3


def _rule_bodies(mentions: list[Mention]) -> dict[str, Mention]:
    """The organisations a rule (not the recogniser) reads, by their letters: the first mention of each."""
    bodies: dict[str, Mention] = {}
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor != MentionSource.RECOGNISER and len(m.simplified) >= 2:
            bodies.setdefault(m.simplified, m)
    return bodies


def _cut(m: Mention, bodies: dict[str, Mention]) -> Mention | None:
    """The body ``m`` glues function letters onto, at its own span, or None."""
    if m.label is Label.ORGANIZATION:
        if m.extractor != MentionSource.RECOGNISER:
            return None
        glue, longest = GLUE_LETTERS, _LONGEST_PREFIX
    elif m.label is Label.PERSON:
        glue, longest = _PERSON_GLUE, 1
    else:
        return None
    name = m.simplified
    if name in bodies or len(name) != m.end - m.start:  # a rule reads the letters whole elsewhere: a name
        return None
    for k in range(1, min(longest, len(name) - 2) + 1):
        body = bodies.get(name[k:])
        if body is not None and name[k - 1] in glue:
            return replace(body, doc_id=m.doc_id, start=m.start + k, end=m.end, text=m.text[k:],
                           simplified=name[k:])
    return None


def _clause_letters(m: Mention, prefix: str, mentions: list[Mention], gazetteer: Gazetteer | None,
                    deixis: Mapping[str, str]) -> bool:
    """Whether ``prefix``, the first letters of ``m``, are a word of the clause rather than a qualifier of the body
    after them: Han letters that are no place (the gazetteer's, or a place or person read over them), no level of
    a division (市, 县), no deictic qualifier (全国, 本市) and no word jieba's dictionary holds as a common noun,
    adjective or locality (农村|基层防控组, 不良|家装公司)."""
    if gazetteer is None or not all(is_han(c) for c in prefix) or prefix[0] in LEVEL_CHARACTERS \
            or prefix[-1] in LEVEL_CHARACTERS or prefix in deixis or dictionary_tag(prefix) in _QUALIFIER_TAGS:
        return False
    end = m.start + len(prefix)
    if any(o.label in (Label.PLACE, Label.PERSON) and o.start < end and m.start < o.end for o in mentions):
        return False
    return not any(gazetteer.lookup(prefix[i:]) or gazetteer.lookup_short(prefix[i:]) for i in range(len(prefix)))


def bodies_unglued(mentions: list[Mention], *, gazetteer: Gazetteer | None = None,
                   lexicon: Lexicon | None = None) -> list[Mention]:
    """``mentions`` with each recogniser's organisation or person that glues function letters onto a body the
    document names elsewhere cut to that body (see the module docstring). With ``gazetteer`` and ``lexicon``, a
    recogniser's or the suffix grammar's organisation whose first one or two letters are a word of the clause
    (no place, level or qualifier: :func:`_clause_letters`) before a body of three letters or more that a rule
    reads alone elsewhere, no kind of body alone (``org_suffixes.tsv``), is cut to it too, when nothing reads its
    letters whole elsewhere (力争|市东医院, 其|哈电集团, 今届|立法会: entities178).

    >>> from zhkg.records import Label, Mention
    >>> text = "警政署刑事局表示，函报刑事局核发"
    >>> known = Mention("d", 3, 6, "刑事局", "刑事局", Label.ORGANIZATION, "org_known")
    >>> glued = Mention("d", 9, 14, "函報刑事局", "函报刑事局", Label.ORGANIZATION, "crf")
    >>> [(m.text, m.start, m.extractor) for m in bodies_unglued([known, glued])]
    [('刑事局', 3, 'org_known'), ('刑事局', 11, 'org_known')]
    """
    bodies = _rule_bodies(mentions)
    if not bodies:
        return mentions
    out: list[Mention] = []
    changed = False
    spans_of: dict[str, set[int]] = {}
    if gazetteer is not None:
        for m in mentions:
            if m.label is Label.ORGANIZATION:
                spans_of.setdefault(m.simplified, set()).add(m.start)
    for m in mentions:
        cut = _cut(m, bodies)
        if cut is None and gazetteer is not None and m.label is Label.ORGANIZATION and m.extractor in _GRAMMAR \
                and spans_of.get(m.simplified) == {m.start} and len(m.simplified) == m.end - m.start:
            cut = _cut_clause_word(m, bodies, mentions, gazetteer, lexicon or load_lexicon())
        if cut is None:
            out.append(m)
        else:
            out.append(cut)
            changed = True
    return out if changed else mentions


@lru_cache(maxsize=4)
def _body_openings(lexicon: Lexicon) -> frozenset[str]:
    """The first two letters of every body the lexicon lists (known bodies, their short forms and full names),
    worked out once a lexicon."""
    names = {*lexicon.org_aliases, *lexicon.org_aliases.values(), *lexicon.known_organisations, *lexicon.organisations}
    return frozenset(n[:2] for n in names if len(n) >= 4)


def _cut_clause_word(m: Mention, bodies: dict[str, Mention], mentions: list[Mention], gazetteer: Gazetteer,
                     lexicon: Lexicon) -> Mention | None:
    """The body ``m`` glues a word of the clause onto (see :func:`bodies_unglued`), at its own span, or None."""
    name = m.simplified
    for k in range(1, min(_LONGEST_WORD, len(name) - _SHORTEST_BODY) + 1):
        body = bodies.get(name[k:])
        # (the body's full name is the whole, 统计局 of 国家统计局; two letters that open a listed body's name
        # qualify this one too: 国家, 中央, 全国)
        if body is not None and body.start != m.start + k and name[k:] not in lexicon.org_suffixes \
                and body.canonical != name and (k == 1 or name[:k] not in _body_openings(lexicon)) \
                and _clause_letters(m, name[:k], mentions, gazetteer, lexicon.deixis):
            return replace(body, doc_id=m.doc_id, start=m.start + k, end=m.end, text=m.text[k:],
                           simplified=name[k:])
    return None


def opens_with_clause_word(name: str) -> str:
    """The clause word ``name`` (Simplified) opens with, or "" when it opens with none or the word runs on into a
    word of jieba's dictionary with the letter after it.

    >>> opens_with_clause_word("但足总"), opens_with_clause_word("时任暂委特委"), opens_with_clause_word("即大")
    ('但', '时任', '即')
    >>> opens_with_clause_word("即墨区"), opens_with_clause_word("并购部"), opens_with_clause_word("足总")
    ('', '', '')
    """
    word = next((w for w in CLAUSE_WORDS if name.startswith(w)), "")
    if not word or len(name) <= len(word) or dictionary_tag(name[: len(word) + 1]) != "x":
        return ""
    return word


def bodies_after_clause_words(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each organisation that opens with a word of the clause (:func:`opens_with_clause_word`:
    但, 即, 兼, 而, 并, 且, 时任, 现任 …) cut to the body the rest of its letters name where the document names an
    organisation so elsewhere (虽然…，但|足总主席: 足总, named 香港足总 in another sentence), else dropped (时任|暂委特委
    裁判官: 暂委特委 names nothing). Hong Kong news writes the clause word right before a body and a title; jieba
    glues it on (但足, 时任), and the kind reader or the recogniser reads it into the name (roles210 mended the
    posts; orgs215 moved the cut here, so the graph has no such node).

    >>> known = Mention("d", 0, 4, "香港足總", "香港足总", Label.ORGANIZATION, "org_suffix")
    >>> glued = Mention("d", 20, 23, "但足總", "但足总", Label.ORGANIZATION, "org_named_kind")
    >>> empty = Mention("d", 30, 36, "時任暫委特委", "时任暂委特委", Label.ORGANIZATION, "org_named_kind")
    >>> [(m.simplified, m.start) for m in bodies_after_clause_words([known, glued, empty])]
    [('香港足总', 0), ('足总', 21)]
    """
    words = {k: opens_with_clause_word(m.simplified) for k, m in enumerate(mentions)
             if m.label is Label.ORGANIZATION and len(m.simplified) == m.end - m.start}
    words = {k: w for k, w in words.items() if w}
    if not words:
        return mentions
    names = [n for k, m in enumerate(mentions) if m.label is Label.ORGANIZATION and k not in words
             for n in (m.simplified, m.canonical) if n]
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        word = words.get(k, "")
        if not word:
            out.append(m)
            continue
        rest = m.simplified[len(word):]
        if len(rest) >= 2 and any(n.endswith(rest) for n in names):
            out.append(replace(m, start=m.start + len(word), text=m.text[len(word):], simplified=rest, canonical=""))
    return out


def places_unglued(model: list[Mention], found: list[Mention], table) -> list[Mention]:
    """``model`` less each recogniser's place that opens inside a dictionary word of jieba's cut (``table``, a
    :class:`~zhkg.stages.segment.TokenTable`) and ends on a place of the rules in ``found`` that starts after
    that word (力|克东区: the rules' 东区 stands).

    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> text = "以1：0力克东区，稳坐榜首"
    >>> table = token_table(make_segmenter()(text))
    >>> rule = Mention("d", 6, 8, "东区", "东区", Label.PLACE, "gazetteer", code="HK-EA")
    >>> model = [Mention("d", 5, 8, "克东区", "克东区", Label.PLACE, "crf")]
    >>> places_unglued(model, [rule], table)
    []
    """
    places = {(m.start, m.end) for m in found if m.label is Label.PLACE}
    if not places:
        return model
    out = []
    for m in model:
        w = table.word_at(m.start) if m.label is Label.PLACE else None
        if w is not None and w.idx < m.start < w.end < m.end and w.tag != "x" and (w.end, m.end) in places:
            continue
        out.append(m)
    return out
