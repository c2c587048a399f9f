"""The holder before or after a title, for the role readers (:mod:`zhkg.relate.roles`): the body an anaphor stands
for (该院院长: :func:`_anaphor_ending_at`), a body and title written right after a name
(:func:`_named_courtesy`, :func:`_named_then_role`), a post's qualifier kept (:func:`_keep_qualifiers`), fiefs and
generals read with their holder (:func:`_read_fiefs`, :func:`_read_generals`), the body after 担任 + a title + 的
(:func:`_read_post_of_body_after`), a résumé's subject (:func:`_resume_subject`), successors (:func:`_successors`) and
whether a person is the object of a verb or appointed by another (:func:`_object_of_verb`,
:func:`_appointed_by_person`). The person a name, surname or pronoun stands for is in :mod:`zhkg.relate.roles_names`,
asides and quotations between holder and title in :mod:`zhkg.relate.roles_asides`, people listed before or after a
title in :mod:`zhkg.relate.roles_listed` (tidy73); bylines, datelines and credits are in
:mod:`zhkg.relate.roles_bylines` (tidy67); a body no extractor named, read from the letters before a title or from a
unit's name, is in :mod:`zhkg.relate.roles_unnamed_bodies` (tidy262).

Caveats: people are the recogniser's mentions plus names read in :mod:`zhkg.relate.roles_names`; a body no extractor
named is read from the letters before its title and is derived, so a clause opening oddly can give a wrong body.
Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_anaphor_choice import narrowed
from zhkg.relate.roles_body_in_context import _FREE_ROLES
from zhkg.relate.roles_former import (
    _APPOINTS,
    _BEFORE_SUCCESSOR,
    _FORMER_BETWEEN,
    _POST_TAILS,
    _SUCCEEDED_BY,
    _former,
)
from zhkg.relate.roles_implied import other_kind
from zhkg.relate.roles_names import (
    _AFTER_TITLE,
    _owner_of,
)
from zhkg.relate.roles_places import (
    _DYNASTY_LETTERS,
    _ENFEOFFS,
    _FIEF_LEFT_EDGE,
    _GENERAL_TITLES,
    _MAX_FIEF,
    _fief_before,
    _fief_title,
)
from zhkg.relate.roles_title_body import (
    _ANAPHOR_SENTENCES,
    _BARE_COMPANY,
    _BARE_COMPANY_AFTER,
    _BARE_PARTY,
    _BARE_PARTY_AFTER,
    _COMPANY_ANAPHOR,
    _PARTY_ANAPHOR,
    _SERVES_IN,
    _SERVES_IN_ADVERBS,
    _headed_body_ending_at,
    _org_anaphors,
    _party_organ,
)
from zhkg.relate.roles_titles import (
    _ACTING_BEFORE_HOLDER,
    _ACTING_HEAD,
    _AFTER_TITLE_TAGS,
    _DIVISION_HEADS,
    _MAX_QUALIFIER,
    _POST_QUALIFIERS,
    _VALUE_ENDS,
    _VERBAL_NOUN,
    _qualifier,
    _role_at,
    _title_ending_at,
)
from zhkg.relate.roles_words import (
    _BRACKETED_ASIDE,
    _HONORIFICS,
    _SUBJECT_MARKS,
    _closes_clause,
    _dictionary_tag,
    _named_word_ending_at,
    _word_tag_at,
    _words,
)
from zhkg.text import CLAUSE_BREAKS, Span, SpanIndex, first_at, first_ending

__all__ = [
    "_BORN_AFTER_NAME",
    "_STATE_TITLES",
    "_PARTY_MEMBERSHIP",
    "_ORDINAL_BETWEEN",
    "_ORDINAL_BEFORE",
    "_IN_HISTORY",
    "_MAX_IN_HISTORY",
    "_HISTORY",
    "_IN_HISTORY_AT",
    "_CONTINENTS",
    "_anaphor_ending_at",
    "_outside_longer_names",
    "_AFTER_NAME",
    "_listed",
    "_read_generals",
    "_read_fiefs",
    "_named_courtesy",
    "_MAX_HEADLINE_TITLE",
    "_FUND_MANAGER",
    "_keep_qualifiers",
    "_qualified",
    "_acting_before_holder",
    "_PLACE_ROLE_QUALIFIERS",
    "_PLACE_ROLE_RUN_OPENERS",
    "_object_of_verb",
    "_MAX_BEFORE_APPOINTER",
    "_appointed_by_person",
    "_POST_CLAUSE",
    "_POST_CLAUSE_ENDS",
    "_SERVES_AS",
    "_SAME_BODY",
    "_read_post_of_body_after",
    "_SUBJECT_FIELD",
    "_NAME_FIELD",
    "_MAX_RESUME",
    "_resume_subject",
    "_NOT_SUBJECT_AFTER",
    "_opens_sentence",
    "_successors",
    "_named_then_role",
    "_ERA",
    "_MAX_LOCATOR",
    "_POST_VERBS",
    "_MAX_POST",
]


#: Titles 国家 before them makes the state's: 国家主席, 国家副主席 (China's head of state and deputy).
_STATE_TITLES = frozenset({"主席", "副主席"})


#: A party's membership after its name, before 的 and a title: 民进党籍的立委 X.
_PARTY_MEMBERSHIP = "籍"


#: An ordinal between a holder and its title: 美国第44任总统, 中华民国首任总统.
_ORDINAL_BETWEEN = re.compile(r"第[\d一二三四五六七八九十百零〇两]+[任届位]|首任|首位")


#: An ordinal right before a title: 第16任, 第八届, 首任.
_ORDINAL_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十百零〇两]+[任届位代]|首任|首位)$")


#: 历史上 and the rank of a first between a body and its title: 哈佛大学历史上的第一位女校长, 美国史上首位黑人总统.
_IN_HISTORY = re.compile(r"(?:历史上|史上)的?(?:第[\d一二三四五六七八九十百零〇两]+[任届位代个名]|首位|首任|最年轻的?|最年长的?)?"
                         r"(?:女性|女|华人|华裔|黑人|非裔|亚裔)?$")


_MAX_IN_HISTORY = 14


_HISTORY = ("历史上", "史上")


_IN_HISTORY_AT = re.compile(_IN_HISTORY.pattern[:-1])


#: Continents hold no one's office: 亚洲女王, 欧洲领导人 (of no one state).
_CONTINENTS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲", "南极洲"})


def _anaphor_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """The organisation an anaphor right before a role stands for (浙江省高级人民法院…。该院院长李占国: 院长 of the
    court; 该公司董事长, 该校校长; a bare 公司 or 集团 opening a clause: the company named before it), as a mention
    of that organisation at the anaphor's place. Only an unambiguous one: the one organisation of a fitting name
    (``anaphora.tsv``'s heads; an anaphor with none, 该机构, fits anything and is left alone) named in the
    anaphor's sentence or the :data:`_ANAPHOR_SENTENCES` before it, and not one of a list (万科A、金地集团等…。该集团).
    ``None`` otherwise."""
    simplified = ctx.simplified
    table = ctx.lexicon.anaphora
    word = next((w for w in _org_anaphors(ctx.lexicon) if simplified.endswith(w, 0, p)), "")
    heads, bare = (table[word][1] if word else ()), not word
    party = bare and simplified.endswith(_BARE_PARTY, 0, p)
    if party:
        word, start = _BARE_PARTY, p - 1
        if (start > 0 and not CLAUSE_BREAK.match(simplified[start - 1]) and simplified[start - 1] not in _BARE_PARTY_AFTER) \
                or any(m.start < p and start < m.end for m in ctx.mentions):
            return None
        heads = table.get(_PARTY_ANAPHOR, ("", ()))[1]
    elif bare:
        word = next((w for w in _BARE_COMPANY if simplified.endswith(w, 0, p)), "")
        start = p - len(word)
        if not word or (start > 0 and not CLAUSE_BREAK.match(simplified[start - 1])
                        and simplified[start - 1] not in _BARE_COMPANY_AFTER) \
                or any(m.start < p and start < m.end for m in ctx.mentions):
            return None
        heads = table.get(_COMPANY_ANAPHOR, ("", ()))[1]
    if not heads:
        return None
    start = p - len(word)
    i = bisect_right(ctx.sentences, (start, len(simplified))) - 1
    since = ctx.sentences[max(i - _ANAPHOR_SENTENCES, 0)][0] if i >= 0 else 0
    known = ctx.lexicon.known_organisations
    fitting = [m for m in ctx.of(Label.ORGANIZATION) if since <= m.start and m.end <= start
               and (m.name.endswith(heads)
                    or (bare and known.get(m.simplified, ("",))[0] == ("party" if party else "company"))
                    or (party and _party_organ(known, m.simplified)))]  # 国民党中常会…，由党主席X: its party's
    fitting = _outside_longer_names(ctx, fitting)
    fitting = narrowed(ctx, fitting, start)  # two named: the one no title follows (roles_anaphor_choice)
    if len({ctx.owner[m] for m in fitting}) != 1 or any(_listed(ctx, m) for m in fitting):
        return None
    antecedent = fitting[-1]
    here = replace(antecedent, start=start, end=p, text=ctx.text[start:p], simplified=simplified[start:p])
    ctx.owner[here] = ctx.owner[antecedent]
    return here


def _outside_longer_names(ctx: RelationContext, fitting: list[Mention]) -> list[Mention]:
    """``fitting`` but the organisations whose name another's holds (长城基金 of 景顺长城基金: the recogniser cut the
    name where a person's ran into it), so that they are not taken for a second company."""
    names = {m.name for m in fitting}
    return [m for m in fitting if not any(n != m.name and m.name in n
                                          for n in names)]


#: Brackets after a name (金地集团(600383.SH)), skipped when looking for the list it is in.
_AFTER_NAME = re.compile(r"(?:[（(][^（）()]{0,30}[）)])*")


def _listed(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` is one of a list: 、 before it, or 、, 和, 与, 及 or 等 after it (brackets skipped)."""
    after = _AFTER_NAME.match(ctx.simplified, m.end).end()
    return ctx.simplified[m.start - 1 : m.start] == "、" or ctx.simplified[after : after + 1] in ("、", "等", "和", "与", "及")


def _read_generals(ctx: RelationContext) -> list[Relation]:
    """A dynasty or state, a general's title and a name: 明将李成梁, 汉朝名将班超 (将, 名将 of the state); the state
    one of :data:`_DYNASTY_LETTERS` alone or with 朝, at a clause's start or after a function word (被明将李成梁击败),
    inside no name (李明将出任 is 李明's future, not a Ming general)."""
    simplified = ctx.simplified
    out = []
    for person in [m for m in ctx.mentions if m.label is Label.PERSON]:
        title = next((t for t in _GENERAL_TITLES if simplified.endswith(t, 0, person.start)), None)
        if title is None:
            continue
        q = person.start - len(title)
        b = q - 2 if simplified.endswith("朝", 0, q) else q - 1
        if b < 0 or simplified[b] not in _DYNASTY_LETTERS \
                or (b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] not in _FIEF_LEFT_EDGE) \
                or any(m.start <= b < m.end for m in ctx.mentions if m.label is not Label.PLACE):
            continue
        state = ctx.derive_mention(b, q, Label.PLACE)
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[state], RelationKind.HOLDS_ROLE, b, person.end,
                                ctx.text[q : person.start]))
    return out


def _read_fiefs(ctx: RelationContext) -> list[Relation]:
    """A fief's title before a name (汝南王司马亮, 燕王朱棣: 王 of 汝南, of 燕, the name read apart from the title when
    the recogniser ran them together), and a fief granted: 封 + person + 为 + fief + title closing its clause
    (封沛侯刘濞为吴王: 王 of 吴). A title of no fief stays no one's (歌王, 天王: no place before it)."""
    simplified = ctx.simplified
    out = []
    holders: dict[Mention, str] = {}
    for person in [m for m in ctx.mentions if m.label is Label.PERSON]:
        found = _fief_before(ctx, person)
        if found is None:
            continue
        b, at, title = found
        named = ctx.derive_mention(at, person.end, Label.PERSON) if at > person.start else person
        holders[person] = ctx.owner[named] if named is not person else _owner_of(ctx, person)
        fief = ctx.place_starting_at.get(b)
        if fief is None or fief.end != at - len(title):
            fief = ctx.derive_mention(b, at - len(title), Label.PLACE)
        out.append(ctx.relation(holders[person], ctx.owner[fief], RelationKind.HOLDS_ROLE, b, person.end,
                                ctx.text[at - len(title) : at]))
    for person in [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON]:
        verb = next((v for v in _ENFEOFFS if simplified.endswith(v, 0, person.start)), None)
        if verb is None or simplified[person.end : person.end + 1] != "为" \
                or any(m.start < person.start < m.end for m in ctx.mentions if m.label is Label.PERSON):
            continue
        b = person.end + 1
        for e in range(b + 2, min(b + _MAX_FIEF + 2, len(simplified)) + 1):
            title = _fief_title(ctx, b, e)
            if title and (e == len(simplified) or not simplified[e].isalnum()):
                fief = ctx.derive_mention(b, e - len(title), Label.PLACE)
                out.append(ctx.relation(holders.get(person, _owner_of(ctx, person)), ctx.owner[fief],
                                        RelationKind.HOLDS_ROLE, person.start - len(verb), e,
                                        ctx.text[e - len(title) : e]))
                break
    return out


def _named_courtesy(ctx: RelationContext, person: Mention) -> tuple[Mention, str, int] | None:
    """(body, title, where the title starts) written right after a name that opens its clause, as Taiwan's press
    names an official (王建煊监察院长今天表示, 刘兆玄行政院长表示: roles39), or ``None``: the body a named organisation,
    its title a role word after it or sharing its last letter (监察院|长: 院长), closed as :func:`_title_after` closes
    one (a verb, a word of time, a clause break), no name after it (王明华强集团董事长李强: 李强's title) and the title
    one of the body's kind."""
    simplified = ctx.simplified
    at = person.start
    body = ctx.org_starting_at.get(person.end)
    if body is None or (at > 0 and simplified[at - 1] not in CLAUSE_BREAKS and simplified[at - 1] not in "\n、"):
        return None
    role_at = body.end
    role = _role_at(ctx, role_at)
    if role is None and (fused := _role_at(ctx, body.end - 1)) is not None and len(fused) > 1:
        role, role_at = fused, body.end - 1
    if role is None:
        return None
    after = role_at + len(role)
    if after < len(simplified) and simplified[after] not in CLAUSE_BREAKS \
            and (_word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS
                 or _word_tag_at(simplified, after) == _VERBAL_NOUN):
        return None
    if any(m.start == after and m.label is Label.PERSON for m in ctx.mentions) or other_kind(ctx, role, body):
        return None
    return body, role, role_at


_MAX_HEADLINE_TITLE = 24


#: A fund manager's title, whose 基金 a fund's name may end with (红利基金|经理).
_FUND_MANAGER = "基金经理"


def _keep_qualifiers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` with each post's qualifier kept (:data:`_POST_QUALIFIERS`: 被聘为《财经》杂志执行总编 is 执行总编, 北京大学
    名誉教授 名誉教授): every place its evidence writes the title, the title starting no longer one, has the same
    qualifier right before it, in no name (中央候补委员会 is a body's); a title written once bare as well is left."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified for r in found):
        return found  # no post to qualify: no index of the document's mentions to build
    # the mentions by the letters they cover and by where they end, once for all the titles (each title's places
    # were checked against every mention of the document: a long document's length squared)
    covering = SpanIndex(m for m in ctx.mentions if m.end > m.start)
    ending: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        ending.setdefault(m.end, []).append(m)
    return [_qualified(ctx, r, covering, ending) if r.kind is RelationKind.HOLDS_ROLE and r.role_simplified else r
            for r in found]


def _qualified(ctx: RelationContext, r: Relation, covering: SpanIndex, ending: dict[int, list[Mention]]) -> Relation:
    simplified, role = ctx.simplified, r.role_simplified
    written = set()
    at = simplified.find(role, r.evidence.start, r.evidence.end)
    while at >= 0:
        # the title's holder sharing its first letter (台北市长, 行政院长), whose acting word stands before the holder
        shared = next((m for m in ending.get(at + 1, ()) if m.start < at and m.label is not Label.PERSON), None)
        # 董事 inside 董事长, 委员 inside 中央委员会 are no writing of the title
        if len(_role_at(ctx, at) or "") <= len(role) and (shared is not None or not covering.overlaps(
                Span(at, at + len(role)))):
            q = next((q for q in _POST_QUALIFIERS if simplified.endswith(q, 0, at) and not role.startswith(q)), "") \
                if shared is None else ""
            if not q and role in _DIVISION_HEADS and simplified.endswith(_ACTING_HEAD, 0, at):
                q = _ACTING_HEAD  # 湖南省代省长: an acting governor, no governor
            if q and covering.overlaps(Span(at - len(q), at)):
                q = ""  # the letters are a name's
            written.add((q, ctx.text[at - len(q) : at]) if q else _acting_before_holder(ctx, role, at, shared, ending))
        at = simplified.find(role, at + 1, r.evidence.end)
    if len(written) != 1 or not next(iter(written))[0]:
        return r
    q, source = next(iter(written))
    return replace(r, role=source + r.role, role_simplified=q + role)


def _acting_before_holder(ctx: RelationContext, role: str, at: int, shared: Mention | None,
                          ending: dict[int, list[Mention]]) -> tuple[str, str]:
    """The word of acting (Simplified, as written) before the holder of a title written at ``at`` (代理台北市长, 交通部长暨
    代理行政院长: 代理院长 of 行政院; 署理财政司司长), the holder ending there or sharing its first letter (``shared``); or
    ``("", "")``."""
    holder = shared or next((m for m in ending.get(at, ()) if m.label is not Label.PERSON), None)
    if holder is None:
        return "", ""
    acting = first_ending(ctx.simplified, _ACTING_BEFORE_HOLDER, holder.start)
    return acting, ctx.text[holder.start - len(acting) : holder.start]


#: Words between a place and a title its government holds that name no body: 台北市代理市长, 高雄市新任市长; and
#: those of a past role (美国前总统, 台湾地区前领导人: :func:`_former_after` marks it; a division head's, 北京市前市长, is
#: :func:`_unwritten_divisions`').
_PLACE_ROLE_QUALIFIERS = ("代理", "署理", "新任", "现任", "时任", "候任", "首任") + _FORMER_BETWEEN


#: Those of them that may open a longer run qualifying the post (首任正式, 首任黑人): not a past role's words.
_PLACE_ROLE_RUN_OPENERS = ("代理", "署理", "新任", "现任", "时任", "候任", "首任")


def _object_of_verb(ctx: RelationContext, person: Mention) -> bool:
    """Whether ``person`` is the object of a verb in its clause: the word before the name is a verb (击败, 会见) or
    了 or 过 after one (马英九击败陈水扁, 会见了王伟), so the clause after a comma is not about them."""
    simplified = ctx.simplified
    opening = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, person.start)), default=0)
    if opening >= person.start:
        return False
    last = _words(simplified[opening : person.start])[-1]
    return last in ("了", "过") or _dictionary_tag(last).startswith("v")


#: The most letters between 被 and the person who appoints: a place and a title before him (被德国总统兴登堡任命为).
_MAX_BEFORE_APPOINTER = 8


def _appointed_by_person(ctx: RelationContext, start: int) -> int | None:
    """Where the post starts after a person who appoints, named at ``start`` or after a place and a title
    (被兴登堡任命为, 被德国总统兴登堡任命为总理), his name then a verb of :data:`_APPOINTS`; or ``None``."""
    simplified = ctx.simplified
    for person in (m for m in ctx.mentions if m.label is Label.PERSON and start <= m.start <= start + _MAX_BEFORE_APPOINTER):
        if person.start > start and not _title_ending_at(ctx, start, person.start):
            continue
        verb = next((v for v in _APPOINTS if simplified.startswith(v, person.end)), None)
        if verb is not None:
            return person.end + len(verb)
    return None


#: A clause of time that opens with a post and closes before its subject: 在担任北京大学校长期间，蔡元培…
_POST_CLAUSE = re.compile(r"(?:^|(?<=[，。；;,！？!?\n]))(?:(?:在|于|当)?(?:担任|出任|就任|任)|(?P<being>作为|身为))")


#: How such a clause closes: 期间, 时, 任内.
_POST_CLAUSE_ENDS = ("期间", "时期", "任内", "时")


#: Verbs of serving after body + person: 安徽大学匡光力担任校长.
_SERVES_AS = ("担任", "出任", "兼任", "接任", "任")


#: Words for the body named before the person that may stand before the bare title: 刘晓光任集团公司董事长.
_SAME_BODY = ("集团公司", "公司", "集团", "学校", "该校", "该公司")


def _read_post_of_body_after(ctx: RelationContext) -> list[Relation]:
    """Person + 担任/任 + a bare title + 的 + the body it qualifies: the body's (张伟任董事长的华强集团, 由马云担任
    董事局主席的阿里巴巴集团; 曾 before the verb: a post held before). Not a title free of bodies (主持人, 导演: 王明担任
    导演的电影…), nor with a word between the person and the verb other than 曾, 现, 一直 (王明拟任董事长的…, 王明将担任
    董事长的…: not held yet)."""
    simplified = ctx.simplified
    out = []
    for person in ctx.of(Label.PERSON):
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        adverb = next((a for a in _SERVES_IN_ADVERBS if simplified.startswith(a, at)), "")
        verb = next((v for v in _SERVES_IN if simplified.startswith(v, at + len(adverb))), None)
        if verb is None:
            continue
        start = at + len(adverb) + len(verb)
        role = _role_at(ctx, start)
        if role is None or role in _FREE_ROLES or not simplified.startswith("的", start + len(role)):
            continue
        body = ctx.org_starting_at.get(start + len(role) + 1)
        if body is None or any(m.start == body.start and m.label is Label.PERSON for m in ctx.mentions):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, person.start, body.end,
                                ctx.text[start : start + len(role)], former=adverb.startswith("曾")))
    return out


#: Fields that follow the name a résumé opens with (李莹出生年月：1969年), or 姓名 before it.
_SUBJECT_FIELD = re.compile(r"(?:出生年月|出生日期|出生|生日|性别|籍贯|民族|年龄|简介)[：:]")


_NAME_FIELD = re.compile(r"姓名[：:]")


_MAX_RESUME = 200


def _resume_subject(ctx: RelationContext, at: int) -> Mention | None:
    """The person a résumé whose field starts at ``at`` opens with: the name right before 出生年月：, 简介：… or right after
    姓名：, the nearest within :data:`_MAX_RESUME` letters; ``None`` when another person is named between."""
    simplified = ctx.simplified
    since = max(at - _MAX_RESUME, 0)
    people = [m for m in ctx.mentions if m.label is Label.PERSON and since <= m.start and m.end <= at]
    subject = None
    for m in people:
        after = m.end + (simplified[m.end : m.end + 1] in _VALUE_ENDS)
        if m.end == at or _SUBJECT_FIELD.match(simplified, after) \
                or _NAME_FIELD.search(simplified, max(m.start - 4, 0), m.start):  # 吕冬青职务：…董事长 too
            subject = m
    if subject is None or any(m.start > subject.end and _owner_of(ctx, m) != _owner_of(ctx, subject) for m in people):
        return None
    return subject


# what after a name makes it no subject: 王伟的儿子, 王伟、李明, 王伟与李明
_NOT_SUBJECT_AFTER = frozenset("的、与和及等")


def _opens_sentence(ctx: RelationContext, before: list[Mention], s: int) -> bool:
    """Whether the people named before a clause of posts (``before``, in the sentence starting at ``s``) are one
    person who opens the sentence, a colon or a comma after the name (an honorific maybe between, or an aside in
    brackets: 赵友谊（1972年2月），男，…)."""
    # (one person: every name before is the first one's, asked until one is not, once the first opens the sentence)
    if not before or before[0].start != s or any(_owner_of(ctx, m) != _owner_of(ctx, before[0]) for m in before[1:]):
        return False
    at = before[0].end + next((len(h) for h in _HONORIFICS if ctx.simplified.startswith(h, before[0].end)), 0)
    aside = _BRACKETED_ASIDE.match(ctx.simplified, at)
    at = aside.end() if aside is not None else at
    born = _BORN_AFTER_NAME.match(ctx.simplified, at)  # 宋海良1965年7月生，…，全国政协委员 (roles279)
    at = born.end() if born is not None else at
    return ctx.simplified[at : at + 1] in _SUBJECT_MARKS


#: A birth date right after the name a sentence of posts opens with: 宋海良1965年7月生，; 王明1960年出生，.
_BORN_AFTER_NAME = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:出生|生)")


def _successors(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The successor in a clause 由 + person + 接任/继任 closing it, a date or an adverb of time maybe before 由, after a
    clause whose post (a relation of ``found``, another person's) ends right before its comma (一职 maybe after it): he
    holds that post too (白冠玉曾于同治年间接替章倬标任兴化府知府一职，同治九年（1870年）由林庆贻接任: 知府 of 兴化府)."""
    simplified = ctx.simplified
    out = []
    people: dict[int, Mention] = {}  # the first person starting at each place
    for m in ctx.mentions:
        if m.label is Label.PERSON:
            people.setdefault(m.start, m)
    for by in re.finditer("由", simplified):
        person = people.get(by.end())
        verb = first_at(simplified, _SUCCEEDED_BY, person.end) if person is not None else ""
        if not verb or not _closes_clause(simplified, person.end + len(verb)):
            continue
        # the last clause break before 由, each break letter looked for backwards from it, not every break from 0
        comma = max(simplified.rfind(c, 0, by.start()) for c in CLAUSE_BREAKS)
        if comma < 0 or simplified[comma] not in "，," or not _BEFORE_SUCCESSOR.fullmatch(simplified, comma + 1, by.start()):
            continue
        tail = first_ending(simplified, _POST_TAILS, comma)
        post = next((r for r in found if r.kind is RelationKind.HOLDS_ROLE and r.evidence.end == comma - len(tail)
                     and r.source != _owner_of(ctx, person)), None)
        if post is not None:
            out.append(ctx.relation(_owner_of(ctx, person), post.target, RelationKind.HOLDS_ROLE, by.start(),
                                    person.end + len(verb), post.role))
    return out


def _named_then_role(ctx: RelationContext, person: Mention) -> list[Relation]:
    """Organisation (+ 的) + person + role word, the role closing the clause: 清华大学的樊富珉教授作为主讲."""
    simplified = ctx.simplified
    before = person.start - (simplified[person.start - 1 : person.start] == "的")
    org = ctx.org_ending_at.get(before)
    if org is None and before < person.start:  # a unit of it before 的: 清华大学|心理学系的樊富珉教授
        org = next((o for gap in range(2, _MAX_QUALIFIER + 1) if (o := ctx.org_ending_at.get(before - gap)) is not None
                    and _qualifier(ctx, before - gap, before)), None)
    role = _role_at(ctx, person.end)
    if org is None and role is not None and before == person.start:  # a body no extractor named: 第三军白井参谋
        found = _named_word_ending_at(ctx, before, role) or _headed_body_ending_at(ctx, before, role)
        org = ctx.derive_mention(found[0], before, found[1]) if found is not None else None
    if org is None or role is None:
        return []
    end = person.end + len(role)
    if end < len(simplified) and (simplified[end].isalnum() and simplified[end] not in _AFTER_TITLE):
        return []  # the role word begins a longer word: 张三主任务…
    return [ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, org.start, end,
                         ctx.text[person.end : end], former=_former(ctx, org.start))]


#: A reign or a dynasty before a body or a place, after a verb of appointment: 嘉庆朝, 道光朝, 明朝 (not 朝鲜).
_ERA = re.compile(r"[\u4e00-\u9fff]{1,2}朝(?!鲜)")


#: The most letters between a place and the organisation it locates after 担任…: 中国常驻联合国代表团.
_MAX_LOCATOR = 3


#: Verbs of appointment before a post and 的 + the person holding it: 时任淮军纵队司令的李际春, 身兼国民党主席的X; of
#: leaving it (卸任台北市长的X, 辞去…的X: a past post, :data:`_PAST_LINKS`); of being it (作为华强集团董事长的X, 身为…的X);
#: of being elected or appointed to it (当选立法会议员的X, 获委任为…的X, 接掌…的X: round roles244).
_POST_VERBS = ("被任命为", "获任命为", "获委任为", "获选为", "被选为", "当选为", "升任为", "担任过", "出任", "担任", "升任", "转任",
               "兼任", "身兼", "就任", "调任", "时任", "现任", "曾任", "历任", "卸任", "辞去", "作为", "身为", "当选", "接掌",
               "出掌", "任")


_MAX_POST = 20
