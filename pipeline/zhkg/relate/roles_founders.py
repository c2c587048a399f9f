"""Founders (HOLDS_ROLE 创始人 or 创办人) read from a verb of founding, read after :func:`zhkg.relate.roles.read_roles_after`.

* person(s) + verb + (了) + body: 俞敏洪创办了北京市新东方学校, 1995年，安治富成立了四川富临实业集团有限公司, 马化腾与张志东
  共同创立腾讯 (every person joined by 、/和/与/及 before the verb);
* person(s) + verb + 的 + body: 俞敏洪创办的新东方, 由王明等人创建的“快进社”;
* body + (，)(是)由 + person(s) + verb, the verb closing the clause or followed by 的, 而成, 于…: 新东方由俞敏洪创办,
  某公司，是由…施建祥先生创办的 (a short description of the person between 由 and the name), 这所学校是王明创办的.

Only what stands between the person and the verb is read as the verb's subject: a date (于1993年), an honorific, 等人
and adverbs of doing it together or by oneself (共同, 联合, 一手, 先后); a word of the future, of negation, a verb of
saying or anything else between them, and the person is not taken for the founder (王明宣布成立调查组, 王明拟创办…,
王明的父亲创办了…). The body is a named organisation, never a working group, a committee or a party branch
(专案组, 委员会, 党支部: set up, not founded). The verbs: 创办 and 开办 give 创办人, 创立, 创建, 成立 and 设立 give 创始人.

Caveats: a founder named by a pronoun (他便与X创立了…) or a description only (一位富翁) is not read; 成立 with a
body as its subject (公司成立于…) has no person and gives nothing.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.stages.normalise import to_traditional
from zhkg.text import LIST_JOINERS

__all__ = ["read_founders"]

#: Verbs of founding a body (the cue the reader is gated on), and the title each gives its subject.
_VERBS = {"创办": "创办人", "开办": "创办人", "创立": "创始人", "创建": "创始人", "成立": "创始人", "设立": "创始人"}
_FOUNDING = re.compile("|".join(_VERBS))
#: What may stand between the founder's name and the verb (anchored at the verb): an honorific, 等人, a date, adverbs.
_SUBJECT_GAP = re.compile(
    r"(?:先生|女士|博士|教授|同志)?(?:等人|等)?[于在]?"
    r"(?:\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:间|时|前后)?)?"
    r"(?:共同|联合|一起|一同|一手|亲手|合伙|携手|合资|先后|又|还|曾经|曾|也|亦|便|则|独自|正式|亲自|于)*")
#: The most letters of that gap.
_MAX_GAP = 20
#: What joins the founders named one after another: 马化腾与张志东共同创立….
_FOUNDERS_JOINED = LIST_JOINERS  # (one copy: zhkg.text)
#: What may follow the verb before the body it founded: 了, 的 (俞敏洪创办的新东方), an opening quotation mark.
_AFTER_VERB = ("了", "的", "")
_OPENING_QUOTES = "“「『《"
#: What follows the verb that closes a passive clause (新东方由俞敏洪创办的, 由…创办而成, 创办于1993年).
_PASSIVE_CLOSE = ("的", "而成", "起来", "于")
#: What may stand before 由 after the body: 是, a comma, both (某公司，是由…创办的).
_BEFORE_BY = ("，是", ",是", "是", "，", ",", "")
#: What may stand before 是 after the body: a comma (新东方学校，是俞敏洪创办的).
_BEFORE_IS = ("，", ",", "")
#: What after a body makes it a modifier of what was founded, not the body founded (创建了万科集团旗下的…); 的 too
#: after 了 (创建了万科集团的物业部门), not after 的 (俞敏洪创办的新东方学校的学生).
_MODIFIED = ("旗下", "下属", "下面")
#: The most letters of a description between 由 and the founder's name, honours in quotation marks not counted
#: (由“中国十大工商英才”、“中国优秀民营企业家”…施建祥先生创办), and the most letters with them.
_MAX_DESCRIPTION = 40
_MAX_QUOTED_DESCRIPTION = 120
_QUOTED = re.compile(r"“[^“”]{1,20}”")
#: A body's aside between it and 由 (its short name, a stock code): 某公司（以下简称创世国际）由…创办.
_CLOSING_BRACKETS = ("）", ")")
_MAX_ASIDE = 20
#: Bodies that are set up rather than founded: working groups, committees, a party's branches.
_SET_UP = ("组", "专班", "委员会", "代表团", "党委", "党组", "支部", "指挥部", "领导小组")


def _founders_ending_at(ctx: RelationContext, people: dict[int, Mention], end: int) -> list[Mention]:
    """The person whose name ends at ``end`` and the people joined before it by 、/和/与/及, first to last."""
    last = people.get(end)
    if last is None:
        return []
    found = [last]
    while found[0].start > 1 and ctx.simplified[found[0].start - 1] in _FOUNDERS_JOINED \
            and (before := people.get(found[0].start - 1)) is not None:
        found.insert(0, before)
    return found


def _subject_before(ctx: RelationContext, people: dict[int, Mention], verb: int) -> list[Mention]:
    """The founders whose names stand right before the verb at ``verb``, only a gap of :data:`_SUBJECT_GAP` between."""
    for end in range(verb, max(verb - _MAX_GAP, 0) - 1, -1):
        if end in people and _SUBJECT_GAP.fullmatch(ctx.simplified, end, verb):
            return _founders_ending_at(ctx, people, end)
    return []


def _body_after(ctx: RelationContext, at: int) -> tuple[Mention | None, str]:
    """The organisation the verb ending at ``at`` founded, named right after it (了, 的 or a quotation mark between),
    and what stood before it."""
    simplified = ctx.simplified
    for link in _AFTER_VERB:
        if not simplified.startswith(link, at):
            continue
        b = at + len(link)
        b += simplified[b : b + 1] != "" and simplified[b] in _OPENING_QUOTES
        body = ctx.org_starting_at.get(b)
        if body is not None:
            return body, link
    return None, ""


def _body_before_by(ctx: RelationContext, people: list[Mention], persons: dict[int, Mention]) -> Mention | None:
    """Body + (，)(是)由 + (a short description) + the founders: the body; or body + 是 + the founders."""
    simplified = ctx.simplified
    first = people[0].start
    by = simplified.rfind("由", max(first - _MAX_QUOTED_DESCRIPTION - 1, 0), first)
    if by >= 0 and (CLAUSE_BREAK.search(simplified, by, first) or any(by < s < first for s in persons)
                    or len(_QUOTED.sub("", simplified[by + 1 : first])) > _MAX_DESCRIPTION
                    or any(by < m.start < first and not _titled(ctx, m) for m in ctx.of(Label.ORGANIZATION))):
        by = -1
    if by < 0:  # body + 是 + the founders: 新东方学校是俞敏洪创办的
        by = first - 1 if simplified.endswith("是", 0, first) else -1
        links = _BEFORE_IS if by >= 0 else ()
    else:
        links = _BEFORE_BY
    for link in links:
        if not simplified.endswith(link, 0, by):
            continue
        end = by - len(link)
        body = ctx.org_ending_at.get(end)
        if body is None and simplified[end - 1 : end] in _CLOSING_BRACKETS:  # 某公司（以下简称X）由…创办
            since = max(end - _MAX_ASIDE, 0)
            opening = max(simplified.rfind("（", since, end), simplified.rfind("(", since, end))
            body = ctx.org_ending_at.get(opening) if opening > 0 else None
        if body is not None:
            return body
    return None


def _titled(ctx: RelationContext, m: Mention) -> bool:
    """Whether a role word follows the organisation ``m`` (a title in the founder's description: 由中国姓名学联合会会长
    徐子越先生创办)."""
    simplified = ctx.simplified
    return any(simplified.startswith(r, m.end) for r in ctx.lexicon.roles_by_first.get(simplified[m.end : m.end + 1], ()))


def read_founders(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The founders a verb of founding names (this module's docstring), but those ``found`` already holds."""
    simplified = ctx.simplified
    if _FOUNDING.search(simplified) is None:
        return []
    people = {m.end: m for m in ctx.of(Label.PERSON)}
    said = {(r.source, r.target) for r in found if r.role_simplified.endswith(("创始人", "创办人"))}
    out = []
    for verb in _FOUNDING.finditer(simplified):
        founders = _subject_before(ctx, people, verb.start())
        if not founders:
            continue
        body, link = _body_after(ctx, verb.end())
        if body is None and (verb.end() >= len(simplified) or CLAUSE_BREAK.match(simplified, verb.end())
                             or simplified.startswith(_PASSIVE_CLOSE, verb.end())):
            body = _body_before_by(ctx, founders, people)
        if body is None or body.name.endswith(_SET_UP) \
                or (body.start > verb.end() and (simplified.startswith(_MODIFIED, body.end)
                                                 or (link != "的" and simplified.startswith("的", body.end)))):
            continue
        role = _VERBS[verb.group()]
        if ctx.text[verb.start() : verb.end()] != verb.group():
            role = to_traditional(role)
        start, end = min(founders[0].start, body.start), max(verb.end(), body.end)
        for person in founders:
            key = (ctx.owner.get(person, ""), ctx.owner.get(body, ""))
            if not all(key) or key in said:
                continue
            said.add(key)
            out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, start, end, role))
    return out
