"""Counts' owner candidates written short, cut or run together: the holder each form stands for.

A holder is often written again in a form no extractor ties to it: a bare short form opening a clause
(乐园 for 迪斯尼乐园), a further occurrence of its name, its name without the generic ending (景顺长城 of
景顺长城基金), an abbreviation of a long name (武汉工程职院), a name an extractor cut too long (广发基金中标),
a country's initial glued to a place (加安省), Latin names run together (NBA TV), a body after a determiner
(本届亚运代表团), an organisation ending a longer one's name, a fund product opening with its company's
name. Each reader maps such spots to the holder they stand for; :func:`_owner_id` and :func:`_identity`
say which entity a holder is, and :func:`_outer_holder` which holder a name counted inside it belongs to.

Caveats: :func:`_is_company` reads ``organisations_known.tsv``; the forms are tried in
:func:`zhkg.relate.counts.read_counts` in a fixed order, and an earlier form's spot wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, NearestBefore, RelationContext
from zhkg.relate.count_derived import _BODY_ENDINGS
from zhkg.relate.count_pointers import COMPANY_WORDS
from zhkg.text import HAN_ONLY, find_all
from zhkg.text import SENTENCE_BREAK as _SENTENCE_BREAK

__all__ = [
    "_HOLDING_WORDS",
    "_OPENING",
    "_Reach",
    "_SENTENCE_BREAK",
    "_abbreviations",
    "_bare_names",
    "_cut_before",
    "_cut_too_long",
    "_determined_bodies",
    "_echoes",
    "_glued_initials",
    "_identity",
    "_is_company",
    "_latin_runs",
    "_outer_holder",
    "_owner_id",
    "_products",
    "_short_forms",
    "_suffix_forms",
]


# Openings a sentence may have before its subject (quotes, spaces).
_OPENING = " \u3000“”\"'「」『』"
_CJK_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")
# A short form followed by one of these begins another word (大学生, 公司法, 银行家): not the organisation.
_NOT_AFTER_SHORT_FORM = "生员长法家业界"
_BODY_LETTERS = frozenset(e for e in _BODY_ENDINGS if len(e) == 1)
# words saying the bodies counted right after them are the holder's own (石家庄市地税局…，并召集所辖700多家企业; 旗下)
_HOLDING_WORDS = ("所辖", "下辖", "辖下", "属下", "旗下", "下属", "所属")
# Generic endings an organisation is also written without (景顺长城 of 景顺长城基金).
_GENERIC_ENDINGS = ("股份有限公司", "有限公司", "集团公司", "公司", "集团", "基金", "控股")
# A name of Latin letters alone (NBA, TV, Morgan).
_LATIN = re.compile(r"[A-Za-z][A-Za-z&.\-]*")
# A company's generic words: opening a clause, either stands for the nearest company named before (公司表示, 集团表示).
# Determiners before a body's name that point back to a body named before (本届亚运代表团, 此次…).
_DETERMINED = ("本届", "该", "此", "这支", "这个", "本次", "此次", "这届")


# Organisations the text names as listed companies: before their stock code (锅圈(2517.HK), 达势股份(01405.HK)) or by
# their stock short name (台泥): companies, whatever their name ends with (counts218).
_LISTED = frozenset({MentionSource.ORG_STOCK_CODE, MentionSource.ORG_STOCK_NAME})


def _is_company(h: Mention, known) -> bool:
    """Whether an organisation is a company ``organisations_known.tsv`` lists, by its name or by the known name its
    name opens with (新鸿基地产 of 新鸿基), though no generic ending says so, or one the text names as a listed
    company (:data:`_LISTED`)."""
    if h.extractor in _LISTED:
        return True
    name = h.simplified
    return any(known.get(name[:k], ("",))[0] == "company" for k in range(len(name), 1, -1))


def _short_forms(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, antecedent) of each bare short form opening a clause: 乐园 for the 迪斯尼乐园 named before
    (乐园扩建后…), 公司 for the company. Only a clause opening: inside a clause the two characters are
    usually part of another word or a generic noun."""
    text = ctx.simplified
    orgs = [h for h in holders if h.label is Label.ORGANIZATION and len(h.name) >= 4]
    # a form ending as a body's name ends (乐园, 大学, 银行); not a product's generic noun (债券 of 国投瑞银融华债券:
    # 债券市场的机会不大 is no fund's), nor 基金, 证券 or 保险, which open many other words (基金经理, 证券市场)
    suffixes = ctx.lexicon.org_suffixes
    forms = {h.name[-2:] for h in orgs if _CJK_PAIR.match(h.name[-2:])
             and (h.name[-1] in _BODY_LETTERS or h.name[-2:] in suffixes)}
    # a company known by a name with no generic ending (贵州茅台, 宁德时代) is 公司 too
    known = ctx.lexicon.known_organisations
    companies = [h for h in holders if h.label is Label.ORGANIZATION and _is_company(h, known)]
    is_company = set(companies)  # (the same mentions by equality as the list: a set is not scanned per occurrence)
    if companies:  # ...and then the nearest company before, whatever its ending (丹麦jysk集团…，公司将…); 集团 too
        forms |= set(COMPANY_WORDS)  # (长江和记实业…。集团表示，旗下…)
        named = set(orgs)
        orgs = orgs + [h for h in companies if h not in named]
    covered = {i for h in holders for i in range(h.start, h.end)}
    out = []
    for form in sorted(forms):
        # the antecedents a form may have, in the order of max's key: the nearest before an occurrence is found
        # by bisection, not by a scan of every organisation of the document at every occurrence
        fitting = NearestBefore(h for h in orgs if h.name.endswith(form) or form in COMPANY_WORDS and (
            h in is_company or h.name.endswith(COMPANY_WORDS)))
        for m in find_all(form, text):
            at = m.start()
            while at > 0 and text[at - 1] in _OPENING:
                at -= 1
            if at > 0 and not CLAUSE_BREAK.match(text[at - 1]):
                continue
            if text[m.end() : m.end() + 1] in _NOT_AFTER_SHORT_FORM or m.start() in covered:
                continue
            nearest = fitting.at(m.start())
            if nearest is not None:
                out.append((m.start(), m.end(), nearest))
    return out


def _echoes(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, holder) of each further occurrence of a holder's name that no mention covers: the
    extractors found 安省 four times in an article but not in 为安省达成了6个贸易协议 (jieba's 为安省), and
    the same name in one document is the same holder."""
    covered = ctx.covered()
    first: dict[str, Mention] = {}
    for h in holders:
        if len(h.simplified) >= 2 and HAN_ONLY.match(h.simplified):
            first.setdefault(h.simplified, h)
    out = []
    for form, holder in sorted(first.items()):
        for m in find_all(form, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), holder))
    return out


# What a company's two-letter short name (长盛 of 长盛基金, 嘉实 of 嘉实基金) is followed by when it opens a clause as
# the company: most two-letter rests are words too (南方, 华夏), so only these make it the company.
_SHORT_NAME_PREDICATES = ("旗下", "拥有", "表示", "宣布", "公告", "透露", "介绍", "目前", "现有", "共有", "已有", "称")


class _Reach:
    """Whether one of some spans (sorted by start, as a context's mentions) overlaps or holds a span: by bisection on
    their starts and the furthest end among the first of them, not by a scan of every span (a long document's
    readers ask for each of thousands of mentions).

    >>> r = _Reach([(0, 4), (2, 3), (6, 8)])
    >>> r.overlaps(3, 5), r.overlaps(4, 6), r.holds(2, 3), r.holds(6, 8), r.holds(1, 4)
    (True, False, True, False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self._spans = spans
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether a longer span holds ``[start, end)``: one starting before it and ending at or after its end, or
        starting with it and ending after it."""
        k = bisect_left(self._starts, start)
        if k > 0 and self._reach[k - 1] >= end:
            return True
        return any(e > end for _, e in self._spans[k : bisect_right(self._starts, start)])


def _bare_names(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each organisation's name written without its generic ending (景顺长城表示
    for 景顺长城基金) where no organisation is marked: the same body. Not when the rest names a place
    of the document (上海 of 上海银行), nor when it is shorter than three characters, unless two letters open a
    clause before a body's verb (长盛旗下8只开放式基金, “嘉实拥有…: the company)."""
    places = {h.simplified for h in holders if h.label is Label.PLACE}
    orgs = _Reach([m.span for m in ctx.mentions if m.label is Label.ORGANIZATION])
    bare: dict[str, Mention] = {}
    short: dict[str, Mention] = {}  # two letters (长盛 of 长盛基金): only opening a clause, before a body's verb
    for h in holders:
        if h.label is not Label.ORGANIZATION:
            continue
        name = h.simplified
        ending = next((e for e in _GENERIC_ENDINGS if name.endswith(e)), "")
        rest = name[: len(name) - len(ending)]
        if ending and len(rest) >= 3 and HAN_ONLY.match(rest) and rest not in places:
            bare.setdefault(rest, h)
        # (长盛基金公司: both endings go)
        inner = next((e for e in _GENERIC_ENDINGS if rest.endswith(e) and len(rest) - len(e) == 2), "")
        core = rest[: len(rest) - len(inner)] if inner else rest
        if ending and len(core) == 2 and HAN_ONLY.match(core) and core not in places:
            short.setdefault(core, h)
    out = []
    text = ctx.simplified
    for form, holder in sorted(bare.items()):
        for m in find_all(form, text):
            if not orgs.overlaps(m.start(), m.end()):
                out.append((m.start(), m.end(), holder))
    for form, holder in sorted(short.items()):
        for m in find_all(form, text):
            at = m.start()
            while at > 0 and text[at - 1] in _OPENING:
                at -= 1
            if ((at == 0 or CLAUSE_BREAK.match(text[at - 1]) or _SENTENCE_BREAK.match(text[at - 1]))
                    and text.startswith(_SHORT_NAME_PREDICATES, m.end())
                    and not orgs.overlaps(m.start(), m.end())):
                out.append((m.start(), m.end(), holder))
    return out


def _abbreviations(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each short form of a long organisation name of the document: its
    first four characters, then some of the rest in order, ending as it ends (武汉工程职院 of
    武汉工程职业技术学院), so the place the short form opens with (武汉) is not taken for the holder."""
    text = ctx.simplified
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION and len(h.name) >= 6}.values():
        name = org.name
        for m in find_all(name[:4], text):
            for length in range(len(name) - 1, 4, -1):
                short = text[m.start() : m.start() + length]
                if short[-1] == name[-1] and HAN_ONLY.match(short) and _in_order(short, name):
                    out.append((m.start(), m.start() + length, org))
                    break
    return out


def _in_order(short: str, name: str) -> bool:
    """Whether the characters of ``short`` are characters of ``name`` in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _cut_too_long(spots: list[tuple[int, int, Mention]], lexicon_heads: frozenset[str],
                  text: str = "") -> list[tuple[int, int, Mention]]:
    """Spots whose organisation is another organisation of the document plus one to three characters that
    end no body's name (广发基金中标 of a headline, beside 广发基金) stand for that organisation; not one written right
    after a word of holding (万科旗下的万科物业: a part of the group, owners59), nor one the document writes again
    adding Chinese letters (兴业全球 beside 兴业全球系基金 and 兴业: its own name, owners177)."""
    heads = tuple(lexicon_heads)  # any of them tested in one str.endswith
    orgs = {s[2].name: s[2] for s in spots if s[2].label is Label.ORGANIZATION}
    # a longer name the document writes again, alone or opening another organisation's name (兴业全球…兴业全球系基金),
    # is a name of its own when what it adds is Chinese, not a shorter one with a word glued to it (owners177); a
    # model's letters stay cut (富士A of 富士A175, written five times, is 富士)
    # (names sorted: those opening with a name follow it at once, so one look at the next name, not a scan of all)
    written = Counter(s[2].name for s in spots if s[2].label is Label.ORGANIZATION)
    ordered = sorted(orgs)
    again = {n for i, n in enumerate(ordered) if written[n] > 1 or i + 1 < len(ordered) and ordered[i + 1].startswith(n)}
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and not name.endswith(_BODY_ENDINGS) \
                and not name.endswith(heads) and not text.endswith(_HOLDING_WORDS, 0, start - text.endswith("的", 0, start)):
            shorter = next((orgs[name[:k]] for k in range(len(name) - 1, max(len(name) - 4, 1), -1)
                            if name[:k] in orgs), None)
            if shorter is not None and not (name in again and HAN_ONLY.match(name[len(shorter.name):])):
                holder = shorter
        out.append((start, end, holder))
    return out


# Verbs of sending or adding up (合计动员, 出动, 派出) that a recogniser may run into the name of the body after them.
_SENDING_VERBS = re.compile(r"动员|出动|派出|调派|调动|合计|共计|会同|率领|带领|指挥")


def _cut_before(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Spots whose organisation, written once, is another organisation of the document with a verb of sending or
    adding up glued before it (专案合计动员|调查局 beside 调查局表示: the recogniser ran the verb phrase into the name)
    stand for that organisation; a name whose opening holds no such verb (法务部调查局, 台湾高等检察署) is its own.
    owners310."""
    orgs = {s[2].simplified: s[2] for s in spots if s[2].label is Label.ORGANIZATION}
    written = Counter(s[2].simplified for s in spots if s[2].label is Label.ORGANIZATION)
    out = []
    for start, end, holder in spots:
        name = holder.simplified
        if holder.label is Label.ORGANIZATION and written[name] == 1 and _SENDING_VERBS.search(name):
            for verb in _SENDING_VERBS.finditer(name):
                shorter = orgs.get(name[verb.end() :])
                if shorter is not None and HAN_ONLY.match(name[: verb.end()]) and len(shorter.simplified) >= 2:
                    holder = shorter
                    break
        out.append((start, end, holder))
    return out


def _glued_initials(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A place no gazetteer knows whose name is one character (a country's initial: 加 of 加拿大) before
    another place of the document (加安省: 安省), or a longer place's first character and its ending
    (加安省 for 加拿大安省), stands for that place."""
    places: dict[str, Mention] = {}
    for _, _, h in spots:
        if h.label is Label.PLACE:
            places.setdefault(h.simplified, h)
            places.setdefault(h.name, h)
    out = []
    for start, end, holder in spots:
        name = holder.simplified
        if holder.label is Label.PLACE and not holder.code and len(name) >= 3 and HAN_ONLY.match(name):
            # 安省 itself, else a longer place opening with the initial and ending the same (加拿大安省)
            found = places.get(name[1:]) or next(
                (h for form, h in sorted(places.items()) if len(form) > len(name) and form[0] == name[0]
                 and form.endswith(name[1:])), None)
            if found is not None and found is not holder:
                holder = found
        out.append((start, end, holder))
    return out


def _latin_runs(ctx: RelationContext, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A body of Latin letters written one space after another (NBA TV: NBA, then a recogniser's TV) is one name,
    the channel of the first: the later spot stands for the whole name."""
    text = ctx.simplified
    latin = {s[0]: s for s in spots if s[2].label is Label.ORGANIZATION and _LATIN.fullmatch(text[s[0] : s[1]])}
    out = []
    for start, end, holder in spots:
        first = next((f for f in latin.values() if f[1] == start - 1 and text[f[1]] == " "), None)
        if start in latin and first is not None:
            name = text[first[0] : end]
            holder = Mention(ctx.doc.id, first[0], end, ctx.text[first[0] : end], name, Label.ORGANIZATION, DERIVED,
                             canonical=name)
            start = first[0]
        out.append((start, end, holder))
    return out


def _determined_bodies(text: str, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A body written after a determiner (本届亚运代表团, 该…, 此次…) whose name ends as one named before it ends (its
    last three characters: 代表团) is that one (中华台北代表团…。本届亚运代表团共有558名选手 -> 中华台北代表团); not one whose
    name opens with a place the other's does not hold: 东京奥运会…。…在本届巴黎奥运会上 names another edition (counts278)."""
    places = {}  # where each place spot starts: the places a body's name may open with
    for s in spots:
        if s[2].label is Label.PLACE:
            places.setdefault(s[0], []).append(s[2].simplified)
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and len(name) >= 4 and text.endswith(_DETERMINED, 0, start):
            opening = places.get(start, ())
            before = [s for s in spots if s[1] <= start and s[2].label is Label.ORGANIZATION
                      and s[2].name != name and s[2].name.endswith(name[-3:])
                      and all(place in s[2].name for place in opening)]
            if before:
                holder = max(before, key=lambda s: (s[1], -s[0]))[2]
        out.append((start, end, holder))
    return out


def _suffix_forms(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """An organisation whose name (three characters or more) ends a longer organisation's name written before it
    stands for that one (沙田区议会…。区议会共有41名议员 -> 沙田区议会), the nearest if several; and a place of one
    character no gazetteer knows (a headline's 澳) is the one place of the document whose name opens with it (澳洲)."""
    place_starts = {s[0] for s in spots if s[2].label is Label.PLACE}
    names = {s[2].name for s in spots if s[2].label is Label.ORGANIZATION}
    # only a longer name opening with a place or an organisation (沙田区议会, 国务院国土部), not one a recogniser cut
    # too long (课程质量保证体系同济大学, 非银行系基金公司)
    # a name opening with another is found by its own openings, not by trying every name (one long line names
    # thousands of organisations, session 27)
    orgs = sorted((s for s in spots if s[2].label is Label.ORGANIZATION and (
        s[0] in place_starts or any(s[2].name[:k] in names for k in range(len(s[2].name))))),
                  key=lambda s: s[1])
    org_ends = [s[1] for s in orgs]
    # which of orgs (their indices, in order) end with each shorter name of three letters or more
    longer_of: dict[str, list[int]] = {}
    for i, (_, _, org) in enumerate(orgs):
        for k in range(1, len(org.name) - 2):
            longer_of.setdefault(org.name[k:], []).append(i)
    places = {s[2].name: s[2] for s in spots if s[2].label is Label.PLACE and len(s[2].simplified) > 1}
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and len(name) >= 3:
            # the last of them ending by the start (orgs sort by end)
            longer = longer_of.get(name, [])
            last = bisect_left(longer, bisect_right(org_ends, start)) - 1
            if last >= 0:
                holder = orgs[longer[last]][2]
        elif holder.label is Label.PLACE and not holder.code and len(holder.simplified) == 1:
            opening = {n: p for n, p in places.items() if holder.simplified in (p.simplified[0], n[0])}
            if len(opening) == 1:
                holder = next(iter(opening.values()))
        out.append((start, end, holder))
    return out


def _owner_id(ctx: RelationContext, holder: Mention) -> str:
    """The entity id of a count's owner; a place only an anaphor names (本港) becomes a derived mention here."""
    if holder not in ctx.owner:
        own = holder.extractor == MentionSource.DOCUMENT_FACILITY  # the document's own facility keeps its source
        holder = ctx.derive_mention(holder.start, holder.end, holder.label, holder.canonical, holder.code,
                                    extractor=holder.extractor if own else "")
    return ctx.owner[holder]


def _identity(ctx: RelationContext, holder: Mention) -> object:
    """What tells ``holder``'s entity from another's without deriving a mention: its entity id, else its name."""
    return ctx.owner.get(holder) or (holder.label, holder.name)



def _outer_holder(found: tuple[int, int, Mention], count: Mention,
                  spots: list[tuple[int, int, Mention]]) -> tuple[int, int, Mention]:
    """A holder named for what is counted (第二炮兵导弹装备方队 for 4个装备方队, 12枚导弹) is one of those
    things, not their owner: the organisation its name opens with owns them (第二炮兵), when the document
    names it on its own. A holder of the counted head only (立法会内务委员会 for 27个法案委员会) is no such thing when the
    counted phrase is not in its name: a committee sets up other committees (owners170)."""
    name, thing = found[2].name, count.quantity.counted_simplified if count.quantity else ""
    if found[2].label is not Label.ORGANIZATION or len(thing) < 2 or thing not in name:
        return found
    full = count.quantity.counted_full if count.quantity else ""
    at = count.text.find(full) if full else -1
    if at >= 0 and count.simplified[at : at + len(full)] not in name:
        return found
    outer = [s for s in spots if s[2].label is Label.ORGANIZATION and len(s[2].name) < len(name)
             and name.startswith(s[2].name) and thing not in s[2].name]
    return max(outer, key=lambda s: (s[1] <= count.start, s[1])) if outer else found


# A body whose name opens a fund product's (华夏中小板ETF, 华富收益增强(A类), 国投瑞银货币, 光大保德信均衡精选): the
# product is named, and it is the product that has what is counted (its subscribers); 华夏基金 is the company itself.
_PRODUCT_WORDS = ("ETF", "LOF", "QDII", "货币", "债券", "精选", "优选", "增利")
_PRODUCT_TAIL = re.compile(r"(?!基金)[^\W\d_和与及的了在是将为对向从到等拿获旗下]{0,8}?(?:"
                           + "|".join(_PRODUCT_WORDS) + r"|[(（][A-Z]类[)）])")


def _products(ctx: RelationContext, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Spots of organisations whose name opens a fund product's name (光大保德信 of 光大保德信均衡精选) stand for the
    product, an organisation derived over the whole name."""
    text, out = ctx.simplified, []
    for start, end, holder in spots:
        name = holder.name
        m = (_PRODUCT_TAIL.match(text, end) if holder.label is Label.ORGANIZATION and holder.end == end
             and not name.endswith(_BODY_ENDINGS + _GENERIC_ENDINGS + _PRODUCT_WORDS) else None)
        if m is not None and m.end() > end:
            name = text[start : m.end()]
            holder = Mention(ctx.doc.id, start, m.end(), ctx.text[start : m.end()], name, Label.ORGANIZATION, DERIVED,
                             canonical=name)
            end = m.end()
        out.append((start, end, holder))
    return out
