"""Typed edges of schooling, seat and partnership between two names standing together (session 18, rel18), read
by :func:`zhkg.relate.pairs.read_pairs` with the same rules of adjacency (two names next to each other in one
sentence, nothing named between) and the learned reader's kind names:

* ``GRADUATED_FROM`` person → school: person + (a date) + 毕业于 + school (张明华1992年毕业于北京大学东语系); person +
  (date) + 从/自 + school + 毕业 (李红从清华大学毕业后); school + 毕业的/毕业生 + person (北京大学毕业的王小军); person +
  是/为 + school + (的) + 校友. The school is an organisation whose name ends in a school's word (大学, 学院, 中学 …)
  or in a unit of one (系, 专业). A current student (就读于, 在读) is no graduate here: membership reads those.
* ``HEADQUARTERED_IN`` organisation → place: organisation + (的)总部 + 位于/设在/设于/坐落于/在 + place (圣象集团总部位于
  上海; 在 only when the place closes the clause or 的 follows: not 总部在北京举行…), or organisation + ， + (其)总部位于
  + place; and 总部位于/设在 + place + 的 + organisation (总部位于上海的圣象集团).
* ``PARTNER_OF`` organisation ↔ organisation (symmetric: the ends sorted by id): 甲 + (宣布) + 与/和/同 + 乙 + (date, place) +
  签署/签订 + (战略)合作 + 协议/备忘录 … (阿里巴巴与苏宁签署战略合作协议), + 达成(战略)合作, + 建立(战略)(合作)伙伴关系,
  + 结成(战略)联盟, + 成立/组建/设立 + 合资公司/企业 (the word read: 合资); 甲 + 携手 + 乙 (鲲鹏移民携手美国纽约区域中心). Neither end is a place the gazetteer names in full, even
  typed a company (阿里巴巴携手好莱坞: :func:`names_a_place`).

Refused: anything else between the two names (a negation, 将, 拟, 计划, 有望 — a deal not done, a school not
finished), and a clause before the first name that plans, weighs, denies or reports a rumour (计划, 拟, 或将, 否认,
传闻, 如果 …).

Founders are not read here: ``relate/roles_founders.py`` already writes them as HOLDS_ROLE 创始人/创办人, and a
FOUNDED edge beside it would say the same twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.records import Label, Mention, RelationKind
from zhkg.relate.learned_news import past_stock_code

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.resources.lexicon import Lexicon

__all__ = ["GRADUATED_FROM", "HEADQUARTERED_IN", "PARTNER_OF", "TIE_CUES", "names_a_place", "read_school", "read_seat",
           "read_partner", "seat_before"]

GRADUATED_FROM = RelationKind.define("GRADUATED_FROM")
HEADQUARTERED_IN = RelationKind.define("HEADQUARTERED_IN")
PARTNER_OF = RelationKind.define("PARTNER_OF")

#: The cue words (Simplified) the pair reader's one search per document adds for these kinds.
TIE_CUES: tuple[str, ...] = ("毕业", "校友", "总部", "合作", "伙伴", "携手", "联盟", "合资")

#: Endings of a school's name (or of a unit of one: 北京大学东语系).
_SCHOOL_ENDS = ("大学", "学院", "学校", "中学", "小学", "高中", "党校", "研究生院", "书院", "医学院", "系", "专业",
                "University", "College")
_SCHOOL_WORDS = ("大学", "学院", "学校", "中学", "小学", "高中", "党校", "研究生院", "书院", "University", "College")
#: A date between the graduate and the verb (1992年, 86年, 2005年7月).
_DATE = r"(?:(?:\d{2,4}|[一二三四五六七八九十〇○零]{2,4})年(?:\d{1,2}月)?(?:\d{1,2}日)?)"
#: person + (，date) + (先后/曾) + 毕业于 + school.
_GRADUATED_IN = re.compile(r"(?:先生|女士|博士|教授)?(?:[，,]?" + _DATE + r")?(?:先后|曾经|曾|早年|即)?"
                           r"(?P<verb>毕业于|毕业自)")
#: person + (date) + 从/自 + school, then 毕业 after the school (its unit or field may stand between).
_FROM = re.compile(r"(?:先生|女士|博士|教授)?" + _DATE + r"?(?:先后|曾经|曾|早年)?(?:从|自)")
_GRADUATED_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:系|专业))?(?P<verb>毕业)(?!生)")
#: school + 毕业的/毕业生 + person (北京大学毕业的王小军, 湖南大学毕业生王明).
_SCHOOL_FIRST = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:系|专业))?(?P<verb>毕业)(?:的|生)")
#: person + 是/为 + school + (的) + 校友.
_IS = re.compile(r"(?:也|亦|同样|都)?(?:是|为|系)")
_ALUMNUS = re.compile(r"(?:的)?(?:杰出|知名|著名|优秀)?(?P<verb>校友)")

#: organisation + (的)总部 + verb + place.
_SEAT_VERBS = r"位于|设在|设于|坐落于|坐落在|设立在|落户于|落户|在"
_SEAT_BETWEEN = re.compile(r"(?:公司|集团|银行)?(?:[，,](?:其|该公司|公司)?|的)?(?:全球|中国|亚太|亚洲|欧洲)?总部"
                           r"(?:目前|现|现在|则|就|均|也)?(?P<verb>" + _SEAT_VERBS + r")")
#: After the place when the verb is 在: the clause closes or 的 follows (总部在北京的某公司 / 总部在北京，…).
_SEAT_CLOSED = re.compile(r"(?:[市省县区州])?(?:[，,。；;、）)]|的|$)")
#: Before a place that 的 joins to an organisation (总部位于上海的圣象集团): the end of the words before the place.
_SEAT_BEFORE = re.compile(r"总部(?P<verb>位于|设在|设于|坐落于|在)$")

#: organisation + 与/和/同/跟 + organisation, then the act of partnership after the second.
_JOINED = re.compile(r"(?:公司|集团)?(?:昨天|今天|昨日|今日|日前|近日|正式|已经|已|共同|宣布|\s)*(?:与|和|同|跟)\s*")
_PARTNERED = re.compile(
    r"(?:公司|集团)?(?:之间)?(?:昨天|今天|昨日|今日|日前|近日|\d{1,2}日|正式|已经|已|共同|成功|双方|在[^，。；,;]{1,12}?)*"
    r"(?:(?P<sign>签署|签订|签约|缔结)(?:了)?(?:一份|一项)?(?:全面|长期|战略性|战略|深度|框架|全方位)*合作"
    r"(?:框架)?(?:协议|备忘录|合同|意向书)"
    r"|(?P<reach>达成)(?:了)?(?:全面|长期|战略性|战略|深度|全方位)*合作"
    r"|(?P<build>建立|结成|缔结)(?:了)?(?:全面|长期|战略性|战略|深度|全方位)*(?:合作)?(?:伙伴关系|伙伴|联盟)"
    # a joint venture set up together (比亚迪与丰田汽车公司成立合资企业; review155)
    r"|(?:成立|组建|设立)(?:了)?(?:一家|一个)?(?:新的)?(?P<venture>合资)(?:公司|企业))")
#: organisation + 携手 + organisation.
_HAND_IN_HAND = re.compile(r"(?:公司|集团)?(?:昨天|今天|日前|近日|正式|再度|再次|首次|\s)*(?P<verb>携手|牵手|联手)\s*")

#: In the clause before the first name: a plan, a wish, a doubt or a condition (the tie is not stated as a fact).
_UNSAID = re.compile(r"计划|准备|拟|有意|有望|或将|可能|考虑|洽谈|谈判|商谈|否认|传闻|传言|据传|谣言|是否|如果|假如|若|"
                     r"一旦|希望|打算|未能|没有|并未|尚未|不会")



def _is_school(m: Mention) -> bool:
    name = m.name
    return m.label is Label.ORGANIZATION and name.endswith(_SCHOOL_ENDS) and any(w in name for w in _SCHOOL_WORDS)


def read_school(text: str, a: Mention, b: Mention, clause: str) -> tuple[Mention, Mention, str, int] | None:
    """A GRADUATED_FROM edge between the two names ``a`` then ``b`` of ``text`` (Simplified): (graduate, school,
    the word read, the evidence's end), or None. ``clause`` is ``a``'s clause before it."""
    if _UNSAID.search(clause):
        return None
    between = text[a.end:b.start]
    if a.label is Label.PERSON and _is_school(b) and len(a.name) >= 2:
        if (found := _GRADUATED_IN.fullmatch(between)) is not None:
            return a, b, found.group("verb"), b.end
        if _FROM.fullmatch(between) and (after := _GRADUATED_AFTER.match(text, b.end)) is not None:
            return a, b, after.group("verb"), after.end()
        if _IS.fullmatch(between) and (after := _ALUMNUS.match(text, b.end)) is not None:
            return a, b, after.group("verb"), after.end()
    if b.label is Label.PERSON and _is_school(a) and len(b.name) >= 2 \
            and (found := _SCHOOL_FIRST.fullmatch(between)) is not None:
        return b, a, found.group("verb"), b.end
    return None


def read_seat(text: str, a: Mention, b: Mention, clause: str) -> tuple[Mention, Mention, str, int] | None:
    """A HEADQUARTERED_IN edge between the organisation ``a`` and the place ``b`` named after it: (organisation,
    place, the word read, the evidence's end), or None."""
    if a.label is not Label.ORGANIZATION or b.label is not Label.PLACE or _UNSAID.search(clause):
        return None
    found = _SEAT_BETWEEN.fullmatch(text, past_stock_code(text, a.end, b.start), b.start)
    if found is None or (found.group("verb") == "在" and _SEAT_CLOSED.match(text, b.end) is None):
        return None
    return a, b, "总部" + found.group("verb"), b.end


def seat_before(text: str, place: Mention, org: Mention, clause: str) -> tuple[Mention, Mention, str, int] | None:
    """HEADQUARTERED_IN from 总部位于 + place + 的 + organisation (总部位于上海的圣象集团); ``clause`` is the place's
    clause before it."""
    if place.label is not Label.PLACE or org.label is not Label.ORGANIZATION or text[place.end:org.start] != "的":
        return None
    found = _SEAT_BEFORE.search(clause)
    if found is None or _UNSAID.search(clause):
        return None
    return org, place, "总部" + found.group("verb"), org.end


def names_a_place(m: Mention, lexicon: Lexicon | None = None) -> bool:
    """Whether an organisation's name is a place's full name in the gazetteer (the recogniser's ORGANIZATION 硅谷 or
    好莱坞 after 携手): a place is never a party to a partnership.

    >>> from zhkg.records import Mention, Label
    >>> def org(name): return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, "crf")
    >>> names_a_place(org("硅谷")), names_a_place(org("好莱坞")), names_a_place(org("阿里巴巴"))
    (True, True, False)
    """
    from zhkg.resources.gazetteer import load_gazetteer

    return any(not d.context_only for d in load_gazetteer(lexicon).lookup(m.name))


def read_partner(text: str, a: Mention, b: Mention, clause: str,
                 before: Mention | None) -> tuple[Mention, Mention, str, int] | None:
    """A PARTNER_OF edge between the organisations ``a`` and ``b`` (the ends as written; the caller sorts them):
    (a, b, the word read, the evidence's end), or None. ``before`` is the name before ``a``: 甲与乙和丙签署… reads
    only 乙–丙 (甲 signed with both, but the nearest pair is what is read)."""
    if a.label is not Label.ORGANIZATION or b.label is not Label.ORGANIZATION or _UNSAID.search(clause):
        return None
    between = text[past_stock_code(text, a.end, b.start):b.start]  # 美团(03690.HK)与…: the words after the code
    if (found := _HAND_IN_HAND.fullmatch(between)) is not None:
        return a, b, found.group("verb"), b.end
    if _JOINED.fullmatch(between) is None or (after := _PARTNERED.match(text, past_stock_code(text, b.end))) is None:
        return None
    if _UNSAID.search(text, b.end, after.end()) or "将" in text[b.end:after.end()]:
        return None  # 甲与乙在北京将签署…: not yet
    verb = after.group("sign") or after.group("reach") or after.group("build") or after.group("venture")
    return a, b, verb, after.end()


#: A clause of a biography that opens with its verb of graduating (…，1992年毕业于北京大学): the verb, the school
#: right after it.
_BIO_GRADUATED = re.compile(r"(?:^|(?<=[，,：:；;]))\s*" + _DATE + r"?(?:先后|曾经|曾|早年)?(?P<verb>毕业于|毕业自)")
#: A clause that opens with a school and closes with 毕业 (…，燕山大学毕业，; 湖南大学国际商学院工商管理专业毕业).
_BIO_SCHOOL_CLAUSE = re.compile(r"(?:[\u4e00-\u9fff]{0,12}?(?:系|专业|学院))?(?P<verb>毕业)(?=[，,。；;]|$)")
#: What opens a biography before its subject's name (人物简介, 简介, 履历).
_BIO_LEAD = re.compile(r"\s*(?:人物简介|个人简介|简介|履历|小传|基本信息)?\s*[:：]?\s*$")
#: What follows a biography's subject: its first clause's break (王子文，…; 朱崇军：…; 草间弥生（Yayoi Kusama）…).
_BIO_SUBJECT_BREAK = re.compile(r"\s*(?:[，,：:]|[（(])")
#: Joins schools listed after the verb (先后毕业于武汉大学、北京大学).
_SCHOOLS_JOINED = re.compile(r"\s*(?:、|和|及|以及)\s*")


def read_biography_schools(text: str, named: list[Mention], sentence_start: int,
                           sentence_end: int) -> list[tuple[Mention, Mention, str, int, int]]:
    """GRADUATED_FROM edges of a biography's sentence whose subject opens it and is left out of a later clause
    (王子文，1987年2月28日出生于四川成都，…，毕业于中央戏剧学院; 胡坤，男，…，燕山大学毕业，…): (person, school,
    verb, evidence start, evidence end). ``named`` are the sentence's outermost names by offset. The person must be
    the first name of the sentence, stand at its start (after a heading such as 简介 at most) with a clause break
    right after, and no other person may be named before the school; schools listed after the verb are each read."""
    if not named or named[0].label is not Label.PERSON or len(named[0].name) < 2:
        return []
    subject = named[0]
    if not _BIO_LEAD.fullmatch(text, sentence_start, subject.start) or not _BIO_SUBJECT_BREAK.match(text, subject.end):
        return []
    out: list[tuple[Mention, Mention, str, int, int]] = []
    by_start = {m.start: m for m in named}
    for i, m in enumerate(named[1:], 1):
        if m.label is Label.PERSON:
            break  # another person: what follows may be theirs
        if not _is_school(m):
            continue
        clause_start = max(text.rfind(c, subject.end, m.start) for c in "，,：:；;") + 1
        if clause_start <= subject.end:
            continue  # the subject's own clause: the pair reader reads that
        if _UNSAID.search(text, clause_start, m.start):
            continue
        verb = _BIO_GRADUATED.fullmatch(text, clause_start, m.start)
        if verb is not None:
            out.append((subject, m, verb.group("verb"), clause_start, m.end))
            end = m.end
            for n in named[i + 1:]:  # 先后毕业于武汉大学、北京大学
                if not _is_school(n) or not _SCHOOLS_JOINED.fullmatch(text, end, n.start):
                    break
                out.append((subject, n, verb.group("verb"), clause_start, n.end))
                end = n.end
            continue
        if clause_start == m.start and (after := _BIO_SCHOOL_CLAUSE.match(text, m.end)) is not None \
                and after.end() <= sentence_end and not any(s in by_start for s in range(m.end, after.end())):
            out.append((subject, m, after.group("verb"), m.start, after.end()))
    return out


#: A clause of a profile that opens with the seat (…，总部设在哈博罗内; …，其总部位于上海).
_PROFILE_SEAT = re.compile(r"\s*(?:其|公司|集团|该公司|该集团)?(?:全球)?总部(?:目前|现)?(?P<verb>位于|设在|设于|坐落于)")


def read_profile_seat(text: str, named: list[Mention], sentence_start: int) -> tuple[Mention, Mention, str, int,
                                                                                      int] | None:
    """HEADQUARTERED_IN of a profile's sentence whose organisation opens it and is left out of a later clause
    (博茨瓦纳航空公司是…航空公司，总部设在哈博罗内): (organisation, place, verb, evidence start, evidence end). The
    organisation must be the sentence's first name, at its start (after a heading at most), and no other organisation
    or person may be named before the place; the place stands right after the verb."""
    if not named or named[0].label is not Label.ORGANIZATION:
        return None
    subject = named[0]
    if not _BIO_LEAD.fullmatch(text, sentence_start, subject.start):
        return None
    for m in named[1:]:
        if m.label in (Label.ORGANIZATION, Label.PERSON):
            return None  # another body or a person: the seat may be theirs
        if m.label is not Label.PLACE:
            continue
        clause_start = max(text.rfind(c, subject.end, m.start) for c in "，,；;") + 1
        if clause_start <= subject.end or _UNSAID.search(text, clause_start, m.start):
            continue
        if (found := _PROFILE_SEAT.fullmatch(text, clause_start, m.start)) is not None:
            return subject, m, "总部" + found.group("verb"), clause_start, m.end
    return None
