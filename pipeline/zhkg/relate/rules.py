"""Relations: roles, membership, location, containment, counts, authorship.

Every relation is read from a pattern of adjacent mentions in one sentence and
keeps that sentence and the character span it covers as evidence:

* **roles**: organisation + role words + person, chained by 、
  (平谷区城乡基层防控组组长、区政协党组书记、主席闫维洪 gives 组长 of the 防控组 and
  党组书记 and 主席 of 平谷区政协); and person + 是/任/担任… or a comma +
  organisation + role word (王石是万科集团董事长; 王石，万科集团董事长，), unless
  another person follows in the clause (王石，万科集团董事长郁亮: the role is 郁亮's);
* **membership**: a list of people closed by 等委员 / 等代表: members of the
  nearest 政协, 人大 or 委员会 in the sentence, else the document's main one;
* **location**: an organisation whose canonical name starts with a place's;
* **containment**: a place within the nearest ancestor present in the graph;
* **counts**: a count belongs to the nearest place or organisation before it
  in its clause (全区17个镇乡(街道)、274个村 -> 平谷区);
* **authorship**: the byline's people and the sign-off office are authors of the
  document; the source line's outlet published it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from zhkg.resources.gazetteer import Gazetteer
from zhkg.stages.normalise import to_simplified
from zhkg.extract.people import role_words as role_chain_words
from zhkg.records import Document, Entity, Evidence, Label, Mention, Relation, RelationKind
from zhkg.text import sentence_at, sentence_spans

__all__ = ["relate_document", "relate_places"]

_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:\n]")
_MEMBER_ROLE = re.compile(r"^(?:等)?(委员|代表|成员)")
_COMMITTEE_SUFFIXES = ("政协", "人大", "委员会", "常委会")


class _Ctx:
    """Per-document look-ups shared by the pattern readers."""

    def __init__(self, doc: Document, mentions: list[Mention], owner: dict[Mention, str], simplified: str | None = None):
        self.doc = doc
        self.text = doc.text
        self.simplified = simplified if simplified is not None else to_simplified(doc.text)
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.owner = owner
        self.sentences = sentence_spans(doc.text)
        self.org_ending_at: dict[int, Mention] = {}
        self.org_starting_at: dict[int, Mention] = {}
        self.person_starts = {m.start for m in self.mentions if m.label is Label.PERSON}
        for m in self.mentions:
            if m.label is Label.ORGANIZATION:
                self.org_ending_at.setdefault(m.end, m)
                self.org_starting_at.setdefault(m.start, m)  # the longest, as mentions sort by -end

    def evidence(self, start: int, end: int) -> Evidence:
        s, e = sentence_at(self.sentences, start)
        s, e = min(s, start), max(e, end)
        return Evidence(doc_id=self.doc.id, sentence=self.text[s:e], start=start, end=end)

    def relation(self, source: str, target: str, kind: RelationKind, start: int, end: int, role: str = "") -> Relation:
        return Relation(
            source=source,
            target=target,
            kind=kind,
            evidence=self.evidence(start, end),
            role=role,
            role_simplified=to_simplified(role) if role else "",
        )


def _roles(ctx: _Ctx) -> list[Relation]:
    """Organisation + role(s) + person, chained leftwards by 、."""
    simplified = ctx.simplified
    roles = role_chain_words()
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        pos = person.start
        while True:
            found = None
            # try each role ending here, longest first; 人大代表 must yield to 代表 after 韩城市人大
            for role in (r for r in roles if simplified.endswith(r, 0, pos)):
                chain, p = [role], pos - len(role)
                while p > 0 and simplified[p - 1] in "、和":
                    more = next((r for r in roles if simplified.endswith(r, 0, p - 1)), None)
                    if more is None:
                        break
                    chain.append(more)
                    p = p - 1 - len(more)
                org = ctx.org_ending_at.get(p)
                if org is not None:
                    found = (org, chain)
                    break
            if found is None:
                break
            org, chain = found
            for role_simplified in reversed(chain):
                # the role in the source script, at its own offsets
                idx = simplified.rfind(role_simplified, org.end, person.start)
                role = ctx.text[idx : idx + len(role_simplified)] if idx >= 0 else role_simplified
                out.append(
                    ctx.relation(
                        ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, org.start, person.end, role
                    )
                )
            pos = org.start
            if pos > 0 and ctx.text[pos - 1] == "、":
                pos -= 1
                continue
            break
    return out


# what may stand between a person and the organisation + role that describe them
_PERSON_IS = ("现任", "担任", "出任", "兼任", "是", "任", "系", "，", ",")
_BEFORE_LINK = frozenset("已将曾")


def _roles_after(ctx: _Ctx) -> list[Relation]:
    """Person + 是/任/担任… (or a comma) + organisation + role word: 王石是万科集团董事长."""
    simplified = ctx.simplified
    roles = role_chain_words()
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = person.end + (simplified[person.end : person.end + 1] in _BEFORE_LINK)  # 谢多已出任…
        link = next((w for w in _PERSON_IS if simplified.startswith(w, at)), None)
        org = ctx.org_starting_at.get(at + len(link)) if link else None
        if org is None:
            continue
        role = next((r for r in roles if simplified.startswith(r, org.end)), None)
        if role is None:
            continue
        end = org.end + len(role)
        brk = _CLAUSE_BREAK.search(simplified, end)
        clause_end = brk.start() if brk else len(simplified)
        if any(end <= s < clause_end for s in ctx.person_starts):
            continue  # 王石，万科集团董事长郁亮 / …主任工程师、高级技师罗东元: the role is the next person's
        if link in "，," and clause_end != end:
            continue  # an apposition ends where its role does: 王石，万科集团董事长，
        out.append(ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[org.end : end]))
    return out


def _members(ctx: _Ctx) -> list[Relation]:
    """张吉辉、李伟涛……等委员: members of the nearest committee."""
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    committees = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.canonical.endswith(_COMMITTEE_SUFFIXES)]
    if not committees:
        return []
    main = Counter(ctx.owner[m] for m in committees).most_common(1)[0][0]
    out = []
    for i, last in enumerate(people):
        tail = ctx.simplified[last.end : last.end + 4]
        role = _MEMBER_ROLE.match(tail)
        if not role:
            continue
        group = [last]
        j = i - 1
        while j >= 0 and people[j].end + 1 == group[0].start and ctx.text[people[j].end] in "、,，":
            group.insert(0, people[j])
            j -= 1
        s, e = sentence_at(ctx.sentences, last.start)
        near = [c for c in committees if s <= c.start < e]
        target = ctx.owner[min(near, key=lambda c: abs(c.start - last.end))] if near else main
        role_text = ctx.text[last.end + role.start(1) : last.end + role.end(1)]
        for person in group:
            out.append(
                ctx.relation(
                    ctx.owner[person], target, RelationKind.MEMBER_OF, group[0].start, last.end + role.end(), role_text
                )
            )
    return out


def _locations(ctx: _Ctx) -> list[Relation]:
    """An organisation is located in the place its canonical name starts with."""
    places = {}
    for m in ctx.mentions:
        if m.label is Label.PLACE and m.canonical:
            places.setdefault(m.canonical, ctx.owner[m])
    out = []
    for m in ctx.mentions:
        if m.label is not Label.ORGANIZATION:
            continue
        best = max((p for p in places if m.canonical.startswith(p) and len(p) < len(m.canonical)), key=len, default=None)
        if best is not None:
            out.append(ctx.relation(ctx.owner[m], places[best], RelationKind.LOCATED_IN, m.start, m.end))
    return out


def _counts(ctx: _Ctx) -> list[Relation]:
    """A count belongs to the nearest place or organisation before it in its clause."""
    out = []
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(ctx.text)]
    # holders by where they end; the outermost mention ending last wins: 区政协机关, not the 区 inside it
    holders = sorted((m for m in ctx.mentions if m.label in (Label.PLACE, Label.ORGANIZATION)),
                     key=lambda h: (h.end, -h.start))
    ends = [h.end for h in holders]
    for count in (m for m in ctx.mentions if m.label is Label.COUNT):
        k = bisect_right(breaks, count.start) - 1
        clause_start = breaks[k] if k >= 0 and breaks[k] <= count.start else 0
        i = bisect_right(ends, count.start) - 1
        holder = None
        while i >= 0 and holders[i].end > clause_start:
            if holders[i].start >= clause_start:
                holder = holders[i]
                break
            i -= 1
        if holder is None:
            continue
        out.append(ctx.relation(ctx.owner[holder], ctx.owner[count], RelationKind.HAS_COUNT, holder.start, count.end))
    return out


def _authorship(ctx: _Ctx, doc_node: str) -> list[Relation]:
    doc = ctx.doc
    out = []
    head = ctx.text[:200]
    for m in ctx.mentions:
        if m.label is Label.PERSON and m.extractor in ("people:byline", "people:reporter"):
            out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.AUTHOR_OF, m.start, m.end))
        elif m.label is Label.ORGANIZATION:
            line_end = ctx.text.find("\n", m.start)
            line = ctx.text[ctx.text.rfind("\n", 0, m.start) + 1 : line_end if line_end >= 0 else len(ctx.text)]
            if doc.source and m.text in doc.source and m.start < len(head):
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.PUBLISHED, m.start, m.end))
            elif doc.signoff and line.strip() == doc.signoff and m.text == doc.signoff:
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.AUTHOR_OF, m.start, m.end))
            elif doc.kind == "related" and re.match(r"^[-—\s]*(?:[\u4e00-\u9fff]{0,8}客户端)?\d{1,2}月\d{1,2}日讯", ctx.simplified[m.end : m.end + 20]):
                out.append(ctx.relation(ctx.owner[m], doc_node, RelationKind.PUBLISHED, m.start, m.end))
    return out


def _mentioned_in(ctx: _Ctx, doc_node: str) -> list[Relation]:
    first: dict[str, Mention] = {}
    for m in ctx.mentions:
        first.setdefault(ctx.owner[m], m)
    return [ctx.relation(eid, doc_node, RelationKind.MENTIONED_IN, m.start, m.end) for eid, m in sorted(first.items())]


def relate_document(
    doc: Document,
    mentions: list[Mention],
    owner: dict[Mention, str],
    *,
    doc_node: str,
    mentioned_in: bool = True,
    simplified: str | None = None,
) -> list[Relation]:
    """All relations read from one document's canonicalised mentions.

    ``simplified`` is the document's normalised text, when the caller has it.
    """
    ctx = _Ctx(doc, mentions, owner, simplified)
    relations = _roles(ctx) + _roles_after(ctx) + _members(ctx) + _locations(ctx) + _counts(ctx) + _authorship(ctx, doc_node)
    if mentioned_in:
        relations += _mentioned_in(ctx, doc_node)
    return relations


def relate_places(entities: list[Entity], gazetteer: Gazetteer) -> list[Relation]:
    """Each coded place WITHIN its nearest ancestor that is also an entity."""
    by_code = {e.code: e for e in entities if e.label is Label.PLACE and e.code}
    out = []
    for e in sorted(by_code.values(), key=lambda e: e.id):
        ancestor = next((a for a in gazetteer.ancestors(e.code) if a.code in by_code), None)
        if ancestor is None:
            continue
        m = e.mentions[0]
        out.append(
            Relation(
                source=e.id,
                target=by_code[ancestor.code].id,
                kind=RelationKind.WITHIN,
                evidence=Evidence(doc_id=m.doc_id, sentence=f"{e.name} ⊂ {ancestor.name} (gazetteer)", start=m.start, end=m.end),
            )
        )
    return out
