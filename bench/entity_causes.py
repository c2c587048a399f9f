"""Why each entity error happens: one class a miss or a spurious name, decided by code from what each stage made.

``bench/entities_web.py --causes`` runs the pipeline keeping three stages of each document
(:meth:`zhkg.run.pipeline.Pipeline.extract_stages_many`: the rules' mentions before the merge, the recogniser's as
it tagged them, the final ones) and gives every unmatched gold entity and every unmatched predicted entity one class
from :data:`MISS_CLASSES` or :data:`SPURIOUS_CLASSES`. The classes name a stage or a convention, never a name: the
check half prints their counts only. The order of the tests is the order of the classes' precedence:

* **type**: the name was found with another type (the pair is named, gold's first).
* **joined / not joined**: one predicted entity stands for two gold entities, or a second predicted entity holds a
  gold entity's name the first one already matched (an alias or canonical form not joined).
* **canonical**: no gold name is written in the text (the gold names the entity by a form only a canonical or a
  joined name can give).
* **nested**: the span was found but inside a longer name, which the scorer counts instead (right or not).
* **boundary**: a final name overlaps the gold span: too long (a title swallowed, coordination, a place or a word
  before it, a unit or word after it), too short (a place prefix cut, only the place a site's or a body's name begins
  with, coordination, its end, front or both cut) or crossing it. A spurious name over a gold name found elsewhere in
  the article is the same boundary class after "gold found elsewhere, " (东协峰会 beside 东协: a name the gold does not
  count).
* **stages**: nothing final overlaps: the recogniser had the span and a later step dropped it; a rule had it and
  the recogniser contradicted it (or a later step dropped it); stages had only other boundaries; no stage had it
  (the recogniser's miss of a name no list knows; apart, those a body's head word ends).
* **conventions and sources of a spurious name**: a home word (港, 内地, 大陆) as a place; a place before an event's
  word; one-letter short forms only, or a compound of them (粤港); a short or long form of a gold name; a kind word
  alone; else the stage that made the name the gold does not count (the recogniser, the place lists, an
  organisation or a person rule).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from zhkg.evaluate import ENTITY_TYPES, GoldArticle, GoldEntity, matched_entities, predicted_groups
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.normalise import to_simplified

__all__ = ["MISS_CLASSES", "SPURIOUS_CLASSES", "Staged", "Known", "ErrorCause", "classify_article", "cause_table"]

_SHORT = {"PERSON": "PER", "ORGANIZATION": "ORG", "PLACE": "PLACE"}
_TYPE_PAIRS = tuple(f"type: gold {_SHORT[a]} read as {_SHORT[b]}" for a in ENTITY_TYPES for b in ENTITY_TYPES if a != b)

# a spurious name over a gold name that was found elsewhere in the article
_FOUND = "gold found elsewhere, "
_BOUNDARIES = (
    "too long: a title swallowed",
    "too long: coordination",
    "too long: a place before it joined",
    "too long: a word before it joined",
    "too long: a unit, field or word after it joined",
    "too short: a place prefix cut",
    "too short: only the place a body's name begins with",
    "too short: only the place a site's name begins with",
    "too short: coordination",
    "too short: its end cut",
    "too short: its front cut",
    "too short: both ends cut",
    "boundary crosses the gold span",
)

#: The classes of a missed gold entity, in the order they are tested.
MISS_CLASSES = (
    *_TYPE_PAIRS,
    "joined: one predicted entity for two gold entities",
    "canonical: no gold name written in the text",
    "nested: inside a longer name the gold also counts",
    "nested: inside a longer name the gold does not count",
    *_BOUNDARIES,
    "stages: the recogniser had it, a later step dropped it",
    "stages: the recogniser had it as another type, dropped",
    "stages: a rule had it, the recogniser contradicted it",
    "stages: a rule had it, a later step dropped it",
    "stages: only other boundaries at any stage",
    "stages: no stage had it, a body's head word ends it",
    "stages: no stage had it",
)

#: The classes of a predicted entity no gold entity matched, in the order they are tested.
SPURIOUS_CLASSES = (
    *_TYPE_PAIRS,
    "not joined: a second entity for one gold entity",
    "convention: a home word (港, 内地, 大陆) as a place",
    "convention: a place inside an event's name",
    *_BOUNDARIES,
    *(_FOUND + cause for cause in _BOUNDARIES),
    "not joined: a short or long form of a gold name elsewhere",
    "convention: one-letter short forms only (粤, 美, 港 in a compound)",
    "convention: a compound of places' short forms (粤港, 沪宁)",
    "not in the gold: a kind word alone (议会, 国会)",
    "not in the gold: from the recogniser",
    "not in the gold: from the place lists",
    "not in the gold: from an organisation rule",
    "not in the gold: from a person rule",
)

# Hong Kong's, Macau's and Taiwan's words for the mainland and for Hong Kong (extract/home_words.py, place lists)
_HOME_WORDS = frozenset({"港", "内地", "大陆", "本港", "全港", "中港", "陆"})
# what right after a place makes it part of an event's name (巴黎奥运, 仁川亚运会, 杭州亚运)
_EVENT_AFTER = re.compile(r"奥运|亚运|冬奥|残奥|世运|全运|大运|世博|博览|运动会|锦标赛|马拉松|峰会|论坛|双年展|电影节|艺术节|世界杯|公开赛")
_COORDINATION = frozenset("、和与及跟暨")


@dataclass(frozen=True)
class Staged:
    """One document's mentions at three stages and its Simplified text (offsets shared)."""

    rules: Sequence[Mention]
    model: Sequence[Mention]
    final: Sequence[Mention]
    text: str


@dataclass(frozen=True)
class Known:
    """The word lists the classes are told by: ``titles`` (role words: a swallowed title), ``places`` (place names
    beside the stages' own places: a cut prefix), ``heads`` (organisation head words: a body's name) and
    ``letters`` (places' one-letter short forms: a compound of them, 粤港)."""

    titles: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    letters: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ErrorCause:
    """One error's class: ``kind`` is ``miss`` or ``spurious``, ``label`` the gold's type for a miss and the
    predicted type for a spurious name, ``shown`` the name (for the tune half's ``--errors`` only)."""

    kind: str
    cause: str
    label: str
    script: str
    shown: str


def _spans_of(names: Sequence[str], text: str) -> list[tuple[int, int]]:
    """Every place in ``text`` where one of ``names`` is written."""
    out = []
    for name in names:
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            out.append((start, start + len(name)))
            start = text.find(name, start + 1)
    return sorted(set(out))


def _has_title(part: str, titles: frozenset[str]) -> bool:
    """Whether ``part`` holds a title or role word (总统, 局长, 先生) of two letters or more."""
    return any(part[i:j] in titles for i in range(len(part)) for j in range(i + 2, min(len(part), i + 8) + 1))


def _is_place(span: tuple[int, int], staged: Staged, known: Known) -> bool:
    """Whether ``span`` of the text is a place: a name the place lists hold, or a place some stage found there."""
    return span[1] > span[0] and (staged.text[span[0]:span[1]] in known.places or any(
        m.label is Label.PLACE and (m.start, m.end) == span for m in (*staged.rules, *staged.model, *staged.final)))


def _too_long(span: tuple[int, int], outer: tuple[int, int], staged: Staged, known: Known) -> str:
    before, after = staged.text[outer[0]:span[0]], staged.text[span[1]:outer[1]]
    if _has_title(before + after, known.titles):
        return "too long: a title swallowed"
    if _COORDINATION & set(before + after):
        return "too long: coordination"
    if before and any(_is_place((outer[0], end), staged, known) for end in range(outer[0] + 1, span[0] + 1)):
        return "too long: a place before it joined"
    if before:
        return "too long: a word before it joined"
    return "too long: a unit, field or word after it joined"


def _too_short(span: tuple[int, int], inner: tuple[int, int], staged: Staged, known: Known) -> str:
    if _is_place((span[0], inner[0]), staged, known):
        return "too short: a place prefix cut"
    if inner[0] == span[0] and _is_place(inner, staged, known):
        rest = staged.text[inner[1]:span[1]]
        if any(rest.endswith(head) for head in known.heads):
            return "too short: only the place a body's name begins with"
        return "too short: only the place a site's name begins with"
    if _COORDINATION & set(staged.text[span[0]:inner[0]] + staged.text[inner[1]:span[1]]):
        return "too short: coordination"
    if inner[0] == span[0]:
        return "too short: its end cut"
    if inner[1] == span[1]:
        return "too short: its front cut"
    return "too short: both ends cut"


def _boundary(span: tuple[int, int], other: tuple[int, int], staged: Staged, known: Known) -> str:
    """The class of ``other`` (a found span) against ``span`` (the gold's), which overlap and differ."""
    if other[0] <= span[0] and span[1] <= other[1]:
        return _too_long(span, other, staged, known)
    if span[0] <= other[0] and other[1] <= span[1]:
        return _too_short(span, other, staged, known)
    return "boundary crosses the gold span"


def _overlapping(spans: list[tuple[int, int]], mentions: Sequence[Mention]) -> list[tuple[tuple[int, int], Mention]]:
    return [(s, m) for s in spans for m in mentions if m.start < s[1] and s[0] < m.end]


def _miss(g: GoldEntity, staged: Staged, groups: list[list[Mention]], predicted: list[tuple[str, set[str]]],
          matches: dict[int, int], known: Known) -> str:
    """The class of the missed gold entity ``g`` (see the module docstring)."""
    names = set(g.names)
    other = next((p[0] for p in predicted if p[0] != g.label and p[1] & names), None)
    if other:
        return f"type: gold {_SHORT[g.label]} read as {_SHORT[other]}"
    if any(p[0] == g.label and p[1] & names for p in predicted):
        return "joined: one predicted entity for two gold entities"
    spans = _spans_of(g.names, staged.text)
    if not spans:
        return "canonical: no gold name written in the text"
    label = Label(g.label)
    outer = [m for ms in groups for m in ms]
    if any((m.start, m.end) in spans and m.label is label for m in staged.final):
        right = set(matches.values())
        holders = [i for i, ms in enumerate(groups)
                   for m in ms if any(m.start <= s[0] and s[1] <= m.end for s in spans)]
        if any(i in right for i in holders):
            return "nested: inside a longer name the gold also counts"
        return "nested: inside a longer name the gold does not count"
    found = _overlapping(spans, outer)
    if found:
        # the found name nearest the gold's span decides (the longest overlap)
        span, m = max(found, key=lambda sm: (min(sm[0][1], sm[1].end) - max(sm[0][0], sm[1].start), -sm[1].start))
        return _boundary(span, (m.start, m.end), staged, known)
    if any((m.start, m.end) in spans and m.label is label for m in staged.model):
        return "stages: the recogniser had it, a later step dropped it"
    if any((m.start, m.end) in spans for m in staged.model):
        return "stages: the recogniser had it as another type, dropped"
    if any((m.start, m.end) in spans and m.label is label for m in staged.rules):
        if _overlapping(spans, staged.model):
            return "stages: a rule had it, the recogniser contradicted it"
        return "stages: a rule had it, a later step dropped it"
    if _overlapping(spans, [*staged.rules, *staged.model]):
        return "stages: only other boundaries at any stage"
    if g.label == "ORGANIZATION" and any(n.endswith(head) for n in g.names for head in known.heads):
        return "stages: no stage had it, a body's head word ends it"
    return "stages: no stage had it"


def _source(ms: Sequence[Mention]) -> str:
    extractors = {m.extractor for m in ms}
    if MentionSource.RECOGNISER.value in extractors:
        return "not in the gold: from the recogniser"
    label = ms[0].label
    if label is Label.PLACE:
        return "not in the gold: from the place lists"
    if label is Label.ORGANIZATION:
        return "not in the gold: from an organisation rule"
    return "not in the gold: from a person rule"


def _spurious(ms: list[Mention], names: set[str], article: GoldArticle, staged: Staged,
              matched: set[int], known: Known) -> str:
    """The class of the predicted entity of mentions ``ms`` and ``names`` no gold entity matched; ``matched`` holds
    the indices of the gold entities that were found."""
    label = ms[0].label.value
    other = next((g for g in article.entities if g.label != label and names & set(g.names)), None)
    if other is not None:
        return f"type: gold {_SHORT[other.label]} read as {_SHORT[label]}"
    if any(g.label == label and names & set(g.names) for g in article.entities):
        return "not joined: a second entity for one gold entity"
    if label == "PLACE" and names & _HOME_WORDS:
        return "convention: a home word (港, 内地, 大陆) as a place"
    if label == "PLACE" and any(_EVENT_AFTER.match(staged.text, m.end) for m in ms):
        return "convention: a place inside an event's name"
    if all(m.end - m.start == 1 for m in ms):
        return "convention: one-letter short forms only (粤, 美, 港 in a compound)"
    # against a gold name missed, a boundary error; against one found elsewhere, a name the gold does not count
    for prefix, gold in (("", [g for k, g in enumerate(article.entities) if k not in matched]),
                         (_FOUND, [article.entities[k] for k in matched])):
        spans = [s for g in gold for s in _spans_of(g.names, staged.text)]
        for m in ms:
            hit = [s for s in spans if s[0] < m.end and m.start < s[1]]
            if hit:
                span = max(hit, key=lambda s: (min(s[1], m.end) - max(s[0], m.start), -s[0]))
                return prefix + _boundary(span, (m.start, m.end), staged, known)
    if any(len(n) >= 2 and len(gn) >= 2 and (n in gn or gn in n) for n in names
           for g in article.entities for gn in g.names):
        return "not joined: a short or long form of a gold name elsewhere"
    if all(2 <= len(m.simplified) <= 4 and set(m.simplified) <= known.letters for m in ms):
        return "convention: a compound of places' short forms (粤港, 沪宁)"
    if names & known.heads:
        return "not in the gold: a kind word alone (议会, 国会)"
    return _source(ms)


def classify_article(article: GoldArticle, staged: Staged, known: Known = Known()) -> list[ErrorCause]:
    """Each miss and each spurious name of ``article`` with its class, told by the word lists of ``known``.

    >>> from zhkg.records import Mention, Label
    >>> art = GoldArticle("a", "市长王小明说。", (GoldEntity("PERSON", ("王小明",)),))
    >>> found = [Mention("a", 0, 5, "市长王小明", "市长王小明", Label.PERSON, "crf")]
    >>> [c.cause for c in classify_article(art, Staged([], found, found, art.text), Known(titles=frozenset({"市长"})))]
    ['too long: a title swallowed', 'too long: a title swallowed']
    """
    groups = predicted_groups(staged.final)
    predicted = [(ms[0].label.value, {n for m in ms for n in (m.canonical, m.simplified, to_simplified(m.text))} - {""})
                 for ms in groups]
    matches = matched_entities(article.entities, [(lab, names, "") for lab, names in predicted])
    out = []
    for k, g in enumerate(article.entities):
        if k not in matches:
            cause = _miss(g, staged, groups, predicted, matches, known)
            out.append(ErrorCause("miss", cause, g.label, article.script, g.names[0]))
    used = set(matches.values())
    for i, (ms, (label, names)) in enumerate(zip(groups, predicted)):
        if i not in used:
            cause = _spurious(ms, names, article, staged, set(matches), known)
            out.append(ErrorCause("spurious", cause, label, article.script, ms[0].name))
    return out


def cause_table(causes: Sequence[ErrorCause]) -> list[str]:
    """Markdown rows: each class with its count by type, by script and in all, misses then spurious names, each
    kind's classes by count; counts only (the check half prints this and nothing of the names)."""
    rows = ["| kind | class | PER | ORG | PLACE | simplified | traditional | all | share |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    total = max(len(causes), 1)
    keys = (*ENTITY_TYPES, "simplified", "traditional")

    def row(kind: str, cause: str, group: list[ErrorCause]) -> str:
        by = Counter(c.label for c in group) + Counter(c.script for c in group)
        cells = " | ".join(str(by[key]) for key in keys)
        return f"| {kind} | {cause} | {cells} | {len(group)} | {len(group) / total:.1%} |"

    for kind, classes in (("miss", MISS_CLASSES), ("spurious", SPURIOUS_CLASSES)):
        mine = [c for c in causes if c.kind == kind]
        counts = Counter(c.cause for c in mine)
        for cause in sorted(counts, key=lambda c: (-counts[c], classes.index(c))):
            rows.append(row(kind, cause, [c for c in mine if c.cause == cause]))
        rows.append(row(kind, "all", mine))
    return rows
