"""Lists of people typeset as captions, each name before its body and title, and titles two bodies share (HOLDS_ROLE).

Boards, delegations and photo captions list people name first, a space, then the body and the title, one entry
after another with no mark between them: 常务董事：王明华 深圳华强集团有限公司总经理张海涛 上海交通大学校长李建国 北京银行行长.
Read left to right as prose, each title seems to name the person right after it (总经理张海涛); in such a list it is the
person before the body's (王明华's), and the person after it opens the next entry.

An entry is a person, a space (or two) or a comma (王明，华润集团董事长 李强，万科集团总经理), an organisation and a title right after it, or a chain of titles joined
by 、 (党委书记、董事长). Entries joined by commas end at a space, a stop or the line's end: titles that run into
the next name or go on after 、 (魏春,合川区委副书记、区长姜雪松,合川区委常委、宣传部部长吴达明) are prose, each title
the name's after it. The person opens its clause (the text's start, a space or a mark before it). The entry is read
when what follows the titles ends it: the text's end, a mark or a space, or a person who opens an entry in turn (a
space and a body with its title after the name). Then:

* the titles are the entry's person's (:func:`read_caption_lists`);
* a title given by another reader to the person right after it, when that person opens the next entry, is dropped
  (:func:`drop_list_misreads`): 深圳华强集团有限公司总经理张海涛 is not 张海涛's post when 张海涛 上海交通大学校长 follows
  (an entry joined by a comma counts only when its titles end it: 万科集团总经理王明，华润集团董事长李四先后发言 is prose).

Captions also write the body first, a space, the titles, a space and the name (海通证券 党委书记、董事长 周杰, a
body opening its line or clause): the titles are the name's; a body no extractor named is taken when it ends like a
company's or a school's name (证券, 银行, 集团, 公司, 大学, 中学…) and overlaps no other mention.

Two bodies share one title only when the text says both (华润集团、万科集团两家公司的董事长, 两所学校校长): the person
after the title or the subject linked before the first body (王明现任…) holds it in each
(:func:`read_shared_titles`); A、B董事长 alone is left to the other readers (the last body's).

A title the party committee holds (党委书记, 党组书记…) is left to the role readers, which name the committee as its
body. Not read: a title followed by a person who opens no entry (记者 王明 北京大学校长李四说: the post is 李四's);
a title that goes on into letters (北京大学校长助理). The cue, one search a document: a letter, a space, a letter.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.text import CLAUSE_BREAKS, LIST_JOINERS

__all__ = ["drop_list_misreads", "read_caption_lists", "read_shared_titles"]

#: The cue: a name's letter, spaces, a body's first letter.
_GAP = re.compile(r"[\u4e00-\u9fff·][ \u3000]+[\u4e00-\u9fffA-Za-z]")
_SPACES = " \u3000"
_COMMAS = ("，", ",")
#: What may stand before the body of a post misread as the next entry's person's.
_BEFORE_MISREAD = frozenset(" \u3000，,：:")
#: What may end an entry besides the next entry's person.
_ENDS = frozenset("。！？；，、：:;,.!? \u3000\n\t")
#: What may end an entry joined to its name by a comma: a space, a stop, the line's end (not a comma or 、: prose).
_COMMA_ENDS = frozenset("。！？；;!? \u3000\n\t")
#: Titles of a party committee: its body is the committee, which the role readers derive.
_PARTY = ("党委", "党组", "党工委", "党总支", "党支部")
#: A caption's body, spaces, titles, spaces, name (海通证券 党委书记、董事长 周杰): the body opens its line or clause.
_CAPTION_BODY = re.compile(r"(?:^|(?<=[\s。！？；，：:】]))([\u4e00-\u9fff]{2,16})[ \u3000]{1,2}(?=[\u4e00-\u9fff])")
#: The endings of a company's or a school's name, for a caption's body no extractor named.
_BODY_HEADS = ("证券", "银行", "集团", "公司", "控股", "基金", "保险", "信托", "大学", "学院", "中学", "小学")


#: Two bodies said to share a title: 华润集团、万科集团两家公司(的)董事长.
_BOTH = re.compile(r"[两二2](?:家|所|个)(?:公司|企业|集团|银行|学校|高校|大学|机构)?的?")
_BOTH_CUE = re.compile(r"[两二2][家所个]")
#: What links a person to the bodies after it: 王明现任…, 王明，…
_LINK_BEFORE = re.compile(r"(?:同时担任|同时兼任|现任|兼任|担任|出任|任|是|为|，|,)$")


def read_shared_titles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A title two bodies share when the text says both (华润集团、万科集团两家公司的董事长): the person's post in each,
    the person the title's name after it (…两家公司董事长王明) or the subject linked before the first body (王明现任…,
    王明，…); but the posts ``found`` already holds. Without the count of both (华润集团、万科集团董事长) the title is
    read as the last body's only, by the other readers."""
    simplified = ctx.simplified
    if _BOTH_CUE.search(simplified) is None:
        return []
    have = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    ends = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    out = []
    for cue in _BOTH_CUE.finditer(simplified):
        second = ctx.org_ending_at.get(cue.start())
        both = _BOTH.match(simplified, cue.start())
        if second is None or second not in ctx.owner or both is None:
            continue
        joiner = next((j for j in LIST_JOINERS if simplified.endswith(j, 0, second.start)), "")
        first = ctx.org_ending_at.get(second.start - len(joiner)) if joiner else None
        if first is None or first not in ctx.owner or ctx.owner[first] == ctx.owner[second]:
            continue
        role = _role_at(ctx, both.end())
        if not role or role.startswith(_PARTY):
            continue
        end = both.end() + len(role)
        gap = end + (simplified[end : end + 1] in _SPACES)
        link = _LINK_BEFORE.search(simplified, max(first.start - 4, 0), first.start)
        person = starts.get(gap) or (ends.get(link.start()) if link is not None else None)
        if person is None:
            continue
        for body in (first, second):
            key = (ctx.owner[person], ctx.owner[body], role)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, min(person.start, first.start),
                                        max(person.end, end), ctx.text[end - len(role) : end]))
    return out


def _role_at(ctx: RelationContext, at: int) -> str:
    simplified = ctx.simplified
    return next((r for r in ctx.lexicon.roles_by_first.get(simplified[at : at + 1], ()) if simplified.startswith(r, at)),
                "")


def _titles_after(ctx: RelationContext, at: int) -> tuple[list[tuple[str, int]], int]:
    """The titles joined by 、 starting at ``at`` and where each ends, and where the chain ends."""
    titles: list[tuple[str, int]] = []
    end = at
    while True:
        role = _role_at(ctx, end)
        if not role:
            break
        titles.append((role, end + len(role)))
        end += len(role)
        if ctx.simplified[end : end + 1] != "、" or not _role_at(ctx, end + 1):
            break
        end += 1
    return titles, end


def _entry(ctx: RelationContext, person: Mention) -> tuple[Mention, list[tuple[str, int]], int, bool] | None:
    """The body, titles and end of the entry ``person`` opens (name, spaces or a comma, body, titles), and whether a
    comma joins the name to its body; or ``None``."""
    simplified = ctx.simplified
    if person.start and simplified[person.start - 1] not in _SPACES and simplified[person.start - 1] not in CLAUSE_BREAKS \
            and simplified[person.start - 1] not in _ENDS and ctx.lexicon.role_ending(simplified, person.start) == "":
        return None
    at = person.end
    comma = simplified[at : at + 1] in _COMMAS
    if comma:
        at += 1
    else:
        while at < len(simplified) and simplified[at] in _SPACES:
            at += 1
        if at == person.end or at - person.end > 2:
            return None
    body = ctx.org_starting_at.get(at)
    if body is None or body not in ctx.owner:
        return None
    titles, end = _titles_after(ctx, body.end)
    return (body, titles, end, comma) if titles else None


def _openers(ctx: RelationContext) -> dict[int, tuple[Mention, Mention, list[tuple[str, int]], int, bool]]:
    """The people who open an entry by where they start: person, body, titles, end, comma-joined."""
    if _GAP.search(ctx.simplified) is None:
        return {}
    people = sorted((m for m in ctx.of(Label.PERSON) if m in ctx.owner), key=lambda m: (m.start, -m.end))
    opened: dict[int, tuple[Mention, Mention, list[tuple[str, int]], int, bool]] = {}
    for person in people:
        entry = _entry(ctx, person)
        if entry is not None:
            opened.setdefault(person.start, (person, *entry))
    return opened


def _ends_entry(ctx: RelationContext, opened: dict, end: int, comma: bool = False) -> bool:
    """Whether an entry's titles ending at ``end`` end it: the text's end, a mark or a space, or the next entry's
    person; but an entry joined by a comma ends only at a space, a stop or the line's end: titles that run into the
    next name or go on after 、 are prose, each title the name's after it (…副书记魏春,合川区委副书记、区长姜雪松,
    合川区委常委、宣传部部长吴达明: 区长 is 姜雪松's, 常委 吴达明's)."""
    if end in opened:
        return not comma
    return end == len(ctx.simplified) or ctx.simplified[end] in (_COMMA_ENDS if comma else _ENDS)


def _entries(ctx: RelationContext) -> list[tuple[Mention, Mention, list[tuple[str, int]]]]:
    """Every entry read whose titles end it (person, body, titles)."""
    opened = _openers(ctx)
    out = []
    for start in sorted(opened):
        person, body, titles, end, comma = opened[start]
        if not _ends_entry(ctx, opened, end, comma):
            continue  # 记者 王明 北京大学校长李四说, 北京大学校长助理: not an entry's end
        out.append((person, body, titles))
    return out


def _captions(ctx: RelationContext) -> list[tuple[Mention, Mention, list[tuple[str, int]]]]:
    """Captions written body, spaces, titles, spaces, name (person, body, titles); a body no extractor named is
    derived when it ends like a company's or a school's name."""
    simplified = ctx.simplified
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    out = []
    for match in _CAPTION_BODY.finditer(simplified):
        titles, end = _titles_after(ctx, match.end())
        gap = end
        while gap < len(simplified) and simplified[gap] in _SPACES:
            gap += 1
        person = starts.get(gap)
        if not titles or gap == end or gap - end > 2 or person is None \
                or all(role.startswith(_PARTY) for role, _ in titles):
            continue
        b, e = match.span(1)
        body = ctx.org_ending_at.get(e)
        if body is None or body.start < b:
            if not simplified.endswith(_BODY_HEADS, b, e) \
                    or any(m.start < e and b < m.end for m in ctx.mentions if m.label is not Label.ORGANIZATION):
                continue
            body = ctx.derive_organisation(b, e)
        if body in ctx.owner:
            out.append((person, body, titles))
    return out


def read_caption_lists(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The posts of each entry of a caption list and of each caption written body first (this module's docstring)
    but those ``found`` already holds."""
    if _GAP.search(ctx.simplified) is None:
        return []
    have = {(r.source, r.target, r.role_simplified) for r in found if r.kind is RelationKind.HOLDS_ROLE}
    out = []
    for read, body_first in ((_captions, True), (_entries, False)):  # the captions' posts first, as found
        for person, body, titles in read(ctx):
            source, target = ctx.owner[person], ctx.owner[body]
            for role, end in titles:
                if role.startswith(_PARTY) or (source, target, role) in have:
                    continue
                have.add((source, target, role))
                # the evidence: a caption from its body to the person, an entry from the person to the post
                start, stop = (body.start, person.end) if body_first else (person.start, end)
                out.append(ctx.relation(source, target, RelationKind.HOLDS_ROLE, start, stop,
                                        ctx.text[end - len(role) : end]))
    return out


def drop_list_misreads(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` less each post given to the person right after a caption list's entry when that person opens
    the next entry (this module's docstring)."""
    simplified = ctx.simplified
    opened = _openers(ctx)
    wrong = set()
    for person, _, _, end, comma in opened.values():
        k = person.start
        while k and simplified[k - 1] in _SPACES:
            k -= 1
        # the entry before may open with a name no extractor found (李 兵 柳州市工人医院院长李思敏 广西科技大学校长); a
        # comma-joined entry counts only when its titles end it (…董事长李强，华润集团董事长王明先后发言: prose)
        if ctx.lexicon.role_ending(simplified, k) and (not comma or _ends_entry(ctx, opened, end, comma)):
            wrong.add((ctx.owner[person], person.start, person.end))
    if not wrong:
        return relations
    return [r for r in relations if r.kind is not RelationKind.HOLDS_ROLE
            or not any(r.source == s and r.evidence.start < a and r.evidence.end == b
                       and (r.evidence.start == 0 or simplified[r.evidence.start - 1] in _BEFORE_MISREAD)
                       for s, a, b in wrong)]
