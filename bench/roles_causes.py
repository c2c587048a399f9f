"""Each missed and each wrong role triple put in one class by the stage that lost it (round roles175, issue 11).

The class is decided by code from what the pipeline produced for the text — its entities, their mentions and names,
its role relations — and from the gold triple, never by reading the text: so the check half of a dev set can be
classified and only its class counts printed (``bench/roles_web.py --causes``).

**A missed gold triple** (person, title, body) takes the first class that holds, in the order of the stages:

* ``person: not extracted`` — no entity is named the gold person (by its name or a form it is written with) and no
  mention covers a place where the text writes that name;
* ``person: other span or type`` — a mention overlaps the gold person's name with another span (王小明会, 小明), or an
  entity of another type has the name;
* ``body: …`` — the person holds the gold title (one ending the other) of another body: ``the session written
  otherwise`` (上海市第十五届人大常委会 or 上海市人大常委会 for the gold's 上海市十五届人大常委会: the same body but for
  its session), ``a place for gold's body`` (南投县 for 县议会), ``another body`` (the gold body an entity too),
  ``not extracted`` (the gold body written in the text, no entity's name) or ``named otherwise`` (the gold body's
  name not written at all: a canonical, a short or a full form, a parent for a child);
* ``title: other title joined`` — the person holds another title of the gold body (``title: a membership the gold
  adds to a post`` when the gold title is 党员 or 成员: 立委 of a party read, its 党员 not);
* ``title: joined to another person`` — another person holds the gold title of the gold body, read in a sentence
  naming the gold person;
* ``body: not extracted`` / ``body: named otherwise`` — nothing of the gold's read at all, and the gold body is no
  entity (written in the text or not);
* ``title: not written`` — the gold title is written nowhere in the text (the gold's word for it; ``title: a
  membership not written`` for 党员 and 成员);
* ``person and title in different sentences`` — no sentence writes both;
* ``title: no lexicon word`` — the title is no ``roles.tsv`` or ``members.tsv`` word and none of them ends it;
* ``body not in the person's sentence: …`` — the person and the title share a sentence, the body is in none of them
  (the topic of the article, or a sentence before), and ``not joined: …`` — person, title and body in one sentence,
  all read, and no reader joined them; each by where the title stands: a ``bare title before the name, opening its
  clause`` (maybe after 前, 原, 现任, 新任) or ``inside its clause``, a ``bare title after the name``, a ``title apart
  after the name`` with ``a verb of a post`` (任, 为, 当选, 成为…) between or none (with one, the gold body between
  them, before the name or after the title), a ``title apart before the name``
  with ``names listed between`` (副主席A、B: B's) or not; a bare title before the name ``not joined`` is split by
  where the gold body stands in the sentence (the nearest body before the title, another body or place between, the
  body written before it but not read there, the body after it); and ``not joined: the body fused to the title``
  (美国总统X with 美国 read).

**A wrong prediction** (person, title, body) mirrors them: ``person: span differs from gold's`` (its names overlap a
gold person's), ``person: no post in gold`` (a person the gold gives no post), ``body: …`` (the gold gives the person
the title, of another body: split as for a missed triple, ``not extracted`` and ``named otherwise`` telling the gold
body's), ``title: other title than gold's`` (the gold gives the person another title of the body) and ``post not in
gold`` (neither).

A triple found with ``former`` where the gold has none, or without it where the gold has it, is counted apart
(``former: wrong``): the scorer's match ignores ``former``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from zhkg.records import Entity, Extraction, Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.text import find_all, sentence_spans

__all__ = ["Causes", "CAUSE_ORDER", "classify", "count_lines", "predicted_from"]

#: The classes of a missed triple, in the order they are tried (and printed).
MISSED_CLASSES = (
    "person: not extracted", "person: other span or type", "body: the session written otherwise",
    "body: a place for gold's body", "body: another body", "body: not extracted", "body: named otherwise",
    "title: other title joined", "title: a membership the gold adds to a post", "title: joined to another person",
    "title: not written", "title: a membership not written",
    "person and title in different sentences", "title: no lexicon word",
    *(f"body not in the person's sentence: {place}" for place in (
        "bare title before the name, opening its clause", "bare title before the name, inside its clause",
        "bare title after the name", "title apart after the name, a verb of a post between",
        "title apart after the name, no verb of a post between", "title apart before the name, names listed between",
        "title apart before the name")),
    *(f"not joined: bare title before the name, {clause}, {body}" for clause in ("opening its clause", "inside its clause")
      for body in ("the nearest body before it", "another body between", "the body written before it, not read there",
                   "the body after it")),
    *(f"not joined: {place}" for place in (
        "bare title after the name",
        *(f"title apart after the name, a verb of a post between, {body}"
          for body in ("the body between", "the body before the name", "the body after the title")),
        "title apart after the name, no verb of a post between", "title apart before the name, names listed between",
        "title apart before the name")),
    "not joined: the body fused to the title")
#: The classes of a wrong prediction.
WRONG_CLASSES = (
    "person: span differs from gold's", "person: no post in gold", "body: the session written otherwise",
    "body: a place for gold's body", "body: another body", "body: not extracted", "body: named otherwise",
    "title: other title than gold's", "post not in gold")
CAUSE_ORDER = (*(("missed", c) for c in MISSED_CLASSES), *(("wrong", c) for c in WRONG_CLASSES), ("former", "wrong"))

_PLACE_OR_BODY = (Label.ORGANIZATION, Label.PLACE)
#: A plain membership's titles, which the gold gives besides a post of the same body (立委 and 党员 of a party).
_MEMBER_TITLES = frozenset({"党员", "成员"})
#: A verb of taking, holding or leaving a post, between a name and its title.
_POST_VERB = re.compile(r"任|为|当选|成为|接掌|执掌|出掌|升|转|调|兼|获选|获委|辞|卸")
#: What joins the names of a list.
_LIST_MARKS = frozenset("、，,及和与")
#: A clause's opening right before a title (a break, maybe 前, 原, 现任 or 新任 between).
_OPENING = re.compile(r"(?:^|[，,。；;：:！!？?、\n（(「“\s])(?:前|原|现任|新任)?$")


@dataclass(frozen=True)
class Predicted:
    """A role relation as the scorer reads it: its person's names, title, body's names and ``former``."""

    people: tuple[str, ...]
    title: str
    bodies: tuple[str, ...]
    former: bool
    #: the evidence sentence, Simplified
    sentence: str = ""
    #: whether the body is a place
    place: bool = False


@dataclass
class Causes:
    """The classes of one text's errors: ``missed`` and ``wrong`` as (class, triple), ``former`` the triples found
    with ``former`` wrong."""

    missed: list[tuple[str, tuple]]
    wrong: list[tuple[str, tuple]]
    former: list[tuple]

    def counts(self) -> Counter:
        tally = Counter(("missed", c) for c, _ in self.missed)
        tally.update(("wrong", c) for c, _ in self.wrong)
        tally[("former", "wrong")] += len(self.former)
        return tally


def predicted_from(ex: Extraction, member_word) -> list[Predicted]:
    """The HOLDS_ROLE and MEMBER_OF relations of ``ex``, each end by all its names (Simplified)."""
    names = {e.id: (e.name, *sorted({to_simplified(a) for a in e.aliases} - {e.name})) for e in ex.entities}
    places = {e.id for e in ex.entities if e.label == Label.PLACE}
    return [Predicted(names.get(r.source, (r.source,)), member_word(r.kind.value, r.role_simplified),
                      names.get(r.target, (r.target,)), bool(r.former), to_simplified(r.evidence.sentence),
                      r.target in places)
            for r in ex.relations if r.kind.value in ("HOLDS_ROLE", "MEMBER_OF")]


#: A numbered session of a congress or a house (第十五届, 十六届, 第3届), which a body's name may or may not carry.
_SESSION = re.compile(r"第?[0-9零〇一二三四五六七八九十百]+届")


def _same_but_session(p: Predicted, body: str) -> bool:
    """Whether ``p``'s body is ``body`` but for a session written in one and not the other, or written otherwise
    (上海市第十五届人大常委会, 上海市十五届人大常委会, 上海市人大常委会)."""
    bare = _SESSION.sub("", body)
    for x in filter(None, p.bodies):
        other = _SESSION.sub("", x)
        if (bare != body or other != x) and (other in bare or bare in other):
            return True
    return False


def _titles_match(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))


def _bodies_match(names: Iterable[str], body: str) -> bool:
    return any(x and (x in body or body in x) for x in names)


def _match(p: Predicted, gold: tuple) -> bool:
    return gold[0] in p.people and _titles_match(p.title, gold[1]) and _bodies_match(p.bodies, gold[2])


class _Read:
    """What the pipeline made of one text, looked up by name: its entities, their sentences, the text Simplified."""

    def __init__(self, text: str, ex: Extraction) -> None:
        simplified = to_simplified(text)
        self.text = simplified if len(simplified) == len(text) else "".join(to_simplified(ch) for ch in text)
        self.spans = sentence_spans(self.text)
        self.mentions = ex.mentions
        self.entities = [(e, {e.name, *(to_simplified(a) for a in e.aliases)}) for e in ex.entities]
        # every mention of each entity (an entity keeps its first few only): by label and a name it is written with
        by_form: dict[tuple, list[Mention]] = {}
        for m in ex.mentions:
            by_form.setdefault((m.label, m.simplified), []).append(m)
        self.written = {e.id: sorted({m for n in names for m in by_form.get((e.label, n), ())} | set(e.mentions),
                                     key=lambda m: m.start) for e, names in self.entities}

    def of(self, entities: list[Entity]) -> list[Mention]:
        """Every mention of ``entities``."""
        return [m for e in entities for m in self.written.get(e.id, e.mentions)]

    def sentence(self, at: int) -> int:
        return next((i for i, (s, e) in enumerate(self.spans) if s <= at < e), -1)

    def named(self, name: str, labels: tuple[Label, ...] | None = None) -> list[Entity]:
        return [e for e, names in self.entities if name in names and (labels is None or e.label in labels)]

    def bodies(self, body: str) -> list[Entity]:
        return [e for e, names in self.entities if e.label in _PLACE_OR_BODY and _bodies_match(names, body)]

    def sentences_of(self, found: list[Entity], name: str) -> set[int]:
        """The sentences where an entity of ``found`` is mentioned or ``name`` is written."""
        places = {self.sentence(m.start) for m in self.of(found)}
        return places | {self.sentence(m.start()) for m in find_all(name, self.text)} if name else places

    def title_touching(self, people: list[Entity], title: str) -> set[int]:
        """Where ``title`` starts when it is written right before or right after a mention of ``people``."""
        starts = set()
        for m in self.of(people):
            if self.text.startswith(title, m.end):
                starts.add(m.end)
            if self.text.endswith(title, 0, m.start):
                starts.add(m.start - len(title))
        return starts

    def bare_title_place(self, people: list[Entity], title: str, starts: set[int]) -> str:
        """Where a bare title touching a name stands: after it, or before it, opening its clause (maybe after 前,
        原 or 现任) or inside one."""
        before = {m.start - len(title) for m in self.of(people)} & starts
        if not before:
            return "bare title after the name"
        opens = any(_OPENING.search(self.text, 0, at) for at in before)
        return f"bare title before the name, {'opening its clause' if opens else 'inside its clause'}"

    def apart(self, people: list[Entity], title: str, sentences: set[int]) -> str:
        """What stands between a name and the title after it in a sentence they share: a verb of taking a post
        (任, 担任, 出任, 为, 当选…), or not; or the title before the name."""
        if (found := self.after_name(people, title, sentences)) is not None:
            verb = "a verb of a post" if _POST_VERB.search(self.text, *found) else "no verb of a post"
            return f"title apart after the name, {verb} between"
        return "title apart before the name, names listed between" if self.listed_after(people, title) \
            else "title apart before the name"

    def after_name(self, people: list[Entity], title: str, sentences: set[int]) -> tuple[int, int] | None:
        """The end of a name and the start of ``title`` after it in the first sentence of ``sentences`` writing both
        so, or None."""
        for i in sorted(sentences):
            s, e = self.spans[i]
            for m in (m for m in self.of(people) if s <= m.start < e):
                at = self.text.find(title, m.end, e)
                if at >= 0:
                    return m.end, at
        return None

    def body_around(self, bodies: list[Entity], span: tuple[int, int]) -> str:
        """Where the gold body stands from a name and a title after it (``span``: the name's end, the title's start)
        in their sentence: between them, before the name or after the title."""
        s, e = self.spans[self.sentence(span[0])]
        places = [m for m in self.of(bodies) if s <= m.start < e]
        if any(span[0] <= m.start and m.end <= span[1] for m in places):
            return ", the body between"
        return ", the body before the name" if any(m.end <= span[0] for m in places) else ", the body after the title"

    def listed_after(self, people: list[Entity], title: str) -> bool:
        """Whether the name stands in a list of names right after ``title`` (副主席A、B及C: B and C)."""
        names = sorted((m.start, m.end) for m in self.mentions if m.label == Label.PERSON)
        ends = {e: s for s, e in names}
        for m in self.of(people):
            at = m.start
            while at > 0 and self.text[at - 1] in _LIST_MARKS and (at - 1) in ends:
                at = ends[at - 1]
                if self.text.endswith(title, 0, at):
                    return True
        return False

    def body_before(self, bodies: list[Entity], at: int) -> str:
        """Where the gold body stands from a bare title at ``at`` in its sentence: after it, written before it but
        not read there (no mention), or read before it with another body or place between them, or the nearest."""
        s, e = self.spans[self.sentence(at)]
        places = [m for m in self.of(bodies) if s <= m.start < e]
        before = [m.end for m in places if m.end <= at]
        if not before:
            names = {n for e, ns in self.entities if e in bodies for n in ns}
            written = any(self.text.find(n, s, at) >= 0 for n in names if n)
            return ", the body written before it, not read there" if written else ", the body after it"
        others = [m for m in self.mentions if m.label in _PLACE_OR_BODY and max(before) <= m.start and m.end <= at]
        return ", another body between" if others else ", the nearest body before it"

    def body_class(self, p: Predicted | None, body: str) -> str:
        """Why a body read is not ``body``: the gold body extracted (then as :func:`_other_body`), written but no
        entity, or not written."""
        if p is not None and _same_but_session(p, body):
            return "the session written otherwise"
        found = self.bodies(body)
        if not found:
            return "not extracted" if body in self.text else "named otherwise"
        return "a place for gold's body" if p is not None and p.place and not any(
            e.label == Label.PLACE for e in found) else "another body"


def classify(text: str, gold: list[tuple], ex: Extraction, predicted: list[Predicted], lexicon: Lexicon) -> Causes:
    """The class of each gold triple ``predicted`` misses and of each prediction no gold triple matches (the
    matching of :func:`bench.roles_eval.matches`), for one text and the extraction the pipeline made of it."""
    read = _Read(text, ex)
    causes = Causes([], [], [])
    for g in gold:
        found = [p for p in predicted if _match(p, g)]
        said = g[3:] == ("former",)
        if found and not any(p.former == said for p in found):
            causes.former.append(g)
        if not found:
            causes.missed.append((_missed_class(read, g, predicted, lexicon), g))
    gold_people = {g[0] for g in gold}
    for p in predicted:
        if any(_match(p, g) for g in gold):
            continue
        triple = (p.people[0], p.title, p.bodies[0])
        mine = [g for g in gold if g[0] in p.people]
        if not mine:
            overlaps = any(x in gp or gp in x for x in p.people for gp in gold_people)
            causes.wrong.append(("person: span differs from gold's" if overlaps else "person: no post in gold", triple))
        elif same_title := [g for g in mine if _titles_match(p.title, g[1])]:
            causes.wrong.append((f"body: {read.body_class(p, same_title[0][2])}", triple))
        elif any(_bodies_match(p.bodies, g[2]) for g in mine):
            causes.wrong.append(("title: other title than gold's", triple))
        else:
            causes.wrong.append(("post not in gold", triple))
    return causes


def _missed_class(read: _Read, gold: tuple, predicted: list[Predicted], lexicon: Lexicon) -> str:
    person, title, body = gold[:3]
    people = read.named(person, (Label.PERSON,))
    if not people:
        written = [m.span() for m in find_all(person, read.text)]
        if read.named(person) or any(m.start < e and s < m.end for m in read.mentions for s, e in written):
            return "person: other span or type"
        return "person: not extracted"
    held = [p for p in predicted if person in p.people]
    if same_title := [p for p in held if _titles_match(p.title, title)]:
        return f"body: {read.body_class(same_title[0], body)}"
    if any(_bodies_match(p.bodies, body) for p in held):
        return "title: a membership the gold adds to a post" if title in _MEMBER_TITLES else "title: other title joined"
    if any(_titles_match(p.title, title) and _bodies_match(p.bodies, body) and person in p.sentence
           for p in predicted):
        return "title: joined to another person"
    bodies = read.bodies(body)
    if not bodies:
        return f"body: {read.body_class(None, body)}"
    if title not in read.text:
        return "title: a membership not written" if title in _MEMBER_TITLES else "title: not written"
    with_person = read.sentences_of(people, person) & read.sentences_of([], title)
    if not with_person:
        return "person and title in different sentences"
    if not any(title.endswith(w) for w in (*lexicon.role_words, *lexicon.member_words)):
        return "title: no lexicon word"
    touching = read.title_touching(people, title)
    where = read.bare_title_place(people, title, touching) if touching else read.apart(people, title, with_person)
    if not with_person & read.sentences_of(bodies, body):
        return f"body not in the person's sentence: {where}"
    if touching and any(m.end in touching for m in read.of(bodies)):
        return "not joined: the body fused to the title"
    if where.startswith("bare title before"):
        where += read.body_before(bodies, min(touching))
    elif where.startswith("title apart after the name, a verb"):
        where += read.body_around(bodies, read.after_name(people, title, with_person))
    return f"not joined: {where}"


def count_lines(tally: Counter, label: str = "") -> list[str]:
    """The markdown rows of a tally of classes: each class's count and share of its kind (missed or wrong)."""
    totals = Counter()
    for (kind, _), n in tally.items():
        totals[kind] += n
    rows = [f"| kind | class | count{label} | share |", "| --- | --- | --- | --- |"]
    for key in (*CAUSE_ORDER, *sorted(set(tally) - set(CAUSE_ORDER))):  # (a class not listed is printed last)
        n = tally.get(key, 0)
        share = f"{n / totals[key[0]]:.0%}" if totals[key[0]] else ""
        rows.append(f"| {key[0]} | {key[1]} | {n} | {share} |")
    rows.append(f"| missed | all | {totals['missed']} | |")
    rows.append(f"| wrong | all | {totals['wrong']} | |")
    return rows
