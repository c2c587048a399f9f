"""What stands between a person and the verb of a post they moved to, for the readers of
:mod:`zhkg.relate.roles_clauses` and :mod:`zhkg.relate.roles_forms` (round rolesgrow192, issue 11): words of when,
how or why the move was made (此前曾担任…, 跨公司任…, 最后确定调任…, 因成为…: :data:`_EARLIER`, :data:`_MOVE_PATHS`, read
with the adverbs of appointment; :func:`_earlier` marks the post one held before), a move into a body read as 在 + the
body before 任 (被紧急调回中交集团任党委书记: :data:`_MOVED_INTO`), a day of the month alone before it (于27日:
:data:`_DAY_ONLY`), and a person written behind a title of its own who is the subject of the clauses after it
(中国大唐集团总经理刘明胜，跨公司任…: :func:`_titled_opener`), or behind a relative clause of the post it took
(履新吉林省委副书记的吴海英是浙江人，…，曾任…: :func:`_relative_opener`, round roles279).

Caveats: the words are closed lists, so a move told otherwise (交流任职; 升职 only right after the name, as a
link: roles233) is still not read; 早前 is left out of
the words of an earlier time on purpose (Hong Kong writes it for "lately", the post may be held still); a future in
the titled subject's own clause is told by a short list of words (:data:`_DAYS_TO_COME`, ``_NOT_YET``, 起 closing it),
each a word of its own by jieba's cut (都市计划研究所 holds no 计划: roles294), and the title before a titled subject
stays held though the clause after it moves the person. This part imports only ``base``, ``roles_titles``,
``roles_former`` and ``roles_words``, never ``roles_clauses`` or ``roles_forms``.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_former import _EARLIER, _NOT_YET
from zhkg.relate.roles_titles import _roles_to
from zhkg.relate.roles_words import _MAX_BODY, _words

__all__ = [
    "_EARLIER",
    "_MOVE_PATHS",
    "_earlier",
    "_MOVED_INTO",
    "_DAY_ONLY",
    "_NOW_HELD",
    "_DAYS_TO_COME",
    "_titled_opener",
    "_TOOK_POST",
    "_relative_opener",
    "_unnamed_body",
]


#: The path of a move before a verb of appointment: 刘明胜，跨公司任国家电力投资集团董事长; 跨省调任…; 异地调任….
_MOVE_PATHS = ("跨公司", "跨企业", "跨集团", "跨系统", "跨部门", "跨行业", "跨领域", "跨区域", "跨地区", "跨省份", "跨省区",
               "跨省市", "跨省", "异地")


def _earlier(adverb: str) -> bool:
    """Whether the words before a verb of appointment put the post before the story's time.

    >>> _earlier("此前曾"), _earlier("随后")
    (True, False)
    """
    return any(word in adverb for word in _EARLIER)


#: A move into a body before a verb of serving there, read as 在 + the body: 宋海良被紧急调回中交集团任党委书记,
#: 调往…任, 调入…任, 派往…任, 回到…任.
_MOVED_INTO = re.compile(r"(?:被|获)?(?:紧急|正式|再度|再次|重新)?(?:调回|调往|调至|调到|调入|派往|派驻|派到|回到)")


#: A day of the story's month alone after the name, before a move or a post: 宋海良于27日被紧急调回中交集团任….
_DAY_ONLY = re.compile(r"[于在](?:\d{1,2}|[一二三四五六七八九十]{1,3})日")


#: Words before a title saying its holder is new in it or holds it now: 新任外交部长巴罗, 现任董事长王明.
_NOW_HELD = ("新任", "现任")


#: Days to come in the subject's own clause, before the comma of its new post: 现任…常任秘书长黄少珠明日（2月12日）起，出任….
_DAYS_TO_COME = ("明日", "明天", "明年", "下月", "下个月", "下周", "下星期")


#: A relative clause of the post its head took, opening the head's clause: 履新吉林省委副书记的吴海英, 刚出任…的X
#: (an adverb of when maybe before the verb).
_TOOK_POST = re.compile(r"(?:刚刚|刚|新近|近日|日前|今年|去年)?(?:履新|出任|接任|升任|调任|转任|就任|当选)")


def _relative_opener(ctx: RelationContext, person: Mention, at: int) -> bool:
    """Whether ``person`` heads a relative clause opening at ``at`` that says which post the person took
    (:data:`_TOOK_POST` … 的 right before the name), no one else named in it: the subject of the clauses after it."""
    simplified = ctx.simplified
    return simplified[person.start - 1 : person.start] == "的" and _TOOK_POST.match(simplified, at) is not None \
        and not any(at <= p < person.start for p in ctx.person_starts)


def _titled_opener(ctx: RelationContext, person: Mention, s: int, comma: int) -> bool:
    """Whether ``person`` opens its clause behind a title of its own, a body maybe before it and nothing else
    (中国大唐集团总经理刘明胜，跨公司任…; 新任外交部长巴罗现年41岁，…，此前曾担任…), in the sentence starting at ``s``: the
    subject of the clauses after it, as a name opening the clause alone would be. Not when its clause sets the post
    after ``comma`` in the future (…黄少珠明日（2月12日）起，出任…: a post to come)."""
    simplified = ctx.simplified
    gap = simplified[person.end : comma]
    if gap.endswith("起") or (any(w in gap for w in _NOT_YET + _DAYS_TO_COME)
                              and any(w.startswith(_NOT_YET + _DAYS_TO_COME) for w in _words(gap))):
        # a word of the future, not letters inside another word (，为成功大学都市计划研究所硕士，历任…: roles294)
        return False
    at = max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, person.start)])
    if _relative_opener(ctx, person, at):
        return True  # 履新吉林省委副书记的吴海英是…，曾任…: the head of a relative clause of the post it took
    at += next((len(w) for w in _NOW_HELD if simplified.startswith(w, at)), 0)
    role = next((r for r in _roles_to(ctx, person.start) if simplified.endswith(r, at, person.start)), None)
    if role is None:
        return False
    title = person.start - len(role)
    while at < title:  # the body, or a body and its part (中国石油天然气集团纪检监察组), maybe fused with the title (外交部长)
        body = next((m for m in ctx.mentions if m.start == at and m.label is not Label.PERSON), None)
        if body is None:
            # a body no extractor named, the letters up to the title its name (国立高雄餐旅大学校长X为…博士，曾任…:
            # round roles302), as a reader derives one before a title
            return _unnamed_body(ctx, at, title)
        if body.end > person.start:
            return False
        at = body.end
    return True


def _unnamed_body(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether the letters ``[start, end)`` before a title name a body no extractor named: Han letters only, a strong
    head word of a body's name last (国立高雄餐旅大学, 大学), no more than :data:`_MAX_BODY` letters, no role word and no
    mention inside."""
    span = ctx.simplified[start:end]
    return 2 < len(span) <= _MAX_BODY and all("\u4e00" <= ch <= "\u9fff" for ch in span) \
        and any(span.endswith(h) and len(h) > 1 and kind == "strong" for h, kind in ctx.lexicon.org_suffixes.items()) \
        and not any(r in span for r in ctx.lexicon.role_words if len(r) > 1) \
        and not any(start < m.end and m.start < end for m in ctx.mentions)
