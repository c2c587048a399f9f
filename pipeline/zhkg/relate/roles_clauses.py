"""The post after a person and a clause that names no one, for the readers of :mod:`zhkg.relate.roles_forms` and
:func:`zhkg.relate.roles.read_roles_after`: what follows a name and introduces its role (a link verb, an apposition's
comma, a dash or an aside skipped: 林增祥（5月19日-），曾任…: :func:`_link_after`, :func:`_paired_dash`), a clause that
opens with a verb of appointment, 为/是 or posts only and names no one, its subject the one person the sentence named
before it (，出任福建省人民政府副主席: :func:`_read_remote`) and serving at a body (在…担任: :func:`_served_at`). The
posts read on after a first one (兼, a list's next post, a body no extractor named after a verb of appointment) are in
:mod:`zhkg.relate.roles_next_posts` (tidy251).

Caveats: a clause's subject is read only when the sentence names one person before it who is no object (与王伟,
王伟的); pronouns count as people named, so a pronoun misread upstream gives the post to the wrong person. Moved verbatim
from ``relate/roles_forms.py`` (tidy73), which came from ``relate/roles_links.py`` (tidy67) and ``relate/roles.py``
(tidy65): no definition's text changed. This part imports ``roles_links``, ``roles_next_posts`` and the parts before
it, never ``roles_forms`` or ``relate/roles.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import (
    CLAUSE_BREAK,
    RelationContext,
)
from zhkg.relate.roles_appointers import appointed_by_authority
from zhkg.relate.roles_asides import (
    _dashed_relative_clause,
)
from zhkg.relate.roles_careers import AGE_REASON, MOVE_DIRECTIONS, aged_subject, verdict_link
from zhkg.relate.roles_former import (
    _APPOINTS,
    _announced_leaving,
    _former,
    _said_of_the_future,
)
from zhkg.relate.roles_holders import (
    _NOT_SUBJECT_AFTER,
    _anaphor_ending_at,
    _appointed_by_person,
    _opens_sentence,
)
from zhkg.relate.roles_implied import _SUCCEEDS  # the one list of verbs of succeeding (roles_implied reads it first)
from zhkg.relate.roles_links import (
    _BARE_POST_TAILS,
    _LIST_JOINERS,
    _bare_posts_of,
    _post_after_link,
    _post_closes,
)
from zhkg.relate.roles_listed import (
    _DESCRIPTION_HEADS,
    _LISTED_JOINERS,
    _MAX_DESCRIPTION,
    _PERSON_IS,
)
from zhkg.relate.roles_moves import _EARLIER, _MOVE_PATHS, _MOVED_INTO, _earlier, _titled_opener
from zhkg.relate.roles_names import (
    _CLOSING_QUOTES,
    _owner_of,
)
from zhkg.relate.roles_next_posts import (
    _after_bare_titles,
    _body_of_clause_before,
    _body_role_after_link,
    _concurrent_posts,
    _listed_posts,
)
from zhkg.relate.roles_places import (
    _STATE_ADVERBS,
    _made_of_states,
)
from zhkg.relate.roles_title_body import _org_anaphors
from zhkg.relate.roles_titles import (
    _DATE,
    _OPENING_QUOTES,
    _PAST_LINKS,
    _post_field,
    _qualifier,
    _role_at,
)
from zhkg.relate.roles_words import (
    _HONORIFICS,
    _SUBJECT_AFTER,
    _clause_opener,
    _opener_clauses_back,
)
from zhkg.text import (
    first_at,
    sentence_at,
)

__all__ = [
    "_BEFORE_LINK",
    "_ASIDE_LINKS",
    "_MAX_ASIDE",
    "_after_description",
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
    "_SERVES",
    "_BEFORE_AT",
    "_WORKED_THERE",
    "_SERVES_AFTER_WORK",
    "_MAX_SERVED_POSTS",
    "_served_at",
    "_served_post",
    "_BODY_JOINERS",
    "_AMONG_KINDS",
    "_SENT",
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
    "_REASON",
    "_APPOINTED_OR_STATE_ADVERBS",
    "_APPOINTED_OR_STATE_ADVERB_FIRST",
    "_TAKES_POST",
    "_COMMA",
    "_WRITTEN_IS",
    "_CLAUSE_COPULAS",
    "_read_remote",
    "_NO_BODY_LINKS",
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
    adverb = next((a for a in _APPOINTED_ADVERBS if "将" not in a and simplified.startswith(a, lead_end)), "") \
        if simplified.startswith(_APPOINTED_ADVERBS, lead_end) else ""  # one C test first (speed127)
    succeeded = first_at(simplified, _SUCCEEDS, lead_end + len(adverb))
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
        if close < 0 or (any(at < s < close for s in ctx.person_starts)
                         and not ("A" <= simplified[at + 1 : at + 2].upper() <= "Z" and _paired_dash(simplified, close + 1))):
            return None  # (but the name's own written in Latin letters before a dashed apposition: 梅尔茨(Friedrich Merz)——…)
        at = close + 1
    comma = simplified[at : at + 1] in ("，", ",", "：", ":")  # 龚建平：曾任…, 杨黎升先生：铜陵有色副总经理。
    dash = 0 if comma else _paired_dash(simplified, at)
    if dash:  # 王明——北京大学校长——今天表示: an apposition between dashes reads as one between commas
        comma, end = True, at + dash - 1
    at += dash or comma
    if dash and (described := _dashed_relative_clause(ctx, at, simplified[at - dash : at])) > at:
        at, end = described, described - 1  # 梅尔茨——刚上任一周的联邦德国第十任总理——: the post after the clause
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
    if not comma and (verdict := verdict_link(simplified, at)):
        at, past = at + verdict, True  # 利用担任A市委副书记…等职务上的便利: a verdict's posts, held before (careers307)
    # after a comma the clause's subject is :func:`_read_remote`'s to find (他会见了王伟，随后出任…)
    k = at
    while not comma and (a := (reason.group() if (reason := _REASON.match(simplified, k) or AGE_REASON.match(simplified, k)) else "")
                         or first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, k)
                         or ((when := _RELATIVE_TIME.match(simplified, k)) and when.group())):
        k += len(a)  # 曾两度出任…, 目前是…, 去年出任…, 日前转任…, 因个人健康因素请辞…
    adverb = simplified[at:k]
    if adverb and first_at(simplified, _PERSON_IS, k, default=None):
        at = k  # 童后来担任…, 谢多已出任…, 曾任…
        past = past or _earlier(adverb)  # 王明此前担任…: a post held before
    else:
        adverb = ""
        at += simplified[at : at + 1] in _BEFORE_LINK
    link = first_at(simplified, _PERSON_IS, at, default=None)
    if link is None and (left := _announced_leaving(simplified, at)) is not None:
        return left[0], left[1], True  # 王明宣布辞去华强集团董事长职务, 裴林表明将辞去阿拉斯加州州长的职务
    if link is None and (appointed := _appointed_by(ctx, at)) is not None:  # (将获…任命为: a plan, roles233)
        return None if _said_of_the_future(ctx, at + 1, end) else ("任", appointed, past)
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
    if appointer is None:  # 获政府委任为…: an authority the news does not name (roles233)
        return _appointed_by_person(ctx, at + len(by)) or appointed_by_authority(simplified, at + len(by))
    verb = next((v for v in _APPOINTS if simplified.startswith(v, appointer.end)), None)
    return appointer.end + len(verb) if verb else _appointed_by_person(ctx, at + len(by))


#: Verbs of serving after 在 + body: 在万科集团担任董事长.
_SERVES = ("担任", "出任", "任职", "任")


#: Letters that may come between a person and 在: adverbs and 曾 (王明曾在万科集团担任…).
_BEFORE_AT = ("曾经", "先后", "曾", "也", "亦", "还", "后", "则")


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
    moved = _MOVED_INTO.match(simplified, at)  # 被紧急调回中交集团任…: the body the move leads to, as 在 + body
    at += 0 if moved else len(first_at(simplified, _SENT, at))  # 被安排在…
    if moved is None and simplified[at : at + 1] not in ("在", "于"):
        return None
    at = moved.end() - 1 if moved else at
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


#: Verbs of appointment that open a clause whose subject is the sentence's: 方毅回到家乡，出任…
_APPOINTED = ("获委任为", "获任命为", "被任命为", "被委任为", "被聘任为", "被聘为", "受聘为", "获聘为", "履新", "被擢升为", "被晋升为", "获晋升为", "获擢升为", "擢升为", "晋升为", "擢升至", "晋升至", "升职为", "升职至", "升至", "当选为", "出任", "担任", "升任",
              "调任", "转任", "就任", "改任", "历任", "曾任", "原任", "现任", "兼任", "当选", "成为", "获连任", "连任", "续任",
              "留任", "免去其", "任")


# adverbs before them, one or several: 后出任, 随后担任, 并兼任, 也曾任, 及后出任, 翌年又获委任为
#: A step of a life after which a post is taken, before the verb of appointment: 林秀怡毕业后成为…艺员, 退役后出任….
_LIFE_EVENTS_AFTER = ("毕业后", "退役后", "退伍后", "退休后", "卸任后", "离任后", "回国后", "归国后", "出狱后", "获释后",
                      "复员后", "转业后", "成年后", "婚后", "独立后")


_APPOINTED_ADVERBS = ("仍将", "将继续", "会继续", "继续", "再次", "首次", "首度", "高票", "全票", "以高票", "以全票", "顺利", "成功", "曾经", "再度", "后来", "随后", "其后", "之后", "及后", "此后", "旋即", "随即", "继而", "同年",
                      "翌年", "次年", "正式", "因为", "由于", "先后", "至今", "开始", "短暂地", "短暂", *_LIFE_EVENTS_AFTER,
                      # 窦玉明最终竞聘成为富国基金公司总经理: how the post was won
                      "最终", "最后", "终于", "通过竞聘", "竞聘", "后", "并", "又",
                      "也", "曾", "再", "还", "仍",
                      # 林美华卸任后，黄志明则担任…: the second of two people in turn; 会继续 (會繼續擔任), a post
                      # kept as after 将继续 (roles174)
                      "则",
                      # when, how and why the move was made (rolesgrow192): 此前曾担任…, 跨公司任…, 最后确定调任…,
                      # 因成为…新党首 (as 因为 above)
                      *_EARLIER, *_MOVE_PATHS, *MOVE_DIRECTIONS, "确定", "因",
                      # …在北京大学工作，主要担任过系主任、副校长等职 (joins318)
                      "主要")


_APPOINTED_FIRST = frozenset(v[0] for v in _APPOINTED)


# what may stand before 在/于 + a body in :func:`_served_at` (后来, 曾经), and the letters they start with
_SERVED_LEADS = _APPOINTED_ADVERBS + _BEFORE_AT


_SERVED_LEAD_FIRST = frozenset(a[0] for a in _SERVED_LEADS)


#: Graduating from a school before a verb of appointment, a clause's lead: ，于第23期艺员训练班毕业后成为…艺员.
_GRADUATED = re.compile(r"[于在从自][^，,；;。！？!?：:\n（()）]{2,24}?毕业(?:之?后)")


_GRADUATED_FIRST = frozenset("于在从自")


#: A time told relative to the story's day before a verb of appointment (王明去年出任…, 日前转任…, 于今年3月接任…),
#: the way Taiwan and Hong Kong news date a change of post; never before 是 (that is no appointment). A month and day
#: with no year is the story's year (石破茂9月27日当选自民党总裁, 王明于5月6日出任…: cnroles161).
_RELATIVE_TIME = re.compile(r"[于在]?(?:去年[底初]?|今年[底初]?|日前|近日|稍早|上月|本月|上周|本周|昨天|昨日|今天|今日|甫"
                            r"|(?:最近|近)(?:[一二三四五六七八九十两几]|\d{1,2})年(?:来|内|间)?|近年来?"
                            r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日起?)"
                            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:起)?)?")


#: Words before a link saying the post was held up to leaving it: 退休前为…, 去世前任… (a post held before).
_BEFORE_LEAVING = ("退休前", "离休前", "卸任前", "离任前", "辞职前", "去世前", "逝世前")


_APPOINTED_OR_STATE_ADVERBS = _APPOINTED_ADVERBS + _STATE_ADVERBS


_APPOINTED_OR_STATE_ADVERB_FIRST = frozenset(a[0] for a in _APPOINTED_OR_STATE_ADVERBS)


#: The reason given between a person and the verb of a post, 因 + a short phrase closed by a word of cause, or 因病/
#: 因故/因伤: 王明因个人健康因素请辞华强集团董事长, 王明因家庭因素辞去…, 王明因病卸任… (roles294).
_REASON = re.compile(r"因(?:病|故|伤|[^，,。；;：:、\n]{1,10}?(?:因素|原因|理由|考量))")


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
            opener = _clause_opener(ctx, before, s, comma) or _opener_clauses_back(ctx, before, s, comma)
            before = [opener] if opener is not None else \
                [m for m in before[-1:] if not CLAUSE_BREAK.search(simplified, m.end, comma)]
        if not before:
            continue
        person = before[0]
        if (person.start > s and simplified[person.start - 1] not in _SUBJECT_AFTER and not _titled_opener(ctx, person, s, comma)
                and not aged_subject(simplified, person.start)) \
                or simplified[person.end : person.end + 1] in _NOT_SUBJECT_AFTER:
            continue  # 会见了王伟，… / 王伟的儿子，…
        if _link_after(ctx, person.end) is not None and _link_after(ctx, person.end)[1] == at + len(link):
            continue  # read_roles_after reads it: 王伟，现任…
        start = at + len(link)
        once = len(link) > 1 and simplified[start : start + 1] == "过"  # ，担任过…: a post held before
        start += len(link) > 1 and simplified[start : start + 1] in ("了", "过")  # ，正式成为了…, ，担任过…
        former = once or link in _PAST_LINKS or adverb.endswith("曾") or _earlier(adverb) or _former(ctx, start)
        found = []
        end = _after_bare_titles(ctx, start) - 1
        if served is None:
            found, end = _listed_posts(ctx, found, end)
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
            if found and simplified[end : end + 1] in _LIST_JOINERS:
                found, end = _listed_posts(ctx, found, end)  # ，历任观光处副处长、港务处长: the list goes on
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


#: Links after which no unnamed body is read: an apposition, 以…身份, 是/系 (王伟是公司总经理 names no body).
_NO_BODY_LINKS = frozenset({"，", ",", "以", "是", "系"})
