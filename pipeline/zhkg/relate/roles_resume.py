"""The subject of a résumé's sentences that name no one (HOLDS_ROLE), read with the other role readers.

A résumé, an officer's profile in an announcement and a news item's biography open with the person, then go on
in sentences that leave the subject out: 高勇：男，1966年出生，中共党员。2007年10月至今任人和投资董事；2013年2月
至今任山东三维石化工程股份有限公司董事、副总经理。 Each sentence after the opening one whose subject is left out
stands for the opening person, as 他 would (:func:`resume_subjects` makes a stand-in for it, read like a pronoun's by
:mod:`zhkg.relate.roles`).

The opening person (the résumé's head) is a person named at a sentence's start, an honorific maybe after the name
(先生, 女士, 同志, 博士), then a colon or a comma (高勇：男，…; 段继东，男，汉族…; 谢永林，副行长。) or a verb of taking a
post (杨帆先生曾任…), a date maybe before that verb (张伟2005年出任…, 张伟于2005年7月起担任…, 张伟1950年至1960年任…); or
先生/女士 alone, or the sex with no mark before it (郑志华男，本科学历。); or a person after a date and a comma that open the
sentence, then a verb of a post (1993年，刘志平出任…; 2005年7月起，张伟担任…); the sentence names no one else. A later sentence takes the head as its subject when

* it opens as a résumé's line, with a date or a verb of a career (2007年10月至今任…, 曾任…, 历任…, 1994年10月加入…,
  毕业于…), not with a subject of its own (我们有一位分析师，担任过…: a transcript's answer);
* it names no person and no pronoun before its first clause break (a person later in it is read by the readers as
  the post's holder when the post comes first: …，现任董事长李四);
* no other person is named between the head and it, and it is at most :data:`MAX_SENTENCES` sentences after the
  head's last mention (a new name starts a new résumé, or ends the biography in a news story).

A news story's biography opens less formally: the person opens a sentence with a word of a biography (王成是浙江省委
副书记。王成曾长期在山西省工作，任…。: 是, 曾, 出生…, never 表示), then a sentence leaves the subject out after its date
(2021年调任湖南省委常委、组织部部长。). Such a person is a *loose* head (:func:`_opens_as_subject`, roles217): a later
sentence stands for it only when it opens with a date and then a verb of taking a post (:data:`_DATED_POST`), nothing
else; a strict head named again loosely stays strict.

Only the subject is supplied: the post, its body and the list after the verb are read by the role readers as for a
named subject (至今任X董事、副总经理; 历任A公司总经理、B公司董事长; 现任…，公司监事 takes no body it cannot name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.roles_government_units import units_of_committee, units_of_government
from zhkg.stages.segment import dictionary_tag

__all__ = ["MAX_SENTENCES", "drop_department_holders", "resume_subjects"]

#: How many sentences after its head's last mention a left-out subject may stand for the head.
MAX_SENTENCES = 12
#: What may follow the head's name: an honorific, then a colon, a comma or a verb of taking a post; 先生 or 女士 alone
#: (朱国章先生中国国籍，…); or the sex, maybe with no mark before it (郑志华男，本科学历; 方培琦男1961年9月出生).
#: Or a year or years before the verb (张明2005年出任…, 张明于2005年7月起担任…, 张明1950年至1960年任…: a biography's
#: first post, its date first).
_HEAD_AFTER = re.compile(r"(?:先生|女士)|(?:同志|博士|教授)?(?:[：:，,]|曾任|现任|历任|曾担任|现担任|先后担任|担任|出任|任)"
                         r"|[于自从在]?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[至到－—-]\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
                         r"(?:期间|间|以来)?起?(?:曾任|历任|担任|出任|兼任|升任|调任|转任|任)"
                         r"|[男女](?=[，,、。；\d（(]|汉族|中国|出生|生于)")
#: Letters that, opening a sentence, make it no résumé line of the head's (a quotation, a question, a pronoun of
#: someone else's, a list or title line).
_NOT_OPENING = frozenset("“「『\"他她")


#: Words before the head's other name in the opening sentence (袁端淇先生：曾用名袁彪，…): the same person.
_OTHER_NAME = ("曾用名", "原名", "又名", "别名", "英文名")


#: A date and a comma before the head's name, the sentence's opening (1993年，刘志平出任…; 2005年7月起，张伟担任…): the
#: name then takes a verb of a post, not a colon or a comma.
_DATE_BEFORE_HEAD = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?起?[，,]")
#: What follows such a head: a verb of taking a post, an adverb maybe before it.
_POST_AFTER_DATED_HEAD = re.compile(r"(?:又|再|再度|随后|正式)?(?:出任|担任|兼任|升任|调任|转任|当选为|当选|任)")


#: A sentence a loose head's biography goes on with: a date opening it, then a verb of taking a post, a comma or an
#: adverb maybe between (2021年调任…, 2023年4月，任…, 2022年起担任…, 同年10月升任…); 任命 and 任期 are no post taken.
_DATED_POST = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[同次翌]年(?:\d{1,2}月)?)(?:起|底|初|末)?[，,]?"
                         r"(?:又|再|再度|随后|正式)?(?:出任|担任|兼任|升任|调任|转任|当选为|当选|任(?![命期职务内]))")


#: What a loose head's name is followed by: a word of a biography (王成是…, 王成曾长期在…, 王成兼任…, 王成1969年出生),
#: never a verb of speech (王海涛表示…: a news story's speaker, no biography's head).
_BIOGRAPHY_OPENERS = ("是", "为", "系", "曾", "现", "原", "早年", "长期", "出生", "生于", "毕业", "兼任", "先后", "此前",
                      "自", "于", "1", "2")


def _opens_as_subject(ctx: RelationContext, person: Mention, s: int, e: int, people: list[Mention]) -> bool:
    """Whether ``person`` opens the sentence ``s``–``e`` as its subject, a word of a biography after the name
    (:data:`_BIOGRAPHY_OPENERS`, 同志 maybe between), and the sentence names no one else: a loose head (see the
    module docstring)."""
    simplified = ctx.simplified
    if person.start != s or person.end == person.start:
        return False
    after = person.end + 2 if simplified.startswith("同志", person.end) else person.end
    if not simplified.startswith(_BIOGRAPHY_OPENERS, after):
        return False
    owner = ctx.owner.get(person)
    return all(ctx.owner.get(m) == owner or _aside_of_body(ctx, m) for m in people if s <= m.start < e)


def _opens_as_head(ctx: RelationContext, person: Mention, s: int, e: int, people: list[Mention]) -> bool:
    dated = _DATE_BEFORE_HEAD.match(ctx.simplified, s)
    if dated is not None and person.start == dated.end():
        after = _POST_AFTER_DATED_HEAD.match(ctx.simplified, person.end)
    else:
        after = _HEAD_AFTER.match(ctx.simplified, person.end) if person.start == s else None
    if after is None or (after.group() in ("先生", "女士") and person.end - person.start < 2):
        return False  # 凌先生曾在…: a surname and an honorific name the head again, no new one
    owner = ctx.owner.get(person)
    return all(ctx.owner.get(m) == owner or _aside_of_body(ctx, m) or ctx.simplified.endswith(_OTHER_NAME, 0, m.start)
               for m in people if s <= m.start < e)


#: A clause inside a sentence that opens a résumé's line of its own: after a semicolon (…，本科学历；历任…;
#: …董事；2004年12月至2010年4月，兼任…), or after a comma, a verb of a career (…，高级政工师，历任西宁钢厂…), a time or
#: an adverb maybe before it (…，中共党员，近五年历任…; …，男，现兼任…; …，同时兼任…; …，1988年7月至2006年3月历任…).
_CLAUSE_LINE = re.compile(r"[；;]|[，,](?=(?:(?:最近|近)(?:[一二三四五六七八九十两几]|\d{1,2})年(?:来)?|近年来?|现|同时|现同时|现亦"
                          r"|\d{4}年(?:\d{1,2}月)?(?:[至到－—-]\d{4}年(?:\d{1,2}月)?)?(?:起|以来|至今)?)?"
                          r"(?:历任|曾任|现任|先后担任|先后任|曾担任|现担任|任职于|兼任))")


#: A head the recognisers missed (吴桥 read as a county, 方培琦男1961年…): two to four Han letters opening the text,
#: then 先生/女士, or the sex after at most a comma or a colon and before a mark, a digit or 汉族.
_UNNAMED_HEAD = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:先生|女士|[，,：:]?[男女](?=[，,、。；\d]|汉族))")


#: jieba's dictionary tags a missed head's name may have: none (郑志华, 吴桥: "x"), or a name's or a place's.
_HEAD_TAGS = frozenset({"x", "nr", "nrt", "nrfg", "nz", "ns"})


def _unnamed_head(ctx: RelationContext, people: list[Mention]) -> Mention | None:
    """The résumé's head at the text's start that no extractor named a person (see :data:`_UNNAMED_HEAD`): a
    surname opens it and no person or organisation mention covers its first letter; derived, or ``None``."""
    found = _UNNAMED_HEAD.match(ctx.simplified)
    if found is None or any(m.start == 0 for m in people):
        return None
    name = found.group(1)
    if dictionary_tag(name) not in _HEAD_TAGS:
        return None  # a common word of jieba's dictionary is no one's name (高中男，女生…; 金牌男，女子组…)
    if not (name[:1] in ctx.lexicon.surnames or name[:2] in ctx.lexicon.surnames) \
            or any(m.start == 0 and m.label is Label.ORGANIZATION for m in ctx.mentions):
        return None
    return ctx.derive_mention(0, len(name), Label.PERSON)


def _aside_of_body(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` is alone in brackets right after an organisation's name (中国石油大学（华东）): a campus or a
    short name read as a person, no one else named."""
    simplified = ctx.simplified
    return simplified[m.start - 1 : m.start] in ("（", "(") and simplified[m.end : m.end + 1] in ("）", ")") \
        and m.start - 1 in ctx.org_ending_at


def resume_subjects(ctx: RelationContext, stand_in: str, pronouns: list[Mention],
                    opens_line: Callable[[RelationContext, int], bool]) -> list[Mention]:
    """A stand-in person (zero letters long, at the sentence's start, ``stand_in`` its extractor and the head's
    entity id its ``canonical``) for each sentence whose subject is the résumé's head (see the module docstring).

    ``pronouns`` are the stand-ins already made for 他/她 and 王先生: a sentence holding one is not read here.
    ``opens_line`` says whether a sentence opens as a résumé's line (a date, a verb of a career: 曾任, 历任…);
    one that opens otherwise has a subject of its own (我们有一位分析师，担任过…).
    """
    people = [m for m in ctx.mentions if m.label is Label.PERSON and m.end > m.start]
    head_missed = _unnamed_head(ctx, people)
    people = [head_missed, *people] if head_missed is not None else people
    if not people:
        return []
    starts = [m.start for m in people]
    taken = sorted(m.start for m in pronouns)
    simplified = ctx.simplified
    out: list[Mention] = []
    head: str | None = None
    loose = False  # the head opened a sentence as its subject only: only dated posts stand for it
    since = 0
    def free(q: int, e: int) -> bool:  # no person and no pronoun's stand-in before the clause's first break
        brk = CLAUSE_BREAK.search(simplified, q, e)
        end = brk.start() if brk else e
        k = bisect_left(taken, q)
        return not (k < len(taken) and taken[k] < end) and bisect_left(starts, q) == bisect_left(starts, end)

    def clause_lines(after: int, e: int) -> None:  # the clauses of the sentence that open lines of their own
        for mark in _CLAUSE_LINE.finditer(simplified, after, e):
            q = mark.end()
            if q < e and simplified[q : q + 1] not in _NOT_OPENING and opens_line(ctx, q) and free(q, e):
                out.append(Mention(ctx.doc.id, q, q, "", "", Label.PERSON, stand_in, canonical=head))

    for s, e in ctx.sentences:
        inside = people[bisect_left(starts, s) : bisect_left(starts, e)]
        if inside:
            first = inside[0]
            if _opens_as_head(ctx, first, s, e, people):
                head, since, loose = ctx.owner.get(first), 0, False
                clause_lines(first.end, e)  # 唐少文先生：中国国籍，…本科学历；历任…
            elif _opens_as_subject(ctx, first, s, e, people):
                loose = loose or ctx.owner.get(first) != head  # 王成是…。王成曾长期在…: a loose head, a strict one kept
                head, since = ctx.owner.get(first), 0
            elif any(ctx.owner.get(m) != head and not _aside_of_body(ctx, m) for m in inside):
                head = None  # someone else named: the biography is over
            else:
                since = 0  # the head named again (杨帆先生曾任…), read by the readers as written
            continue
        since += 1
        if head is None or since > MAX_SENTENCES or simplified[s : s + 1] in _NOT_OPENING:
            continue
        if loose:  # 王成曾长期在山西省工作…。2021年调任湖南省委常委…: a dated post only
            if _DATED_POST.match(simplified, s) and free(s, e):
                out.append(Mention(ctx.doc.id, s, s, "", "", Label.PERSON, stand_in, canonical=head))
            continue
        if not opens_line(ctx, s):
            clause_lines(s, e)  # 具有独立董事资格，现任…: a clause of a career after a line of another kind
            continue
        if free(s, e):
            out.append(Mention(ctx.doc.id, s, s, "", "", Label.PERSON, stand_in, canonical=head))
        clause_lines(s, e)
    return out


#: A department's name alone (财务部, 董事会秘书处, 资产监管部), or any unit the generic word for the company opens
#: (公司团委, 公司营销中心, 公司总裁办公室): it names every company's department, no body of its own. Not 中心 alone: a
#: centre is often a body of its own (研究中心).
_DEPARTMENT_ALONE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:部|处|室|科|办|办公室|党委|团委|纪委|工会|党支部|党总支)")
_OF_THE_COMPANY = re.compile(r"(?:本公司|公司|本集团|本行)[\u4e00-\u9fffA-Za-z]{1,10}")
#: A founder founds a body, whatever its name: never dropped here.
_FOUNDERS = ("创始人", "创办人")
#: Letters that make a department's name a place's office, not a company's department (温县政府办公室, 市委办公室).
_OF_A_PLACE = frozenset("省市县区州镇乡村府")
#: Who may have named such a department: the recogniser, or a reader from the title after it; a table's body (外交部,
#: 财政部) is never dropped.
_GUESSED = frozenset({MentionSource.RECOGNISER.value, DERIVED})


def drop_department_holders(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the HOLDS_ROLE edges whose holder is a department's name alone (任公司财务部部长: 部长 of
    财务部, 副书记 of 党委), named by the recogniser or a reader, no place named in it (温县政府办公室 is the county's),
    or any unit 公司 opens (公司总裁办公室, 公司营销中心): such a node would join every company's department. A
    government's unit after the government named in full is kept as its unit (:func:`units_of_government`)."""
    places = [m for m in ctx.mentions if m.label is Label.PLACE]
    alone = {ctx.owner[m] for m in (*ctx.mentions, *ctx.derived) if m.label is Label.ORGANIZATION and m in ctx.owner
             and (_OF_THE_COMPANY.fullmatch(name := m.name)
                  or (m.extractor in _GUESSED and _DEPARTMENT_ALONE.fullmatch(name)
                      and not any(m.start <= p.start < m.end for p in places)  # 中国小城镇试点处
                      and not any(ch in _OF_A_PLACE for ch in name)))}  # 温县政府办公室: the county's
    if not alone:
        return relations
    relations = units_of_committee(ctx, relations, alone)  # 吉林省委常委、统战部部长: 吉林省委统战部 (roles279)
    relations = units_of_government(ctx, relations, alone)  # 金门县政府…历任观光处副处长: the county's 观光处
    return [r for r in relations if not (r.kind is RelationKind.HOLDS_ROLE and r.target in alone
                                         and not r.role_simplified.endswith(_FOUNDERS))]
