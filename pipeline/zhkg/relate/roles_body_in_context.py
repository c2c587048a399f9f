"""The body of a bare title that the text names somewhere else, for the role readers: the body an earlier clause
of the sentence or the sentence before named (香港女同盟会…，干事X表示: :func:`_context_body`, :func:`_sentence_body`), a
spokesperson's body named in the sentence or the text's opening sentence (:func:`_spokesperson_body`), a body a verb
of founding named (:func:`_founded_body`), the organisation opening the sentence before (:func:`_opening_body`), the
team a sentence opens with for a coach's title (:func:`_subject_team`), and the titles never read off such a body
(:data:`_FREE_ROLES`: 记者, 律师, 教授…).

Caveats: a body is taken only when it is the one candidate (one entity, however written); a body named after the
title, two candidates, or someone named between leave the title bodiless, so a text naming two bodies before a bare
title loses it. Moved verbatim from ``relate/roles_title_body.py`` (tidy252, session 53): no definition's text changed.
This part imports none of the role parts that read it (``roles_title_body``, ``roles_holders``, ``roles_context``,
``roles_forms``…).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.members_parties import _is_party
from zhkg.relate.roles_subjects import _clause_subject, _colleagues_between, _fused_body
from zhkg.relate.roles_title_kinds import body_of_kind
from zhkg.relate.roles_titles import _BARE_POST_ADVERBS, _BARE_POST_VERBS, _DATE, _role_at
from zhkg.relate.roles_words import _aside, _clause_opens, _dictionary_tag, _outlet
from zhkg.text import CLAUSE_BREAKS, first_at, sentence_at

__all__ = [
    "_FREE_ROLES",
    "_ADDRESSED_GOVERNMENTS",
    "_RACES",
    "_context_body",
    "_CAUCUS_TITLES",
    "_COUNCIL_HEADS",
    "_COUNCIL_DIVISIONS",
    "_spokesperson_body",
    "_MAX_BEFORE_OPENING_BODY",
    "_FOUNDED_BEFORE",
    "_founded_body",
    "_opening_body",
    "_appointees_only",
    "_given_post",
    "_sentence_body",
    "_TEAM_COACHES",
    "_is_team_mention",
    "_COACH_TITLES",
    "_NOT_SUBJECT_ALONE",
    "_subject_team",
]


#: Titles people hold across bodies, or of a work, never read off a body named elsewhere in the text.
_FREE_ROLES = frozenset({"记者", "通讯员", "编辑", "主持人", "导演", "监制", "制片人", "编导", "律师", "教授", "副教授",
                         "讲师", "分析师", "首席分析师", "经济学家", "首席经济学家", "研究员", "副研究员", "代言人", "医生",
                         "法医", "法医师", "顾问", "代表", "人大代表", "政协委员", "委员", "院士", "博士生导师", "民警",
                         "领导人", "领袖", "首领", "主帅", "教练", "主教练", "合伙人", "创始人", "创办人", "检察官", "法官",
                         "将领", "牧师", "主笔", "秘书", "发言人", "新闻发言人"})


#: A government named by its kind only (市府, 县府, 政府), as a councillor's or a legislator's words address it: no
#: body a title before it may belong to (新北市议会今天开议，李正雄议员指出，市府应改善交通: 议员 of 新北市议会).
_ADDRESSED_GOVERNMENTS = frozenset({"市府", "县府", "市政府", "县政府", "政府"})


#: Verbs of running for a post: a place after one names the race (参选云林县长), no holder of a title before it.
_RACES = ("参选", "竞选", "角逐")


def _context_body(ctx: RelationContext, at: int, role: str, before: bool = True, inside: bool = False) -> Mention | None:
    """The body of a bare title whose clause opens at ``at``: the one the sentence named in an earlier clause
    (香港女同盟会…，干事杨炜炜表示), or, when the sentence names none and ``before`` is true, the one organisation of
    the sentence before (…国民党内还是暗潮汹涌。依惯例，江丙坤…等8位副主席…). None when the sentence names a body
    after ``at`` (but a government named by its kind only, :data:`_ADDRESSED_GOVERNMENTS`), or the candidates are
    more than one. With ``inside`` (round roles175) the title stands inside its clause, opening a phrase there
    (…提名的立委X, 由现任副书记长X接任): the body may also be the subject opening that clause (:func:`_sentence_body`),
    and no place may follow the title in the sentence."""
    if role in _FREE_ROLES and role not in _TEAM_COACHES:
        return None
    s, e = sentence_at(ctx.sentences, at)
    named = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and s <= m.start < e]
    if inside and any(m.label is Label.PLACE and at <= m.start < e and not ctx.simplified.endswith(_RACES, 0, m.start)
                      for m in ctx.mentions):
        return None  # a title inside its clause, a place after it: the place's, maybe (获时任国务委员X在北京接见); not
        # a race's (由立委X参选云林县长: the post run for, round roles232)
    subject = _clause_subject(ctx, at, e) if inside else None
    if subject is not None:  # (its clause's own subject, whatever the sentence's other clauses name: round roles216)
        return subject if role not in _TEAM_COACHES or _is_team_mention(subject) else None
    if any(m.start >= at and m.simplified not in _ADDRESSED_GOVERNMENTS
           and not (m.simplified == "党团" and role in _CAUCUS_TITLES) for m in named):
        return None  # (党团 bare after a caucus officer is the caucus again: …卸任后，相关职位有待党团成员推举)
    if (fused := _fused_body(ctx, s, at, role)) is not None:  # 台中市副市长共有3席，…，目前副市长为Y (roles244)
        return fused
    body = _sentence_body(ctx, s, at, role, inside)
    if body is not None and any(m.label is Label.PERSON and body.end <= m.start < at for m in ctx.mentions) \
            and not (role in _CAUCUS_TITLES and (_is_party(ctx, body) or body.simplified.endswith("党团"))) \
            and not (role not in _CAUCUS_TITLES and _colleagues_between(ctx, body, at, role)):
        return None  # 前尼克斯中锋埃迪-库里，总裁帕特-莱利: the body is the other person's
    if role in _TEAM_COACHES:  # (a team of its sentence only: 湖人队昨天宣布，主教练X续任)
        return body if body is not None and _is_team_mention(body) else None
    if body is not None or named or not before:
        return body
    i = ctx.sentences.index((s, e)) if (s, e) in ctx.sentences else 0
    if i == 0:
        return None
    ps, pe = ctx.sentences[i - 1]
    before = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and ps <= m.start and m.end <= pe
              and not _aside(ctx, m)]
    if not before and role in _COUNCIL_HEADS:  # 花莲县长X出席议会定期会。议长张峻表示: the county's, as 花莲县议长 reads
        before = [m for m in ctx.mentions if m.label is Label.PLACE and m.code and ps <= m.start and m.end <= pe
                  and m.simplified.endswith(_COUNCIL_DIVISIONS)]
    return before[-1] if len({ctx.owner[m] for m in before}) == 1 else None


#: A legislative caucus's officers (党团: 总召, 书记长, 干事长, maybe 副 or 首席副 before), whose body is the one party
#: their sentence names before them even with people between: the caucus's officers named one after another
#: (国民党团总召X确定续任，原书记长Y卸任，副书记长Z登记; 民众党团方面，总召X续任，副总召Y、干事长Z卸任).
_CAUCUS_TITLES = frozenset(chain.from_iterable((t, "副" + t, "首席副" + t) for t in ("总召", "总召集人", "书记长", "干事长")))


#: A council's speakers, written bare in the local press (議長張峻表示): with nothing named in their sentence and no
#: body in the one before, the one county or city (:data:`_COUNCIL_DIVISIONS`) the sentence before names holds the
#: title, as a county's place holds 议长 written after it (花莲县议长 X).
_COUNCIL_HEADS = frozenset({"议长", "副议长"})
_COUNCIL_DIVISIONS = ("县", "市")


def _spokesperson_body(ctx: RelationContext, at: int) -> Mention | None:
    """The body of a bare spokesperson's title whose clause opens at ``at`` (行政院今天召开院会。发言人苏俊宾表示…):
    the one organisation the sentence names in a clause before it (行政院今天召开院会，发言人X表示), or, when the
    sentence names none, the one the text's opening sentence names; ``None`` when a body follows in the sentence
    (发言人X表示，国民党…), the candidates are more than one, or the one is an outlet (新华社…。发言人X: the paper
    reports, the spokesperson is another's)."""
    if not ctx.sentences:
        return None
    s, e = sentence_at(ctx.sentences, at)
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and not _aside(ctx, m)]
    in_sentence = [m for m in orgs if s <= m.start < e]
    if any(m.start >= at for m in in_sentence):
        return None
    first_start, first_end = ctx.sentences[0]
    named = in_sentence or [m for m in orgs if first_start <= m.start and m.end <= first_end]
    if len({ctx.owner[m] for m in named}) != 1 or _outlet(ctx, named[0]):
        return None
    return named[0]


#: The most letters before the organisation that opens a sentence: a date (1928年，…).
_MAX_BEFORE_OPENING_BODY = 12


#: Verbs of founding before the body a sentence founds: 共同成立北京微学明日网络科技有限公司，俞敏洪任董事长.
_FOUNDED_BEFORE = re.compile(r"(?:成立|组建|创办|创立|设立|开办)了?$")


def _founded_body(ctx: RelationContext, s: int, before: int) -> Mention | None:
    """The organisation a verb of founding names right before it, the last one the sentence names in ``[s, before)``,
    in a clause before the one at ``before`` (腾讯与新东方共同成立北京微学明日网络科技有限公司，俞敏洪任董事长: the
    new company's chairman, whatever other bodies the sentence names); anyone named between is the subject of another
    of its posts (…，王明任董事长，李四任总经理). ``None`` otherwise."""
    found = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and s <= m.start and m.end <= before]
    if not found:
        return None
    last = max(found, key=lambda m: (m.end, m.end - m.start))
    if not _FOUNDED_BEFORE.search(ctx.simplified, max(s, last.start - 3), last.start) \
            or not CLAUSE_BREAK.search(ctx.simplified, last.end, before) \
            or any(m.label is Label.PERSON and last.end <= m.start and m.end <= before
                   and not ctx.simplified.startswith(_BARE_POST_VERBS, m.end) for m in ctx.mentions):
        return None  # someone named between, not as the subject of a post of the new body (，王明任董事长，李四任总经理)
    return last


def _opening_body(ctx: RelationContext, s: int, before: int) -> Mention | None:
    """When the sentence names no one and nothing in ``[s, before)``, the organisation that opens the sentence before
    it, a date maybe before it, as its subject: 國立清華大學是一所研究型大學。梅貽琦於1931年出任校長 (校長 of the
    university); ``None`` when the sentence before opens with anything else. Officers listed one clause each are no
    one else named (执委会方面，王明继续担任主席。李四任副主席，张三任秘书长: 秘书长 of 执委会), nor a body of a
    title right before its holder's name (立法会议员李四任副主席: roles286, :func:`_appointees_only`)."""
    if s < 2 or not _appointees_only(ctx, s, before):
        return None
    p = max(ctx.simplified.rfind(ch, 0, s - 1) for ch in "。！？!?\n") + 1
    first = next((m for m in ctx.starting_between(p, s) if m.label in (Label.ORGANIZATION, Label.PLACE, Label.PERSON)),
                 None)
    if first is None or first.label is not Label.ORGANIZATION or first.start - p > _MAX_BEFORE_OPENING_BODY:
        return None
    lead = ctx.simplified[p : first.start]
    return first if not lead or _DATE.fullmatch(lead.rstrip("，,")) else None


def _appointees_only(ctx: RelationContext, s: int, before: int) -> bool:
    """Whether what ``[s, before)`` names is only people of clauses giving someone a post (李四、王五任副主席，),
    people of the clause at ``before`` (李四及王五任副主席), and bodies or places of a title or a member's word right
    before a person's name (立法会议员李四, 行政会议成员王五): a sentence of appointments, no other subject (roles286)."""
    simplified = ctx.simplified
    named = [m for m in ctx.starting_between(s, before) if m.label in (Label.ORGANIZATION, Label.PLACE, Label.PERSON)]
    breaks = [s, *(b.end() for b in CLAUSE_BREAK.finditer(simplified, s, before))]  # in order, each clause's start

    def clause(m: Mention) -> int:  # the start of the clause holding m
        return breaks[bisect_right(breaks, m.start) - 1]

    appointing = {breaks[-1]} | {clause(m) for m in named if m.label is Label.PERSON and _given_post(ctx, m)}
    for m in named:
        if m.label is Label.PERSON:
            if clause(m) not in appointing:
                return False
            continue
        word = _role_at(ctx, m.end) or first_at(simplified, ctx.lexicon.member_words, m.end)
        if not word or m.end + len(word) not in ctx.person_starts:
            return False
    return True


def _given_post(ctx: RelationContext, person: Mention) -> bool:
    """Whether a verb of a post follows ``person``'s name, an adverb maybe between, and a clause break closes what
    follows it: 李四任副主席，."""
    at = person.end
    at += len(next((a for a in _BARE_POST_ADVERBS if ctx.simplified.startswith(a, at)), ""))
    verb = next((v for v in _BARE_POST_VERBS if ctx.simplified.startswith(v, at)), None)
    role = _role_at(ctx, at + len(verb)) if verb else None
    end = at + len(verb or "") + len(role or "")
    return role is not None and (end == len(ctx.simplified) or ctx.simplified[end] in CLAUSE_BREAKS)


def _sentence_body(ctx: RelationContext, s: int, before: int, role: str, inside: bool = False) -> Mention | None:
    """The one organisation (one entity, however written) the sentence names in ``[s, before)``, in a clause
    before the one at ``before`` (or, with ``inside``, opening the clause of the title); for a title a place's
    government holds and no organisation there, the one place."""
    for label in (Label.ORGANIZATION, Label.PLACE):
        if label is Label.PLACE and role not in ctx.lexicon.place_roles:
            return None
        found = [m for m in ctx.mentions + ctx.derived if m.label is label and s <= m.start and m.end <= before
                 and not _aside(ctx, m)]
        if len({ctx.owner[m] for m in found}) == 1:
            # named in a clause of its own: 精武体操学校…开学，由霍元甲出任总教习 (not 奥斯卡得主…邓文迪担任制片人)
            # (or, with ``inside``, the subject opening the title's own clause: 国民党争取…提名的立委X, not
            # 苏纳克在白金汉宫向国王X)
            own = inside and _clause_opens(ctx, found[-1].start)
            return found[-1] if own or CLAUSE_BREAK.search(ctx.simplified, found[-1].end, before) else None
        if found and role in _COACH_TITLES:
            return _subject_team(ctx, s, before, found)
        kind = body_of_kind(ctx.simplified, found, role)  # 立法院…，行政院…，由院长X: the nearest of the title's kind (roles232)
        return kind if kind is not None and (inside and _clause_opens(ctx, kind.start)
                                             or CLAUSE_BREAK.search(ctx.simplified, kind.end, before)) else None
    return None


#: A coach's titles, free roles (:data:`_FREE_ROLES`: NBA reports name both teams' coaches) but for the one team
#: a clause before theirs in the sentence names, no one between (湖人队昨天宣布，主教练X续任; not 湖人队击败勇士队，主教练X).
_TEAM_COACHES = frozenset({"主教练", "主帅", "教练"})


def _is_team_mention(m: Mention) -> bool:
    """Whether ``m`` names a team: its name ends in 队, or the team extractor named it."""
    return m.simplified.endswith("队") or m.extractor is MentionSource.ORG_TEAM


#: A team's head's titles: with two teams named before in the sentence, the head is the subject team's
#: (:func:`_subject_team`). 主教练, 主帅 and 教练 are free roles (:data:`_FREE_ROLES`), read off no body elsewhere.
_COACH_TITLES = frozenset({"总教练", "领队"})


#: What may follow the team opening a sentence when it is no subject alone: a second subject (湖人队与小牛队交手),
#: or a possessive (湖人队的球迷).
_NOT_SUBJECT_ALONE = frozenset("、和与及同跟的")


def _subject_team(ctx: RelationContext, s: int, before: int, found: list[Mention]) -> Mention | None:
    """The team a sentence opens with, its subject, when a coach's bare title in a later clause of it (at
    ``before``) follows two or more bodies (``found``): 中华队在首战出师不利，挨了澳洲队的两发全垒打，总教练曾豪驹…;
    目前黄蜂队正在备战和湖人的季后赛，主教练X…. ``None`` when a clause or more than a word of time or an adverb
    stands before the team, the team is one of two subjects or a possessor (湖人队与小牛队交手, 湖人队的), it is no team
    (its name ends in 队, or the team extractor named it), or another body opens a clause of its own before the title
    (中华队先得两分，日本队随后扳平，总教练X: either's)."""
    simplified = ctx.simplified
    first = min(found, key=lambda m: m.start)
    gap = simplified[s : first.start].strip()
    if (gap and (len(gap) > 3 or _dictionary_tag(gap) not in ("t", "d"))) \
            or simplified[first.end : first.end + 1] in _NOT_SUBJECT_ALONE \
            or not (first.simplified.endswith("队") or first.extractor is MentionSource.ORG_TEAM) \
            or not CLAUSE_BREAK.search(simplified, first.end, before):
        return None
    subject = ctx.owner[first]
    if any(ctx.owner[m] != subject and simplified[m.start - 1 : m.start] in CLAUSE_BREAKS for m in found):
        return None
    return first
