"""A one-letter surname standing for a person the document names in full, where the recogniser read it as
something else (Taiwan's and Hong Kong's press shorten a politician to the surname: 卢、蒋二人, 祝福卢美国行).

:func:`surnames_of_named_people` runs just before the short forms are read
(:func:`zhkg.extract.alias_mentions.find_aliases`, rule 8 of :mod:`zhkg.extract.combine`), which then names the
person where the full name came first: this step gives such a surname its own span and label, and names the
person itself where a word of jieba's dictionary over the surname (侯二人 is one) would stop that step.

* A recogniser person that runs from the surname over the count of a pair (蒋|二人, 柯、侯|两人) is the surname.
* After another such surname and 、 (卢、蒋|欣赏), a recogniser person that runs from the surname over a word of
  jieba's dictionary not tagged as a name is the surname too: the two surnames are the list.
* A recogniser place of that one letter (祝福|卢|美国行) is the person, unless the letter abbreviates a place
  (``place_abbreviations.tsv``: 美, 鲁), opens a place the document names (马 of 马来西亚 in 中马关系) or stands
  beside another place's letter, a 、 between at most (阿、中两国).

Scope: one document's combined mentions. Caveats: the surname must belong to one person of three Han letters the
document names (two such people of one surname name neither; a name in transliteration letters alone, 阿拉维, has
no surname), and a person whose full name begins with the mention's letters is never cut (蒋二强).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon

__all__ = ["PAIR_COUNTS", "surnames_of_named_people"]

#: The count of people a pair of surnames takes after it (卢、蒋二人, 柯、侯两人), in Simplified.
PAIR_COUNTS = ("二人", "两人", "三人", "等人")
_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}")
#: jieba's tags of names: a word so tagged after a surname may be the rest of another person's name.
_NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nt", "nz")


def _shaped(m: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether recogniser person ``m`` is a surname run over a pair's count (蒋|二人), or over a word of jieba's
    dictionary not tagged as a name right after another surname and 、 (卢、蒋|欣赏)."""
    from zhkg.stages.segment import dictionary_tag

    name = m.simplified
    if m.label is not Label.PERSON or m.extractor != MentionSource.RECOGNISER or not 2 <= len(name) <= 4 \
            or name[0] not in lexicon.surnames:
        return False
    rest = name[1:]
    if rest in PAIR_COUNTS:
        return True
    return text[m.start - 1:m.start] == "、" and text[m.start - 2:m.start - 1] in lexicon.surnames \
        and text[m.start - 2] != name[0] and dictionary_tag(rest) not in ("x", *_NAME_TAGS)


def _owners(mentions: list[Mention], text: str, lexicon: Lexicon) -> dict[str, str]:
    """Each one-letter surname to the one person of three Han letters with it the document names in full (any
    person of that shape but a surname run over the words after it, :func:`_shaped`)."""
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        name = m.simplified
        if m.label is Label.PERSON and _HAN3.fullmatch(name) and name[0] in lexicon.surnames \
                and name[:2] not in lexicon.surnames and not _shaped(m, text, lexicon) \
                and not all(ch in lexicon.foreign_name_chars for ch in name):  # 阿拉维 has no surname 阿
            by_surname.setdefault(name[0], set()).add(name)
    return {s: next(iter(names)) for s, names in by_surname.items() if len(names) == 1}


def _surname_then_word(m: Mention, owners: dict[str, str], text: str, lexicon: Lexicon) -> bool:
    """Whether ``m`` is an owner's surname run over the words after it (:func:`_shaped`), the surname before 、
    an owner's too, and no owner's name opening with ``m``'s letters."""
    name = m.simplified
    return _shaped(m, text, lexicon) and name[0] in owners and not any(o.startswith(name) for o in owners.values()) \
        and (name[1:] in PAIR_COUNTS or text[m.start - 2] in owners)


def surnames_of_named_people(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each surname standing for a person the document names in full given its own span and
    the label PERSON (module docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "市长卢秀燕与市长蒋万安同台。卢、蒋二人握手，卢、蒋欣赏灯会，祝福卢美国行。"
    >>> def m(s, e, label=Label.PERSON, source=MentionSource.RECOGNISER):
    ...     return Mention("d", s, e, text[s:e], text[s:e], label, source)
    >>> ms = [m(2, 5, source=MentionSource.PEOPLE_AFTER_ROLE), m(8, 11, source=MentionSource.PEOPLE_AFTER_ROLE),
    ...       m(16, 19), m(24, 27), m(32, 33, Label.PLACE)]
    >>> [(x.simplified, x.label.value, x.canonical) for x in surnames_of_named_people(ms, text, load_lexicon())][2:]
    [('蒋', 'PERSON', '蒋万安'), ('蒋', 'PERSON', '蒋万安'), ('卢', 'PERSON', '卢秀燕')]
    """
    if not any(m.extractor == MentionSource.RECOGNISER and (m.label is Label.PERSON and len(m.simplified) <= 4
                                                           or m.label is Label.PLACE and len(m.simplified) == 1)
               for m in mentions):
        return mentions
    owners = _owners(mentions, text, lexicon)
    if not owners:
        return mentions
    places = {a for _, a, _ in lexicon.place_abbreviations if len(a) == 1}
    # a country's or a place's initial (中马关系 of a document naming 马来西亚) is that place's
    places |= {m.simplified[0] for m in mentions if m.label is Label.PLACE and len(m.simplified) >= 2}
    # …and a letter paired with another place's letter (阿、中两国, 中马) is a place too
    place_starts = {m.start for m in mentions if m.label is Label.PLACE and len(m.simplified) == 1}
    place_ends = {m.end for m in mentions if m.label is Label.PLACE and len(m.simplified) == 1}
    out = []
    for m in mentions:
        if _surname_then_word(m, owners, text, lexicon):
            m = _owned(replace(m, end=m.start + 1, text=m.text[:1], simplified=m.simplified[:1]), owners, text)
        elif m.label is Label.PLACE and m.extractor == MentionSource.RECOGNISER and len(m.simplified) == 1 \
                and m.simplified in owners and not m.code and m.simplified not in places \
                and not {m.end, m.end + 1} & place_starts and not {m.start, m.start - 1} & place_ends:
            m = _owned(replace(m, label=Label.PERSON), owners, text)
        out.append(m)
    return out


def _owned(m: Mention, owners: dict[str, str], text: str) -> Mention:
    """Surname ``m`` named as its owner's alias where the document has written the full name before it (as
    :func:`~zhkg.extract.alias_mentions.find_aliases` names a surname standing alone), else a bare person for that
    step to judge."""
    owner = owners[m.simplified]
    if 0 <= text.find(owner) < m.start:
        return replace(m, canonical=owner, extractor=str(MentionSource.ALIAS))
    return replace(m, canonical="")
