"""People listed after a board's title, who each hold it (round joins318).

Company and club news names a board's new members as a list after their title: 一般董事当选名单包括A、三立集团总经理B、
靖天集团总裁C; 获选董事为A及B; 独董则由…教授A、前…副主席B出任; 轮值引退马会董事的A、B及C则获选连任. The readers of
one person read each listed person's own post written before the name (三立集团总经理B) and leave the board's title
to no one. :func:`read_officer_lists` gives every person of such a list the title, of its body:

* the title, then 包括, 为 or 有 (当选, 名单, 人选 maybe between: 董事当选名单包括), then the list;
* the title, then 由 (则 maybe before), the list and 出任 or 担任;
* a body, the title and 的, then two people or more, nothing before each (马会董事的A、B及C).

A list is people joined by 、, 和, 及, 以及 or 与, each maybe after a post of their own (三立集团总经理B: a title
right before the name, a body or 前 maybe before it, :func:`_own_post`; 副会长为B, 为此致函B are none, mend322), running to
the clause's end (or to 出任/担任); its body is the organisation written right before the title, else the one
organisation its sentence names before a board's title (:data:`_BOARD_TITLES`: 万科集团…改选董事，当选董事包括…), or,
when its sentence names none, the one of the sentence before (马会…。获选董事为A及B), else nothing; a board
(中国平安董事会) is its company's. Two people at least.

Caveats: a list closed by 等 gives nothing (not all are named); a title free of bodies (教授, 记者: :data:`_FREE_ROLES`)
is read only with its body right before it.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_body_in_context import _FREE_ROLES
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_title_body import _body_of_board
from zhkg.text import CLAUSE_BREAK, LIST_JOINER_WORDS, first_at, sentence_at

__all__ = ["read_officer_lists"]

#: What opens a list after a title: the verb (包括, 为, 有), words of an election's list maybe before it; or 由.
_OPENER = re.compile(r"(?:当选|获选|人选|名单)*[：:]?(?:包括|包含|为|有)[：:]?|则?由")

#: What closes a list opened by 由.
_BY_CLOSERS = ("出任", "担任")

#: What may follow a list before its clause goes on (…则获选连任, …分别出任).
_AFTER_LIST = ("则", "获", "分别")

#: A board's titles (董事, 独立董事, 监事, 理事, 委员, 主席, 会长…): only these take a body not written right before
#: them (项目负责人为A和B: no board, no body).
_BOARD_TITLES = ("董事", "独董", "监事", "理事", "委员", "主席", "会长", "秘书长", "干事")

#: The most letters a listed person's own post may take before the name (三立集团新闻部前总经理).
_MAX_PREFIX = 20


def read_officer_lists(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The title of each person listed after a board's title (see the module's docstring)."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    if not people:
        return []
    held = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out: list[Relation] = []
    for role_end in range(1, len(simplified)):
        title = ctx.lexicon.role_ending(simplified, role_end)
        if not title:
            continue
        listed, closer = _list_after(ctx, people, role_end, title)
        if not listed:
            continue
        body = _body_of(ctx, role_end - len(title), title)
        if body is None:
            continue
        body = _body_of_board(ctx, body)  # 中国平安董事会…执行董事: the company's
        if body not in ctx.owner:
            continue
        for person in listed:
            key = (_owner_of(ctx, person), ctx.owner[body], title)
            if key in held:
                continue
            held.add(key)
            out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, min(body.start, person.start),
                                    max(person.end, closer), ctx.text[role_end - len(title) : role_end]))
    return out


def _list_after(ctx: RelationContext, people: dict[int, Mention], at: int, title: str) -> tuple[list[Mention], int]:
    """The people listed after a title ending at ``at`` and where the list ends, or ``([], at)``."""
    simplified = ctx.simplified
    opener = _OPENER.match(simplified, at)
    if opener is None or opener.end() == at:
        if simplified.startswith("的", at) and ctx.org_ending_at.get(at - len(title)) is not None:
            listed, end = _people(ctx, people, at + 1, prefixed=False)
            return (listed, end) if len(listed) >= 2 and _closes(simplified, end) else ([], at)
        return [], at
    by = opener.group().endswith("由")
    listed, end = _people(ctx, people, opener.end(), prefixed=True)
    if len(listed) < 2:
        return [], at
    if by:
        closer = next((c for c in _BY_CLOSERS if simplified.startswith(c, end)), "")
        return (listed, end + len(closer)) if closer else ([], at)
    return (listed, end) if _closes(simplified, end) else ([], at)


def _closes(simplified: str, end: int) -> bool:
    """Whether a list ending at ``end`` closes its clause (not 等: not all are named)."""
    return end == len(simplified) or bool(CLAUSE_BREAK.match(simplified, end)) \
        or simplified.startswith(_AFTER_LIST, end)


def _people(ctx: RelationContext, people: dict[int, Mention], at: int, prefixed: bool) -> tuple[list[Mention], int]:
    """The people joined from ``at``, each maybe after a post of its own when ``prefixed``: (them, where the last
    ends)."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    end = at
    while True:
        brk = CLAUSE_BREAK.search(simplified, end)
        stop = min(brk.start() if brk else len(simplified), end + (_MAX_PREFIX if prefixed else 0) + 1)
        person = next((people[p] for p in range(end, stop) if p in people), None)
        if person is None or (person.start > end and not (prefixed and _own_post(ctx, end, person.start))):
            break
        listed.append(person)
        end = person.end
        joiner = first_at(simplified, LIST_JOINER_WORDS, end)  # what joins a list's people: 以及, 、, 和, 与, 及
        if not joiner:
            return listed, end
        end += len(joiner)
    return [], at


def _own_post(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)``, the letters before a listed person, are a post of its own: a title ending there, only
    a body (or a qualifier such as 前) before it (交通大学教授林宏, 前经济部次长陈明); not the words of another clause
    (会长为A、副会长为B; 主席为此致函A和B; 董事长有意邀请A和B, mend322)."""
    title = ctx.lexicon.role_ending(ctx.simplified, end)
    if not title:
        return False
    return start == end - len(title) or ctx.simplified.startswith(_OWN_POST_QUALIFIERS, start) \
        or ctx.org_starting_at.get(start) is not None or ctx.place_starting_at.get(start) is not None


#: What may open a listed person's own post before its body (前经济部次长陈明).
_OWN_POST_QUALIFIERS = ("前", "原", "现任", "新任", "时任", "代理", "署理", "常务")


def _body_of(ctx: RelationContext, start: int, title: str) -> Mention | None:
    """The body of a title starting at ``start``: the organisation right before it (的 maybe between), else, for a
    title bodies hold, the one organisation of its sentence before it."""
    simplified = ctx.simplified
    right = ctx.org_ending_at.get(start) \
        or (ctx.org_ending_at.get(start - 1) if simplified[start - 1 : start] == "的" else None)
    if right is not None:
        return right
    if title in _FREE_ROLES or not title.endswith(_BOARD_TITLES):
        return None
    s, e = sentence_at(ctx.sentences, start)
    i = ctx.sentence_index(s)
    if i > 0 and not any(m.label is Label.ORGANIZATION and s <= m.start < e for m in ctx.mentions + ctx.derived):
        s = ctx.sentences[i - 1][0]  # 获选董事为A及B with no body in its sentence: the one of the sentence before
    named = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and s <= m.start and m.end <= start
             and m in ctx.owner]
    return named[-1] if len({ctx.owner[m] for m in named}) == 1 else None
