"""A state's cabinet minister titled bare, the state written elsewhere in the text (round cnroles161).

International news names a new cabinet's ministers by their titles alone once the state is said: 日本新内阁今天成立。
加藤胜信出任财务大臣, 落选的法务大臣牧原秀树, 前财务大臣麻生太郎. :func:`read_unwritten_ministers` reads such a title
(:data:`_MINISTER_WORDS`: a ``roles.tsv`` title held by a place ending in 大臣, and 外相, 国务卿, 外长, 防长, 财长)
right before a name, or after the name and a verb of taking a post (出任, 担任, 转任…, 被任命为, 为), as the title of the state the
text writes a prime minister or a minister after (日本首相, 英国外交大臣), else of the one state the whole text names
(:func:`zhkg.relate.roles_context._only_state`); 前 or 原 before it marks a former post.

Caveats: nothing when a body or a place is written right before the title (日本外务大臣X: the other readers' reading),
when two states write a prime minister (日本首相…英国首相…) or the text names two states and neither does, when the
title runs on into a longer word (财务大臣助理) or a word of the future stands before the verb (将出任: a post to come),
or when another person already holds the state's title now. A relative clause (担任过农林水产大臣的江藤拓) is not read.

A cabinet's roster (round roles226, issue 11) writes each entry as title, colon, name and the post held before in
brackets: 外务大臣：茂木敏充（前外务大臣）。 防卫大臣：小泉进次郎（前农林水产大臣）。 The colon stands between the title and
the name only where the title opens its entry (after a clause's or a line's break or a space) and the name closes it;
a minister of a portfolio (儿童政策担当大臣, Japan's special-mission ministers) is read whole, the portfolio's letters
back to the entry's start; a former minister's title in brackets right after a name (茂木敏充（前外务大臣）) is that
person's former post of the same state, unless the name holds that title now.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_context import _BEFORE_STATE_HEAD, _is_state, _only_state, _state_titled
from zhkg.relate.roles_former import _former
from zhkg.relate.roles_names import _owner_of
from zhkg.text import is_han

__all__ = ["read_unwritten_ministers"]

#: Ministers' titles besides those ending in 大臣 a place holds in ``roles.tsv``.
_OTHER_MINISTERS = ("外相", "国务卿", "外长", "防长", "财长")

#: A verb of taking a post between a name and a minister's title (an adverb maybe before it): 加藤胜信出任财务大臣; a
#: new cabinet's list: X被任命为外交大臣，Y为内政大臣 (roles279).
_TAKES = re.compile(r"(?:则|也|亦|随后|再度|再次)?(?:出任|担任|转任|就任|接任|升任|改任|留任|续任|兼任|(?:被|获)(?:任命|委任)为|为|任)了?")

#: What may follow a minister's title after a verb: the clause's end, or 一职/职务.
_TITLE_CLOSES = re.compile(r"[，,。；;、！？!?）)\n]|$|一职|职务")

#: The heads whose state a minister's is: the state the text writes one of them after.
_HEADS = ("首相", "总理")


#: What separates a minister's title from the name in a roster's entry (外务大臣：茂木敏充).
_ROSTER_COLONS = frozenset("：:")

#: What may stand before a roster's entry: the text's start, a clause's or a line's break, a space.
_ENTRY_OPENERS = frozenset("，,；;。！？!?：:\n 　\u3000")

#: What may close a roster's name: a bracket (its former post), a clause's or a line's break, a space.
_ENTRY_CLOSERS = frozenset("（(，,；;。！？!?\n 　、")

#: A minister of a portfolio (Japan's 特命担当大臣: 儿童政策担当大臣), read only opening a roster's entry or a clause.
_PORTFOLIO = "担当大臣"

#: The most letters of a portfolio before 担当大臣 (经济安全保障).
_MAX_PORTFOLIO = 10

#: A post held before, in brackets after the name: 前 or 原, the title, the bracket closing.
_BRACKETED_PAST = re.compile(r"[（(](?:前|原)")


def _minister_words(ctx: RelationContext) -> tuple[str, ...]:
    """The ministers' titles, the longer first (外务大臣 before 大臣 would match it)."""
    words = {w for w in ctx.lexicon.place_roles if w.endswith("大臣") and len(w) > 2} | set(_OTHER_MINISTERS)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def read_unwritten_ministers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Each minister's bare title before a name or after a verb of taking a post: the state's (see the module)."""
    simplified = ctx.simplified
    if "大臣" not in simplified and not any(w in simplified for w in _OTHER_MINISTERS):
        return []
    states = [m for m in ctx.mentions if m.label is Label.PLACE and _is_state(m)]
    if not states:
        return []
    words = _minister_words(ctx)
    held = {(r.source, r.role_simplified) for r in found}
    current = {(r.target, r.role_simplified): r.source for r in found if not r.former}
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        spot = _title_before(ctx, person, words) or _title_after(ctx, person, words)
        if spot is not None:
            out += _held(ctx, person, *spot, states, held, current)
        past = _title_in_brackets(ctx, person, words)  # 茂木敏充（前外务大臣）: after the post now, if any
        if past is not None:
            out += _held(ctx, person, *past, states, held, current, past=True)
    return out


def _held(ctx: RelationContext, person: Mention, at: int, title: str, states: list[Mention],
          held: set[tuple[str, str]], current: dict[tuple[str, str], str], past: bool = False) -> list[Relation]:
    """The post ``title`` (written at ``at``) of ``person``, the state's :func:`_state_of` gives, ``past`` a former
    one; nothing when the person holds that title already, no state is found, or the state's title is another's
    now. ``held`` and ``current`` are updated."""
    source = _owner_of(ctx, person)
    state = _state_of(ctx, states, title)
    if (source, title) in held or state is None:
        return []
    target, former = ctx.owner[state], past or (at < person.start and _former(ctx, at))
    if not former and current.get((target, title), source) != source:
        return []  # the state's title is another's now
    held.add((source, title))
    if not former:
        current[(target, title)] = source
    start, end = min(at, person.start), max(at + len(title), person.end)
    return [ctx.relation(source, target, RelationKind.HOLDS_ROLE, start, end, ctx.text[at : at + len(title)],
                         former=former)]


def _title_before(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, str] | None:
    """A minister's title right before the name, no body or place right before it (落选的法务大臣牧原秀树), or a
    roster's entry: the title opening it, a colon, the name closing it (外务大臣：茂木敏充（…）; 儿童政策担当大臣：X)."""
    simplified = ctx.simplified
    end = person.start
    colon = end > 0 and simplified[end - 1] in _ROSTER_COLONS
    if colon and not (person.end == len(simplified) or simplified[person.end] in _ENTRY_CLOSERS):
        return None
    end -= colon
    title = next((w for w in words if simplified.endswith(w, 0, end)), None) or _portfolio_ending_at(ctx, end)
    if title is None:
        return None
    at = end - len(title)
    if colon and not (at == 0 or simplified[at - 1] in _ENTRY_OPENERS):
        return None  # (a roster's title opens its entry: not 名单：外务大臣：X's 名单)
    if at in ctx.place_ending_at or at in ctx.org_ending_at:
        return None  # 日本外务大臣X: the holder is written
    if at > 0 and is_han(simplified[at - 1]) and simplified[at - 1] not in _BEFORE_STATE_HEAD | {"的"} \
            and not simplified.endswith(("新任", "现任", "前任"), 0, at):
        return None  # a longer word's end
    return at, title


def _portfolio_ending_at(ctx: RelationContext, end: int) -> str | None:
    """A minister of a portfolio ending at ``end`` (儿童政策担当大臣), its letters back to the start of its entry or
    clause (:data:`_ENTRY_OPENERS`), at most :data:`_MAX_PORTFOLIO` of them before 担当大臣."""
    simplified = ctx.simplified
    if not simplified.endswith(_PORTFOLIO, 0, end):
        return None
    at = end - len(_PORTFOLIO)
    start = at
    while start > 0 and at - start < _MAX_PORTFOLIO and is_han(simplified[start - 1]):
        start -= 1
    if at - start < 2 or not (start == 0 or simplified[start - 1] in _ENTRY_OPENERS):
        return None
    return simplified[start:end]


def _title_in_brackets(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, str] | None:
    """A minister's post held before, in brackets right after the name (茂木敏充（前外务大臣）): the title's start and the
    title, 前 or 原 before it and the bracket closing right after it."""
    simplified = ctx.simplified
    opened = _BRACKETED_PAST.match(simplified, person.end)
    if opened is None:
        return None
    close = next((i for i in range(opened.end(), min(len(simplified), opened.end() + _MAX_PORTFOLIO + 8))
                  if simplified[i] in "）)"), None)
    if close is None:
        return None
    title = simplified[opened.end() : close]
    if title in words or (title.endswith(_PORTFOLIO) and len(title) > len(_PORTFOLIO) + 1
                          and all(is_han(c) for c in title)):
        return opened.end(), title
    return None


def _title_after(ctx: RelationContext, person: Mention, words: tuple[str, ...]) -> tuple[int, str] | None:
    """A minister's title after the name and a verb of taking a post, closing its clause (加藤胜信出任财务大臣，)."""
    simplified = ctx.simplified
    verb = _TAKES.match(simplified, person.end)
    if verb is None:
        return None
    at = verb.end()
    title = next((w for w in words if simplified.startswith(w, at)), None)
    if title is None or not _TITLE_CLOSES.match(simplified, at + len(title)):
        return None
    return at, title


def _state_of(ctx: RelationContext, states: list[Mention], title: str) -> Mention | None:
    """The state the text writes ``title`` or a head of government after, else the one state the text names."""
    for word in (title, *_HEADS):
        state = _state_titled(ctx, states, word)
        if state is not None:
            return state
    return _only_state(ctx)
