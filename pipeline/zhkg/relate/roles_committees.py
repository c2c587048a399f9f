"""A committee's chair and deputy named after the committee, for the role readers (:mod:`zhkg.relate.roles`), as
Hong Kong's press lists the Legislative Council's panels (round hkroles159, issue 11):

* the title opening its clause (or right after the committee's name, a colon after it), the holder after it, maybe
  after a colon or 为: 交通事务委员会…，主席：X（民建联）；副主席：Y（工联会）; 主席为X; 财经事务委员会主席：X;
* the holder opening his clause (or after 由, 、 or a verb of electing), a verb of taking the post (maybe after an
  adverb: 再度), the title: 由X出任主席、Y出任副主席; X（民建联）当选主席; X再度当选主席; 选出X为主席、Y为副主席;
  and 主席由X出任;
* two holders (maybe with their badges, 由 before them) and 分别 before 正、副主席 (正副主席, 主席及副主席):
  X及Y分别当选正、副主席, the first the chair.

Each holds the title of the committee (an organisation whose name ends in 委员会) named last before the title in its
sentence (committees listed one after another: 甲委员会：主席X、副主席Y；乙委员会：主席Z), which may be a heading on a
line of its own (财经事务委员会\n主席：X\n副主席：Y; a blank line ends its reach).

Caveats: only 主席 and 副主席; no reading when another body stands between the committee and the title (a party's
badge in brackets after a name aside: X（民建联）), when the committee is joined to another before it (甲委员会与
乙委员会举行联席会议: whose chair?), or when the title is part of a longer word (主席团). A title a body is written
right before (民建联主席X) is the other readers' and stays that body's.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_listed import _people_by_start
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_words import _clause_opens
from zhkg.text import LIST_JOINERS

__all__ = ["read_committee_officers", "_COMMITTEE_TITLES", "_TAKING_POST", "_committee_before"]


#: The officers' titles read, the longer first (副主席 before 主席).
_COMMITTEE_TITLES = ("副主席", "主席")


#: How a committee's name ends.
_COMMITTEE_END = "委员会"


#: Verbs of taking a post between a holder and the bare title (X当选主席, 由X出任主席), the longer first.
_TAKING_POST = ("获选为", "当选为", "获选", "当选", "出任", "担任", "连任")


#: What may stand between the title and its holder after it: a colon or a link (主席：X, 主席为X).
_BEFORE_HOLDER = ("：", ":", "为", "是", "")


#: Letters after the title that lead to its holder, not a longer word (主席为X, 主席由X出任; not 主席团).
_LINKS_AFTER = ("为", "是", "由")


#: A party's (or a union's) badge in brackets right after a name: X（民建联）.
_BADGE = re.compile(r"[（(][^（）()]{1,8}[）)]")


#: Two holders and their titles in one: X及Y分别当选正、副主席 (主席及副主席).
_BOTH_TITLES = ("正、副主席", "正副主席", "主席及副主席", "主席和副主席", "主席与副主席")


#: Adverbs that may stand between a holder and the verb of taking the post: X再度当选主席.
_BEFORE_TAKING = ("再度", "再次", "顺利", "成功", "继续", "亦", "也", "则")


#: Verbs of electing before the holder of 为 and the title: 选出X为主席、Y为副主席 (X为主席 alone says nothing).
_ELECTING = ("选出", "推选", "推举", "选举")


def read_committee_officers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The chair and deputy of a committee named before their bare titles (see the module's forms); ``found``, the
    roles read so far, are not read again."""
    simplified = ctx.simplified
    if _COMMITTEE_END not in simplified or "主席" not in simplified:
        return []
    committees = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.simplified.endswith(_COMMITTEE_END)]
    if not committees:
        return []
    committee_ends = {m.end for m in committees}
    starts = _people_by_start(ctx)
    ends = {m.end: m for m in starts.values()}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out: list[Relation] = []

    def add(person: Mention, title_at: int, title: str) -> None:
        body = _committee_before(ctx, committees, title_at)
        if body is None:
            return
        owner = _named_without_by(ctx, person)
        key = (owner, ctx.owner[body], title)
        if key not in have:
            have.add(key)
            start, end = min(person.start, title_at), max(person.end, title_at + len(title))
            out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, start, end,
                                    ctx.text[title_at : title_at + len(title)]))

    at = simplified.find("主席")
    while at >= 0:
        title_at = at - 1 if simplified.endswith("副", 0, at) else at
        title = simplified[title_at : at + 2]
        after = at + 2
        at = simplified.find("主席", after)
        if simplified[after : after + 1].isalnum() and after not in starts \
                and not simplified.startswith(_LINKS_AFTER, after):
            continue  # 主席团: a longer word's
        if simplified.endswith(_BOTH_TITLES, 0, after):
            _both_titles(ctx, ends, after, add)
            continue
        if _clause_opens(ctx, title_at) or simplified.endswith("、", 0, title_at) \
                or (title_at in committee_ends and simplified[after : after + 1] in ("：", ":")):  # 主席：X, 主席为X
            person = _holder_after(simplified, after, starts)
            if person is not None:
                add(person, title_at, title)
            continue
        person = _holder_before(ctx, ends, _before_verb(simplified, title_at))
        if person is not None:
            add(person, title_at, title)
    return out


def _before_verb(simplified: str, at: int) -> int:
    """Where the verb of taking the post before ``at`` starts, an adverb before it taken too (X再度当选|主席); for 为,
    only after a verb of electing before the holder (选出X为主席); -1 when no verb stands there."""
    verb = next((v for v in _TAKING_POST if simplified.endswith(v, 0, at)), None)
    if verb is None:
        if not simplified.endswith("为", 0, at) or not any(e in simplified[max(0, at - 30) : at] for e in _ELECTING):
            return -1
        verb = "为"
    at -= len(verb)
    return at - len(next((a for a in _BEFORE_TAKING if simplified.endswith(a, 0, at)), ""))


def _holder_after(simplified: str, at: int, starts: dict[int, Mention]) -> Mention | None:
    """The person after a bare title ending at ``at`` (主席：X, 主席为X, 主席由X出任)."""
    for link in _BEFORE_HOLDER:
        person = starts.get(at + len(link)) if simplified.startswith(link, at) else None
        if person is not None:
            return person
    person = starts.get(at)
    if person is not None and person.simplified.startswith("由"):  # 主席由X出任, the recogniser's 由X
        tail = _BADGE.match(simplified, person.end)
        return person if simplified.startswith(_TAKING_POST, tail.end() if tail else person.end) else None
    if simplified.startswith("由", at) and (person := starts.get(at + 1)) is not None:
        tail = _BADGE.match(simplified, person.end)
        return person if simplified.startswith(_TAKING_POST, tail.end() if tail else person.end) else None
    return None


def _named_without_by(ctx: RelationContext, person: Mention) -> str:
    """The entity ``person`` names; for a name the recogniser ran 由 into (主席由|林美华出任), the person the
    document names without it, else the name after 由, derived."""
    name = person.simplified
    if not name.startswith("由") or len(name) < 3:
        return _owner_of(ctx, person)
    named = next((m for m in ctx.mentions if m.label is Label.PERSON and m.simplified == name[1:]), None)
    return ctx.owner[named or ctx.derive_mention(person.start + 1, person.end, Label.PERSON)]


def _holder_before(ctx: RelationContext, ends: dict[int, Mention], at: int) -> Mention | None:
    """The person whose name (maybe with a badge in brackets after it) ends at ``at``, opening his clause, after 、
    or after 由 that opens one or follows a committee's name (教育事务委员会由X出任主席)."""
    simplified = ctx.simplified
    person = _person_ending(simplified, ends, at)
    if person is None:
        return None
    if _clause_opens(ctx, person.start) or simplified.endswith(("、", *_ELECTING), 0, person.start):
        return person
    if simplified.endswith("由", 0, person.start):
        by = person.start - 1
        if _clause_opens(ctx, by) or simplified.endswith(_COMMITTEE_END, 0, by):
            return person
    return None


def _person_ending(simplified: str, ends: dict[int, Mention], at: int) -> Mention | None:
    """The person whose name, maybe with a badge in brackets after it (X（民建联）), ends at ``at``."""
    if at <= 0:
        return None
    person = ends.get(at)
    if person is None and simplified[at - 1 : at] in "）)":
        badge = next((m for m in _BADGE.finditer(simplified, max(0, at - 10), at) if m.end() == at), None)
        person = ends.get(badge.start()) if badge is not None else None
    return person


def _both_titles(ctx: RelationContext, ends: dict[int, Mention], after: int, add) -> None:
    """X及Y分别当选正、副主席 ending at ``after``: X the chair, Y the deputy."""
    simplified = ctx.simplified
    both = next(b for b in _BOTH_TITLES if simplified.endswith(b, 0, after))
    title_at = after - len(both)
    verb = next((v for v in _TAKING_POST if simplified.endswith(v, 0, title_at)), None)
    if verb is None or not simplified.endswith("分别", 0, title_at - len(verb)):
        return
    second = _person_ending(simplified, ends, title_at - len(verb) - 2)
    if second is None:
        return
    joiner = next((j for j in LIST_JOINERS if simplified.endswith(j, 0, second.start)), None)
    first = _person_ending(simplified, ends, second.start - len(joiner)) if joiner else None
    if first is None or not (_clause_opens(ctx, first.start) or (simplified.endswith("由", 0, first.start)
                                                                and _clause_opens(ctx, first.start - 1))):
        return
    add(first, after - (len(both) if both.startswith("主席") else 2), "主席")
    add(second, after - 3, "副主席")


def _committee_before(ctx: RelationContext, committees: list[Mention], at: int) -> Mention | None:
    """The committee named last before ``at`` in its sentence, with no other body between (a badge in brackets
    aside) and not joined to another committee before it; ``None`` otherwise."""
    simplified = ctx.simplified
    # (a committee may head a list on a line of its own: 财经事务委员会\n主席：X\n副主席：Y; a paragraph ends its reach)
    paragraph = simplified.rfind("\n\n", 0, at)
    s = max(max(simplified.rfind(c, 0, at) for c in "。！？!?") + 1, paragraph + 2 if paragraph >= 0 else 0)
    before = [m for m in committees if s <= m.start and m.end <= at]
    if not before:
        return None
    body = before[-1]
    if simplified[body.start - 1 : body.start] in LIST_JOINERS and any(m.end == body.start - 1 for m in before):
        return None
    for m in ctx.mentions:
        if m.label is Label.ORGANIZATION and body.end <= m.start < at and m is not body \
                and simplified[m.start - 1 : m.start] not in "（(":
            return None
    return body
