"""Forms of mainland officials' careers the other role readers left out (round careers307, issue 11).

Appointment news and court news write an official's posts in forms of their own; each helper here is called by one
line of the shared reader it serves:

* **A sentence of a career after a date or a word of sequence** (:func:`career_opening`, :func:`chained_subject`):
  2020年后历任A省委常委、B市委书记…; 此后，曾调任A省长、B党委书记; 2017年从A部副部长任上，… — its subject left out,
  the person of the sentence before, or the one the stand-ins of the sentence before stand for (他…。此后，曾调任…),
  as :func:`zhkg.relate.roles_zero_subjects.zero_subjects` reads 曾任… (the hook there).
* **A verdict's list of posts** (:func:`verdict_link`): 被告人X利用担任A市委副书记、市长，…等职务上的便利 — the posts the
  court says were used, all held before (``former``), read as after 曾任.
* **A reason for leaving with an aside** (:data:`AGE_REASON`): X因年龄（本月底满65岁）不再担任…; a list closed by 职务
  or 一职 (:func:`tail_at`: …书记、常委、委员职务).
* **Appointment chains** (:func:`next_appointed`, :func:`drop_objects_of_appointment`, :func:`mark_moved_from`):
  X任A、Y任B — each its own post; an official's title before a name that moves to a new post is the post left.
* **Words around a subject**: an age and 的 before it (:func:`aged_subject`: 现年62岁的X曾…，2018年起任…), the direction
  of a move before the verb (:data:`MOVE_DIRECTIONS`: 南下任…), 任上/任内 no name (:data:`IN_OFFICE`), a city's or
  county's head after its committee named with the province (:func:`place_after_province`: 甘肃省定西市委副书记、市长).

Caveats
-------
* Only the subject, the link or the holder is supplied here; the posts, their bodies and the list are read by
  :mod:`zhkg.relate.roles` as for any named subject.
* A post a later sentence of the same career supersedes is not marked former (调任A，次年接任B: A reads current).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.resources.gazetteer import load_gazetteer

__all__ = [
    "AGE_REASON",
    "FROM_OFFICE",
    "IN_OFFICE",
    "MOVE_DIRECTIONS",
    "TAKING_VERBS",
    "aged_subject",
    "career_opening",
    "chained_subject",
    "drop_objects_of_appointment",
    "mark_moved_from",
    "next_appointed",
    "place_after_province",
    "tail_at",
    "verdict_link",
]


#: A sentence that opens with the post its subject left, a date maybe before it: 2017年从A部副部长任上，调任…; the
#: post in group ``post``.
FROM_OFFICE = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?)?从(?P<post>[^，,。；;：:、]{2,30}?)任上[，,]")


#: A sentence of a career its subject left out, besides the forms of
#: :data:`zhkg.relate.roles_zero_subjects._CAREER_OPENING`: a word of sequence, a comma maybe, then 曾 or 先后 before
#: a verb of moving to a post (此后，曾调任…, 其后先后任…); or a date with 后, 以后, 以来 or 起 and then a verb of a
#: career that lists posts held (2020年后历任…, 2015年以来先后担任…).
_MORE_OPENINGS = re.compile(
    r"(?:其后|之后|随后|此后|后来|及后)[，,]?(?:曾|先后|又|再)(?:调任|转任|升任|出任|担任|任(?![命期职务内]))"
    r"|(?:\d{4}年(?:\d{1,2}月)?)(?:后|以后|以来|起)[，,]?(?:曾|又)?(?:历任|先后任|先后担任|先后出任|曾任|调任|升任|转任)"
    r"|" + FROM_OFFICE.pattern)


def career_opening(simplified: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens as a career's line whose subject is left out (see the module docstring).

    >>> [career_opening(t, 0) for t in ("2020年后历任A省委常委", "此后，曾调任A省长", "此后，他调任", "2020年后，经济")]
    [True, True, False, False]
    """
    return _MORE_OPENINGS.match(simplified, s) is not None


#: Before a verb of holding a post, a verdict's 利用 (利用担任…职务上的便利, 利用其担任…): the posts named were held
#: when the crimes were done, before the story's time.
_VERDICT = ("利用其", "利用")


def verdict_link(simplified: str, at: int) -> int:
    """How many letters of a verdict's 利用 stand at ``at`` before 担任 or 任 (see the module docstring); else 0.

    >>> [verdict_link(t, 0) for t in ("利用担任A市长", "利用其担任A市长", "利用职务便利", "担任A市长")]
    [2, 3, 0, 0]
    """
    lead = next((w for w in _VERDICT if simplified.startswith(w, at)), "")
    return len(lead) if lead and simplified.startswith(("担任", "任"), at + len(lead)) else 0


#: A reason of age with an aside before a verb of leaving a post: 因年龄（本月底满65岁）, 因年龄(65岁)原因.
AGE_REASON = re.compile(r"因年龄(?:[（(][^（()）\n]{1,16}[）)])(?:原因|关系)?")


#: Words after a title that say "in office as" and are no name, though 任 is a surname: 从水利部副部长任上调任…,
#: 在县长任内.
IN_OFFICE = frozenset({"任上", "任内"})


#: Verbs of taking a post, of two letters, read right after a name (this module's and :mod:`zhkg.relate.roles_removed`'s).
TAKING_VERBS = ("出任", "担任", "接任", "升任", "调任")
#: Verbs of taking a post right after a name: the name has a post of its own (X任A、Y任B); the bare 任 last.
_TAKES = (*TAKING_VERBS, "转任", "任")


def next_appointed(ctx: RelationContext, end: int, clause_end: int) -> bool:
    """Whether the post ending at ``end`` is followed by 、 and the first person named after it up to ``clause_end``
    takes a post of their own right after the name (刘明任A省委书记、B省委书记王强任C市委书记; 刘明任A省委书记、王强任…):
    appointments listed one after another, each its own person's, so the person after does not take the post
    before from its holder."""
    if ctx.simplified[end : end + 1] != "、":
        return False
    after = [m for m in ctx.mentions if m.label is Label.PERSON and end < m.start < clause_end]
    first = min(after, key=lambda m: m.start, default=None)
    return first is not None and ctx.simplified.startswith(_TAKES, first.end) \
        and not ctx.simplified.startswith(("任命", "任期", "任职"), first.end)


def drop_objects_of_appointment(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the posts read before a name whose letters open right after another person's verb of
    taking a post (李明任A省委书记、B省委书记王强任…: A省委书记 is 李明's new post, never 王强's, though the list of titles
    before 王强 runs back to it); the others as they were."""
    simplified = ctx.simplified
    ends = {m.end: ctx.owner.get(m) for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for r in relations:
        at = r.evidence.start
        verb = next((v for v in _TAKES if simplified.endswith(v, 0, at)), "") \
            if r.kind is RelationKind.HOLDS_ROLE else ""
        if verb and ends.get(at - len(verb), r.source) not in (None, r.source):
            continue
        out.append(r)
    return out


#: An official's titles a move to a new post leaves (广西党委书记刘宁任河南省委书记: 书记 of 广西党委 held before).
_LEFT_BY_MOVES = ("书记", "省长", "市长", "县长", "区长", "州长", "主席", "部长", "主任", "常委")
#: A move right after the name (任 before a body; 调任, 升任, 转任, 接任), or after a comma (，升任…).
#: The verb must take a post after it: 新任主任X接任。 names the post taken, not one left; 任 opening another word
#: (任教, 任由, 任何, 任用, 任免, 任劳任怨, 任凭) moves nowhere.
_MOVES = re.compile(r"(?:[，,]?(?:调任|升任|转任|接任)|任(?![命期职务内上教由何用免劳凭]))(?=[^\s，,。；;！？!?、：:）)」』”])")
#: Words before the title that make it the post taken (新任主任X接任…, 候任…).
_NEW_POST = ("新任", "候任", "接任", "继任")


def mark_moved_from(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with an official's post read before the name marked ``former`` when the name is followed by a
    move to a new post (广西党委书记刘宁任河南省委书记; 青海省长吴晓军任青海省委书记; 现任湖北省长王忠林，升任省委书记):
    appointment news names the post the person leaves before the name. 兼任 adds a post and changes nothing."""
    simplified = ctx.simplified
    ends = {m.end: ctx.owner.get(m) for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for r in relations:
        end = r.evidence.end
        if r.kind is RelationKind.HOLDS_ROLE and not r.former and ends.get(end) == r.source \
                and r.role_simplified.endswith(_LEFT_BY_MOVES) and _MOVES.match(simplified, end) \
                and not simplified.endswith(_NEW_POST, 0, r.evidence.start) \
                and not simplified.startswith("兼任", end):
            r = replace(r, former=True)
        out.append(r)
    return out


#: The kinds of division a city's or county's committee names by its last letter, each its head's letter too.
_DIVISION_KINDS = ("市", "县", "区", "州", "盟", "旗")


def place_after_province(ctx: RelationContext, place: Mention, end: int, role: str) -> Mention | None:
    """The city or county written after the province ``place`` and ending at ``end`` inside a committee's name
    (甘肃省|定西市|委: 定西市), for the head of its government after it (甘肃省定西市委副书记、市长: 市长 of 定西市): a
    place mention there, or the one division of the gazetteer that name has; ``None`` when none or several, or when
    ``role`` heads no division of that kind (副市长 after a county's committee)."""
    if not any(k in role for k in _DIVISION_KINDS if ctx.simplified[end - 1] == k):
        return None
    inner = ctx.place_starting_at.get(place.end)
    if inner is not None and inner.end == end:
        return inner
    name = ctx.simplified[place.end : end]
    divisions = load_gazetteer().lookup(name) if len(name) >= 2 else []
    return ctx.derive_mention(place.end, end, Label.PLACE, name, divisions[0].code) if len(divisions) == 1 else None


def tail_at(ctx: RelationContext, end: int) -> bool:
    """Whether the last post of a list after a verb ends at ``end`` with 职务 or 一职 closing the list
    (不再担任A省委书记、常委、委员职务: 委员 is a post of the list)."""
    return ctx.simplified.startswith(("职务", "一职"), end)


#: The direction of an official's move between provinces before the verb (南下任广东省委常委, 北上担任…, 进京任…).
MOVE_DIRECTIONS = ("南下", "北上", "西进", "东进", "进京", "回京")


#: An age written before a name opening its clause: 现年62岁的X, 65岁的X, 时年四十岁的X — the name is the subject.
_AGE_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:现年|今年|年仅|年届|时年)?(?:\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?)岁的$")


def aged_subject(simplified: str, start: int) -> bool:
    """Whether the name at ``start`` opens its clause after an age and 的 (现年62岁的刘明曾长期在外交系统工作，…): the
    clause's subject, though 的 stands before it.

    >>> [aged_subject(t, len(t)) for t in ("。现年62岁的", "，65岁的", "会见了62岁的", "他的")]
    [True, True, False, False]
    """
    return _AGE_BEFORE.search(simplified, max(0, start - 12), start) is not None


def chained_subject(stand_ins: list[Mention], sentences: list[tuple[int, int]], k: int) -> str | None:
    """The one person the stand-ins of the sentence before sentence ``k`` stand for (他 read as 刘明, a left-out
    subject read as 刘明): a biography's sentences of a career go on with the subject of the one before, however far
    back its name was written (刘明1962年生。…，他出任A。2017年调任B。此后，曾调任C。: 刘明); ``None`` when they stand
    for none or for two."""
    if k == 0:
        return None
    s, e = sentences[k - 1]
    who = {m.canonical for m in stand_ins if s <= m.start < e and m.canonical}
    return next(iter(who)) if len(who) == 1 else None
