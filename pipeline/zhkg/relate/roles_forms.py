"""The readers of one sentence form each, for :func:`zhkg.relate.roles.read_roles` and
:func:`zhkg.relate.roles.read_roles_after`: a post named before its subject or after a demonstrative
(:func:`_read_post_before_subject`, :func:`_read_demonstrative_posts`, :func:`_read_post_is`), posts in brackets or
held respectively (:func:`_read_bracketed_posts`, :func:`_read_respective_posts`), appointments and removals
(:func:`_read_appointed`, :func:`_read_removed`, :func:`_read_filled_by`), serving at a body
(:func:`_read_serving_at`, :func:`_read_named_then_serving`, :func:`_read_posts_at`), résumé fields
(:func:`_read_resume_fields`), a role then its person (:func:`_read_role_then_person`), bare posts and chains of
clauses (:func:`_read_bare_roles`, :func:`_read_remote`), with the link and aside helpers only they use
(:func:`_link_after`, :func:`_paired_dash`).

Caveats: the readers are called by the two entry points in a fixed order; a reader's result can depend on what an
earlier one read. Moved verbatim from ``relate/roles_links.py`` (tidy67), which itself came from ``relate/roles.py``
(tidy65): no definition's text changed. This part imports ``roles_links`` and the parts before it, never
``relate/roles.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_before_names import (
    _holder,
)
from zhkg.relate.roles_bylines import (
    _CREDITED_ROLES,
    _dateline_after,
)
from zhkg.relate.roles_former import (
    _APPOINTS,
    _POST_TAILS,
    _REMOVES,
    _announced_leaving,
    _appointed_in_future,
    _former,
    _former_after,
    _held_until_now,
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
    _anaphor_ending_at,
    _appointed_by_person,
    _body_name_end,
    _opens_sentence,
    _resume_subject,
)
from zhkg.relate.roles_links import (
    _BARE_POST_TAILS,
    _LIST_JOINERS,
    _bare_post,
    _bare_posts,
    _bare_posts_of,
    _holder_and_role,
    _post_after_link,
    _post_after_skipping,
    _post_closes,
)
from zhkg.relate.roles_listed import (
    _DESCRIPTION_HEADS,
    _LISTED_JOINERS,
    _MAX_DESCRIPTION,
    _PERSON_IS,
    _listed_before,
)
from zhkg.relate.roles_names import (
    _CLOSING_QUOTES,
    _appointed_pronouns,
    _owner_of,
)
from zhkg.relate.roles_places import _STATE_ADVERBS, _cabinet_post_of_no_government, _made_of_states
from zhkg.relate.roles_title_body import (
    _COMPANY_HEADS,
    _FREE_ROLES,
    _LIST_CLOSINGS,
    _PRONOUN_SOURCE,
    _body_of_board,
    _department_at,
    _department_post,
    _founded_body,
    _holder_in_title,
    _joined_body,
    _opening_body,
    _org_anaphors,
    _role_candidates,
    _sentence_body,
)
from zhkg.relate.roles_titles import (
    _BARE_POST_ADVERBS,
    _BARE_POST_VERBS,
    _DATE,
    _EMPLOYER_FIELD,
    _FIELD_LABEL,
    _FORMER_MARKS,
    _MAX_FIELD_VALUE,
    _OPENING_QUOTES,
    _ORDINAL,
    _PAST_LINKS,
    _PLAN_ADVERB,
    _POST_FIELD,
    _VALUE_ENDS,
    _post_field,
    _qualifier,
    _role_at,
    _titles_ahead,
    _with_assistant,
)
from zhkg.relate.roles_words import _HONORIFICS, _MAX_BODY, _SUBJECT_AFTER, _clause_opener
from zhkg.text import first_at, first_ending, sentence_at

__all__ = [
    "_BEFORE_LINK",
    "_ASIDE_LINKS",
    "_MAX_ASIDE",
    "_after_description",
    "_SUCCEEDS",
    "_link_after",
    "_DASHES",
    "_MAX_DASHED",
    "_paired_dash",
    "_ONE_OF",
    "_CONTINUING_LINKS",
    "_continues",
    "_APPOINTS_OTHER",
    "_DISPOSED_BY",
    "_DISPOSAL",
    "_disposed_to",
    "_BY",
    "_appointed_by",
    "_read_post_before_subject",
    "_read_named_then_serving",
    "_read_bracketed_posts",
    "_read_removed",
    "_RESPECTIVELY",
    "_read_respective_posts",
    "_SERVES",
    "_BEFORE_AT",
    "_read_serving_at",
    "_WORKED_THERE",
    "_SERVES_AFTER_WORK",
    "_MAX_SERVED_POSTS",
    "_served_at",
    "_served_post",
    "_BODY_JOINERS",
    "_AMONG_KINDS",
    "_SENT",
    "_FILLS",
    "_MAX_FILLED_BY",
    "_FILLED_ADVERBS",
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
    "_CONCURRENTLY",
    "_concurrent_posts",
    "_APPOINTED",
    "_LIFE_EVENTS_AFTER",
    "_APPOINTED_ADVERBS",
    "_APPOINTED_FIRST",
    "_SERVED_LEADS",
    "_SERVED_LEAD_FIRST",
    "_GRADUATED",
    "_GRADUATED_FIRST",
    "_RELATIVE_TIME",
    "_BEFORE_LEAVING",
    "_APPOINTED_OR_STATE_ADVERBS",
    "_APPOINTED_OR_STATE_ADVERB_FIRST",
    "_TAKES_POST",
    "_COMMA",
    "_WRITTEN_IS",
    "_CLAUSE_COPULAS",
    "_read_remote",
    "_body_of_clause_before",
    "_WORKS_AT",
    "_served_in_clause",
    "_after_bare_titles",
    "_after_bodies_sharing",
    "_listed_bare_posts",
    "_next_listed_post",
    "_AND_ALSO",
    "_NO_BODY_LINKS",
    "_body_role_after_link",
    "_read_role_then_person",
    "_read_bare_roles",
    "_read_posts_at",
]


_BEFORE_LINK = frozenset("已将曾现后在")  # 在担任坎特伯里大主教前


#: Links that may open a parenthesis after the name, the post inside it: 李天任博士（现任中国文化大学校长）.
_ASIDE_LINKS = ("现任", "曾任", "时任", "历任")


# the longest parenthesis skipped after a name: 林增祥（5月19日-），曾任…
_MAX_ASIDE = 30


def _after_description(ctx: RelationContext, at: int) -> int | None:
    """Where the clause after a short description of a person starts (王明，香港商人，|万科集团主席), or ``None``:
    the description has no name in it but places, no title, and ends in a noun of people."""
    simplified = ctx.simplified
    comma = next((i for i in range(at, min(at + _MAX_DESCRIPTION + 1, len(simplified))) if simplified[i] in "，,"), -1)
    if comma <= at or not simplified.endswith(_DESCRIPTION_HEADS, at, comma) or not simplified[at:comma].isalnum():
        return None
    if any(at <= m.start < comma and m.label is not Label.PLACE for m in ctx.mentions) \
            or any(r in simplified[at:comma] for r in ctx.lexicon.role_words if len(r) > 1):
        return None
    return comma + 1


#: Verbs of succeeding someone: the post after the one succeeded is the subject's (X接替Y出任…), and the
#: one succeeded is no subject of it (接替章倬标任兴化府知府: not 章倬标's).
_SUCCEEDS = ("接替", "接任", "取代", "代替", "继任")


def _link_after(ctx: RelationContext, end: int) -> tuple[str, int, bool] | None:
    """What follows a person ending at ``end`` and introduces their role: the link (a verb, or ``，`` for an
    apposition), where the organisation starts, and whether the role is a past one; or ``None``.

    A parenthesis right after the name is skipped (林增祥（5月19日-），曾任…), and a verb may follow a comma
    (…，曾任…, …，现任…)."""
    simplified = ctx.simplified
    at = end = end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, end)), 0)  # 杨帆先生曾任…
    disposed = _disposed_to(ctx, end)
    if disposed is not None:  # 国务院将王明任命为教育部副部长: 将/把 puts the one appointed before the verb
        return disposed, at + len(disposed), False
    if simplified.startswith("继", at):  # 王明继李四之后出任…: the one succeeded is named in passing
        other = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == at + 1), None)
        after = next((w for w in ("之后", "后") if other is not None and simplified.startswith(w, other.end)), "")
        at = other.end + len(after) if after else at
    once = simplified.startswith("曾", at)  # 白冠玉曾于同治年间接替章倬标任兴化府知府: a post held before
    lead = _DATE.match(simplified, at + once) or _RELATIVE_TIME.match(simplified, at + once)
    lead_end = lead.end() if lead and lead.end() > at + once else at + once  # 王明于1998年接替李四成为…, 王明去年接任…
    # an adverb of manner or sequence between (陈伟廉今日正式接任…, 随后接替…), no word of a plan (仍将)
    adverb = next((a for a in _APPOINTED_ADVERBS if "将" not in a and simplified.startswith(a, lead_end)), "")
    succeeded = next((v for v in _SUCCEEDS if simplified.startswith(v, lead_end + len(adverb))), "")
    if succeeded:  # 西宫伸一接替丹羽宇一郎出任日本驻华大使: the post is the first one's
        at = lead_end + len(adverb)
        other = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == at + len(succeeded)), None)
        if other is None and succeeded in _TAKES_POST:  # 王明接任万科集团董事长: the post itself is the object
            return succeeded, at + len(succeeded), once
        if other is None:
            return None
        at = other.end
        link = next((w for w in _PERSON_IS if w not in _NO_BODY_LINKS and simplified.startswith(w, at)), None)
        return (link, at + len(link), once or link in _PAST_LINKS) if link else None
    if simplified[at : at + 1] in ("(", "（") and \
            (aside := next((w for w in _ASIDE_LINKS if simplified.startswith(w, at + 1)), "")):
        return aside, at + 1 + len(aside), aside in _PAST_LINKS  # 李天任博士（现任中国文化大学校长）
    if simplified[at : at + 1] in ("(", "（"):
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or any(at < s < close for s in ctx.person_starts):
            return None
        at = close + 1
    comma = simplified[at : at + 1] in ("，", ",", "：", ":")  # 龚建平：曾任…, 杨黎升先生：铜陵有色副总经理。
    dash = 0 if comma else _paired_dash(simplified, at)
    if dash:  # 王明——北京大学校长——今天表示: an apposition between dashes reads as one between commas
        comma, end = True, at + dash - 1
    at += dash or comma
    if comma and (field := _post_field(simplified, at)) is not None:
        # read as 现任/曾任 would be (林志明，现职：国立成功大学校长; 黄仁杰，国籍：中华民国，职位：台积电董事长)
        return ("曾任" if field[1] else "现任"), field[0], field[1]
    opened = at
    once = simplified.startswith("曾", at) and bool(_DATE.match(simplified, at + 1))  # 汪明曾于1995年担任…
    at += once
    date = _DATE.match(simplified, at)
    at = date.end() if date else at  # 王伟于1990年出任…
    past = once or simplified[at : at + 1] == "曾"
    if not comma and (before_leaving := first_at(simplified, _BEFORE_LEAVING, at)):
        at, past = at + len(before_leaving), True  # 冯立群退休前为中国石化总经理: the post held last
    # after a comma the clause's subject is :func:`_read_remote`'s to find (他会见了王伟，随后出任…)
    k = at
    while not comma and (a := first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, k)
                         or ((when := _RELATIVE_TIME.match(simplified, k)) and when.group())):
        k += len(a)  # 曾两度出任…, 目前是…, 去年出任…, 日前转任…
    adverb = simplified[at:k]
    if adverb and first_at(simplified, _PERSON_IS, k, default=None):
        at = k  # 童后来担任…, 谢多已出任…, 曾任…
    else:
        adverb = ""
        at += simplified[at : at + 1] in _BEFORE_LINK
    link = first_at(simplified, _PERSON_IS, at, default=None)
    if link is None and (left := _announced_leaving(simplified, at)) is not None:
        return left[0], left[1], True  # 王明宣布辞去华强集团董事长职务, 裴林表明将辞去阿拉斯加州州长的职务
    if link is None and (appointed := _appointed_by(ctx, at)) is not None:
        return "任", appointed, past
    if link is None and comma and at == opened and (described := _after_description(ctx, at)) is not None:
        verb = next((w for w in _PERSON_IS if w not in _NO_BODY_LINKS and simplified.startswith(w, described)), None)
        if verb is not None:  # 李鸿章，晚清重臣，官至直隶总督
            return verb, described + len(verb), verb in _PAST_LINKS
        return "，", described, False  # 王明，香港商人，万科集团主席。
    if link is None and comma and at == end + 1 and simplified[at : at + 1] in ("前", "原"):
        return "，", at + 1, True  # 陳方安生，前香港政務司司長
    if link is None:
        return ("，", at, False) if comma and at == end + 1 else None
    if link not in _PAST_LINKS and _said_of_the_future(ctx, at, end) and not _continues(adverb, link):
        return None  # 王明将出任…, 王明即将担任…: a plan, no post held yet (将不再担任 leaves one, as before)
    if link in ("是", "为", "以", "系") and ((adverb and not _made_of_states(adverb)) or date):
        return None  # 后来是…, 于1990年为… read no further: only verbs of appointment take them
    after = at + len(link)
    if link.endswith("任") and simplified[after : after + 1] in _APPOINTS_OTHER:
        return None  # 孙中山任命黄复生为…: the post is the one appointed's, never the appointer's
    once = len(link) > 1 and simplified[after : after + 1] == "过"  # 担任过…次长: a post held before
    after += len(link) > 1 and simplified[after : after + 1] in ("了", "过")  # 担任了…组长, 担任过…次长
    if link in ("是", "为") and (described := _after_description(ctx, after)) is not None:
        return "，", described, past  # 马丁·路德是德国神学家，威登堡大学教授: an apposition after the description
    return link, after, past or once or link in _PAST_LINKS


#: Dashes that may set an apposition off after a name, the longest first: 王明——北京大学校长——, 王明—北京大学校长—.
_DASHES = ("——", "—", "--")


#: The longest apposition read between two dashes.
_MAX_DASHED = 24


def _paired_dash(simplified: str, at: int) -> int:
    """The length of the dash at ``at`` when the same dash closes the aside after it within :data:`_MAX_DASHED`
    letters, no clause break inside (王明——北京大学校长——今天表示: 2); else 0, so a dash alone, before a
    range or a quote, is no apposition.

    >>> _paired_dash("——北京大学校长——今天表示", 0)
    2
    >>> _paired_dash("—北京大学校长—表示", 0)
    1
    >>> _paired_dash("——北京大学校长。今天", 0)
    0
    """
    dash = first_at(simplified, _DASHES, at)
    if not dash:
        return 0
    close = simplified.find(dash, at + len(dash), at + len(dash) + _MAX_DASHED + len(dash))
    if close <= at + len(dash) or any(ch in "。；;！？!?\n，," for ch in simplified[at + len(dash) : close]):
        return 0
    if dash == "—" and simplified.startswith("——", close):
        return 0
    return len(dash)


#: After a post, one of those who hold it: 微软公司创办人之一 (an apposition may end so).
_ONE_OF = "之一"


#: Verbs of keeping a post held: 连任, 续任, 留任 (王明将连任华强集团董事长: he holds it now, whatever comes).
_CONTINUING_LINKS = frozenset({"获连任", "连任", "续任", "留任"})


def _continues(adverb: str, link: str) -> bool:
    """Whether the post after ``adverb`` and ``link`` is one held now and kept, a word of the future before it or not:
    仍将担任, 将继续出任, 将连任."""
    return link in _CONTINUING_LINKS or "继续" in adverb or adverb.startswith("仍")


#: A letter after 任 that makes it a verb of appointing someone else (任命, 任免, 任用).
_APPOINTS_OTHER = frozenset("命免用")


#: Verbs of appointing after the one appointed, whom 将 or 把 puts before them: 国务院将王明任命为…, 董事会把王明聘为….
_DISPOSED_BY = ("任命为", "聘任为", "聘请为", "委任为", "聘为", "提拔为", "推选为", "选举为", "选为")


#: The letters that put an object before its verb.
_DISPOSAL = frozenset("将把")


def _disposed_to(ctx: RelationContext, end: int) -> str | None:
    """The verb of appointing right after ``end`` (a name's end, an honorific maybe after it) when 将 or 把 stands right
    before that name (董事会将王明任命为总经理: 将 moves the object, no plan), and no word of the future before the
    将 (拟将王明任命为: a plan); else ``None``."""
    simplified = ctx.simplified
    verb = first_at(simplified, _DISPOSED_BY, end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, end)), 0),
                    default=None)
    if verb is None:
        return None
    person = next((m for m in ctx.mentions if m.label is Label.PERSON and m.end == end), None)
    if person is None or simplified[person.start - 1 : person.start] not in _DISPOSAL or person.start < 1 \
            or _said_of_the_future(ctx, person.start - 1):
        return None
    return verb


#: Who appoints someone, and the verbs: 获联合国秘书处聘任为…, 被国务院任命为….
_BY = ("再获", "获", "被")


def _appointed_by(ctx: RelationContext, at: int) -> int | None:
    """Where the post starts after 获/被 + a named appointer + 任命为/聘任为… at ``at`` (富特在1963年再获联合国秘书处
    聘任为联合国特别基金顾问), or ``None``."""
    simplified = ctx.simplified
    by = next((b for b in _BY if simplified.startswith(b, at)), None)
    if by is None:
        return None
    appointer = next((m for m in ctx.mentions if m.start == at + len(by) and m.label is not Label.PERSON), None)
    if appointer is None:
        return _appointed_by_person(ctx, at + len(by))
    verb = next((v for v in _APPOINTS if simplified.startswith(v, appointer.end)), None)
    return appointer.end + len(verb) if verb else _appointed_by_person(ctx, at + len(by))


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
    董事长); 王明（前华强集团总裁）: a past post): an apposition the brackets close. Nothing when anyone else is named
    inside, or the brackets hold more than the body and its posts (王明（华强集团董事长之子）)."""
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
        at = person.end + simplified.startswith("的", person.end)
        org, role, end = _holder_and_role(ctx, at)
        if org is None:
            org, role, end = _body_role_after_link(ctx, at)
        if org is None or not (simplified.startswith(_POST_TAILS, end) or simplified.startswith("的职务", end)
                               or end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[end - len(role) : end], former=True))
    return out


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


#: Verbs of serving after 在 + body: 在万科集团担任董事长.
_SERVES = ("担任", "出任", "任职", "任")


#: Letters that may come between a person and 在: adverbs and 曾 (王明曾在万科集团担任…).
_BEFORE_AT = ("曾经", "先后", "曾", "也", "亦", "还", "后", "则")


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
        date = _DATE.match(simplified, at)
        at = date.end() if date and not simplified.startswith(("于", "在"), date.start()) else at
        served = _served_at(ctx, at)
        if served is None:
            continue
        bodies, posts, past = served
        former = past or simplified.startswith("曾", person.end)
        out.extend(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[start:end], former=former) for body in bodies for start, end in posts)
    return out


#: After 在 + body, the person's work there before the verb of serving: 在万科集团任职期间担任…, 在中国银行工作，担任…
#: (:func:`_served_at`); whether it marks a past post.
_WORKED_THERE = re.compile(r"(?:工作|任职|供职)(?P<past>期间|时期|时)?(?:多年|多年来)?[，,]?"
                           r"(?P<adverb>曾经|曾|先后|还|也|又)?(?=担任|出任|任|历任|兼任)")


#: Verbs of serving after such a clause, besides :data:`_SERVES`: 历任 (a past post), 兼任.
_SERVES_AFTER_WORK = ("历任", "兼任")


#: How many bare titles a list after the verb of serving may hold (担任副总经理、总经理兼财务总监).
_MAX_SERVED_POSTS = 6


def _served_at(ctx: RelationContext, at: int) -> tuple[list[Mention], list[tuple[int, int]], bool] | None:
    """Adverbs, 被安排 maybe, 在/于 + a body (in quotation marks maybe) + 担任/出任/任职/任 + a bare title closing the
    clause, read from ``at``: the bodies (more than one when several are listed by 、, 和 or 及: 先后在华夏银行、招商银行
    任副行长, each body's post), where each title (the first and the bare ones listed after it by 、 or 兼) starts and
    ends, and whether the clause marks the posts past (在…任职期间, 历任); or ``None``."""
    simplified = ctx.simplified
    while simplified[at : at + 1] in _SERVED_LEAD_FIRST and \
            (a := first_at(simplified, _SERVED_LEADS, at)):
        at += len(a)  # 后来, 曾经…
    at += len(first_at(simplified, _SENT, at))  # 被安排在…
    if simplified[at : at + 1] not in ("在", "于"):
        return None
    quoted = simplified[at + 1 : at + 2] in _OPENING_QUOTES + "《"  # 在『精武体操学校』任职, 在《真理报》任主编
    body = ctx.org_starting_at.get(at + 1 + quoted)
    if body is None:
        return None
    closing = quoted and simplified[body.end : body.end + 1] in _CLOSING_QUOTES + "》"
    if quoted and not closing:
        return None
    after = body.end + closing
    bodies = [body]
    while not quoted and simplified[after : after + 1] in _BODY_JOINERS and (more := ctx.org_starting_at.get(after + 1)):
        bodies.append(more)  # 在华夏银行、招商银行任副行长: each body's post
        after = more.end
    after += next((len(k) for k in _AMONG_KINDS if simplified.startswith(k, after)), 0)  # 在宜兴女子初级师范等学校任…
    worked = _WORKED_THERE.match(simplified, after)  # 在万科集团任职期间担任…, 在中国银行工作，担任…
    past = False
    if worked:
        after, past = worked.end(), bool(worked["past"]) or worked["adverb"] in ("曾", "曾经")
    verb = next((v for v in (_SERVES_AFTER_WORK if worked else ()) + _SERVES if simplified.startswith(v, after)), None)
    if verb is None:
        return None
    past = past or verb == "历任"
    first = _served_post(ctx, after + len(verb), ("了", "过"))
    if first is None:
        return None
    posts = [first]
    while len(posts) < _MAX_SERVED_POSTS and simplified[posts[-1][1] : posts[-1][1] + 1] in ("、", "兼"):
        post = _served_post(ctx, posts[-1][1] + 1, ("任",))  # 副总经理兼任财务总监
        if post is None:
            break
        posts.append(post)
    return bodies, posts, past


def _served_post(ctx: RelationContext, start: int, skipped: tuple[str, ...]) -> tuple[int, int] | None:
    """A bare title read from ``start`` (after one of ``skipped`` maybe), one or two qualifying letters maybe before it,
    closing its clause or followed by 、 or 兼 and another post: where it starts and ends; or ``None``."""
    simplified = ctx.simplified
    start += simplified[start : start + 1] in skipped
    for k in (start, start + 1, start + 2):  # a letter or two may qualify the title: 主|教席 (主教 is a bishop), 图画|教员
        role = _role_at(ctx, k)
        if role is None or (k > start and not _qualifier(ctx, start, k)):
            continue
        end = k + len(role)
        tail = next((len(t) for t in _BARE_POST_TAILS if simplified.startswith(t, end)), 0)  # 在…任行长至今
        if _post_closes(ctx, end + tail) and simplified[end + tail : end + tail + 1] != "的":
            return start, end
    return None


#: What joins the bodies listed after 在 where one served, each the post's: 在华夏银行、招商银行任副行长.
_BODY_JOINERS = _LISTED_JOINERS  # 、和与及: one copy (tidy65)


#: 等 and the kind of body after a body, the first of several where one served: 在宜兴女子初级师范等学校任图画教员.
_AMONG_KINDS = ("等学校", "等大学", "等中学", "等学堂", "等公司", "等单位", "等机构", "等报社", "等报刊", "等地")


#: Being sent or placed before 在 + body: 被安排在精武体操学校任职….
_SENT = ("被安排", "获安排", "被派", "获派", "被调")


#: Verbs closing 由 + person: 总经理由邓召明担任.
_FILLS = ("担任", "出任", "接任", "兼任")


#: The most letters between 由 and the person who fills the post: 由原南方基金副总经理邓召明担任.
_MAX_FILLED_BY = 16


#: Adverbs of time or mood between a post and 由 (卫生福利部长一职将由X出任, 一职改由, 一职暂由), longest first.
_FILLED_ADVERBS = ("预计将", "将会", "暂时", "确定", "将", "改", "暂", "则", "已", "拟", "会")


def _read_filled_by(ctx: RelationContext) -> list[Relation]:
    """Holder + title (+ 一职) + 由 + person + 担任/出任…, closing the clause: the post is the person's (鹏华基金总经理由原南方基金
    副总经理邓召明担任: 总经理 of 鹏华基金; 北京大学校长一职由王志刚担任; the post written before the name is
    :func:`read_roles`'s)."""
    simplified = ctx.simplified
    out = []
    for by in re.finditer("由", simplified):
        i = by.start()
        j = i - next((len(a) for a in _FILLED_ADVERBS if simplified.endswith(a, 0, i)), 0)  # 一职将由…
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
    sentence_starts = [a for a, _ in ctx.sentences]
    out = []
    for found in demonstratives:
        i, start = found.start(), found.end()
        k = bisect_right(sentence_starts, i) - 1
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
        if body.end + _MAX_BEFORE_APPOINTS < verb_start and not (again and body.simplified.endswith(_COMPANY_HEADS)):
            continue  # far from its verb, a company only when the post names it again (…，决定聘任X担任公司副总经理)
        if person.extractor == _PRONOUN_SOURCE and CLAUSE_BREAK.search(simplified, body.end, verb_start):
            continue  # 王明毕业于清华大学，华为公司聘任他…: a pronoun's body is its clause's subject
        who = person.canonical if person.extractor == _PRONOUN_SOURCE else ctx.owner[person]
        out.append(ctx.relation(who, ctx.owner[_body_of_board(ctx, body)], RelationKind.HOLDS_ROLE,
                                body.start, at + len(role), ctx.text[at : at + len(role)]))
    return out


#: 兼 after a post, a comma and 并/同时 maybe before it, 任 maybe after: 总经理兼, 副总经理，兼任, 主任，并兼; 暨.
_CONCURRENTLY = re.compile(r"(?:[，,](?:并|同时|并且)?)?兼任?|暨")


def _concurrent_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """Bare titles after 兼 (and 、) following a post ending at ``end``, the last closing its clause: posts
    of the same holder (任湖南省第二行政督察区行政督察专员兼保安司令: 保安司令 of the 督察区; 为信达澳银基金的副总经理，
    兼市场总监: 市场总监 of the fund)."""
    joined = _CONCURRENTLY.match(ctx.simplified, end)
    if joined is None:
        return []
    start = joined.end()
    department = _department_at(ctx, start)
    posts = _bare_posts(ctx, start) or (_bare_posts(ctx, start + len(department), department) if department else [])
    return [(holder, role, e) for role, e in posts
            if holder.label is Label.ORGANIZATION or role in ctx.lexicon.place_roles]


#: Verbs of appointment that open a clause whose subject is the sentence's: 方毅回到家乡，出任…
_APPOINTED = ("获委任为", "获任命为", "被任命为", "被委任为", "被聘任为", "被聘为", "受聘为", "获聘为", "履新", "被擢升为", "被晋升为", "获晋升为", "获擢升为", "擢升为", "晋升为", "擢升至", "晋升至", "升至", "当选为", "出任", "担任", "升任",
              "调任", "转任", "就任", "改任", "历任", "曾任", "原任", "现任", "兼任", "当选", "成为", "获连任", "连任", "续任",
              "留任", "免去其", "任")


# adverbs before them, one or several: 后出任, 随后担任, 并兼任, 也曾任, 及后出任, 翌年又获委任为
#: A step of a life after which a post is taken, before the verb of appointment: 林秀怡毕业后成为…艺员, 退役后出任….
_LIFE_EVENTS_AFTER = ("毕业后", "退役后", "退伍后", "退休后", "卸任后", "离任后", "回国后", "归国后", "出狱后", "获释后",
                      "复员后", "转业后", "成年后", "婚后", "独立后")


_APPOINTED_ADVERBS = ("仍将", "将继续", "继续", "再次", "高票", "全票", "以高票", "以全票", "顺利", "成功", "曾经", "再度", "后来", "随后", "其后", "之后", "及后", "此后", "旋即", "随即", "继而", "同年",
                      "翌年", "次年", "正式", "因为", "由于", "先后", "至今", "开始", "短暂地", "短暂", *_LIFE_EVENTS_AFTER, "后", "并", "又",
                      "也", "曾", "再", "还", "仍")


_APPOINTED_FIRST = frozenset(v[0] for v in _APPOINTED)


# what may stand before 在/于 + a body in :func:`_served_at` (后来, 曾经), and the letters they start with
_SERVED_LEADS = _APPOINTED_ADVERBS + _BEFORE_AT


_SERVED_LEAD_FIRST = frozenset(a[0] for a in _SERVED_LEADS)


#: Graduating from a school before a verb of appointment, a clause's lead: ，于第23期艺员训练班毕业后成为…艺员.
_GRADUATED = re.compile(r"[于在从自][^，,；;。！？!?：:\n（()）]{2,24}?毕业(?:之?后)")


_GRADUATED_FIRST = frozenset("于在从自")


#: A time told relative to the story's day before a verb of appointment (王明去年出任…, 日前转任…, 于今年3月接任…),
#: the way Taiwan and Hong Kong news date a change of post; never before 是 (that is no appointment).
_RELATIVE_TIME = re.compile(r"[于在]?(?:去年[底初]?|今年[底初]?|日前|近日|稍早|上月|本月|上周|本周|昨天|昨日|今天|今日|甫"
                            r"|(?:最近|近)(?:[一二三四五六七八九十两几]|\d{1,2})年(?:来|内|间)?|近年来?)"
                            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:起)?)?")


#: Words before a link saying the post was held up to leaving it: 退休前为…, 去世前任… (a post held before).
_BEFORE_LEAVING = ("退休前", "离休前", "卸任前", "离任前", "辞职前", "去世前", "逝世前")


_APPOINTED_OR_STATE_ADVERBS = _APPOINTED_ADVERBS + _STATE_ADVERBS


_APPOINTED_OR_STATE_ADVERB_FIRST = frozenset(a[0] for a in _APPOINTED_OR_STATE_ADVERBS)


#: Verbs of succeeding that take the post itself when no one succeeded is named: 接任万科集团董事长.
_TAKES_POST = frozenset({"接任", "继任"})


_COMMA = re.compile("[，,]")


#: 系, written 是 in a résumé or a notice (张伟，男，汉族，系华强集团董事长。), read like 是 after a comma, with no adverb.
_WRITTEN_IS = "系"


#: The links after a comma that name a post only when it closes the clause: ，为…董事长。, ，也是…的董事长。, ，系…董事长。
_CLAUSE_COPULAS = ("为", "是", _WRITTEN_IS)


def _read_remote(ctx: RelationContext, pronouns: list[Mention],
                 clause_posts: dict[int, tuple[str, Mention, str]] | None = None) -> list[Relation]:
    """A clause that opens with a verb of appointment (，出任福建省人民政府副主席), or with 为/是 and holds only
    an organisation and its role (，为中国中央电视台节目主持人。), or holds only posts (闵勇：男，…，清华大学教授。),
    and names no one: its subject is the one person the sentence named before it, when that person is no object
    (与王伟, 王伟的); ``pronouns`` (:func:`_pronoun_subjects`) count as people named. 是, an adverb of state maybe
    before it (也, 亦, 同时, 目前), may name a post with 的 (王明是北京大学的教授，也是华强集团的董事长). A bare title after the
    verb is the body's that the clause before gave the same subject a post in (``clause_posts``: where a post ends,
    its person, body and title) or said the subject joined or founded (:func:`_bare_posts_of`): 1950年任华强集团副总经理，
    1955年升任总经理; 创立华强集团，出任首任董事长."""
    simplified = ctx.simplified
    out = []
    clause_posts = dict(clause_posts or {})
    people = sorted([m for m in ctx.mentions if m.label is Label.PERSON] + pronouns,
                    key=lambda m: (m.start, -m.end))
    if not people:  # every post read below is a person's named before its clause: no clause to read
        return out
    # the people starting in [s, comma - shortest]: among them, in order, all those inside [s, comma)
    people_starts = [m.start for m in people]
    shortest = min((m.end - m.start for m in people), default=0)
    for comma in (m.start() for m in _COMMA.finditer(simplified)):
        at = comma + 1
        date = _DATE.match(simplified, at + simplified.startswith("到", at))  # ，到1990年…
        at = date.end() if date and not simplified.startswith(("为", "是"), date.end()) else at  # ，1995年转任…
        when = _RELATIVE_TIME.match(simplified, at) if not date else None
        if when and when.group() and simplified[when.end() : when.end() + 1] in _APPOINTED_FIRST:
            date, at = when, when.end()  # ，今年转任国发会副主委
        if not date and simplified[at : at + 1] in _GRADUATED_FIRST and (graduated := _GRADUATED.match(simplified, at)):
            at = graduated.end()  # ，于无线电视艺员训练班毕业后成为…: the step before the post, no post of its own
        adverb = ""
        while simplified[at : at + 1] in _APPOINTED_OR_STATE_ADVERB_FIRST \
                and (more := first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, at)):
            adverb += more  # 其后又出任…, 同时担任…, 长期担任…
            at += len(more)
        if adverb and not date and (late := _DATE.match(simplified, at)) and late.group()[:1] in "于在":
            date, at = late, late.end()  # ，并于2005年出任行政院院长: the time after the adverb (roles39)
        link = next((v for v in _APPOINTED if simplified.startswith(v, at)), None) \
            if simplified[at : at + 1] in _APPOINTED_FIRST else None
        also = bool(adverb) and _made_of_states(adverb)  # ，也是…, ，亦为…, ，同时也是…, ，目前是…
        if link is None and ((not adverb or also) and simplified.startswith(("为", "是"), at)
                             or (not adverb and simplified.startswith(_WRITTEN_IS, at))):
            link = simplified[at]  # ，为中国中央电视台节目主持人。: only a post closing the clause (below)
        served = _served_at(ctx, at - len(adverb)) if link is None else None
        if served is not None:
            link = "在"  # ，后来被安排在『精武体操学校』任职主教席
        if link is None and not adverb and not date and at in ctx.org_starting_at:
            link = ""  # 闵勇：男，生于1963年，清华大学教授、博士生导师。: a clause of posts only (below)
        if link is None:
            continue
        s, _ = sentence_at(ctx.sentences, comma)
        before = [m for m in people[bisect_left(people_starts, s) : bisect_right(people_starts, comma - shortest)]
                  if m.end <= comma]
        if link == "" and not _opens_sentence(ctx, before, s):
            continue  # the posts of an apposition are the subject's who opens the sentence, alone in it
        if len({_owner_of(ctx, m) for m in before}) > 1:
            # several people: the subject of the clause just before, when it opens with a person
            # (丈夫毕季龙出任…时，胡济邦也到美国纽约，担任…: 胡济邦; 徐悲鸿自幼随父徐达章习画，1912年在…任…: 徐悲鸿)
            opener = _clause_opener(ctx, before, s, comma)
            before = [opener] if opener is not None else \
                [m for m in before[-1:] if not CLAUSE_BREAK.search(simplified, m.end, comma)]
        if not before:
            continue
        person = before[0]
        if (person.start > s and simplified[person.start - 1] not in _SUBJECT_AFTER) \
                or simplified[person.end : person.end + 1] in _NOT_SUBJECT_AFTER:
            continue  # 会见了王伟，… / 王伟的儿子，…
        if _link_after(ctx, person.end) is not None and _link_after(ctx, person.end)[1] == at + len(link):
            continue  # read_roles_after reads it: 王伟，现任…
        start = at + len(link)
        once = len(link) > 1 and simplified[start : start + 1] == "过"  # ，担任过…: a post held before
        start += len(link) > 1 and simplified[start : start + 1] in ("了", "过")  # ，正式成为了…, ，担任过…
        former = once or link in _PAST_LINKS or adverb.endswith("曾") or _former(ctx, start)
        found = []
        end = _after_bare_titles(ctx, start) - 1
        while served is None:
            org, role, next_end = _next_listed_post(ctx, found, end)
            if org is None or any(end < s < next_end for s in ctx.person_starts) \
                    or not (_post_closes(ctx, next_end) or simplified[next_end] in _LIST_JOINERS
                            or simplified.startswith(_AND_ALSO, next_end) or _held_until_now(ctx, next_end)):
                break
            found.append((org, role, next_end))
            end = next_end + simplified.startswith(_AND_ALSO, next_end)  # …副总经理以及A公司董事长: 及 joins them
            if end >= len(simplified) or simplified[end] not in _LIST_JOINERS:
                break
        if found and (more := _concurrent_posts(ctx, found[-1][0], end)):
            found += more
            end = more[-1][2]
        if served is not None:
            bodies, posts, past = served
            found, end = [(body, simplified[a:b], b) for body in bodies for a, b in posts], posts[-1][1]
            former = former or past
        if not found and link not in (*_CLAUSE_COPULAS, ""):  # ，转任外交部长; ，转任百事公司旗下的Frito-Lay公司的执行长
            org, role, post_end = _body_role_after_link(ctx, start)
            if org is None:
                org, role, post_end = _post_after_link(ctx, start)
            found, end = ([(org, role, post_end)], post_end) if org is not None else ([], end)
        if not found and link in _CLAUSE_COPULAS:  # ，也是华强集团的董事长: a body named, 的 maybe between
            org, role, post_end = _post_after_link(ctx, start)
            found, end = ([(org, role, post_end)], post_end) if org is not None else ([], end)
        if not found and link not in (*_CLAUSE_COPULAS, "") and (word := first_at(simplified, _org_anaphors(ctx.lexicon), start)) \
                and (body := _anaphor_ending_at(ctx, start + len(word))) is not None:
            found = _bare_posts_of(ctx, body, start + len(word))  # 创办华强集团，并长期担任该公司董事长
            end = found[-1][2] if found else end
        if not found and link not in (*_CLAUSE_COPULAS, "") \
                and (before := _body_of_clause_before(ctx, comma, _owner_of(ctx, person), clause_posts)) is not None:
            found = _bare_posts_of(ctx, before[0], start, before[1])  # 加入微软公司，担任软件工程师; 副总经理，升任总经理
            end = found[-1][2] if found else end
        brk = CLAUSE_BREAK.search(simplified, end)
        if found and any(end <= p < (brk.start() if brk else len(simplified)) for p in ctx.person_starts):
            continue  # ，出任交通银行行长的李明: the role is the next person's
        tail = first_at(simplified, (_ONE_OF,), end)  # ，是华强集团创办人之一
        if link in _CLAUSE_COPULAS and (len(found) != 1 or (brk.start() if brk else len(simplified)) != end + len(tail)):
            continue  # ，为交通银行行长所… / ，是北京大学校长的…: not a post of the subject's
        if link == "" and (brk.start() if brk else len(simplified)) != end:
            continue  # ，北京大学校长的儿子: no apposition
        for org, role, end in found:
            clause_posts[end] = (_owner_of(ctx, person), org, role)
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                    ctx.text[end - len(role) : end], former=former))
    return out


def _body_of_clause_before(ctx: RelationContext, comma: int, owner: str,
                           clause_posts: dict[int, tuple[str, Mention, str]]) -> tuple[Mention, str] | None:
    """(the body, the title) of the post the clause ending at ``comma`` gave ``owner`` (its title right before the
    comma: …任华强集团副总经理，), or (the body, "") that clause says its subject joined or founded (:func:`_joined_body`);
    or ``None``."""
    post = clause_posts.get(comma - len(first_ending(ctx.simplified, _LIST_CLOSINGS, comma)))  # …总经理等职务，
    if post is not None and post[0] == owner:
        return post[1], post[2]
    joined = _joined_body(ctx, comma)
    return (joined, "") if joined is not None else _served_in_clause(ctx, comma)


#: Verbs of working at a body after 在 + the body: 在华强集团工作了二十年, 在华强集团任职, 在东吴大学任教.
_WORKS_AT = ("工作", "任职", "供职", "就职", "任教")


def _served_in_clause(ctx: RelationContext, comma: int) -> tuple[Mention, str] | None:
    """(the body, the title) when the clause ending at ``comma`` is 在/于 + body + 任/担任… + bare titles closing it
    (在华强集团任总经理，), or (the body, "") when it is 在 + body + 工作/任职… (在华强集团工作了二十年，), no one named
    after the body; else ``None``."""
    simplified = ctx.simplified
    brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, comma)), default=0)
    s, _ = sentence_at(ctx.sentences, comma)
    brk = max(brk, s)
    for org in (m for m in ctx.mentions if m.label is Label.ORGANIZATION and brk < m.start and m.end < comma):
        if simplified[org.start - 1] not in "在于" or any(org.end <= m.start < comma for m in ctx.mentions):
            continue
        if simplified.startswith(_WORKS_AT, org.end):
            return org, ""
        link = first_at(simplified, _BARE_POST_VERBS[:5], org.end)
        posts = _bare_posts(ctx, org.end + len(link)) if link else []
        if posts and posts[-1][1] == comma:
            return org, posts[-1][0]
    return None


def _after_bare_titles(ctx: RelationContext, start: int) -> int:
    """Where the first post with a holder starts in a list of posts at ``start`` that opens with bare titles joined
    by 、 (曾任立法委员、内政部长: 立法委员 names no body and holds nothing here; 内政部长 is read), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (bare := _role_at(ctx, at)) is not None and simplified[at + len(bare) : at + len(bare) + 1] == "、" \
            and _holder_and_role(ctx, at)[0] is None:
        at += len(bare) + 1
    if at == start:
        at = _after_bodies_sharing(ctx, start)
    return at if at > start and _holder_and_role(ctx, at)[0] is not None else start


def _after_bodies_sharing(ctx: RelationContext, start: int) -> int:
    """Where the last body of a list of bodies joined by 、 at ``start`` starts, no title between them (山东华星环保集团有限公司、
    金刚新材料股份有限公司董事长: the title after the last is every body's, :func:`_bodies_sharing_a_title`), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (body := ctx.org_starting_at.get(at)) is not None and simplified[body.end : body.end + 1] == "、" \
            and body.end + 1 in ctx.org_starting_at and _holder_and_role(ctx, at)[0] is None:
        at = body.end + 1
    return at


def _next_listed_post(ctx: RelationContext, found: list[tuple[Mention, str, int]],
                      end: int) -> tuple[Mention | None, str, int]:
    """The post of the list item after the joiner at ``end``, ``found`` the posts read before it in the same list:
    (body, title, where it ends), the body ``None`` when no reading takes it. In order: a department of the last
    body, a body and its title (a run of bodies sharing one title read as its last), an assistant's title, a bare
    title of the last body (历任万科集团总经理、董事长), the next post an unread item is skipped to."""
    department = _department_post(ctx, found[-1][0], end) if found else None
    org, role, next_end = department or _holder_and_role(ctx, _after_bodies_sharing(ctx, end + 1))
    role, next_end = _with_assistant(ctx, role, next_end) if org is not None else (role, next_end)
    if org is None and found and (bare := _bare_post(ctx, found[-1][0], end)) is not None:
        org, role, next_end = bare  # 历任万科集团总经理、董事长: the same body's
    if org is None and found:
        org, role, next_end = _post_after_skipping(ctx, end, found[-1][0])  # an item no reader understood
    return org, role, next_end


def _listed_bare_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """The bare titles joined by 、 after a post of ``holder`` ending at ``end`` in an apposition (王石，万科集团董事长、
    总经理，; 王石，万科集团党委书记、董事长: 董事长 of 万科集团, :func:`_bare_post`): (holder, title, where it ends)."""
    out: list[tuple[Mention, str, int]] = []
    while ctx.simplified[end : end + 1] == "、" and (bare := _bare_post(ctx, holder, end)) is not None:
        out.append(bare)
        end = bare[2]
    return out


#: 以及 between two posts of a list: read as its 及.
_AND_ALSO = "以及"


#: Links after which no unnamed body is read: an apposition, 以…身份, 是/系 (王伟是公司总经理 names no body).
_NO_BODY_LINKS = frozenset({"，", ",", "以", "是", "系"})


def _body_role_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A body no extractor named and its title, right after a verb of appointment, the title closing the
    clause: 任外交部长 (部长 of 外交部), 担任大理院庭长; the body is derived (guards of :func:`_body_name_end`)."""
    simplified = ctx.simplified
    ordinal = _ORDINAL.match(simplified, start)
    start = ordinal.end() if ordinal else start  # 任第33任陆军军法署署长
    for p, role in _titles_ahead(ctx, start, _MAX_BODY):
        if any(r in simplified[start:p] for r in ctx.lexicon.role_words if len(r) > 1):
            break  # 任副政委兼政治部主任: posts, not a body (:func:`_read_bare_roles`)
        titled = _holder_in_title(ctx, p, role, start)
        if titled is not None and _post_closes(ctx, p + len(role)):
            return titled, role, p + len(role)  # 为第三舰队司令, 任直隶总督
        if role in ctx.lexicon.place_roles:
            continue
        body_end = _body_name_end(ctx, start, p, role)
        if body_end is None or not _post_closes(ctx, p + len(role)):
            break
        return ctx.derive_organisation(start, body_end), role, p + len(role)
    return None, "", start


def _read_role_then_person(ctx: RelationContext) -> list[Relation]:
    """Verb of appointment + holder + role + 的 + person: 担任财政部长的巴尔齐蒂斯, 时任淮军纵队司令的李际春,
    升任为美国舰队总司令的金恩 (the holder named, or a body no extractor named)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        de = person.start - 1
        if de < 3 or simplified[de] != "的":
            continue
        for q in range(de - 2, max(de - _MAX_POST, 0), -1):
            if not simplified[q].isalnum():
                break
            verb = next((v for v in _POST_VERBS if simplified.endswith(v, 0, q)), None)
            if verb is None:
                continue
            org, role, end = _holder_and_role(ctx, q)
            if org is None or end != de:
                org, role, end = _body_role_after_link(ctx, q)
            future = _said_of_the_future(ctx, q - len(verb))
            if org is not None and end == de and (not future or verb in _PAST_LINKS):
                # 即将出任…的X: a plan, no post held; 即将卸任…的X holds it still
                out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, q,
                                        person.end, ctx.text[end - len(role) : end],
                                        former=(verb in _PAST_LINKS or _once_before(simplified, q - len(verb)))
                                        and not future))
            break
    return out


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
        holder, posts = None, _bare_posts(ctx, ordinal.end() if ordinal else at + len(verb))
        if not posts:  # 在巴塞罗那俱乐部担任教练
            org = ctx.org_starting_at.get(at + 1) if simplified[at] in "在于" else None
            link = next((v for v in _BARE_POST_VERBS[:4] if org is not None and simplified.startswith(v, org.end)), None)
            if link is None:
                continue
            holder, posts = org, _bare_posts(ctx, org.end + len(link))
        subjects = _listed_before(ctx, person, people)
        if not posts or (verb == "为" and posts[0][0] == "代表") \
                or simplified[subjects[-1].start - 1 : subjects[-1].start] == "以":
            continue  # 以国贸、华贸为代表: an idiom, no post
        # the sentence to its full stop: 海军领导机关…成立，肖劲光任司令员…；同年任命王宏坤为副司令员
        s = max(simplified.rfind(ch, 0, person.start) for ch in "。！？!?\n") + 1
        if holder is None:
            holder = _sentence_body(ctx, s, subjects[-1].start, posts[0][0]) or _founded_body(ctx, s, subjects[-1].start) \
                or _opening_body(ctx, s, subjects[-1].start)
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
