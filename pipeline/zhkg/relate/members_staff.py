"""MEMBER_OF for a firm's staff and a school's students (session 16, members16). Read by
:func:`zhkg.relate.membership.read_membership`, which keeps a pair these forms find only when its other readers
did not find it.

The convention (``bench/members_eval.py``): the rank and file of a firm (员工, 职员, 工程师, 设计师, 技术员) are its
members, the word their member word; its officers and any title ``roles.tsv`` lists (经理, 总监, 专员, 总工程师,
首席经济学家, 教授) hold roles (HOLDS_ROLE), never read here. A school's current students (学生, 研究生, 博士生;
就读于) are its members; a graduate (毕业于, 校友, 曾就读于) is not: that is ``GRADUATED_FROM``'s.
``members.tsv`` marks the staff and student words ("staff", "student"); the member word reader of
:mod:`zhkg.relate.membership` reads them right after an organisation as it reads any member word (华为员工张强).

- An organisation + 的 maybe + a description of the job + a member word + person (:func:`organisation_before`, asked
  by the member word reader of :mod:`zhkg.relate.membership` for every member word): 美国安德森公司著名室内设计师
  梅乐尼, 北京大学中文系大三学生王小明, 巴特勒的大四后卫沙尔文-迈克. The description is a few of jieba's nouns,
  adjectives or numbers (著名, 室内, 高级软件, 大三, 中文系), no name over it, no title (华为总工程师王伟 stays a role:
  总 and 首席 make a title), no verb and no word that names another body (对手中锋, 对方后卫).
- An organisation + 的 + person + a staff word right after him: 瑞宝壁纸的屈朝旭工程师.
- Person + (目前/现) + 在 + organisation + 工作/任职/上班, or + 任职于/供职于/就职于 + organisation (王伟目前在华为公司工作):
  a member of its staff, with no member word; 曾/此前 before it, or 时/期间 after the verb, a past one (former).
  Not a meeting or a unit of the body (在国务院工作会议上, 工作组, 工作人员).
- Person + (目前/正/现) + 就读于 + school, or person + 在 + school + 就读/读书/攻读/求学 (王小明目前就读于清华大学);
  曾/曾经/当年 or 毕业 before the verb is a graduate, and no member.

Caveats: the firm must be a name an extractor found (阔达装饰设计师乔锐 names a firm no extractor reads, and no member);
a designer's own brand (比利时设计师X创立的品牌) is no firm of hers here, a place standing before the word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.extract.players import BAND_HEADS
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.resources.lexicon import Lexicon

__all__ = ["organisation_before", "read_staff_members"]

#: The kinds of member word (``members.tsv``'s third column) this module reads.
_KINDS = ("staff", "student")
#: jieba's tags a word of a job's description may carry: nouns, adjectives, distinguishing words, numbers (大三),
#: space words (室内), bodies (中文系), words it does not know (软装), verbal nouns (服装).
_DESCRIPTION_TAGS = frozenset({"n", "nz", "nt", "vn", "a", "ad", "an", "b", "s", "m", "x", "eng"})
#: Words of a description jieba tags as verbs that still describe the job (知名设计师, 在读研究生), and a band's head
#: word the recogniser left out of its name (飞轮海|组合成员炎亚纶).
_DESCRIPTION_VERBS = frozenset({"知名", "在读", "资深", "驻场", "特聘", *BAND_HEADS})
#: Words that make a title of the job (总设计师, 首席设计师, 副总工程师): a role, not a member.
_TITLE_MAKERS = frozenset({"总", "首席", "副", "副总", "前", "原"})
#: The longest description between an organisation and the word.
_MAX_DESCRIPTION = 6
#: The school verbs after 在 + school (王小明在清华大学读书).
_STUDY = re.compile(r"(?:就读|读书|攻读|求学|念书|读研|读博|上学)(?![会节班])")
#: 就读于 + school, or 在 + school + a study verb; a few adverbs of now before it.
_ENROLLED = re.compile(r"(?:目前|现在|正在|现|正|如今)?(?:就读于|在读于|(?P<at>在))")
#: Person + 在 + organisation + 工作, or + 任职于/供职于/就职于 + organisation: its staff (王伟目前在华为公司工作); 曾 or 此前
#: before it a past one.
_EMPLOYED = re.compile(r"(?P<past>曾经|曾|此前|早年|先后|一度)?(?:目前|现在|现|一直|仍然|仍|还|也|则)?"
                       r"(?:(?P<at>在)|(?:任职|供职|就职|工作)于)")
#: The verb after 在 + organisation: working there, not a meeting or a team of the body (工作会议, 工作组, 工作人员).
_WORK = re.compile(r"(?:工作|任职|上班|供职|就职)(?![会组室站队人报中部证量服制作者])")
#: After the study verb: a time of the past (在北大读书时, 在北大求学期间).
_WHILE = re.compile(r"(?:的时候|时|期间|那几年|之时)")
#: Before the verb: a graduate's, not a student's (曾就读于, 当年在北大读书, 毕业后).
_PAST = re.compile(r"(?:曾|曾经|当年|早年|此前|毕业|以前|过去)")
#: Heads of a school's name: 进入 one enrols a pupil (进入荆州市少儿体校, 進入北京大學), who is no member by that verb
#: (the membership reader's 进入, :mod:`zhkg.relate.members_verbs`); 就读于 and 在…读书 say a current student.
_SCHOOL_HEADS = ("学校", "体校", "大学", "学院", "中学", "小学", "高中", "学堂", "书院", "艺校", "军校", "党校")
#: Work or a post right after a school entered: staff (进入北京大学任教, 进入该校工作), a member after all.
_STAFF_AT_SCHOOL = re.compile(r"(?:任教|执教|担任|出任|当|做|从事|工作|任职|上班|供职|就职)")


@lru_cache(maxsize=4)
def _cue(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The staff and student words of ``lexicon`` and the verbs of study and work as one pattern: the document's cue."""
    words = sorted((w for w, kind in lexicon.member_kinds.items() if kind in _KINDS), key=lambda w: (-len(w), w))
    cues = [*map(re.escape, words), "就读", "读书", "攻读", "求学", "工作", "任职", "上班", "供职", "就职"]
    return re.compile("|".join(cues)) if words else None


@lru_cache(maxsize=4)
def _words(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The staff and student words alone, longest first (研究生 before 学生)."""
    words = sorted((w for w, kind in lexicon.member_kinds.items() if kind in _KINDS), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


def read_staff_members(ctx: RelationContext) -> list[Relation]:
    """The memberships of the forms in the module docstring; nothing when the document writes no staff or
    student word and no study verb (one search).

    >>> from zhkg.records import Document, Mention, MentionSource
    >>> text = "宏达装饰公司的王海设计师表示。"  # made up
    >>> org = Mention("d", 0, 6, "宏达装饰公司", "宏达装饰公司", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> person = Mention("d", 7, 9, "王海", "王海", Label.PERSON, MentionSource.RECOGNISER)
    >>> ctx = RelationContext(Document("d", text), [org, person], {org: "org:宏达装饰公司", person: "person:王海"})
    >>> [(r.source, r.target, r.role) for r in read_staff_members(ctx)]
    [('person:王海', 'org:宏达装饰公司', '设计师')]
    """
    cue = _cue(ctx.lexicon)
    if cue is None or cue.search(ctx.simplified) is None:
        return []
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    ending = {m.end: m for m in ctx.mentions if m.label is Label.PERSON}
    return _described(ctx, ending) + _enrolled(ctx, people) + _employed(ctx, people)


def _described(ctx: RelationContext, ending: dict[int, Mention]) -> list[Relation]:
    """Organisation + 的 + person + a staff word (瑞宝壁纸的屈朝旭工程师)."""
    simplified = ctx.simplified
    words = _words(ctx.lexicon)
    out: list[Relation] = []
    for hit in words.finditer(simplified) if words is not None else ():
        word, start, end = hit.group(), hit.start(), hit.end()
        person = ending.get(start)  # 瑞宝壁纸的屈朝旭工程师: the staff word after the person
        if person is None or ctx.lexicon.member_kinds.get(word) != "staff" \
                or simplified[person.start - 1 : person.start] != "的":
            continue
        org = ctx.org_ending_at.get(person.start - 1)
        if org is not None:
            out.append(_member(ctx, person, org, org.start, end, word, start))
    return out


def organisation_before(ctx: RelationContext, at: int, excluded: frozenset[str] = frozenset()) -> Mention | None:
    """The organisation ending right before ``at``, maybe with 的 after it, maybe with a description of the job
    between (module docstring; no word of ``excluded`` in it): 美国安德森公司著名室内设计师, 巴特勒的大四后卫.
    :func:`zhkg.relate.membership.read_membership`'s member word reader asks it when no known qualifier stands
    between an organisation and a member word."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    simplified = ctx.simplified
    for gap in range(_MAX_DESCRIPTION + 1):
        q = at - gap
        if q <= 0 or (gap and not simplified[q].isalnum()):
            break
        org = ctx.org_ending_at.get(q) or (ctx.org_ending_at.get(q - 1) if simplified[q - 1] == "的" else None)
        if org is None:
            continue
        if gap == 0:
            return org
        if any(m.start < at and q < m.end for m in ctx.mentions):
            return None  # a name inside the description: 中国留学生, 北京分公司
        words = list(jieba_words(simplified[q:at]))
        if all((dictionary_tag(w) in _DESCRIPTION_TAGS or w in _DESCRIPTION_VERBS) and w not in _TITLE_MAKERS
               and w not in excluded and ctx.lexicon.role_ending(w, len(w)) != w
               and not any(c in "的和与及等" for c in w) for w in words):
            return org
        return None
    return None


def _enrolled(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    """Person + (目前) + 就读于 + school, person + 在 + school + a study verb: a student, 曾 or 毕业 before it none."""
    simplified = ctx.simplified
    out: list[Relation] = []
    for person in people.values():
        verb = _ENROLLED.match(simplified, person.end)
        if verb is None:
            continue
        school = ctx.org_starting_at.get(verb.end())
        study = _STUDY.match(simplified, school.end) if school is not None else None
        if school is None or (verb.group("at") and study is None):
            continue
        if study is not None and _WHILE.match(simplified, study.end()):
            continue  # 在北大读书时: a time of his past
        if _PAST.search(simplified, person.end, verb.end()) or _PAST.match(simplified, school.end):
            continue
        out.append(ctx.relation(ctx.owner[person], ctx.owner[school], RelationKind.MEMBER_OF, person.start,
                                school.end, "学生"))
    return out


def _employed(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    """Person + 在 + organisation + 工作/任职/上班, person + 任职于/供职于/就职于 + organisation: a member of its staff,
    a past one after 曾/此前 or with 时/期间 after the verb (王伟在华为工作期间)."""
    simplified = ctx.simplified
    out: list[Relation] = []
    for person in people.values():
        verb = _EMPLOYED.match(simplified, person.end)
        if verb is None:
            continue
        org = ctx.org_starting_at.get(verb.end())
        work = _WORK.match(simplified, org.end) if org is not None else None
        if org is None or (verb.group("at") and work is None):
            continue
        former = bool(verb.group("past")) or bool(work and _WHILE.match(simplified, work.end()))
        out.append(ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.MEMBER_OF, person.start,
                                work.end() if work else org.end, former=former))
    return out


def _member(ctx: RelationContext, person: Mention, org: Mention, start: int, end: int, word: str,
            at: int) -> Relation:
    role = ctx.text[at : at + len(word)]
    return ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.MEMBER_OF, start, end, role)
