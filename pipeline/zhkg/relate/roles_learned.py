"""Learned roles: a linear scorer of (person, title, body) triples, over the rule readers' own mentions.

Sixty sessions of role rules read the web tune half well (R 0.81) and unseen pools poorly (R 0.47); session 52
suggested a role-pair classifier trained on the tune half (docs/changes-session52.md). This is it: every
candidate triple of a sentence (:func:`candidates`: a person, a title word of the lexicon and an organisation
or place of the sentence or the one before, near each other) and every HOLDS_ROLE the rules read is described
by :func:`triple_features` (the title word and its ends; the order of the three and the gaps between them, the
words of each gap, what touches each of them, how many other people, bodies and titles stand between) and
scored by a binary logistic regression (:class:`zhkg.relate.learned.Head`, labels ``unknown`` and ``role``;
hashed features as :func:`zhkg.relate.learned.hash_features`): one head for the rules' triples (trained on
them alone: a rule's triple whose body is implied, 外交大臣 of 英国 with no 英国 near, looks like no candidate),
one for the other candidates. The model ships as
``zhkg/resources/data/roles_learned_v1.npz``, trained by ``bench/roles_learned_train.py`` on the web tune half
and session 61's pool (never on session 62's pool or the check half), written and read as
:class:`~zhkg.relate.learned.RelationModel` writes and reads its heads (int8 weights), its heads named as
:data:`HEADS` says.

``Config.learned_roles`` picks the use, after every reader has read (:func:`apply_learned_roles`, the last step of
:func:`zhkg.relate.base.relate_documents`): ``"off"`` (the default) leaves the rules' relations alone;
``"rescore"`` drops the rules' HOLDS_ROLE relations the model scores below ``learned_roles_drop_below``
(precision); ``"add"`` writes the candidates the rules did not read that it scores at least
``learned_roles_add_above`` (recall); ``"both"`` does both. The thresholds were chosen on a dev split carved by
article from the training articles. A missing or unreadable model file is one :class:`~zhkg.errors.ModelFileError`
line naming the file.

Caveats: the model is trained on a few hundred articles, so it knows the titles and forms those use; it sees
only mentions the extractors found (a person no extractor names is never a candidate); the MEMBER_OF relations
are not scored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zhkg.errors import ConfigError, ModelFileError
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.learned import Head, RelationModel, _bucket, _fold, hash_features
from zhkg.resources import data_path

if TYPE_CHECKING:
    from zhkg.relate.base import RelationContext

__all__ = ["MODES", "HEADS", "DEFAULT_MODEL", "Span", "Candidate", "triple_features", "candidates",
           "role_probability", "unsaid", "load_roles_model", "apply_learned_roles", "collecting"]

#: The values ``Config.learned_roles`` takes.
MODES = ("off", "rescore", "add", "both")
#: The model's heads: the rules' triples', the other candidates'; bump the numbers when :func:`triple_features` changes.
HEADS = ("rules1", "cands1")
DEFAULT_MODEL = "roles_learned_v1.npz"
#: A title is paired with people at most this many characters from it, and with bodies this far before it
#: (or :data:`BODY_AFTER` after it): the rules' own reach.
PERSON_REACH, BODY_BEFORE, BODY_AFTER = 30, 60, 20
#: At most this many of the nearest people and bodies for each title.
NEAREST_PEOPLE, NEAREST_BODIES = 3, 4

Span = tuple[int, int]
_BODY_TYPES = {Label.ORGANIZATION: "ORG", Label.PLACE: "LOC"}


@dataclass(frozen=True)
class Candidate:
    """One (person, title, body) triple of a document: their spans in the normalised text, the body's type, the
    counts of other people, bodies and titles between them, whether the body is in the sentence before, and the
    rules' relation when the rules read it (None for a candidate of :func:`candidates` alone)."""

    person: Span
    title: Span
    holder: Span
    holder_type: str
    between: tuple[int, int, int]
    previous: bool
    source: str
    target: str
    role: str
    rule: Relation | None = None


def _gap(a: Span, b: Span) -> Span:
    """The span between two spans (empty when they touch or overlap)."""
    (s1, e1), (s2, _) = sorted((a, b))
    return (e1, max(e1, s2))


def triple_features(text: str, c: Candidate) -> list[str]:
    """The features of ``c`` in the normalised ``text`` (numbers folded as :func:`zhkg.relate.learned._fold`).

    >>> c = Candidate((7, 9), (4, 7), (0, 4), "ORG", (0, 0, 0), False, "p", "o", "董事长")
    >>> fs = triple_features("万科集团董事长王石表示", c)
    >>> "o=HTP" in fs and "t=董事长" in fs and "gHT=" in fs and "Pr2=表示" in fs
    True
    """
    named = {"P": c.person, "T": c.title, "H": c.holder}
    order = "".join(k for k, _ in sorted(named.items(), key=lambda kv: (kv[1][0], -kv[1][1])))
    title = _fold(text[c.title[0]:c.title[1]])
    holder = _fold(text[c.holder[0]:c.holder[1]])
    fs = ["bias", f"o={order}", f"ty={c.holder_type}", f"o={order}|{c.holder_type}", f"t={title}",
          f"t1={title[-1:]}", f"t2={title[-2:]}", f"tp={title[:1]}", f"hs1={holder[-1:]}", f"hs2={holder[-2:]}",
          f"th={title}|{holder[-1:]}", f"rule={c.rule is not None}", f"prev={c.previous}",
          f"nP={min(c.between[0], 2)}", f"nH={min(c.between[1], 2)}", f"nT={min(c.between[2], 2)}"]
    if c.person == c.title:
        fs.append("noP")  # a rule's person named by no mention near (a pronoun, a name no extractor found)
    if c.holder[0] < c.title[1] and c.title[0] < c.holder[1]:
        fs.append("fused")  # 花莲县长: the body's name runs into its title
    for pair, (a, b) in (("PT", (c.person, c.title)), ("HT", (c.holder, c.title)), ("PH", (c.person, c.holder))):
        s, e = _gap(a, b)
        gap = _fold(text[s:e])
        fs += [f"d{pair}={_bucket(len(gap))}|{order}"]
        if len(gap) <= 8:
            fs.append(f"g{pair}={gap}")
        for n in (1, 2):
            fs.extend(f"b{pair}{n}={gap[i:i + n]}" for i in range(len(gap) - n + 1))
        fs += [f"p{pair}={'，' in gap or ',' in gap}|{'、' in gap}|{'的' in gap}|{'。' in gap}"]
    for name, (s, e) in named.items():
        left, right = _fold(text[max(0, s - 2):s]), _fold(text[e:e + 2])
        fs += [f"{name}l1={left[-1:]}", f"{name}l2={left}", f"{name}r1={right[:1]}", f"{name}r2={right}"]
    return fs


def _title_spans(ctx: RelationContext, start: int, end: int, orgs: list[Mention]) -> list[tuple[int, int, str]]:
    """The title words of the lexicon in ``[start, end)``, longest at each place, none inside a longer
    organisation's name (董事会 in 董事会办公室 is one)."""
    out, at, text = [], start, ctx.simplified
    while at < end:
        word = ctx.lexicon.role_at(text, at)
        if len(word) > 1 and at + len(word) <= end:
            if not any(m.start <= at and at + len(word) <= m.end and m.end - m.start > len(word) for m in orgs):
                out.append((at, at + len(word), word))
            at += len(word)
        else:
            at += 1
    return out


def _distance(a: Span, b: Span) -> int:
    s, e = _gap(a, b)
    return e - s


def _between(spans: list[Span], a: Span, b: Span) -> int:
    s, e = _gap(a, b)
    return sum(s <= x[0] and x[1] <= e for x in spans)


def candidates(ctx: RelationContext) -> list[Candidate]:
    """Every candidate triple of the document and every HOLDS_ROLE the rules read (with its ``rule``), once each
    (a rule's triple first)."""
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    bodies = [m for m in ctx.mentions if m.label in _BODY_TYPES]
    orgs = [m for m in bodies if m.label is Label.ORGANIZATION]
    titles: list[tuple[int, int, str]] = []
    per_sentence = []
    for k, (s, e) in enumerate(ctx.sentences):
        found = _title_spans(ctx, s, e, orgs)
        titles += found
        per_sentence.append((k, s, e, found))
    title_spans = [(s, e) for s, e, _ in titles]
    people_spans = [(m.start, m.end) for m in people]
    body_spans = [(m.start, m.end) for m in bodies]
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()

    def add(p: Mention | None, t: Span, h: Mention | None, role: str, source: str, target: str, rule=None) -> None:
        key = (source, role, target)
        if key in seen:
            return
        seen.add(key)
        ps = (p.start, p.end) if p is not None else t
        hs = (h.start, h.end) if h is not None else t
        previous = h is not None and ctx.sentence_index(h.start) < ctx.sentence_index(t[0])
        between = (_between(people_spans, ps, t), _between(body_spans, hs, t), _between(title_spans, ps, hs) - 1)
        out.append(Candidate(ps, t, hs, _BODY_TYPES.get(h.label, "NONE") if h is not None else "NONE",
                             (between[0], between[1], max(between[2], 0)), previous, source, target, role, rule))

    for r in ctx.read:
        if r.kind is RelationKind.HOLDS_ROLE and r.role_simplified:
            s, e = r.evidence.start, r.evidence.end
            p = _nearest([m for m in people if ctx.owner.get(m) == r.source], (s, e))
            h = _nearest([m for m in bodies if ctx.owner.get(m) == r.target], (s, e))
            at = ctx.simplified.find(r.role_simplified, max(0, s - 5), e + 5)
            t = (at, at + len(r.role_simplified)) if at >= 0 else (s, s)
            add(p, t, h, r.role_simplified, r.source, r.target, r)
    for k, s, e, found in per_sentence:
        lo = ctx.sentences[k - 1][0] if k else s
        for ts, te, word in found:
            near_p = sorted((m for m in people if s <= m.start < e and _distance((m.start, m.end), (ts, te)) <= PERSON_REACH),
                            key=lambda m: (_distance((m.start, m.end), (ts, te)), m.start))[:NEAREST_PEOPLE]
            near_h = sorted((m for m in bodies if lo <= m.start and m.end <= e and ts - BODY_BEFORE <= m.start
                             and m.start <= te + BODY_AFTER),
                            key=lambda m: (_distance((m.start, m.end), (ts, te)), m.start))[:NEAREST_BODIES]
            for p in near_p:
                for h in near_h:
                    add(p, (ts, te), h, word, ctx.owner[p], ctx.owner[h])
    return out


def unsaid(cands: list[Candidate]) -> list[Candidate]:
    """The candidates of one document that ``add`` may write: no rule's triple, and none a rule's triple already
    says (the same person and body, one title ending the other: 副市长 read, 市长 of the same city is no new post).

    >>> def c(role, rule=None): return Candidate((0, 1), (1, 2), (2, 3), "ORG", (0, 0, 0), False, "p", "o", role, rule)
    >>> [x.role for x in unsaid([c("副市长", rule=True), c("市长"), c("党员")])]
    ['党员']
    """
    said: dict[tuple[str, str], list[str]] = {}
    for x in cands:
        if x.rule is not None:
            said.setdefault((x.source, x.target), []).append(x.role)
    return [x for x in cands if x.rule is None and x.source != x.target
            and not any(r.endswith(x.role) or x.role.endswith(r) for r in said.get((x.source, x.target), ()))]


def _nearest(mentions: list[Mention], span: Span) -> Mention | None:
    """The mention of ``mentions`` nearest ``span`` (inside it first), or None."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: (_distance((m.start, m.end), span), m.start))


def role_probability(heads: tuple[Head, Head], text: str, c: Candidate) -> float:
    """The model's probability that ``c`` is a role the text gives (by the rules' head for a rule's triple)."""
    head = heads[0] if c.rule is not None else heads[1]
    return float(head.probabilities(hash_features(triple_features(text, c)))[1])


def load_roles_model(path: str | os.PathLike[str] | None = None) -> tuple[Head, Head]:
    """The two heads (:data:`HEADS`) of the model at ``path`` (default: the one shipped), read once per process
    (:func:`zhkg.relate.learned.load_relation_model`'s cache). Raises :class:`~zhkg.errors.ModelFileError`, one
    line naming the file, when it is missing, unreadable or lacks a roles head."""
    from zhkg.relate.learned import load_relation_model

    p = Path(path) if path else data_path(DEFAULT_MODEL)
    model: RelationModel = load_relation_model(p)
    for name in HEADS:
        if name not in model.heads or model.heads[name].labels != ("unknown", "role"):
            raise ModelFileError(f"{p}: no learned roles head {name!r} (a model of other features or relations)")
    return model.heads[HEADS[0]], model.heads[HEADS[1]]


#: Set by :func:`collecting`: the trainer's list, which each document's candidates are appended to.
_COLLECT: list | None = None


class collecting:  # noqa: N801 (a context manager named as the verb it is)
    """``with collecting() as found:`` each document the pipeline relates adds ``(simplified text, candidates,
    names)`` to ``found`` (names: each entity id's surface forms in the document), whatever ``learned_roles``
    says; the relations are left as the rules read them."""

    def __enter__(self) -> list:
        global _COLLECT
        _COLLECT = []
        return _COLLECT

    def __exit__(self, *exc: object) -> None:
        global _COLLECT
        _COLLECT = None


def apply_learned_roles(ctx: RelationContext) -> list[Relation]:
    """``ctx.read`` as ``ctx.config.learned_roles`` says: untouched (``off``), without the rule roles the model
    doubts (``rescore``), with the candidates it is sure of (``add``), or both."""
    mode = ctx.config.learned_roles
    if _COLLECT is not None:
        names: dict[str, set[str]] = {}
        for m in ctx.mentions:
            names.setdefault(ctx.owner[m], set()).add(m.simplified)
        _COLLECT.append((ctx.simplified, candidates(ctx), names))
        return ctx.read
    if mode == "off":
        return ctx.read
    if mode not in MODES:
        raise ConfigError(f"learned_roles must be one of {', '.join(MODES)}, not {mode!r}")
    heads = load_roles_model(ctx.config.learned_roles_model or None)
    found = candidates(ctx)
    out = ctx.read
    if mode in ("rescore", "both"):
        drop = {id(c.rule) for c in found if c.rule is not None
                and role_probability(heads, ctx.simplified, c) < ctx.config.learned_roles_drop_below}
        out = [r for r in ctx.read if id(r) not in drop]
    if mode in ("add", "both"):
        written: set[tuple[str, str]] = set()
        for c in unsaid(found):
            if (c.source, c.target) not in written \
                    and role_probability(heads, ctx.simplified, c) >= ctx.config.learned_roles_add_above:
                written.add((c.source, c.target))  # one post a person and body: the first title read
                s, e = min(c.person[0], c.title[0], c.holder[0]), max(c.person[1], c.title[1], c.holder[1])
                former = ctx.simplified[max(0, c.title[0] - 1):c.title[0]] in ("前", "原")
                out.append(ctx.relation(c.source, c.target, RelationKind.HOLDS_ROLE, s, e,
                                        ctx.text[c.title[0]:c.title[1]], former=former))
    ctx.read = out
    return out
