"""Bare posts a company announces (round roles169, issue 11, class (c) of titles166's note: a bare post whose body the
article named just before).

A company's announcement names its officers' posts with no body, the company being the one announcing:
华强物业公司（HK:01234）公告披露，刘志远已获委任为执行董事及首席执行官; and in the next sentence, through 该公司:
对此，该公司解释称，赵明不再兼任首席执行官，继续担任主席兼执行董事. :func:`read_announced_posts` gives the person named
in a later clause of the announcing sentence, right before a verb of taking, keeping or leaving a post (获委任为, 继续担任,
不再兼任…), the titles after the verb (joined by 、, 兼, 及 or 和, the last closing its clause), as posts of the company
announcing; a clause right after with no one named and such a verb is the same person's (…不再兼任首席执行官，继续担任
主席兼执行董事). A post left (不再…, 辞去, 卸任) is ``former``.

The company announcing is the organisation right before a verb of announcing (公告, 宣布, 披露, 表示, 称…; a stock code
or short name in brackets, a word of time maybe between, a day of the month too: 联电（2303）25日公告, roles217); 该公司 or 本公司 before such a verb is the company the sentence
before announced from. Not read: two companies announcing together (华强集团和万达集团宣布), a person after another body named in the person's clause (其子公司宏达地产的刘志远), a
person after 将 (a post to come), titles that do not close their clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_names import _owner_of
from zhkg.relate.roles_titles import _role_at
from zhkg.text import CLAUSE_BREAK

__all__ = ["read_announced_posts"]

#: The company announcing: its mention, or the span of a name the document gives an organisation elsewhere.
_Body = Mention | tuple[int, int]

#: What follows the company announcing: a bracket (a stock code, a short name), a word of time, the verb.
#: A day of the month written before the verb (联电（2303）25日公告, 富邦悍将6日宣布, 中工昨（23）日公告: roles217) is a
#: word of time too.
_ANNOUNCES = re.compile(r"(?:[（(][^（()）]{1,20}[）)])?(?:昨日|今日|昨天|今天|日前|近日|晚间|同日|当日"
                        r"|[昨今]?[（(]\d{1,2}[）)]日|\d{1,2}日)?"
                        r"(?:发布公告|发布|发出|公告|宣布|披露|公布|表示|解释称|回应称|称)")

#: The anaphors that stand for the company the sentence before announced from.
_ANAPHORS = ("该公司", "本公司", "该集团")

#: The verbs of taking, keeping or leaving a post right after the person (or opening a clause of no one named), with
#: the adverbs that may stand before them; the leaving ones make the post former.
_ADVERBS = ("已", "亦", "也", "仍", "并", "则", "同时")
_TAKING = ("获委任为", "获任命为", "获聘为", "被委任为", "被任命为", "继续担任", "继续出任", "继续兼任", "留任", "出任",
           "担任", "兼任", "接任", "转任", "升任", "回任")
_LEAVING = ("不再兼任", "不再担任", "不再出任", "辞去", "辞任", "卸任")
_VERBS = tuple(sorted(_TAKING + _LEAVING, key=len, reverse=True))
#: Whether a text holds any of :data:`_VERBS`: one pass, not one a verb.
_ANY_VERB = re.compile("|".join(_VERBS))
_TITLE_JOINERS = ("、", "兼", "暨", "及", "和")
#: A word after the last title that names it a post and still closes the clause (辞任总教练职务并…, 升任执行长一职).
_POST_WORDS = ("职务", "一职")

#: A post to come: 将 before the verb.
_FUTURE = "将"


def read_announced_posts(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The bare posts of people in a company's announcement (see the module), none ``found`` holds already."""
    simplified = ctx.simplified
    if not _ANY_VERB.search(simplified):
        return []
    held = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    out = []
    announcer = None
    names = _names_by_length(ctx)  # once a document, not once a verb of announcing
    for s, e in ctx.sentences:
        body, at = _announcing(ctx, s, e, announcer, names)
        announcer = body if body is not None else None
        if body is None:
            continue
        bodies_after = sorted(m.start for m in ctx.mentions + ctx.derived
                              if m.label is Label.ORGANIZATION and at <= m.start < e and not _same(ctx, m, body))
        for person in (m for m in people if at < m.start < e):
            # the nearest body before the person is in its clause if any is: bisect, not a scan of them all (long34)
            k = bisect_left(bodies_after, person.start)
            if k and not CLAUSE_BREAK.search(simplified, bodies_after[k - 1], person.start):
                continue  # 其子公司宏达地产的刘志远: another body's in the person's clause
            end = person.end
            while (posts := _posts_after_verb(ctx, end)) is not None:
                source = _owner_of(ctx, person)
                if isinstance(body, tuple):
                    body = announcer = ctx.derive_organisation(*body)
                for role, role_end, former in posts:
                    if (source, ctx.owner[body], role) not in held:
                        held.add((source, ctx.owner[body], role))
                        out.append(ctx.relation(source, ctx.owner[body], RelationKind.HOLDS_ROLE, min(
                            body.start, person.start), role_end, ctx.text[role_end - len(role) : role_end], former=former))
                end = posts[-1][1]
                if simplified[end : end + 1] not in ("，", ","):
                    break
                end += 1  # …不再兼任首席执行官，继续担任主席: the next clause with no one named, the same person's
    return out


def _announcing(ctx: RelationContext, s: int, e: int, before: _Body | None,
                names: list[str]) -> tuple[_Body | None, int]:
    """The company announcing in the sentence ``[s, e)`` and where its verb ends, or ``(None, 0)``: the organisation
    right before the verb, or a name the document gives an organisation elsewhere written there (a mention the
    recogniser missed: 河南物管公司建业新生活(HK:09983)公告披露, as its span, derived only when a post is read); 该公司 stands for ``before``, the company the sentence
    before announced from. ``names``: :func:`_names_by_length`, longest first."""
    simplified = ctx.simplified
    for verb in _ANNOUNCES.finditer(simplified, s, e):
        at = verb.start()
        if at in ctx.org_ending_at:
            body: _Body | None = ctx.org_ending_at[at]
        elif before is not None and simplified.endswith(_ANAPHORS, s, at):
            return before, verb.end()
        else:
            named = next((n for n in names if simplified.endswith(n, s, at)), None)
            body = (at - len(named), at) if named is not None else None
        if body is None:
            continue
        opens = body[0] if isinstance(body, tuple) else body.start
        if simplified[opens - 1 : opens] in _JOINT and opens - 1 in ctx.org_ending_at:
            return None, 0  # 华强集团和万达集团宣布: two companies announcing, neither's surely
        return body, verb.end()
    return None, 0


#: What joins two companies announcing together (华强集团和万达集团宣布).
_JOINT = frozenset("和与及、同跟")


def _names_by_length(ctx: RelationContext) -> list[str]:
    """The names of three letters or more the document's organisations are written with, longest first."""
    return sorted((n for n in ctx.org_names if len(n) >= _NAMED_LENGTH), key=len, reverse=True)


#: The shortest name of an organisation the document names elsewhere that is read where the recogniser missed it.
_NAMED_LENGTH = 3


def _same(ctx: RelationContext, m: Mention, body: _Body) -> bool:
    """Whether the organisation ``m`` is ``body`` (its node, or the name its span is written with)."""
    if isinstance(body, tuple):
        return m.simplified == ctx.simplified[body[0] : body[1]]
    return ctx.owner[m] == ctx.owner[body]


def _posts_after_verb(ctx: RelationContext, at: int) -> list[tuple[str, int, bool]] | None:
    """(title, end, former) of the bare titles after an adverb maybe and a verb of a post at ``at``, joined by 、, 兼,
    及 or 和, the last closing its clause; ``None`` when there are none, or no verb, or 将 before it."""
    simplified = ctx.simplified
    if simplified.startswith(_FUTURE, at):
        return None
    while (adverb := next((a for a in _ADVERBS if simplified.startswith(a, at)), None)) is not None:
        at += len(adverb)
    verb = next((v for v in _VERBS if simplified.startswith(v, at)), None)
    if verb is None:
        return None
    at += len(verb)
    posts = []
    while (role := _role_at(ctx, at)) is not None and at not in ctx.org_starting_at:
        at += len(role)
        posts.append((role, at, verb in _LEAVING))
        joiner = next((j for j in _TITLE_JOINERS if simplified.startswith(j, at)), None)
        if joiner is None:
            break
        at += len(joiner)
    named = posts and (word := next((w for w in _POST_WORDS if simplified.startswith(w, at)), None)) is not None
    if named:
        at += len(word)  # 辞任总教练职务并转任…: the post named, its clause closing after 职务 (并 opening the next)
    closes = posts and (at >= len(simplified) or CLAUSE_BREAK.match(simplified, at)
                        or (named and simplified.startswith("并", at)))
    return posts if closes else None
