"""Bare titles of a body's head (HOLDS_ROLE), read after the other role readers.

A company's, a school's or an office's head is often written with no body, the body named a clause or a sentence
before: 湖州求是教育集团成立于2005年，董事长沈法初先生…; 武汉市武珞路中学创办于1966年，…，现任校长邱保生; 平安银行
多名内部人士…，副行长胡跃飞…; 北京微学明日网络科技有限公司成立后，俞敏洪任董事长. The title says what kind of body it
heads — 董事长, 总经理, 总裁… a company, 校长 a school, 行长 a bank, 院长 a 院, 所长 a 所, 局长 a 局, 会长 a 会, 厂长 a
厂, 馆长 a 馆, 署长 a 署, 团长 a delegation's 团 — so the bare title reads like the anaphor 该公司, 该校,
该行… before it (``anaphora.tsv``): its body is the one organisation of a fitting name (the anaphor's name endings, or
a company or university ``organisations_known.tsv`` lists) named before the title in its sentence, or, when the
sentence names none, in the two sentences before it, as the first name of its sentence (王明参观了国立清华大学。1931年，
梅贻琦出任校长: no one's, the sentence before is about someone else).

The title is bare when it opens a clause (a mark, a space, the text's start before it; 现任, 新任, 时任, 前, 原 or 新上任的
maybe between), or follows a function word (到校长钱大康办公室, 由校长…), and then a person's name follows it (a colon, a
space or 为 maybe between: 校长：黄章顺, 现任校长为 吴裕民); or the title closes a clause after a verb of taking a post
whose subject is the person right before it (俞敏洪任董事长, 聘请郭庆云任校长, 由…杨霖担任校长).

Not read: a title another reader gave the person already; a body of the wrong kind (汽车租赁协会 for 董事长); two fitting
bodies (one of them in a list, 万科A、金地集团等, counts as many); a one-holder post (董事长, 校长…) that someone else
holds in that body already; a title that is part of a longer one (名誉校长, 副董事长 is its own). 前 and 原 mark the
post ``former``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.stages.entity_groups import entity_id
from zhkg.text import CLAUSE_BREAKS, LIST_JOINER_WORDS

__all__ = ["LEGISLATOR_TITLES", "drop_misplaced_legislators", "legislature_of", "other_kind", "read_implied_bodies",
           "resolve_generic_holders"]

#: Titles by the kind of body they head: the anaphor (``anaphora.tsv``) whose name endings the kind's names take, the
#: category of ``organisations_known.tsv`` that is of the kind (or ""), and the titles.
_KINDS = {
    "company": ("该公司", "company", ("董事长", "副董事长", "董事局主席", "董事会主席", "总经理", "副总经理", "总裁",
                                    "副总裁", "执行总裁", "行政总裁", "首席执行官")),
    "school": ("该校", "university", ("校长", "副校长")),
    "bank": ("该行", "", ("行长", "副行长")),
    "institute": ("该院", "", ("院长", "副院长")),
    "office": ("该所", "", ("所长", "副所长")),
    "bureau": ("该局", "", ("局长", "副局长")),
    # Hong Kong's and Taiwan's agencies (运输署, 体育署: roles294): 运输署副署长X升任署长
    "agency": ("该署", "", ("署长", "副署长")),
    "society": ("该会", "", ("会长", "副会长")),
    "factory": ("该厂", "", ("厂长", "副厂长")),
    "hall": ("该馆", "", ("馆长",)),
    "club": ("该队", "", ()),
    # a delegation's heads (roles294): 中国体育代表团在北京成立。中国残联主席程凯任团长
    "delegation": ("该团", "", ("团长", "副团长")),
    # a party's officers (round roles209): 党主席朱立伦, 由发言人吴峥转述 after the one party the sentence names; the
    # party's 党 may stand before the title as its anaphor's does (该党主席), the party named before it
    "party": ("该党", "party", ("主席", "创党主席", "副主席", "秘书长", "副秘书长", "发言人")),
    # Taiwan's legislators: the body is no anaphor's but the one 立法院, found by :func:`_legislature`
    "legislature": ("", "", ("立委", "立法委员")),
    # Taiwan's ministers without portfolio sit in the cabinet, the one 行政院 named (行政院…，由政务委员X接任…)
    "cabinet": ("", "", ("政务委员",)),
}
#: The body a legislator's bare title (立委 X) belongs to: the name it ends with (台湾立法院 too).
_LEGISLATURE = "立法院"
#: A legislator's titles, whose body is the 立法院 the text names (:func:`legislature_of`).
LEGISLATOR_TITLES = _KINDS["legislature"][2]
#: The kinds whose body is the one Yuan of that name the text names (:func:`legislature_of`).
_YUANS = {"legislature": _LEGISLATURE, "cabinet": "行政院"}
_KIND_OF = {title: kind for kind, (_, _, titles) in _KINDS.items() for title in titles}
#: Words that name a body by its kind only, which the extractors may take for a name (…集团有限公司刘晓光任集团公司
#: 董事长, 聘请王小松担任俱乐部董事长): a role's holder so written is the one body of that kind named before, found as for
#: a bare title; with none, the role is no one's. A school's board (校董会) is no word of kind since roles286: a board
#: with no body before it is the post's body (docs/relations.md's governing-units convention; 王柏龄任校董会董事长).
_GENERIC = {"公司": "company", "集团": "company", "集团公司": "company", "总公司": "company", "本公司": "company",
            # a legal form alone, its name cut off before it (…集团）有限公司原董事长 X): no body of its own, and
            # never given to the company named before, which may be another (:data:`_LEGAL_FORMS`)
            "有限公司": "company", "有限责任公司": "company", "股份有限公司": "company", "股份公司": "company",
            "学校": "school", "本校": "school", "俱乐部": "club"}
#: Legal forms alone: a holder so named is dropped, never resolved (the name cut off before it is no other body's).
_LEGAL_FORMS = frozenset({"有限公司", "有限责任公司", "股份有限公司", "股份公司"})
#: The cue, one search a document: any of the titles.
_TITLES = re.compile("|".join(sorted(_KIND_OF, key=len, reverse=True)))
#: Posts one person holds at a time in a body: a second holder named for it is no one's to give.
_ONE_HOLDER = frozenset({"董事长", "董事局主席", "董事会主席", "总经理", "总裁", "行政总裁", "首席执行官", "校长", "行长",
                         "院长", "所长", "局长", "会长", "厂长", "馆长"})
#: Words between a clause's opening and the title, and whether they mark a past post.
_BEFORE_TITLE = re.compile(r"(?:新上任的|刚上任的|上任的|新一任|现任|新任|时任|前任|前|原)$")
_PAST = ("前任", "前", "原")
#: Function words a bare title may follow, its person after it: 到校长钱大康办公室, 由校长…主持, 在校长X的带领下, 交接予新任
#: 校长X (roles209).
_FUNCTION_WORDS = frozenset("到向对被让请由据在与和及经予给")
#: What may stand between the title and the person after it: a colon, a space, 为 or 是 (现任校长为 吴裕民).
_BEFORE_PERSON = re.compile(r"[:：]?[ \u3000]*(?:[为是][ \u3000]*)?")
#: Verbs of taking a post, the person their subject right before them, an adverb maybe between.
_TAKES_POST = re.compile(r"(?:仍|同时|也|又|还|曾|已|正式)?(?:担任|出任|兼任|接任|升任|任)$")
#: What may follow a title that closes its clause after such a verb.
_AFTER_POST = ("一职", "职务")
#: How many sentences before the title's own its body may be named (as for the anaphors).
_SENTENCES_BEFORE = 2


def _bodies(ctx: RelationContext, kind: str) -> tuple[tuple[str, ...], str]:
    anaphor, category, _ = _KINDS[kind]
    return ctx.lexicon.anaphora.get(anaphor, ("org", ()))[1], category


def _fitting_body(ctx: RelationContext, at: int, kind: str) -> Mention | None:
    """The one organisation of ``kind`` named before ``at`` in its sentence, or when the sentence names none, in the
    two sentences before; ``None`` when there are none or more than one."""
    heads, category = _bodies(ctx, kind)
    i = ctx.sentence_index(at)
    known = ctx.lexicon.known_organisations
    fitting = [m for m in ctx.of(Label.ORGANIZATION) if m.end <= at and m in ctx.owner
               and (m.name.endswith(heads)
                    or (category and known.get(m.simplified, ("",))[0] == category))]
    names = {m.name for m in fitting}
    # a name another's holds (长城基金 of 景顺长城基金) is that one, not a second body
    fitting = [m for m in fitting if not any(n != m.name and m.name in n
                                             for n in names)]
    for back in (0, _SENTENCES_BEFORE):
        since = ctx.sentences[max(i - back, 0)][0] if i >= 0 else 0
        near = [m for m in fitting if since <= m.start]
        if near:
            if len({ctx.owner[m] for m in near}) != 1 or any(_listed(ctx, m) for m in near):
                return None
            if back and not _topic(ctx, near[-1]):
                return None  # 王明参观了国立清华大学。1931年，梅贻琦出任校长: the sentence before is about someone else
            return near[-1]
    return None


def legislature_of(ctx: RelationContext, at: int, yuan: str = _LEGISLATURE) -> Mention | None:
    """The 立法院 a legislator's bare title at ``at`` sits in (or the Yuan ``yuan`` names: 行政院 for a 政务委员): the
    one the title's sentence names, before the title or after it (立委王明今天在立法院质询), or, when it names none, the
    two sentences before; ``None`` when none is named (the text names the Legislative Yuan, so it is Taiwan's: a bare
    立委 with none named is no one's)."""
    i = ctx.sentence_index(at)
    if i < 0:
        return None
    fitting = [m for m in ctx.of(Label.ORGANIZATION) if m in ctx.owner and m.simplified.endswith(yuan)]
    end = ctx.sentences[i][1]
    for back in (0, _SENTENCES_BEFORE):
        since = ctx.sentences[max(i - back, 0)][0]
        near = [m for m in fitting if since <= m.start and m.end <= end]
        if near:
            return near[0] if len({ctx.owner[m] for m in near}) == 1 else None
    return None


#: Kinds read by this module only, never used by :func:`other_kind` to judge another reader's body: a party's titles
#: (主席, 秘书长, 发言人) are many bodies' titles too, and a party holds other kinds' (国民党立委X: 立委 of 国民党).
_OWN_KINDS = frozenset({"party"})


#: A party's titles that name the party's kind in themselves, read wherever they stand before a name.
_PARTY_NAMING = frozenset({"创党主席"})


#: The letter of a party written before its officer's bare title (党主席, 党秘书长): the party's, as 该党's is.
_PARTY_LETTER = "党"


def _party_letter(ctx: RelationContext, title: str, at: int) -> int:
    """1 when the party letter stands right before the party title starting at ``at`` and ends no body's name
    (现任党主席朱立伦; not 民进党主席, whose party is written), else 0.

        >>> from types import SimpleNamespace
        >>> ctx = SimpleNamespace(simplified="在党主席朱立伦的带领下", org_ending_at={})
        >>> _party_letter(ctx, "主席", 2), _party_letter(ctx, "校长", 2)
        (1, 0)
    """
    if _KIND_OF.get(title) != "party" or not ctx.simplified.endswith(_PARTY_LETTER, 0, at) or at in ctx.org_ending_at:
        return 0
    return 1


def _body_between(ctx: RelationContext, body: Mention, at: int) -> bool:
    """Whether an organisation other than ``body`` is named between ``body`` and ``at`` (国民党批评…，外交部今日
    回应，发言人…: the spokesperson may be the ministry's), so a bare title there is not surely ``body``'s; a body
    named after ``body`` is its own part (民众党团, 国民党中央党部), no other."""
    return any(body.end <= m.start and m.end <= at and ctx.owner.get(m) != ctx.owner.get(body)
               and body.simplified not in m.simplified for m in ctx.of(Label.ORGANIZATION))


def _topic(ctx: RelationContext, body: Mention) -> bool:
    """Whether ``body`` is the first one its sentence names (a date maybe before it), or the first one the sentence's
    last clause names (…在巴黎举行，今天下午，中国体育代表团在北京成立。: roles294): what that sentence is about."""
    simplified = ctx.simplified
    s, e = ctx.sentences[ctx.sentence_index(body.start)]
    if not any(m.end <= body.start for m in ctx.starting_between(s, body.start)
               if m.label in (Label.PERSON, Label.ORGANIZATION, Label.PLACE)):
        return True
    # the subject opening the last clause (not 参观了国立清华大学。: an object, the clause's subject unwritten)
    c = max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, body.start)])
    return not simplified[c : body.start].strip() and not CLAUSE_BREAK.search(simplified[body.end : e].rstrip(CLAUSE_BREAKS))


def _fits(ctx: RelationContext, m: Mention, kind: str) -> bool:
    heads, category = _bodies(ctx, kind)
    return m.name.endswith(heads) \
        or bool(category and ctx.lexicon.known_organisations.get(m.simplified, ("",))[0] == category)


def other_kind(ctx: RelationContext, title: str, body: Mention) -> bool:
    """Whether ``body`` is plainly of another kind than the one ``title`` heads (深圳市汽车租赁协会 for 董事长: a 会's
    name, no company's), so that a bare title read from the context is not given to it; ``False`` for a title of no
    kind here and a body of no kind at all."""
    kind = _KIND_OF.get(title)
    if kind is None or kind in _OWN_KINDS or _fits(ctx, body, kind):
        return False
    return any(_fits(ctx, body, other) for other in _KINDS if other != kind and other not in _OWN_KINDS)


def _listed(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` stands in a list of names (万科A、金地集团等): one of many, none the title's."""
    simplified = ctx.simplified
    return simplified[m.end : m.end + 1] in ("、", "等") or simplified[m.start - 1 : m.start] == "、"


def _titled_body_after(ctx: RelationContext, at: int) -> bool:
    """Whether another person's body and title follow the name ending at ``at``, joined to it (…董事长王明和华润集团总经理
    李四): a list of posts whose bodies are written, where a bare one is no one's to guess (not the person's own post
    after 是: 董事长杨云亮是深圳市汽车租赁协会副会长)."""
    simplified = ctx.simplified
    joined = next((j for j in LIST_JOINER_WORDS if simplified.startswith(j, at)), "")
    if not joined:
        return False
    body = ctx.org_starting_at.get(at + len(joined))
    return body is not None and any(simplified.startswith(r, body.end)
                                    for r in ctx.lexicon.roles_by_first.get(simplified[body.end : body.end + 1], ()))


#: Quotation marks the press sets around a title, paired (“立委”, 「局长」).
_QUOTES = {"“": "”", "「": "」", "『": "』"}


def _quoted_span(simplified: str, t: int, e: int) -> tuple[int, int]:
    """The span of the title at ``t:e`` with the quotation marks right around it, when a pair stands there (前“立委”王拓:
    the bare title is read as unquoted), else ``(t, e)``.

        >>> _quoted_span("前“立委”王拓", 2, 4), _quoted_span("前立委王拓", 1, 3)
        ((1, 5), (1, 3))
    """
    if t > 0 and _QUOTES.get(simplified[t - 1]) == simplified[e : e + 1]:
        return t - 1, e + 1
    return t, e


def _opens(ctx: RelationContext, at: int) -> bool:
    """Whether a bare title may start at ``at``: a clause's opening, a space or a function word before it."""
    if at == 0:
        return True
    ch = ctx.simplified[at - 1]
    return ch in CLAUSE_BREAKS or ch in "。！？；、 \u3000\n\t" or ch in _FUNCTION_WORDS


#: Verbs of succeeding someone: the post after the one succeeded is the subject's (X接替Y出任…), and the one succeeded
#: is no subject of it (接替章倬标任兴化府知府: not 章倬标's; 接替李建华出任…). The one list: ``roles_clauses`` (which
#: imports this module, through ``roles_holders``) reads it too.
_SUCCEEDS = ("接替", "接任", "取代", "代替", "顶替", "继任")


def read_implied_bodies(ctx: RelationContext, found: list[Relation],
                        name_at: Callable[[RelationContext, int], tuple[int, int] | None] | None = None) -> list[Relation]:
    """The bare titles of a body's head and their bodies (this module's docstring), and a body's head written as a
    field, the title and a colon before the name (董庄学校校长：史振起), but those ``found`` already holds. ``name_at``
    finds a name no extractor found after a title (:func:`zhkg.relate.roles_names._name_at`); the person is derived only
    when the post has a body."""
    simplified = ctx.simplified
    if _TITLES.search(simplified) is None:
        return []
    people = ctx.of(Label.PERSON)
    starts = {m.start: m for m in people}
    ends = {m.end: m for m in people}
    titled = {(r.source, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    # (a one-holder post someone held before is no one's now: 卸任校长X将印信交接予新任校长Y, Y's)
    held = {(r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE and not r.former}
    # the mentions other than people by start (as ctx.mentions sort), and the furthest end among the first k of them:
    # a title overlaps one when one starting before its end reaches past its start
    others = [m for m in ctx.mentions if m.label is not Label.PERSON]
    other_starts = [m.start for m in others]
    reach = list(accumulate((m.end for m in others), max))
    out = []
    for match in _TITLES.finditer(simplified):
        title, t, e = match.group(), match.start(), match.end()
        before_end = bisect_left(other_starts, e)
        if ctx.lexicon.role_ending(simplified, e) != title or (before_end > 0 and reach[before_end - 1] > t):
            continue  # 名誉校长, 副董事长 (its own title); a title inside a body's name
        qt, qe = _quoted_span(simplified, t, e)  # “立委”李庆华: the marks the press sets around a Taiwan title
        party = _party_letter(ctx, title, qt)  # 现任党主席朱立伦: 党 the party's, as 该党 would say
        qt -= party
        before = _BEFORE_TITLE.search(simplified, max(qt - 5, 0), qt)
        b = before.start() if before is not None else qt
        former = before is not None and before.group() in _PAST
        person: Mention | None = None
        named: tuple[int, int] | None = None
        written = ctx.org_ending_at.get(t) if before is None else None
        verb = _TAKES_POST.search(simplified, max(b - 6, 0), b)
        gap = _BEFORE_PERSON.match(simplified, qe)
        if written is not None:  # 董庄学校校长：史振起: a field, the colon between title and name
            if gap.group().lstrip(" \u3000")[:1] not in (":", "："):
                continue
        elif before is None and verb is not None:  # 俞敏洪任董事长, 由…杨霖担任校长: the title closes its clause
            subject = ends.get(verb.start())
            closes = e == len(simplified) or simplified[e] in CLAUSE_BREAKS or simplified[e] in "。！？；、兼" \
                or simplified.startswith(_AFTER_POST, e)
            if subject is not None and closes and not simplified.endswith(_SUCCEEDS, 0, subject.start):
                # (…，接替李建华出任董事长: the one succeeded is no subject; the clause's is unnamed)
                person, former = subject, simplified[verb.start() : verb.start() + 1] == "曾"
            gap = None
        elif not _opens(ctx, b) and not (party or title in _PARTY_NAMING):
            # (党主席, 创党主席 name their party's kind themselves, as 该党主席 does: 卸下立委职务的党主席黄国昌)
            continue
        if gap is not None:
            person = starts.get(gap.end())
            if person is None and name_at is not None and gap.end() not in ctx.person_starts:
                named = name_at(ctx, gap.end())
        if person is not None and person not in ctx.owner:
            continue
        if person is None and named is None:
            continue
        if written is None and _titled_body_after(ctx, (person.end if person is not None else named[1])):
            continue  # 董事长王明和华润集团总经理李四: the clause writes its bodies, the bare one's is not said
        source = ctx.owner[person] if person is not None else entity_id(
            Mention(ctx.doc.id, named[0], named[1], ctx.text[named[0] : named[1]], simplified[named[0] : named[1]],
                    Label.PERSON, DERIVED, canonical=simplified[named[0] : named[1]]))
        if (source, title) in titled:
            continue
        kind = _KIND_OF[title]
        if kind in _YUANS:
            body = written or legislature_of(ctx, t, _YUANS[kind])
        else:
            body = written or _fitting_body(ctx, min(b, person.start if person is not None else b), kind)
        if body is None or body not in ctx.owner or (title in _ONE_HOLDER and (ctx.owner[body], title) in held):
            continue
        if kind == "party" and _body_between(ctx, body, t):
            continue  # 国民党批评…，外交部发言人…: a party's title only when no other body stands between
        if person is None:
            person = ctx.derive_mention(named[0], named[1], Label.PERSON)
            source = ctx.owner[person]
        target = ctx.owner[body]
        titled.add((source, title))
        held.add((target, title))
        start, end = min(t, person.start), max(e, person.end)
        out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, start, end, ctx.text[t:e], former=former))
    return out


def resolve_generic_holders(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each HOLDS_ROLE edge held by a body named by its kind only (:data:`_GENERIC`: 集团公司,
    俱乐部) given to the one body of that kind named before it (:func:`_fitting_body`), or dropped when there is
    none: a word of kind is no body of its own."""
    generic: dict[str, list[Mention]] = {}
    named: set[str] = set()
    for m in ctx.of(Label.ORGANIZATION) + [m for m in ctx.derived if m.label is Label.ORGANIZATION]:
        if m in ctx.owner:  # (a body a reader derived, 俱乐部 of 担任俱乐部董事长, joins the mentions after the reader)
            if m.name in _GENERIC or m.simplified in _GENERIC:
                generic.setdefault(ctx.owner[m], []).append(m)
            else:
                named.add(ctx.owner[m])
    generic = {owner: ms for owner, ms in generic.items() if owner not in named}
    if not generic or not any(r.target in generic for r in relations):
        return relations
    out = []
    for r in relations:
        if r.kind is not RelationKind.HOLDS_ROLE or r.target not in generic:
            out.append(r)
            continue
        mentions = generic[r.target]
        m = next((m for m in mentions if r.evidence.start <= m.start < r.evidence.end), mentions[0])
        if m.name in _LEGAL_FORMS or m.simplified in _LEGAL_FORMS:
            continue
        body = _fitting_body(ctx, m.start, _GENERIC.get(m.name) or _GENERIC[m.simplified])
        if body is not None:
            out.append(replace(r, target=ctx.owner[body]))
    return out


def drop_misplaced_legislators(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without a legislator's seat (立委, 立法委员) in a body that is none of Taiwan's parties, its 立法院
    or a place (北京大学立委王明: a mainland body holds no 立委; 民进党立委, 立法院, 台北市立委 stay)."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified in LEGISLATOR_TITLES for r in relations):
        return relations
    known = ctx.lexicon.known_organisations
    seats: dict[str, bool] = {}
    for m in ctx.mentions + ctx.derived:
        if m in ctx.owner and m.label in (Label.ORGANIZATION, Label.PLACE):
            seats[ctx.owner[m]] = seats.get(ctx.owner[m], False) or m.label is Label.PLACE \
                or m.simplified.endswith(("党", _LEGISLATURE)) or known.get(m.simplified, ("",))[0] == "party"
    return [r for r in relations if r.kind is not RelationKind.HOLDS_ROLE or r.role_simplified not in LEGISLATOR_TITLES
            or seats.get(r.target, True)]
