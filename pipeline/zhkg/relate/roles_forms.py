"""The readers of one sentence form each, for :func:`zhkg.relate.roles.read_roles` and
:func:`zhkg.relate.roles.read_roles_after`: a post named before its subject or after a demonstrative
(:func:`_read_post_before_subject`, :func:`_read_demonstrative_posts`, :func:`_read_post_is`), posts in brackets or
held respectively (:func:`_read_bracketed_posts`, :func:`_read_respective_posts`), appointments and removals
(:func:`_read_appointed`, :func:`_read_removed`, :func:`_read_filled_by`), serving at a body
(:func:`_read_serving_at`, :func:`_read_named_then_serving`, :func:`_read_posts_at`), résumé fields
(:func:`_read_resume_fields`), a role then its person (:func:`_read_role_then_person`) and bare posts
(:func:`_read_bare_roles`). A clause that names no one and the link after a name (:func:`_read_remote`,
:func:`_link_after`) are in :mod:`zhkg.relate.roles_clauses` (tidy73).

Caveats: the readers are called by the two entry points in a fixed order; a reader's result can depend on what an
earlier one read. Moved verbatim from ``relate/roles_links.py`` (tidy67), which itself came from ``relate/roles.py``
(tidy65): no definition's text changed. This part imports ``roles_links`` and the parts before it, never
``relate/roles.py``.
"""

from __future__ import annotations

import re

from zhkg.extract.stock_names import STOCK_CODE
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_before_names import (
    _holder,
)
from zhkg.relate.roles_board_before import board_before
from zhkg.relate.roles_body_in_context import _FREE_ROLES, _founded_body, _opening_body, _sentence_body
from zhkg.relate.roles_bylines import (
    _CREDITED_ROLES,
    _dateline_after,
)
from zhkg.relate.roles_clauses import (
    _MAX_ASIDE,
    _disposed_to,
    _served_at,
)
from zhkg.relate.roles_former import (
    _APPOINTS,
    _POST_TAILS,
    _REMOVES,
    _appointed_in_future,
    _former,
    _former_after,
    _once_before,
    _said_of_the_future,
)
from zhkg.relate.roles_holders import (
    _MAX_POST,
    _NOT_SUBJECT_AFTER,
    _POST_CLAUSE,
    _POST_CLAUSE_ENDS,
    _POST_VERBS,
    _SAME_BODY,
    _SERVES_AS,
    _resume_subject,
)
from zhkg.relate.roles_implied import _SUCCEEDS
from zhkg.relate.roles_links import (
    _bare_post,
    _bare_posts,
    _holder_and_role,
    _post_closes,
)
from zhkg.relate.roles_listed import (
    _LISTED_JOINERS,
    _listed_before,
)
from zhkg.relate.roles_moves import _DAY_ONLY
from zhkg.relate.roles_names import (
    _appointed_pronouns,
    _owner_of,
)
from zhkg.relate.roles_next_posts import (
    _body_role_after_link,
    _concurrent_posts,
    _next_listed_post,
)
from zhkg.relate.roles_places import _cabinet_post_of_no_government
from zhkg.relate.roles_title_body import (
    _COMPANY_HEADS,
    _PRONOUN_SOURCE,
    _body_of_board,
    _role_candidates,
)
from zhkg.relate.roles_titles import (
    _BARE_POST_ADVERBS,
    _BARE_POST_VERBS,
    _DATE,
    _EMPLOYER_FIELD,
    _FIELD_LABEL,
    _FORMER_MARKS,
    _MAX_FIELD_VALUE,
    _ORDINAL,
    _PAST_LINKS,
    _PLAN_ADVERB,
    _POST_FIELD,
    _VALUE_ENDS,
    _role_at,
)
from zhkg.relate.roles_words import _HONORIFICS
from zhkg.text import sentence_at

__all__ = [
    "_read_post_before_subject",
    "_read_named_then_serving",
    "_read_bracketed_posts",
    "_read_removed",
    "_post_removed",
    "_RESPECTIVELY",
    "_read_respective_posts",
    "_read_serving_at",
    "_FILLS",
    "_MAX_FILLED_BY",
    "_FILLED_ADVERBS",
    "_FILLED_COMMAS",
    "_FUTURE_ADVERBS",
    "_read_filled_by",
    "_MAX_POST_IS",
    "_read_post_is",
    "_DEMONSTRATIVE",
    "_MAX_DEMONSTRATED",
    "_read_demonstrative_posts",
    "_read_resume_fields",
    "_APPOINTED_TO",
    "_THE_BODY",
    "_MAX_POST_QUALIFIER",
    "_MAX_BEFORE_APPOINTS",
    "_read_appointed",
    "_listed_bare_posts",
    "_POST_NOUNS",
    "_LEFT_WITH_POST_NOUN",
    "_read_role_then_person",
    "_SENIOR",
    "_read_bare_roles",
    "_read_posts_at",
]


def _read_post_before_subject(ctx: RelationContext) -> list[Relation]:
    """A clause of time made of a verb of serving and a post, then the person who opens the next clause: the post
    is that person's (在担任北京大学校长期间，蔡元培推行改革; 任台北市长时，陈水扁…); a clause of being the post too, closing
    at the post (作为华强集团的董事长，张伟表示…; 身为北京大学校长，李明…). None when the name is followed by 的
    (…期间，蔡元培的学生…; 作为北京大学校长，李明的…), nor when the post is another's (作为华强集团董事长的妻子，…)."""
    simplified = ctx.simplified
    out = []
    for found in _POST_CLAUSE.finditer(simplified):
        org, role, end = _holder_and_role(ctx, found.end())
        if org is None and found.group("being") and (body := ctx.org_starting_at.get(found.end())) is not None \
                and simplified.startswith("的", body.end) and (bare := _role_at(ctx, body.end + 1)) is not None:
            org, role, end = body, bare, body.end + 1 + len(bare)  # 作为华强集团的董事长
        close = next((w for w in _POST_CLAUSE_ENDS if simplified.startswith(w, end)), "") if org is not None else ""
        close = "" if found.group("being") else close
        after = end + len(close) + 1
        if not (close or (found.group("being") and org is not None)) or simplified[after - 1 : after] not in ("，", ","):
            continue
        person = next((m for m in ctx.mentions if m.start == after and m.label is Label.PERSON), None)
        if person is None or simplified[person.end : person.end + 1] in _NOT_SUBJECT_AFTER:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, found.start(),
                                person.end, ctx.text[end - len(role) : end]))
    return out


def _read_named_then_serving(ctx: RelationContext) -> list[Relation]:
    """Body + person + 担任/出任/任 + a bare title closing the clause (安徽大学匡光力担任校长; 首创集团刘晓光任集团公司董事长,
    a generic word for the body between): the body's. Not a title free of bodies (记者, 主持人, 教授…: a body before
    a name is not what those hold), nor one with a body of its own after the verb (:func:`read_roles_after`)."""
    simplified = ctx.simplified
    out = []
    for person in ctx.of(Label.PERSON):
        body = ctx.org_ending_at.get(person.start)
        if body is None:
            continue
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        verb = next((v for v in _SERVES_AS if simplified.startswith(v, at)), None)
        if verb is None:
            continue
        start = at + len(verb)
        start += simplified[start : start + 1] == "了"
        if _holder_and_role(ctx, start)[0] is not None:
            continue
        k = start + len(next((w for w in _SAME_BODY if simplified.startswith(w, start)), ""))
        role = _role_at(ctx, k)
        if role is None or role in _FREE_ROLES or (k > start and start in ctx.org_starting_at):
            continue
        end = k + len(role)
        end_tail = end + next((len(t) for t in _POST_TAILS if simplified.startswith(t, end)), 0)
        if not (end_tail >= len(simplified) or CLAUSE_BREAK.match(simplified, end_tail)):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, body.start, end,
                                ctx.text[k:end]))
    return out


#: Removing someone from a post, the person right after it: 免去王明的万科集团董事长职务.
def _read_bracketed_posts(ctx: RelationContext) -> list[Relation]:
    """A post in brackets right after a name, all the brackets hold (王明（华强集团董事长）表示; 王明(华强集团党委书记、
    董事长); 王明（前华强集团总裁）: a past post; posts of two bodies, 王明（北京大学教授、华润集团董事）): an
    apposition the brackets close. Nothing when anyone else is named inside, or the brackets hold more than the
    bodies and their posts (王明（华强集团董事长之子）)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = person.end
        if simplified[at : at + 1] not in ("（", "("):
            continue
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or any(at < p < close for p in ctx.person_starts):
            continue
        start = at + 1 + (simplified[at + 1 : at + 2] in _FORMER_MARKS)
        org, role, end = _holder_and_role(ctx, start)
        if org is None or org.start != start:
            continue
        posts = [(org, role, end)] + _listed_bare_posts(ctx, org, end)
        posts += _concurrent_posts(ctx, org, posts[-1][2])
        while posts[-1][2] < close and simplified[posts[-1][2]] == "、":  # 王明（北京大学教授、华润集团董事）
            org, role, end = _next_listed_post(ctx, posts, posts[-1][2])
            if org is None or end > close:
                break
            posts.append((org, role, end))
        if posts[-1][2] != close:
            continue
        former = start > at + 1
        for org, role, end in posts:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start,
                                    close + 1, ctx.text[end - len(role) : end],
                                    former=former or _former_after(ctx, org.end, end - len(role))))
    return out


def _read_removed(ctx: RelationContext) -> list[Relation]:
    """免去 (撤销, 罢免) + person + (的) + holder + title + 职务/一职 or the clause's end: a post the person held before
    (国务院决定免去王明的教育部副部长职务). Not 免去其… (no one named)."""
    simplified = ctx.simplified
    if not any(v in simplified for v in _REMOVES):
        return []
    out = []
    for person in ctx.of(Label.PERSON):
        if not simplified.endswith(_REMOVES, 0, person.start):
            continue
        removed = _post_removed(ctx, _owner_of(ctx, person), person.start, person.end)
        if removed is not None:
            out.append(removed)
    return out


def _post_removed(ctx: RelationContext, source: str, start: int, at: int) -> Relation | None:
    """The post removed from ``source`` written from ``at`` (的 maybe, a holder and its title, then 职务/一职 or the
    clause's end), as a former role with evidence from ``start``, or ``None``."""
    simplified = ctx.simplified
    at += simplified.startswith("的", at)
    org, role, end = _holder_and_role(ctx, at)
    if org is None:
        org, role, end = _body_role_after_link(ctx, at)
    if org is None or not (simplified.startswith(_POST_TAILS, end) or simplified.startswith("的职务", end)
                           or end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)):
        return None
    return ctx.relation(source, ctx.owner[org], RelationKind.HOLDS_ROLE, start, end, ctx.text[end - len(role) : end],
                        former=True)


#: 分别 + a verb of serving: the people listed before it hold the posts listed after it, one each, in order.
_RESPECTIVELY = re.compile(r"分别(?:担任|出任|兼任|当选为|当选|任|为|是)")


def _read_respective_posts(ctx: RelationContext) -> list[Relation]:
    """People joined by 、/和 + 分别担任 (任, 为…) + as many posts, in order: each person the post of his rank in the list
    (张伟、李明分别担任华强集团董事长和总经理: 董事长 张伟's, 总经理 李明's; 分别任北京大学校长、清华大学校长). A bare title
    is the body's of the post before it. Nothing when the counts differ or the list does not close the clause."""
    simplified = ctx.simplified
    if "分别" not in simplified:
        return []
    ends = {m.end: m for m in ctx.of(Label.PERSON)}
    out = []
    for cue in _RESPECTIVELY.finditer(simplified):
        people = [ends[cue.start()]] if cue.start() in ends else []
        while people and simplified[people[0].start - 1 : people[0].start] in _LISTED_JOINERS \
                and (before := ends.get(people[0].start - 1)) is not None:
            people.insert(0, before)
        if len(people) < 2:
            continue
        posts: list[tuple[Mention, str, int]] = []
        org, role, end = _holder_and_role(ctx, cue.end())
        while org is not None:
            posts.append((org, role, end))
            if simplified[end : end + 1] not in _LISTED_JOINERS:
                break
            org, role, next_end = _holder_and_role(ctx, end + 1)
            if org is None and (bare := _role_at(ctx, end + 1)) is not None:
                org, role, next_end = posts[-1][0], bare, end + 1 + len(bare)  # 华强集团董事长和总经理
            end = next_end
        if len(posts) != len(people) or not (end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)
                                             or simplified.startswith(_POST_TAILS, end)) \
                or any(cue.end() <= p < end for p in ctx.person_starts):
            continue
        for person, (org, role, post_end) in zip(people, posts):
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, people[0].start,
                                    end, ctx.text[post_end - len(role) : post_end]))
    return out


def _read_serving_at(ctx: RelationContext, pronouns: list[Mention]) -> list[Relation]:
    """Person + 在/于 + body + 担任/出任/任 + a bare title closing the clause: the body's (王明在万科集团担任董事长一职,
    王明曾在香港大学任教授, 霍元甲后来被安排在『精武体操学校』任职主教席); a title with a body of its own is
    :func:`read_roles_after`'s. The body's clause may say the person worked there first, a comma maybe after it
    (在万科集团任职期间担任副总经理, 曾在中国银行工作，担任副行长), and bare titles listed after the first by 、 or 兼
    share its body (担任副总经理、总经理); 曾, 期间 or 历任 mark the posts ``former``."""
    simplified = ctx.simplified
    out = []
    for person in [m for m in ctx.mentions if m.label is Label.PERSON] + pronouns:
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        date = _DATE.match(simplified, at) or _DAY_ONLY.match(simplified, at)
        # 王伟于1990年在…任…; 于 + a date with no body after 于 is only the date (宋海良于27日被调回中交集团任…)
        at = date.end() if date and (not simplified.startswith(("于", "在"), date.start())
                                     or date.start() + 1 not in ctx.org_starting_at) else at
        served = _served_at(ctx, at)
        if served is None:
            continue
        bodies, posts, past = served
        former = past or simplified.startswith("曾", person.end)
        out.extend(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[start:end], former=former) for body in bodies for start, end in posts)
    return out


#: Verbs closing 由 + person: 总经理由邓召明担任.
_FILLS = ("担任", "出任", "接任", "兼任")


#: The most letters between 由 and the person who fills the post: 由原南方基金副总经理邓召明担任.
_MAX_FILLED_BY = 16


#: Adverbs of time or mood between a post and 由 (一职改由, 一职暂由, 卫生福利部长一职将由X出任), longest first.
_FILLED_ADVERBS = ("预计将", "将会", "暂时", "确定", "将", "改", "暂", "则", "已", "拟", "会")

#: A comma that may stand between a post's noun and 由 (主席一职，由X担任), the noun written (no 主席，由X担任).
_FILLED_COMMAS = ("，", ",")

#: Those of them that make the post one to come (一职将由X出任): not yet held, as X将出任 or 候任 hold nothing (round
#: roles187: the web gold's convention, now the dev gold's too).
_FUTURE_ADVERBS = frozenset({"预计将", "将会", "将", "拟", "会"})


def _read_filled_by(ctx: RelationContext) -> list[Relation]:
    """Holder + title (+ 一职) + 由 + person + 担任/出任…, closing the clause: the post is the person's (鹏华基金总经理由原南方基金
    副总经理邓召明担任: 总经理 of 鹏华基金; 北京大学校长一职由王志刚担任; the post written before the name is
    :func:`read_roles`'s). A post to come (一职将由X出任, 拟由) is not yet held: nothing."""
    simplified = ctx.simplified
    out = []
    for by in re.finditer("由", simplified):
        i = by.start()
        adverb = next((a for a in _FILLED_ADVERBS if simplified.endswith(a, 0, i)), "")  # 一职改由…
        if adverb in _FUTURE_ADVERBS:
            continue
        j = i - len(adverb)
        if simplified[j - 1 : j] in _FILLED_COMMAS and simplified.endswith(_POST_TAILS, 0, j - 1):
            j -= 1  # 党魁一职，由X担任: a comma after the post's noun (roles199)
        post = j - next((len(t) for t in _POST_TAILS if simplified.endswith(t, 0, j)), 0)  # 校长一职由…
        role = ctx.lexicon.role_ending(simplified, post) or None
        holder = _holder(ctx, post - len(role), role) if role is not None else None
        if holder is None:
            continue
        brk = CLAUSE_BREAK.search(simplified, i)
        clause_end = brk.start() if brk else len(simplified)
        person = next((m for m in sorted(ctx.mentions, key=lambda m: -m.end) if m.label is Label.PERSON
                       and i < m.start <= i + _MAX_FILLED_BY and m.end <= clause_end
                       and simplified.startswith(_FILLS, m.end)), None)
        if person is None or any(person.start < s < clause_end for s in ctx.person_starts):
            continue
        verb = next(v for v in _FILLS if simplified.startswith(v, person.end))
        after = person.end + len(verb)
        after += next((len(t) for t in _POST_TAILS if simplified.startswith(t, after)), 0)
        if after != clause_end:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start, after,
                                ctx.text[post - len(role) : post], former=_former(ctx, holder.start)))
    return out


#: The most letters between a post's link (公司的总经理为X, 董事长是X) and the person it names: a short description
#: (原公募基金的明星经理).
_MAX_POST_IS = 16


def _read_post_is(ctx: RelationContext) -> list[Relation]:
    """Holder + title + 为/是 + person closing the clause, maybe a description between (上海尚雅投资管理有限公司的总经理为
    原公募基金的明星经理石波; ，公司的总经理为X: the company named before, :func:`_anaphor_ending_at`): the post is the
    person's. No other person between; a description's own posts are :func:`read_roles`'s."""
    simplified = ctx.simplified
    out = []
    for link in re.finditer("[为是]", simplified):
        i = link.start()
        role = ctx.lexicon.role_ending(simplified, i) or None
        if role is None:
            continue
        brk = CLAUSE_BREAK.search(simplified, i)
        clause_end = brk.start() if brk else len(simplified)
        person = next((m for m in ctx.mentions if m.label is Label.PERSON and m.end == clause_end
                       and i < m.start <= i + 1 + _MAX_POST_IS), None)
        if person is None or any(i < s < person.start for s in ctx.person_starts):
            continue
        holder = _holder(ctx, i - len(role), role)  # only now: it may derive a body
        if holder is None:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start,
                                person.end, ctx.text[i - len(role) : i], former=_former(ctx, holder.start)))
    return out


#: A demonstrative before a body and its title standing for a person named before: 这位东吴基金公司的投资总监.
_DEMONSTRATIVE = re.compile("这位|该位|此位")


#: The most letters of the body and title after the demonstrative.
_MAX_DEMONSTRATED = 20


def _read_demonstrative_posts(ctx: RelationContext) -> list[Relation]:
    """这位 + holder + title, no name after it (但在这位东吴基金公司的投资总监嘴里): the post of the one person the sentence
    named before it or, when it names none, of the one person of the sentence before (a reporter's byline name, after
    记者, not counted); none when two are named there, or a name follows the title (that is :func:`read_roles`'s)."""
    simplified = ctx.simplified
    demonstratives = list(_DEMONSTRATIVE.finditer(simplified))
    if not demonstratives:
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON
              and not simplified[max(m.start - 8, 0) : m.start].rstrip(" \u3000").endswith(tuple(_CREDITED_ROLES))]
    out = []
    for found in demonstratives:
        i, start = found.start(), found.end()
        k = ctx.sentence_index(i)
        if k < 0:
            continue
        who = {ctx.owner[m] for m in people if ctx.sentences[k][0] <= m.start and m.end <= i}
        if not who and k > 0:
            who = {ctx.owner[m] for m in people if ctx.sentences[k - 1][0] <= m.start and m.end <= ctx.sentences[k - 1][1]}
        if len(who) != 1:
            continue
        e, role, holder = start, None, None
        while e < min(start + _MAX_DEMONSTRATED, len(simplified)) and holder is None:
            e += 1
            if CLAUSE_BREAK.match(simplified[e - 1]):
                break
            role = next(iter(_role_candidates(ctx, e)), None)
            if role is not None and not ctx.lexicon.role_ending(simplified, e + 1):
                holder = _holder(ctx, e - len(role), role)
                if holder is not None and holder.start < start:
                    holder = None
        if holder is None or role is None or e in ctx.person_starts:
            continue
        out.append(ctx.relation(next(iter(who)), ctx.owner[holder], RelationKind.HOLDS_ROLE, i, e,
                                ctx.text[e - len(role) : e], former=_former(ctx, holder.start)))
    return out


def _read_resume_fields(ctx: RelationContext) -> list[Relation]:
    """A résumé's post field (李莹出生年月：1969年职位：北京盈之宝汽车销售服务有限公司董事长毕业院校：…; 公司：安信地板有限公司职务：
    董事长): the holder and title the value ends with, before the next field or a clause break, held by the
    person the résumé opens with (X出生年月：, X简介：, 姓名：X), the nearest before the field, no other between."""
    simplified = ctx.simplified
    out = []
    for field in _POST_FIELD.finditer(simplified):
        v = field.end()
        person = _resume_subject(ctx, field.start())
        if person is None:
            continue
        ends = []  # where the value may end: a title there, then a break, a space or the next field's label
        for e in range(v + 1, min(v + _MAX_FIELD_VALUE, len(simplified)) + 1):
            role = ctx.lexicon.role_ending(simplified, e) or None
            if role is not None and (e == len(simplified) or CLAUSE_BREAK.match(simplified[e])
                                     or simplified[e] in _VALUE_ENDS or _FIELD_LABEL.match(simplified, e)):
                ends.append((e, role))
            if e < len(simplified) and (CLAUSE_BREAK.match(simplified[e]) or simplified[e] in _VALUE_ENDS):
                break  # the next label's colon too: 董事长行业：, the title the longest before it
        if not ends:
            continue
        e, role = ends[-1]
        at = e - len(role)
        holder = _holder(ctx, at, role) if at > v else None
        employer = ctx.org_ending_at.get(field.start()) if at == v else None
        if employer is not None and simplified.endswith(
                tuple(f + c for f in _EMPLOYER_FIELD for c in "：:"), 0, employer.start):
            holder = employer  # 公司：安信地板有限公司职务：董事长
        if holder is not None:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE,
                                    person.start, e, ctx.text[at:e]))
    return out


#: What joins the person a body appoints and the post: 聘任X为…, 聘任X担任…, 聘任X就任….
_APPOINTED_TO = ("担任", "出任", "就任", "为", "任")


#: The appointing body named again before the post: 聘任X为公司副总经理.
_THE_BODY = ("该公司", "本公司", "公司")


#: The most letters of a qualifier before the post: 就任社论|主笔.
_MAX_POST_QUALIFIER = 2


#: The most letters between an appointing body and its verb: 《益世报》再次聘任…, …决定聘任….
_MAX_BEFORE_APPOINTS = 8


def _read_appointed(ctx: RelationContext) -> list[Relation]:
    """A body + 聘任/任命/委任 + person + 为/担任 + a bare title: the title is the body's (国泰基金聘任初伟斌为公司副总经理,
    《益世报》再次聘任罗隆基就任社论主笔). The body is the last one its sentence names before the verb, no person between,
    a few letters before it, or further when a company the post names again (中银基金…，决定聘任俞岱曦先生担任公司副总经理);
    a title with a body of its own is :func:`read_roles_after`'s."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    found = []  # (where the verb starts, the one appointed, where the post starts)
    verbs = list(re.finditer("|".join(_APPOINTS), simplified))
    people.update((i, m) for i, m in _appointed_pronouns(ctx, verbs).items() if i not in people)
    for verb in verbs:
        person = people.get(verb.end())
        if person is None or _said_of_the_future(ctx, verb.start()):
            continue  # 董事会将聘任X为总经理, 拟任命X为…: a plan
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        link = next((w for w in _APPOINTED_TO if simplified.startswith(w, at)), None)
        if link is not None:
            found.append((verb.start(), person, at + len(link)))
    for person in people.values():  # 董事会将王明任命为总经理: the one appointed before the verb
        disposed = _disposed_to(ctx, person.end)
        if disposed is not None:
            at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
            found.append((person.start - 1, person, at + len(disposed)))
    for verb_start, person, at in sorted(found, key=lambda f: f[0]):
        again = next((len(b) for b in _THE_BODY if simplified.startswith(b, at)), 0)
        at += again
        at, role = next(((a, r) for a in range(at, at + _MAX_POST_QUALIFIER + 1)
                         if (r := _role_at(ctx, a)) is not None and (a == at or simplified[at:a].isalpha())), (at, None))
        if role is None or not (_post_closes(ctx, at + len(role)) or _dateline_after(ctx, at + len(role))):
            continue
        s, _ = sentence_at(ctx.sentences, verb_start)
        before = [m for m in ctx.mentions if s <= m.start and m.end <= verb_start]
        body = max((m for m in before if m.label is Label.ORGANIZATION), key=lambda m: m.end, default=None)
        if body is None or any(m.label is Label.PERSON and m.start >= body.end for m in before):
            continue
        if body.end + _MAX_BEFORE_APPOINTS < verb_start and not (
                again and (body.simplified.endswith(_COMPANY_HEADS) or STOCK_CODE.match(simplified, body.end))):
            # far from its verb, a company only when the post names it again (…，决定聘任X担任公司副总经理), a
            # company by its kind or by its stock code (贵州茅台(600519)发布公告，…聘任X为公司总经理; review167)
            continue
        if person.extractor == _PRONOUN_SOURCE and CLAUSE_BREAK.search(simplified, body.end, verb_start):
            continue  # 王明毕业于清华大学，华为公司聘任他…: a pronoun's body is its clause's subject
        who = person.canonical if person.extractor == _PRONOUN_SOURCE else ctx.owner[person]
        out.append(ctx.relation(who, ctx.owner[_body_of_board(ctx, body)], RelationKind.HOLDS_ROLE,
                                body.start, at + len(role), ctx.text[at : at + len(role)]))
    return out


def _listed_bare_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """The bare titles joined by 、 after a post of ``holder`` ending at ``end`` in an apposition (王石，万科集团董事长、
    总经理，; 王石，万科集团党委书记、董事长: 董事长 of 万科集团, :func:`_bare_post`): (holder, title, where it ends)."""
    out: list[tuple[Mention, str, int]] = []
    while ctx.simplified[end : end + 1] == "、" and (bare := _bare_post(ctx, holder, end)) is not None:
        out.append(bare)
        end = bare[2]
    return out


#: A word for the post after its title, before 的 + the person holding it (担任董事长一职的X, 卸下立委职务的X,
#: 离开葵青民政专员岗位的X; round rolesgrow181).
_POST_NOUNS = ("一职", "职务", "职位", "岗位")


#: Verbs of leaving a post that name it with a post noun after it only (离开…岗位的X: a post held before; 离开华强集团的X
#: names no post).
_LEFT_WITH_POST_NOUN = ("离开", "卸下")


def _read_role_then_person(ctx: RelationContext) -> list[Relation]:
    """Verb of appointment + holder + role + 的 + person: 担任财政部长的巴尔齐蒂斯, 时任淮军纵队司令的李际春,
    升任为美国舰队总司令的金恩 (the holder named, or a body no extractor named); a post noun may follow the role
    (:data:`_POST_NOUNS`: 担任董事长一职的X), and with one a verb of leaving (:data:`_LEFT_WITH_POST_NOUN`) makes the
    post one held before (离开葵青民政专员岗位的X)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        de = person.start - 1
        if de < 3 or simplified[de] != "的":
            continue
        noun = next((n for n in _POST_NOUNS if simplified.endswith(n, 0, de)), "")
        closes = (de, de - len(noun))
        verbs = _POST_VERBS + _LEFT_WITH_POST_NOUN if noun else _POST_VERBS
        for q in range(de - 2, max(de - _MAX_POST, 0), -1):
            if not simplified[q].isalnum():
                break
            verb = next((v for v in verbs if simplified.endswith(v, 0, q)), None)
            if verb is None:
                continue
            org, role, end = _holder_and_role(ctx, q)
            if org is None or end not in closes:
                org, role, end = _body_role_after_link(ctx, q)
            future = _said_of_the_future(ctx, q - len(verb))
            left = verb in _PAST_LINKS or verb in _LEFT_WITH_POST_NOUN
            if org is not None and end in closes and (not future or left):
                # 即将出任…的X: a plan, no post held; 即将卸任…的X holds it still
                out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, q,
                                        person.end, ctx.text[end - len(role) : end],
                                        former=(left or _once_before(simplified, q - len(verb))) and not future))
            break
    return out


#: A grade before a bare title, not part of the post's name (董事會任命陳志明為資深副總經理: 副總經理; review167).
_SENIOR = "资深"


def _read_bare_roles(ctx: RelationContext) -> list[Relation]:
    """A person given a bare title whose body is the one the sentence named before them: 第一南遣舰队…，仍由
    小泽任司令; 精武体操学校…，由霍元甲出任总教习; 劉道生任副政委兼政治部主任 (posts joined by 兼 or 、). The
    holder is the one organisation the sentence names before the person (for a title a place's government
    holds, else the one place); 在 + organisation + 担任 + title gives its own (胡安退役后在巴塞罗那俱乐部担任教练)."""
    simplified = ctx.simplified
    out = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    for person in people:
        date = _DATE.match(simplified, person.end)  # 蔡元培于1917年出任校长, 于民国六年
        at = date.end() if date else person.end
        adverb = next((a for a in _BARE_POST_ADVERBS if simplified.startswith(a, at)), "")
        at += len(adverb)
        verb = next((v for v in _BARE_POST_VERBS if simplified.startswith(v, at)), None)
        if verb is None or adverb == _PLAN_ADVERB or _appointed_in_future(ctx, person.start):
            continue  # …成立，王明将担任董事长; 华强集团将聘请王明担任总经理: a plan, no post held
        ordinal = _ORDINAL.match(simplified, at + len(verb))  # 秦国镛任首任校长
        first = ordinal.end() if ordinal else at + len(verb)
        first += len(_SENIOR) if simplified.startswith(_SENIOR, first) else 0  # 任命X为资深副总经理: 副总经理
        holder, posts = None, _bare_posts(ctx, first)
        if not posts:  # 在巴塞罗那俱乐部担任教练
            org = ctx.org_starting_at.get(at + 1) if simplified[at] in "在于" else None
            link = next((v for v in _BARE_POST_VERBS[:4] if org is not None and simplified.startswith(v, org.end)), None)
            if link is None:
                continue
            holder, posts = org, _bare_posts(ctx, org.end + len(link))
        subjects = _listed_before(ctx, person, people)
        if simplified.endswith(_SUCCEEDS, 0, subjects[-1].start):
            continue  # …，2015年接替李建华出任董事长: the one succeeded is no subject (the clause's is unnamed)
        if not posts or (verb == "为" and posts[0][0] == "代表") \
                or simplified[subjects[-1].start - 1 : subjects[-1].start] == "以":
            continue  # 以国贸、华贸为代表: an idiom, no post
        # the sentence to its full stop: 海军领导机关…成立，肖劲光任司令员…；同年任命王宏坤为副司令员
        s = max(simplified.rfind(ch, 0, person.start) for ch in "。！？!?\n") + 1
        if holder is None:
            holder = _sentence_body(ctx, s, subjects[-1].start, posts[0][0]) or _founded_body(ctx, s, subjects[-1].start) \
                or _opening_body(ctx, s, subjects[-1].start)
            holder = holder or board_before(ctx, s, subjects[-1].start, posts[0][0])  # …担任中国乒协副主席。X继续担任副主席
        if holder is None:
            continue
        if holder.label is Label.ORGANIZATION:  # 华远集团董事会决议，由刘振宇接任总经理: the board's company's
            holder = _body_of_board(ctx, holder)
        for subject in subjects:
            for role, end in posts:
                if _cabinet_post_of_no_government(ctx, role, holder):
                    continue  # 段祺瑞的讨逆军…，段祺瑞任国务总理; 北洋军…，段祺瑞任总理: an army holds no cabinet post
                if role in ctx.lexicon.place_roles or holder.label is Label.ORGANIZATION:
                    out.append(ctx.relation(_owner_of(ctx, subject), ctx.owner[holder], RelationKind.HOLDS_ROLE,
                                            min(holder.start, subject.start), end, ctx.text[end - len(role) : end],
                                            former=verb in _PAST_LINKS))
    return out + _read_posts_at(ctx, people)


def _read_posts_at(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """在/于 + organisation + 担任… + title(s) closing the clause, whose subject is the one person the clause
    named before: 胡安退役后在巴塞罗那俱乐部担任教练."""
    simplified = ctx.simplified
    out = []
    for org in (m for m in ctx.mentions if m.label is Label.ORGANIZATION):
        if org.start == 0 or simplified[org.start - 1] not in "在于":
            continue
        link = next((v for v in _BARE_POST_VERBS[:4] if simplified.startswith(v, org.end)), None)
        posts = _bare_posts(ctx, org.end + len(link)) if link else []
        if not posts:
            continue
        brk = [b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, org.start)]
        clause = brk[-1] if brk else 0
        before = [m for m in people if clause <= m.start and m.end < org.start - 1]
        if len({ctx.owner[m] for m in before}) != 1 or simplified[before[0].end : before[0].end + 1] in _NOT_SUBJECT_AFTER:
            continue
        person = before[0]
        for role, end in posts:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                    ctx.text[end - len(role) : end]))
    return out
