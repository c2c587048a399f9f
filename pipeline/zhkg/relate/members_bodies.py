"""MEMBER_OF beyond sports teams (session 13, members13b): parties, the Youth League, associations, bands,
delegations and a team's captain, as news and biographies write them. Read by :func:`zhkg.relate.membership.
read_membership`, which keeps a pair these forms find only when its other readers did not find it.

- A biography's opening sentence, which starts with the person (先生/女士 and a comma or colon maybe after him, a
  label such as 监事： maybe before him) and gives 男/女 or a year of birth as one of its fields (王伟，男，汉族，
  1965年生，中共党员，…; 刘志坚先生：1956年出生，…，中共党员): a field 中共党员 (a member of 中国共产党, derived), 共青团员 (of
  中国共产主义青年团, derived) or an organisation + member word (中国美术家协会会员, 中国共产党党员). 中共 anywhere
  else is left unread: a sentence such as 会议指出，中共党员要… names no member.
- 共青团员 + person (共青团员王小明) and person + 是/为 (一名) + 中共党员/共青团员.
- A band + 成员 + a list of people closed by 和/与 (五月天乐队成员阿信、石头和怪兽): every item; the stage names among
  them are people the extraction's band reader found (:mod:`zhkg.extract.players`: no title, pronoun or common
  word of a crowd such as 歌迷, 工作人员).
- An organisation + member word + 包括/有/为 + a list whose items carry titles (代表团成员包括外交部副部长王伟、商务部
  部长助理李强): each person, the title between read by the role readers (HOLDS_ROLE, unchanged).
- A team + 队长 or 副队长 + person (国足队长郑智, 国足副队长郑智): the captain, who holds the title, is also a member (no
  member word), so that 队友 + person after him (和队友孙继海) is a member of the same team.

Caveats: a biography's fields are read only in its first sentence; 入党 with no party named stays unread; a bare
committee (委员会成员X with no committee named) names no body.
"""

from __future__ import annotations

import re

from zhkg.extract.players import BAND_HEADS
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.text import sentence_at

__all__ = ["read_member_bodies"]

#: A biography's field that makes the sentence one: the sex, or a year of birth (1965年生, 1972年3月出生, 生于).
_BIO_FIELD = re.compile(r"[男女]$|\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出)?生")
#: What follows the person opening a biography: 先生/女士 maybe, then a comma or a colon (刘志坚先生：1956年出生).
_BIO_OPENER = re.compile(r"(?:先生|女士)?[，,：:]")
#: A label before the person, opening the sentence (监事：王凤仙，女，…).
_BIO_LABEL = re.compile(r"[^\W\d_]{1,6}[：:]")
#: What separates a biography's fields.
_FIELD_SEP = re.compile(r"[，,、；;]")
#: The bodies written by an abbreviation the recognisers leave unnamed, before their member word: span, full name.
_ABBREVIATED = {"中共党员": ("中共", "中国共产党", "党员"), "共青团员": ("共青团", "中国共产主义青年团", "团员")}
_ABBREVIATED_WORD = re.compile(r"中共(?:预备)?党员|共青团员")
#: 是/为 (一名) + 中共党员/共青团员 after the person (王小明是一名共青团员).
_IS_MEMBER = re.compile(r"(?:是|为)(?:一名|一位|一个)?(中共(?:预备)?党员|共青团员)")
#: A member word + 包括/有/为 opening a list of people.
_INCLUDES = re.compile(r"(成员|团员|会员)(?:还|则|主要)?(?:包括|包含|有|分别是|分别为|为|是)了?[：:]?")
#: Kinds of body a bare word names (代表团成员包括…: the one delegation named in the sentence or the one before).
_KIND_ALONE = ("代表团", "访问团", "考察团", "乐队", "乐团", "董事会")
#: A list item's separator.
_LIST_SEP = "、和及与"
#: The longest title (holder and post) between a separator and a person in a list.
_MAX_TITLE = 16
#: A team + 队长 or 副队长 + person (a vice-captain is a member of his team as the captain is).
_CAPTAIN = ("副队长", "队长")


def read_member_bodies(ctx: RelationContext) -> list[Relation]:
    """The memberships of the forms in the module docstring."""
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    out: list[Relation] = []
    out += _biographies(ctx, people)
    out += _abbreviated_members(ctx, people)
    out += _band_lists(ctx, people)
    out += _titled_lists(ctx, people)
    out += _captains(ctx, people)
    return out


def _member(ctx: RelationContext, person: Mention, org: Mention, start: int, end: int, word: str) -> Relation:
    at = ctx.simplified.rfind(word, start, end) if word else -1
    role = ctx.text[at : at + len(word)] if at >= 0 else word
    return ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.MEMBER_OF, start, end, role)


def _abbreviated_at(ctx: RelationContext, start: int, field: str) -> tuple[Mention, str] | None:
    """中共党员 / 中共预备党员 / 共青团员 starting at ``start`` (``field`` its text): the derived body and the member word."""
    key = "中共党员" if field.startswith("中共") else "共青团员"
    short, full, word = _ABBREVIATED[key]
    if any(m.start < start + len(short) and start < m.end and m.label is not Label.ORGANIZATION for m in ctx.mentions):
        return None
    return ctx.derive_organisation(start, start + len(short), canonical=full), word


def _biographies(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """Fields of a biography's opening sentence (module docstring)."""
    simplified = ctx.simplified
    out = []
    for person in people:
        s, e = sentence_at(ctx.sentences, person.start)
        opener = _BIO_OPENER.match(simplified, person.end)
        if opener is None or (person.start != s and not _BIO_LABEL.fullmatch(simplified, s, person.start)):
            continue
        fields, at = [], opener.end()
        for sep in _FIELD_SEP.finditer(simplified, at, e):
            fields.append((at, sep.start()))
            at = sep.end()
        fields.append((at, e - 1 if simplified[e - 1 : e] in "。；;！!" else e))
        if not any(_BIO_FIELD.match(simplified[a:b].strip()) for a, b in fields):
            continue
        for a, b in fields:
            field = simplified[a:b]
            if _ABBREVIATED_WORD.fullmatch(field):
                found = _abbreviated_at(ctx, a, field)
                if found is not None:
                    out.append(_member(ctx, person, found[0], person.start, b, found[1]))
                continue
            org = ctx.org_starting_at.get(a)
            word = simplified[org.end : b] if org is not None else ""
            if word and word in ctx.lexicon.member_words:
                out.append(_member(ctx, person, org, person.start, b, word))
    return out


def _abbreviated_members(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """共青团员王小明 / 中共党员王伟 (the latter the membership reader's already); 王小明是一名共青团员."""
    simplified = ctx.simplified
    starting = {m.start: m for m in people}
    out = []
    for found in _ABBREVIATED_WORD.finditer(simplified):
        person = starting.get(found.end())
        if person is not None and found.group() == "共青团员":
            body = _abbreviated_at(ctx, found.start(), found.group())
            if body is not None:
                out.append(_member(ctx, person, body[0], found.start(), person.end, body[1]))
    for linked in _IS_MEMBER.finditer(simplified):
        s, _ = sentence_at(ctx.sentences, linked.start())
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, linked.start())), default=s)
        before = [m for m in people if brk <= m.start and m.end <= linked.start()]
        if len({ctx.owner[m] for m in before}) != 1:
            continue
        body = _abbreviated_at(ctx, linked.start(1), linked.group(1))
        if body is not None:
            out.append(_member(ctx, before[-1], body[0], before[-1].start, linked.end(), body[1]))
    return out


def _person_at(ctx: RelationContext, at: int) -> Mention | None:
    """The person mention starting at ``at`` (a stage name among them: the extraction's band reader,
    :mod:`zhkg.extract.players`, makes a band's listed members people)."""
    return next((m for m in ctx.mentions if m.start == at and m.label is Label.PERSON), None)


def _band_lists(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """A band + 成员 + a list of people closed by 和/与 (五月天乐队成员阿信、石头和怪兽)."""
    simplified = ctx.simplified
    out = []
    for first in people:
        org = ctx.org_ending_at.get(first.start - 2)
        if org is None or not simplified.startswith("成员", first.start - 2) or not org.simplified.endswith(BAND_HEADS):
            continue
        items, at, closed = [first], first.end, False
        while at < len(simplified) and simplified[at] in _LIST_SEP and not closed:
            closed = simplified[at] != "、"
            item = _person_at(ctx, at + 1)
            if item is None:
                break
            items.append(item)
            at = item.end
        if not closed or len(items) != len({m.start for m in items}) or items[-1].end != at:
            continue
        for item in items:
            out.append(_member(ctx, item, org, org.start, item.end, "成员"))
    return out


def _titled(ctx: RelationContext, person: Mention, start: int) -> bool:
    """Whether ``[start, person.start)`` is a title the role readers read for ``person`` (外交部副部长)."""
    if start == person.start:
        return True
    if person.start - start > _MAX_TITLE:
        return False
    holder = ctx.owner.get(person)
    return any(r.kind is RelationKind.HOLDS_ROLE and r.source == holder and r.evidence.start <= start
               and r.evidence.end >= person.start for r in ctx.read)


def _titled_lists(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """An organisation + member word + 包括/有/为 + people with their titles (代表团成员包括外交部副部长王伟、…)."""
    simplified = ctx.simplified
    out = []
    for verb in _INCLUDES.finditer(simplified):
        at = verb.start()
        org = ctx.org_ending_at.get(at)
        kind = next((k for k in _KIND_ALONE if simplified.endswith(k, 0, at)), "") if org is None else ""
        if kind:
            i = max(ctx.sentence_index(at), 0)
            begin = ctx.sentences[max(i - 1, 0)][0] if ctx.sentences else 0
            named = [m for m in ctx.mentions if m.label is Label.ORGANIZATION and begin <= m.start and m.end <= at - len(kind)
                     and m.simplified.endswith(kind)]
            org = named[-1] if len({ctx.owner[m] for m in named}) == 1 else None
        if org is None or org.label is not Label.ORGANIZATION:
            continue
        pos = verb.end()
        _, e = sentence_at(ctx.sentences, pos)
        while pos < e:
            person = next((m for m in people if pos <= m.start <= pos + _MAX_TITLE), None)
            if person is None or not _titled(ctx, person, pos) \
                    or any(m.label is Label.PERSON and pos <= m.start < person.start for m in people):
                break
            out.append(_member(ctx, person, org, verb.start() - (len(kind) if kind else 0), person.end,
                               verb.group(1)))
            if simplified[person.end : person.end + 1] not in _LIST_SEP:
                break
            pos = person.end + 1
    return out


def _org_ending(ctx: RelationContext, end: int) -> Mention | None:
    """The organisation ending at ``end``, an earlier reader's derived ones included (国足 in 国足队长, which the
    role reader derives)."""
    found = ctx.org_ending_at.get(end)
    return found or next((m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and m.end == end),
                         None)


def _captains(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """A team + 队长 or 副队长 + person (国足队长郑智, 申花队长杜威 whose 队 the recogniser may have taken into the
    team's name, 国足副队长郑智): a member of the team, no member word (the title is his HOLDS_ROLE). The membership
    reader's 队友 takes the team of a captain from here."""
    out = []
    for person in people:
        word = next((w for w in _CAPTAIN if ctx.simplified.endswith(w, 0, person.start)), "")
        at = person.start - len(word)
        if not word or at <= 0:
            continue
        team = _org_ending(ctx, at) or (_org_ending(ctx, at + 1) if word == "队长" else None)
        if team is not None and (team.end == at or team.simplified.endswith("队")):
            out.append(_member(ctx, person, team, team.start, person.end, ""))
    return out
