"""Training sentences from an article and its gold name set: every occurrence of each name marked (issue 15).

A gold of the entities kind (``tests/gold/entities_*.jsonl``) lists, per article, the people, organisations and
places it names, in Simplified characters, each with optional ``aliases``; it gives no offsets. This module turns
such an article into character BIO sentences the recogniser can be trained on (:mod:`zhkg.ner.train`):

* the text is put in the processing form (:func:`zhkg.stages.normalise.normalise`: t2s and the half-width fold keep
  offsets) and cut into sentences as the tagger cuts it at run time (:data:`zhkg.ner.model.SENTENCE`);
* every name and alias, in the same processing form, is looked for, **longest first**: an occurrence inside one
  already marked is skipped (德国 in 德国之声中文网), and an occurrence that *crosses* a marked one, of a name that two
  types claim or of a one-character alias (美 for 美国, also 美元's), or a Latin name glued to letters or digits (SPD
  in SPDX) cannot be placed cleanly, so its whole sentence is **dropped** (counted, never guessed);
* the labels are MSRA's: PERSON → PER, ORGANIZATION → ORG, PLACE → LOC;
* with ``harmonise=True`` a government marked as one organisation (日本政府, 新竹县政府, 上海市人民政府) is marked
  as MSRA and Universal NER mark it, the place ``LOC`` and 政府 ``O`` (:func:`split_governments`; round uner202: the
  web golds put 政府 inside an organisation 23 times in 89, Universal NER train 4 in 93, MSRA train 45 in 2,091).

A name the gold leaves out stays ``O``: the sentences are only as complete as the gold's name sets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from zhkg.ner.bio import Sentence, Span, spans_to_tags

__all__ = ["LABELS", "Marked", "gold_names", "mark_sentence", "mark_article", "split_governments"]

#: The gold's entity types and the recogniser's labels.
LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "PLACE": "LOC"}
#: The government words MSRA and Universal NER leave outside the place they follow.
GOVERNMENT_WORDS = ("人民政府", "政府")
#: Division suffixes: a place part ending in one, with at least two characters before it, is a place even when the
#: gold does not list it (新竹县 of 新竹县政府; not 特区 of 特区政府).
DIVISION_ENDS = "省市县区州"


@dataclass(frozen=True)
class Marked:
    """An article's marked sentences, how many of its sentences were dropped as not cleanly placeable and how many
    of its marks :func:`split_governments` changed."""

    sentences: tuple[Sentence, ...]
    dropped: int
    harmonised: int = 0


def _processing(text: str) -> str:
    from zhkg.stages.normalise import normalise

    return normalise(text).simplified


def gold_names(entities: Iterable[Mapping]) -> dict[str, str | None]:
    """Each name and alias of ``entities`` (processing form) → its label, or None when it cannot be placed: two
    types claim it, or it is one character (美 for 美国 is also 美元's, 中 for 中国 其中's).

    >>> sorted(gold_names([{"type": "PERSON", "name": "默茨", "aliases": ["梅爾茨"]},
    ...                    {"type": "PLACE", "name": "长沙"}, {"type": "ORGANIZATION", "name": "长沙"},
    ...                    {"type": "PLACE", "name": "美国", "aliases": ["美"]}]).items())
    [('梅尔茨', 'PER'), ('美', None), ('美国', 'LOC'), ('长沙', None), ('默茨', 'PER')]
    """
    names: dict[str, str | None] = {}
    for entity in entities:
        label = LABELS.get(str(entity.get("type", "")))
        if label is None:
            continue
        for name in (entity.get("name", ""), *(entity.get("aliases") or ())):
            name = _processing(str(name).strip())
            if not name:
                continue
            names[name] = label if names.get(name, label) == label and len(name) > 1 else None
    return names


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends with a Latin letter or digit that runs on into its neighbour."""
    return (start > 0 and _ascii_word(text[start]) and _ascii_word(text[start - 1])) or (
        end < len(text) and _ascii_word(text[end - 1]) and _ascii_word(text[end]))


def mark_sentence(text: str, names: Mapping[str, str | None]) -> Sentence | None:
    """``text`` with every occurrence of ``names`` tagged, longest name first; None when one cannot be placed.

    >>> names = {"德国之声": "ORG", "德国": "LOC", "默茨": "PER"}
    >>> mark_sentence("德国之声报道，默茨访问德国。", names).spans
    [(0, 4, 'ORG'), (7, 9, 'PER'), (11, 13, 'LOC')]
    >>> mark_sentence("东德国之声", {"东德": "LOC", "德国之声": "ORG"}) is None  # the two cross
    True
    """
    taken = [False] * len(text)
    spans: list[Span] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            inside = taken[start:end]
            if all(inside):
                pass  # part of a longer name already marked
            elif any(inside) or names[name] is None or _glued(text, start, end):
                return None
            else:
                taken[start:end] = [True] * len(name)
                spans.append((start, end, str(names[name])))
            start = text.find(name, start + 1)
    return Sentence(text, tuple(spans_to_tags(sorted(spans), len(text))))


def _place_part(name: str, places: frozenset[str]) -> str | None:
    """The place before a government word ending ``name``, ``""`` when nothing names a place, None when ``name`` is
    no government."""
    word = next((w for w in GOVERNMENT_WORDS if name.endswith(w)), None)
    if word is None:
        return None
    place = name[: -len(word)]
    if place in places or (len(place) >= 3 and place[-1] in DIVISION_ENDS):
        return place
    return ""


def split_governments(sentence: Sentence, places: frozenset[str] = frozenset()) -> Sentence:
    """``sentence`` with each organisation mark that is a place and a government word split as MSRA and Universal NER
    mark it: the place ``LOC`` (when ``places`` lists it or it ends in a division suffix), the government word ``O``;
    a government of no named place (县政府, 特区政府) becomes ``O`` whole.

    >>> s = Sentence("日本政府与新竹县人民政府和县政府", ("B-ORG",) + ("I-ORG",) * 3 + ("O",) + ("B-ORG",) + ("I-ORG",) * 6
    ...              + ("O", "B-ORG", "I-ORG", "I-ORG"))
    >>> split_governments(s, frozenset({"日本"})).spans
    [(0, 2, 'LOC'), (5, 8, 'LOC')]
    >>> split_governments(Sentence("外交部", ("B-ORG", "I-ORG", "I-ORG")), frozenset()).spans
    [(0, 3, 'ORG')]
    """
    spans: list[Span] = []
    for start, end, label in sentence.spans:
        place = _place_part(sentence.text[start:end], places) if label == "ORG" else None
        if place is None:
            spans.append((start, end, label))
        elif place:
            spans.append((start, start + len(place), "LOC"))
    if spans == list(sentence.spans):
        return sentence
    return Sentence(sentence.text, tuple(spans_to_tags(spans, len(sentence.text))))


def _training_text(sentence: str) -> str:
    """The sentence without its surrounding white space, each white-space character inside written as a space."""
    return "".join(" " if c.isspace() else c for c in sentence.strip())


def mark_article(text: str, entities: Iterable[Mapping], *, harmonise: bool = False) -> Marked:
    """The marked sentences of an article (processing form) and the number of its sentences dropped; with
    ``harmonise``, governments split as MSRA marks them (:func:`split_governments`, the article's places listed).

    >>> marked = mark_article("默茨訪問德國。SPDX 很好。\\n", [{"type": "PERSON", "name": "默茨"},
    ...     {"type": "PLACE", "name": "德国"}, {"type": "ORGANIZATION", "name": "社民党", "aliases": ["SPD"]}])
    >>> [(s.text, s.spans) for s in marked.sentences], marked.dropped
    ([('默茨访问德国。', [(0, 2, 'PER'), (4, 6, 'LOC')])], 1)
    """
    from zhkg.ner.model import SENTENCE

    names = gold_names(entities)
    places = frozenset(name for name, label in names.items() if label == "LOC")
    kept: list[Sentence] = []
    dropped = harmonised = 0
    for match in SENTENCE.finditer(_processing(text)):
        sentence = _training_text(match.group())
        if not sentence:
            continue
        marked = mark_sentence(sentence, names)
        if marked is None:
            dropped += 1
        else:
            split = split_governments(marked, places) if harmonise else marked
            harmonised += len(set(marked.spans) - set(split.spans))
            kept.append(split)
    return Marked(tuple(kept), dropped, harmonised)
