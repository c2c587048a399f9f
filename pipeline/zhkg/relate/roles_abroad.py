"""Cabinets, party officers and offices abroad, and officers of Hong Kong bodies, in the forms news writes them (round
abroad309, issue 11).

* **A party's officers by their titles alone** (:func:`read_party_officers`): a report of a Japanese party's new
  leadership lists its officers as a roster, title, colon, name and a bracket (副总裁：麻生太郎（85岁、麻生派）
  干事长：铃木俊一（72岁）), or writes the title right before the name (选举对策委员长古屋圭司表示) or after it and a verb
  of taking a post (X出任干事长，). The titles are the party officers' of :data:`PARTY_OFFICERS` (干事长, 总务会长,
  政务调查会长 or 政调会长, 选举对策委员长, 国会对策委员长, 副总裁, 干事长代行, 组织运动本部长…); the holder is the party
  named last before the title (自民党, 日本自民党), else the first named after it; 前 or 原 before the title marks a
  former post. A company's title too (:data:`_COMPANY_TITLES`, 副总裁) needs the party in its sentence, or a roster's
  colon after it (台积电…，民进党立委X到场。副总裁Y表示: not the party's). The reading of a roster entry, a title before a name and a title after a verb is
  :mod:`zhkg.relate.roles_ministers`'s (the same caveats: nothing when a body is written right before the title,
  日本自民党干事长X: the other readers' reading).
* **An office's head titled by the office** (:func:`read_office_heads`): 担任总统秘书室长, 出任国家安保室长 — a verb of
  taking a post, then an office of four to eight letters ending in 室 (no organisation the recogniser named ending
  there) and 长, closing its clause: 室长 of the office, which is named for the reading. A shorter office gives
  nothing, and so does a 处 (担任人事处长, 财务处处长: mainland units whose body the sentence does not say, which the
  gold leaves out). The office and its head's title right before a name read the same (韩国总统秘书室室长X,
  国家安保室长X), the office's letters back to a place, a body, 的 or a break.
* **Japan's ministers by their short titles** (:func:`read_short_ministers`): a new cabinet's list names them so,
  X任外相、Y任防相、Z任财务相; :data:`SHORT_MINISTERS` (防相, 防卫相, 财务相, 总务相, 经产相…, each also a ``roles.tsv``
  title a place holds: 日本防相X) read as :func:`zhkg.relate.roles_ministers.read_unwritten_ministers` reads 外相, the
  state's the text writes a head of government after, else the one state it names. So are a deputy head of
  government's after a verb of taking a post (X被任命为副首相; not China's: 副总理 of 国务院 is the other readers'),
  and a minister's after the one succeeded (X同时接替Y出任司法大臣: Y is given nothing, the gold's convention). In
  a reshuffle a minister's title before the name is a post left when the name moves on to another minister's
  (外交大臣X将出任副首相: 外交大臣 former; the new post, 将出任, is to come and not read) —
  :func:`mark_reshuffled_ministers`.
* **A head of government abroad** (:func:`read_state_heads_abroad`): a bare 首相, 总理 or 总统 opening its clause and
  chained by 、 before another post of the name (首相、自民党总裁X), and one taken with the state and an ordinal
  (X今天被国会指名为日本第104任首相, 被任命为…; 出任 and 成为 are the link readers', 当选 the election readers'): the
  state's, as :mod:`zhkg.relate.roles_ministers` gives a minister's (nothing when another holds it now; never China's, whose
  heads the other readers give their bodies).
* **No minister of a cabinet** (:func:`drop_cabinet_ministers`): a minister's title (…大臣, 外相…) read as held by a bare
  cabinet the text names (首相宣布改组内阁。外交大臣X将出任…: 外交大臣 of 内阁) is dropped, so that
  :func:`zhkg.relate.roles_ministers.read_unwritten_ministers` reads it as the state's, the gold's convention (英国外交大臣
  X: 外交大臣 of 英国). A cabinet's other officers (官房长官 of 内阁) stay.
* **A bare title with its portfolio in brackets** (:func:`read_portfolio_titles`): a Hong Kong university names its
  vice-presidents by portfolio, 副校长（研究）X, 协理副校长（研究基础设施）X, 副校长（健康）（暂任）X, and appoints them
  so: X获再度委任为副校长（学术发展）. A title opening its clause (or after 的), one or two brackets of Han letters,
  then the name; or the name, 获 or 被 + 委任为 or 任命为, the title and its brackets closing the clause (a first
  appointment whose sentence says when it takes effect, 由明年1月起生效, is a post to come and gives nothing; a
  re-appointment, 再度 or 再次, is held now): the title of the body the text named before (:func:`zhkg.relate.roles_body_in_context._context_body`, the bare title's reading
  without the brackets); a deputy's title (副校长, 协理副校长) is first the body's whose head (校长) the text names now
  (香港大学校长X … 副校长（研究）Y: 香港大学's), whatever other body the sentence names; so read, a deputy's title
  needs no bracket when the sentence names no other body before it (a headline's 海关关长X将任满 副关长Y料接棒: 副关长
  of 海关; 华强集团宣布，东方银行总经理X将加盟，副总经理Y…: either body's, so nothing).
* **No post of the outlet reporting** (:func:`drop_reporting_outlets`): 《星岛》日前率先报道，…改选，主席X — an outlet
  the text names only in title marks and cites as the source of a report (报道, 报导, 引述, 披露 after it) holds no
  post read away from it; a post read with its name in the span (《星岛》社长X) stays.
* **A post kept by re-election** (:func:`read_reelection_posts`): X(资深大律师)寻求连任大律师公会副主席 — a person
  seeking or standing for re-election (寻求, 竞逐, 争取, 谋求 + 连任) to a body's post holds it now; the body is the
  organisation named there, or the letters before the title ending in an organisation's head word (公会, 协会…),
  named for the reading.

The passages these rules were written for are the forms of session 61's opened pool (pool61r); tests use sentences
of the same forms with other names, parties and offices.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_body_in_context import _context_body
from zhkg.relate.roles_context import _is_state, _opens_after_handover, _state_near, states_and_holders
from zhkg.relate.roles_former import _former
from zhkg.relate.roles_ministers import (
    _TITLE_CLOSES,
    _held,
    _minister_words,
    _state_of,
    _title_after,
    _title_before,
)
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_words import _clause_opens
from zhkg.text import is_han, sentence_at

__all__ = [
    "PARTY_OFFICERS",
    "SHORT_MINISTERS",
    "drop_cabinet_ministers",
    "drop_reporting_outlets",
    "drop_succeeded_ministers",
    "mark_reshuffled_ministers",
    "read_office_heads",
    "read_party_officers",
    "read_portfolio_titles",
    "read_reelection_posts",
    "read_short_ministers",
    "read_state_heads_abroad",
]

#: A party's officers' titles (Japan's 党四役 and 党五役, their acting deputies, the party's headquarters' chiefs),
#: the longer first.
PARTY_OFFICERS = tuple(sorted((
    "干事长", "干事长代行", "干事长代理", "副干事长", "总务会长", "政务调查会长", "政调会长", "选举对策委员长", "选对委员长",
    "国会对策委员长", "国对委员长", "副总裁", "组织运动本部长", "广报本部长",
), key=lambda w: (-len(w), w)))

#: A party officer's titles a company's officer has too: the party's only with the party in the title's sentence or in
#: a roster's entry (title, colon).
_COMPANY_TITLES = ("副总裁",)

#: Japan's ministers' short titles (外相 is :mod:`zhkg.relate.roles_ministers`'s), the longer first.
SHORT_MINISTERS = tuple(sorted((
    "防相", "防卫相", "财务相", "总务相", "经产相", "经济产业相", "文科相", "厚劳相", "厚生劳动相", "国交相", "国土交通相",
    "农水相", "农林水产相", "环境相", "法务相", "复兴相",
), key=lambda w: (-len(w), w)))

#: Whether a text holds any of :data:`SHORT_MINISTERS` or :data:`PARTY_OFFICERS`: one pass each, not one a word.
_ANY_SHORT_MINISTER = re.compile("|".join(SHORT_MINISTERS))
_ANY_PARTY_OFFICER = re.compile("|".join(PARTY_OFFICERS))

#: A deputy head of government's titles, read after a verb of taking a post (X被任命为副首相) as a minister's.
_DEPUTY_HEADS = ("副首相", "副总理")

#: A head of government's titles, read chained before another post or with an ordinal (日本第104任首相).
_HEAD_TITLES = ("首相", "总理", "总统")

#: The most letters of a body between 、 and the title before a name (首相、自民党总裁X).
_MAX_CHAINED_BODY = 10

#: A head of government's post taken, the state and an ordinal between: 被国会指名为日本第104任首相, 被任命为… (出任,
#: 就任 and 成为 are the link readers'; 当选, an election won, the election readers').
_ORDINAL_HEAD = re.compile(r"(?:指名为|任命为)([\u4e00-\u9fff]{1,6}?)第[0-9０-９一二三四五六七八九十百零]+[任届位]"
                           r"(首相|总理|总统)")

#: The most letters between a subject and the verb of its post (高市早苗|今天被国会|指名为…).
_MAX_SUBJECT_GAP = 12

#: Moving on to another post after a name: 将出任, 将接替, 转任.
_MOVES_ON = re.compile(r"(?:将|即将|则)?(?:出任|转任|接任|接替|调任|改任)")

#: Taking the post after the one succeeded is named: 接替Y出任…
_TAKING = re.compile(r"[，,]?(?:出任|担任|接任)")

#: Taking a post after the one succeeded: 林明(同时)接替王强出任…
_SUCCEEDING = re.compile(r"(?:同时|亦|也|则)?接替")

#: A verb of taking a post, then an office ending in 室 and 长 (总统秘书室长), closing its clause.
_OFFICE_HEAD = re.compile(r"(?:出任|担任|接任|转任|升任|获任命为|被任命为|任命为)([\u4e00-\u9fff]{3,7}室)(长)(?=[，,。；;、）)\n]|$)")

#: Before a verb of taking a post: the person, maybe a bracket of a foreign name between (巴霍（Jean-Noel Barrot）).
_NAME_BRACKET = re.compile(r"[（(][^（）()]{1,40}[）)]")

#: Seeking re-election to a post: 寻求连任, 竞逐连任 (亦, 也, 将, 会 maybe before).
_REELECTION = re.compile(r"(?:亦|也|将|会|将会)?(?:寻求|竞逐|争取|谋求)连任")


def read_short_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each Japanese minister's short title before a name or after a verb (X任防相、), a deputy head of government's
    after a verb (X被任命为副首相), and a minister's after the one succeeded (X同时接替Y出任司法大臣): the state's (see
    the module)."""
    simplified = ctx.simplified
    short = _ANY_SHORT_MINISTER.search(simplified) is not None
    deputy = any(w in simplified for w in _DEPUTY_HEADS)
    if not (short or deputy or "接替" in simplified):
        return []
    states = [m for m in ctx.mentions if m.label is Label.PLACE and _is_state(m)]
    if not states:
        return []
    held = {(r.source, r.role_simplified) for r in found}
    current = {(r.target, r.role_simplified): r.source for r in found if not r.former}
    ministers = tuple(sorted({*_minister_words(ctx), *SHORT_MINISTERS}, key=lambda w: (-len(w), w)))
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        spot = (short and (_title_before(ctx, person, SHORT_MINISTERS) or _title_after(ctx, person, SHORT_MINISTERS))) \
            or (deputy and _title_after(ctx, person, _DEPUTY_HEADS)) or _title_after_succeeded(ctx, person, ministers)
        if spot and not (spot[1] in _DEPUTY_HEADS and _china_titled(ctx, states, spot[1])):
            out += _held(ctx, person, *spot, states, held, current)
    return out


def read_state_heads_abroad(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A head of government's bare title chained before another post of the name (首相、自民党总裁X), and one taken
    with the state and an ordinal (X被国会指名为日本第104任首相): the state's. A bare title's state is named in the
    title's sentence or opens the sentence before (:func:`_state_near`), never the one state the document names
    elsewhere."""
    simplified = ctx.simplified
    opening = states_and_holders(ctx, found, _HEAD_TITLES)
    if opening is None:
        return []
    states, held, current = opening
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    out = []
    for person in people:
        spot = _head_chained_before(ctx, person)
        if spot is not None and not _china_titled(ctx, states, spot[1]) \
                and _state_near(ctx, states, _state_of(ctx, states, spot[1]), spot[0]):
            out += _held(ctx, person, *spot, states, held, current)
    for match in _ORDINAL_HEAD.finditer(simplified):
        state = ctx.place_starting_at.get(match.start(1))
        if state is None or not _is_state(state) or state.end != match.start(1) + len(match.group(1)) \
                or state.code == "CN":
            continue
        person = next((m for m in reversed(people) if m.end <= match.start()
                       and not CLAUSE_BREAK.search(simplified, m.end, match.start())
                       and match.start() - m.end <= _MAX_SUBJECT_GAP), None)
        title = match.group(2)
        if person is None or (source := _owner_of(ctx, person), title) in held \
                or current.get((ctx.owner[state], title), source) != source:
            continue
        held.add((source, title))
        current[(ctx.owner[state], title)] = source
        out.append(ctx.relation(source, ctx.owner[state], RelationKind.HOLDS_ROLE, person.start, match.end(),
                                ctx.text[match.start(2) : match.end()]))
    return out


def _china_titled(ctx: RelationContext, states: list[Mention], title: str) -> bool:
    """Whether the state a bare ``title`` would be given is China (its heads are its bodies', the other readers')."""
    state = _state_of(ctx, states, title)
    return state is not None and state.code == "CN"


def _head_chained_before(ctx: RelationContext, person: Mention) -> tuple[int, str] | None:
    """A head of government's bare title opening its clause, 、 and another post ending right before the name
    (首相、自民党总裁X): the head's title's start and the title."""
    simplified = ctx.simplified
    role = ctx.lexicon.role_ending(simplified, person.start)
    if not role:
        return None
    joint = simplified.rfind("、", max(0, person.start - len(role) - _MAX_CHAINED_BODY - 1), person.start - len(role))
    if joint < 0 or not all(is_han(c) for c in simplified[joint + 1 : person.start - len(role)]):
        return None
    head = next((w for w in _HEAD_TITLES if simplified.endswith(w, 0, joint)), None)
    if head is None or not _clause_opens(ctx, joint - len(head)):
        return None
    return joint - len(head), head


def drop_succeeded_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` less a minister's post read after the name of the one succeeded (X接替Y出任司法大臣: not Y's);
    :func:`read_short_ministers` gives it to the successor."""
    if "接替" not in ctx.simplified:
        return found
    words = frozenset(_minister_words(ctx)) | frozenset(SHORT_MINISTERS)
    return [r for r in found if not (r.role_simplified in words and ctx.simplified.endswith("接替", 0, r.evidence.start)
                                     and r.evidence.start in ctx.person_starts)]


def mark_reshuffled_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` with a minister's post written before the name marked former when the name moves on to another
    (外交大臣X（…）将出任副首相, 内政大臣Y将接替外交大臣一职: a reshuffle's post left)."""
    if "大臣" not in ctx.simplified and not _ANY_SHORT_MINISTER.search(ctx.simplified):
        return found
    words = tuple(sorted({*_minister_words(ctx), *SHORT_MINISTERS, *_DEPUTY_HEADS}, key=lambda w: (-len(w), w)))
    out = []
    for r in found:
        if not r.former and r.role_simplified in words and r.evidence.end in {m.end for m in ctx.mentions
                                                                           if m.label is Label.PERSON} \
                and ctx.simplified.startswith(r.role_simplified, r.evidence.start):
            at = r.evidence.end
            bracket = _NAME_BRACKET.match(ctx.simplified, at)
            moves = _MOVES_ON.match(ctx.simplified, bracket.end() if bracket else at)
            then = moves.end() if moves is not None else -1
            if moves is not None and (succeeded := _person_end_after(ctx, then)) > 0:
                then = (taking.end() if (taking := _TAKING.match(ctx.simplified, succeeded)) else -1)  # 接替Y出任…
            if then >= 0 and ctx.simplified.startswith(words, then):
                r = replace(r, former=True)
        out.append(r)
    return out


def _title_after_succeeded(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, str] | None:
    """A minister's title after the name, 接替, the one succeeded (a bracket of its name maybe after it) and a verb,
    closing its clause (林明同时接替王强（…）出任司法大臣，)."""
    simplified = ctx.simplified
    opened = _SUCCEEDING.match(simplified, person.end)
    if opened is None or (other_end := _person_end_after(ctx, opened.end())) < 0:
        return None
    bracket = _NAME_BRACKET.match(simplified, other_end)
    taking = _TAKING.match(simplified, bracket.end() if bracket else other_end)
    if taking is None:
        return None
    title = next((w for w in words if simplified.startswith(w, taking.end())), None)
    if title is None or not _TITLE_CLOSES.match(simplified, taking.end() + len(title)):
        return None
    return taking.end(), title


def _person_end_after(ctx: RelationContext, at: int) -> int:
    """Where the person named from ``at`` ends, or -1."""
    return next((m.end for m in ctx.mentions if m.label is Label.PERSON and m.start == at), -1)


def drop_cabinet_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` less each minister's title held by a bare cabinet (内阁, 新内阁: every name of the holder ending in 内阁)."""
    if "内阁" not in ctx.simplified:
        return found
    cabinets = {ctx.owner[m] for m in ctx.mentions if m.label is Label.ORGANIZATION}
    cabinets -= {ctx.owner[m] for m in ctx.mentions
                 if m.label is Label.ORGANIZATION and not (m.canonical or m.simplified).endswith("内阁")}
    if not cabinets:
        return found
    words = frozenset(_minister_words(ctx)) | frozenset(SHORT_MINISTERS)
    return [r for r in found if not (r.target in cabinets and r.role_simplified in words)]


#: A report's verb after an outlet cited as its source (《星岛》日前率先报道): a few letters of time or manner between.
_REPORTS = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:报道|报导|引述|披露|独家)")


def drop_reporting_outlets(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` less the posts of an outlet named only in title marks and cited as a report's source, unless the
    title is written right after its name (see the module)."""
    simplified = ctx.simplified
    if "》" not in simplified:
        return found
    outlets: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.label is Label.ORGANIZATION:
            outlets.setdefault(ctx.owner[m], []).append(m)
    cited = {target for target, ms in outlets.items()
             if all(simplified[m.start - 1 : m.start] == "《" and simplified[m.end : m.end + 1] == "》" for m in ms)
             and any(_REPORTS.match(simplified, m.end + 1) for m in ms)}
    if not cited:
        return found
    # (a post read with the outlet's name in its span, 《星岛》社长X, stays)
    return [r for r in found if r.target not in cited
            or any(r.evidence.start <= m.start and m.end <= r.evidence.end for m in outlets[r.target])]


def _parties(ctx: RelationContext) -> list[Mention]:
    """The parties the document names: organisations whose name ends in 党."""
    return [m for m in ctx.mentions if m.label is Label.ORGANIZATION and (m.canonical or m.simplified).endswith("党")]


def _party_near(parties: list[Mention], at: int) -> Mention | None:
    """The party named last before ``at``, else the first named after it."""
    before = [m for m in parties if m.end <= at]
    if before:
        return before[-1]
    return next((m for m in parties if m.start >= at), None)


def _party_owns(ctx: RelationContext, party: Mention, at: int, title: str) -> bool:
    """Whether a company's title too at ``at`` is ``party``'s: the party in the title's sentence, or the title a
    roster's entry (副总裁：X)."""
    if ctx.simplified.startswith(("：", ":"), at + len(title)):
        return True
    start, end = sentence_at(ctx.sentences, at)
    return start <= party.start and party.end <= end


def read_party_officers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each party officer's bare title before a name (a roster's entry) or after it and a verb: the party's post."""
    simplified = ctx.simplified
    if not _ANY_PARTY_OFFICER.search(simplified):
        return []
    parties = _parties(ctx)
    if not parties:
        return []
    held = {(r.source, r.role_simplified) for r in found}
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        spot = _title_before(ctx, person, PARTY_OFFICERS) or _title_after(ctx, person, PARTY_OFFICERS)
        if spot is None:
            continue
        at, title = spot
        party, source = _party_near(parties, at), _owner_of(ctx, person)
        if party is None or (source, title) in held or (title in _COMPANY_TITLES and not _party_owns(ctx, party, at, title)):
            continue
        held.add((source, title))
        former = at < person.start and _former(ctx, at)
        start, end = min(at, person.start), max(at + len(title), person.end)
        out.append(ctx.relation(source, ctx.owner[party], RelationKind.HOLDS_ROLE, start, end,
                                ctx.text[at : at + len(title)], former=former))
    return out


def _verb_follows(ctx: RelationContext, person: Mention, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` follows ``person`` right away, a bracket of its name maybe between."""
    if verb_start == person.end:
        return True
    bracket = _NAME_BRACKET.match(ctx.simplified, person.end)
    return bracket is not None and bracket.end() == verb_start


def read_office_heads(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each 担任总统秘书室长 after a name, or 总统秘书室室长 before it: 室长 of the office, named for the reading."""
    simplified = ctx.simplified
    if "室长" not in simplified:
        return []
    held = {(r.source, r.role_simplified) for r in found}
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    out = []
    for match in _OFFICE_HEAD.finditer(simplified):
        office_start, office_end = match.span(1)
        if office_end in ctx.org_ending_at or any(office_start <= p < office_end for p in ctx.person_starts):
            continue  # a named body's (the other readers'), or a name within
        person = next((m for m in reversed(people) if m.end <= match.start() and _verb_follows(ctx, m, match.start())),
                      None)
        if person is None:
            continue
        source, title = _owner_of(ctx, person), "室长"
        if (source, title) in held:
            continue
        held.add((source, title))
        office = ctx.derive_organisation(office_start, office_end)
        out.append(ctx.relation(source, ctx.owner[office], RelationKind.HOLDS_ROLE, person.start, match.end(),
                                ctx.text[office_end - 1 : match.end()]))
    for person in people:
        spot = _office_before(ctx, person)
        if spot is None or (source := _owner_of(ctx, person), spot[2]) in held:
            continue
        office_start, office_end, title = spot
        held.add((source, title))
        office = ctx.derive_organisation(office_start, office_end)
        out.append(ctx.relation(source, ctx.owner[office], RelationKind.HOLDS_ROLE, office_start, person.end,
                                ctx.text[person.start - len(title) : person.start]))
    return out


def _office_before(ctx: RelationContext, person: Mention) -> tuple[int, int, str] | None:
    """An office and its head's title right before a name (韩国总统秘书室室长X, 国家安保室长X): the office's span and
    the title (室长), the office's letters back to a place, a body, 的 or a break, three to seven of them."""
    simplified = ctx.simplified
    title = simplified[max(0, person.start - 2) : person.start]
    if title != "室长":
        return None
    office_end = person.start - 2 if simplified[person.start - 3 : person.start - 2] == title[0] else person.start - 1
    if office_end in ctx.org_ending_at:
        return None  # a named body's: the other readers'
    start = office_end
    while start > 0 and office_end - start < 7 and is_han(simplified[start - 1]) and simplified[start - 1] != "的" \
            and start not in ctx.place_ending_at and start not in ctx.org_ending_at:
        start -= 1
    opens = start == 0 or not is_han(simplified[start - 1]) or simplified[start - 1] == "的" \
        or start in ctx.place_ending_at or start in ctx.org_ending_at
    if not opens or office_end - start < 3 or any(start <= p < office_end for p in ctx.person_starts):
        return None
    return start, office_end, title


#: A portfolio's bracket after a title: Han letters only (副校长（研究）, （环球事务）, （暂任）).
_PORTFOLIO = re.compile(r"[（(][\u4e00-\u9fff]{1,10}[）)]")

#: An appointment after a name: 获委任为, 获再度委任为, 被任命为.
_APPOINTED = re.compile(r"(?:则|亦|也)?(?:获|被)(再度|再次)?(?:委任|任命|委派)为")


def _brackets_before(ctx: RelationContext, end: int) -> int:
    """Where the portfolio brackets (one or two) ending at ``end`` open; ``end`` when none do."""
    simplified = ctx.simplified
    for _ in range(2):
        opened = max(simplified.rfind("（", 0, end), simplified.rfind("(", 0, end))
        if opened < 0 or (bracket := _PORTFOLIO.fullmatch(simplified, opened, end)) is None:
            break
        end = bracket.start()
    return end


def _brackets_after(ctx: RelationContext, at: int) -> int:
    """Where the portfolio brackets (none, one or two) starting at ``at`` close."""
    for _ in range(2):
        bracket = _PORTFOLIO.match(ctx.simplified, at)
        if bracket is None:
            break
        at = bracket.end()
    return at


#: What makes a deputy's title of its head's: 副校长, 协理副校长, 署理校长 of the 校长's body.
_DEPUTY_MARKS = ("协理副", "常务副", "执行副", "副", "署理")


def _heads_body(found: list[Relation], role: str) -> str | None:
    """For a deputy's title (副校长), the one body whose head (校长) the text names now, by entity id."""
    mark = next((m for m in _DEPUTY_MARKS if role.startswith(m) and len(role) > len(m) + 1), None)
    if mark is None:
        return None
    head = role[len(mark):]
    bodies = {r.target for r in found if r.role_simplified == head and not r.former}
    return bodies.pop() if len(bodies) == 1 else None


def _only_body_before(ctx: RelationContext, target: str | None, at: int) -> bool:
    """Whether ``target`` is given and every organisation its sentence names before ``at`` is it (海关关长X将任满
    副关长Y: 海关 alone; 华强集团宣布，东方银行总经理X…，副总经理Y: either body's, so neither)."""
    if target is None:
        return False
    start, _ = sentence_at(ctx.sentences, at)
    return all(ctx.owner[m] == target for m in ctx.mentions
               if m.label is Label.ORGANIZATION and start <= m.start < at)


def read_portfolio_titles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each bare title with its portfolio in brackets before a name, or after the name and an appointment: the
    title of the body the text named before (see the module)."""
    simplified = ctx.simplified
    have = {(r.source, r.role_simplified) for r in found}
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = _brackets_before(ctx, person.start)
        role, clause = None, None
        if (role := ctx.lexicon.role_ending(simplified, at)):
            # a deputy's mark the word list lacks (副关长: 关长 listed): the deputy's title
            role = next((m + role for m in _DEPUTY_MARKS if simplified.endswith(m, 0, at - len(role))), role)
        if role and (at < person.start or _only_body_before(ctx, _heads_body(found, role), at - len(role))):
            title_at = at - len(role)
            if title_at in ctx.org_ending_at or title_at in ctx.place_ending_at:
                continue  # 港大副校长（健康）X: the body written, the other readers'
            if not (_opens_after_handover(ctx, title_at) or simplified[title_at - 1 : title_at] in ("的", " ", "\u3000")):
                continue
            clause = title_at
        elif (verb := _APPOINTED.match(simplified, person.end)) is not None:
            role = ctx.lexicon.role_at(simplified, verb.end()) or None
            if role is None:
                continue
            title_at = verb.end()
            close = _brackets_after(ctx, title_at + len(role))
            if not (close == len(simplified) or simplified[close] in "，,。；;\n"):
                continue
            stop = simplified.find("。", close)
            if not verb.group(1) and "生效" in simplified[close : stop if stop >= 0 else len(simplified)]:
                continue  # 获委任为副校长，由明年1月起生效: a post to come; 获再度委任为…: held now and again
            clause = person.start
        if role is None or clause is None or (source := _owner_of(ctx, person), role) in have:
            continue
        target = _heads_body(found, role)
        if target is None:
            holder = _context_body(ctx, clause, role, before=True)
            if holder is None:
                continue
            target = ctx.owner[holder]
        have.add((source, role))
        out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, min(title_at, person.start),
                                max(person.end, title_at + len(role)), ctx.text[title_at : title_at + len(role)],
                                former=_former(ctx, title_at)))
    return out


def _role_at(ctx: RelationContext, at: int) -> str | None:
    """The longest role word starting at ``at`` and closing its clause (no Han letter right after it)."""
    simplified = ctx.simplified
    for word in ctx.lexicon.roles_by_first.get(simplified[at : at + 1], ()):  # longest first, as role_at
        end = at + len(word)
        if simplified.startswith(word, at) and (end == len(simplified) or not is_han(simplified[end])):
            return word
    return None


def _body_before_title(ctx: RelationContext, at: int) -> Mention | None:
    """A body no extractor named between ``at`` and a title closing its clause (寻求连任|大律师公会|副主席。): three to
    twelve Han letters ending in an organisation's head word (公会, 协会, 委员会…), named for the reading."""
    simplified = ctx.simplified
    end = at
    while end < len(simplified) and end - at < 20 and is_han(simplified[end]):
        end += 1
    title = ctx.lexicon.role_ending(simplified, end, at)
    if not title:
        return None
    body_end = end - len(title)
    if not 3 <= body_end - at <= 12 or not any(simplified.endswith(h, at, body_end) for h in ctx.lexicon.org_suffixes) \
            or any(at <= p < body_end for p in ctx.person_starts):
        return None
    return ctx.derive_organisation(at, body_end)


def read_reelection_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each X(, a title after the name)寻求连任 + body + title: the body's post, held now."""
    simplified = ctx.simplified
    if "连任" not in simplified:
        return []
    held = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = person.end
        after_name = ctx.lexicon.role_at(simplified, at) or None
        if after_name is not None:
            at += len(after_name)  # 许绍鼎资深大律师寻求连任…: the person's rank between
        verb = _REELECTION.match(simplified, at)
        if verb is None:
            continue
        org = ctx.org_starting_at.get(verb.end()) or _body_before_title(ctx, verb.end())
        title = _role_at(ctx, org.end) if org is not None else None
        if org is None or title is None:
            continue
        source, target = _owner_of(ctx, person), ctx.owner[org]
        if (source, target, title) in held:
            continue
        held.add((source, target, title))
        out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, person.start, org.end + len(title),
                                ctx.text[org.end : org.end + len(title)]))
    return out
