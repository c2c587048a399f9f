"""Facilities and zones written as common nouns: whose counts they hold (session 22, owners22).

News often names the holder of a count by its kind alone: 托老院里有21位老人, 高尔夫球中心的设施包括…91条球道,
大工业区共有企业300家. No extractor marks such a noun, so :func:`zhkg.relate.counts.read_counts` used to carry a
holder named earlier (a city, a company) into the clause: a wrong owner. Two rules, by how the facility is named:

* **Named by its place** (平谷区托老院, 天津市第一养老院, 大连开发区): the place glued before the facility's kind,
  with at most a short name or ordinal between (第一, 红星), is one holder named by the whole
  (:func:`qualified_facilities`): an organisation, or a place for a zone (as the recogniser reads 苏州工业园). Its
  counts are its own, not the place's (天津市第一养老院共有床位300张); 院里 opening a later clause stands for it. A home,
  hospital or market glued to a city with nothing between (北京市医院) is as often all of them there: not one.
* **Named by its kind alone** (托老院, 养老院, 大工业区, 高尔夫球中心, 新街市, 该养老院 with none named): a clause subject
  that is no holder named before (:func:`facility_subject`, like 该剧 in :mod:`zhkg.relate.count_pointers`), or one
  after 在/到/于 inside a clause (在大工业区建设10条道路), is the document's own facility (:func:`document_facilities`,
  session 23): it owns the clause's counts, as the annotation conventions want (owner 托老院), under a node whose id
  carries the document's id (``org:托老院@doc:<id>``, :attr:`zhkg.records.MentionSource.DOCUMENT_FACILITY`), labelled
  by the kind as written, so a corpus graph keeps two articles' 托老院 apart. 院里 with no home named before stands
  for the one home by its kind alone the document writes (a reversed passage: 院里有21位老人…托老院里的老人); with
  none, or two, it stays ownerless.

* **Named with its rating** (剑门蜀道剑门关5A景区, 峨眉山4A景区: session 41, owners165): a scenic area opening a clause,
  whatever letters name it, is one zone (:func:`rated_areas`), unless they are a province's or a city's name (成都5A景区).

Neither applies when the facility is what is counted (北京市养老院共有300家, 养老院达12所: the city's), when the same
facilities were just counted (新建了10座养老院，养老院里…: :func:`counted_before`), or when the kind describes another
noun (养老院建设规划…): the facility's kind must be followed by a word a subject is (里, 内, 的, 共, 有, 现…) or a break.
A place a facility's kind cuts through (新街|市内, :func:`cut_by_facility`) is no holder.

Caveats: the kinds are a fixed list (homes for the aged and children, hospitals, centres of a trade, markets,
industrial and development zones, parks); a facility whose name is a proper name of no place (夕阳红托老院) is read
as its kind alone. A facility written after 的 and its place (金沙洲新社区的新街市) is not named by the place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import DERIVED

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.relate.base import RelationContext

__all__ = ["counted_before", "one_scenic_area", "rated_areas", "SCENIC_KINDS", "document_facilities", "facility_subject", "recognised_kind", "facility_span", "qualified_facilities", "cut_by_facility", "FACILITY_KINDS", "ZONE_KINDS"]

#: The kinds of scenic or resort area (九寨沟景区, 西昌邛海景区: owners158); one glued right to a province, a city or
#: 全省 (四川景区, 成都旅游景区) is all of them there, not one (:func:`one_scenic_area`).
SCENIC_KINDS = ("旅游景区", "风景区", "景区", "旅游区", "度假区")
#: The kinds of zone or park a common noun names: places, as the recogniser reads 苏州工业园.
ZONE_KINDS = ("工业区", "开发区", "高新区", "保税区", "示范区", "试验区", "园区", "工业园", "科技园", "产业园", "软件园",
              "物流园", "创业园", *SCENIC_KINDS)
#: The kinds of facility or zone a common noun names (the noun ends with one).
FACILITY_KINDS = (
    # homes and hospitals
    "托老院", "养老院", "敬老院", "福利院", "孤儿院", "疗养院", "光荣院", "康复院", "老年公寓", "托老所", "医院",
    "卫生院",
    # centres of a trade
    "体育中心", "球中心", "会展中心", "展览中心", "培训中心", "活动中心", "救助中心", "购物中心", "物流中心",
    "康复中心", "文化中心", "健身中心", "养老中心", "服务中心", "娱乐中心", "会议中心",
    # markets
    "街市", "菜市场", "农贸市场", "批发市场", "菜市",
    # zones and parks
    *ZONE_KINDS,
)
_KINDS_LONGEST = tuple(sorted(FACILITY_KINDS, key=len, reverse=True))
_LONGEST_KIND = len(_KINDS_LONGEST[0])
# What a facility's kind is followed by when the facility is a subject or a holder (托老院里, 开发区内, 中心的设施,
# 养老院共有, 园区现有, 街市只剩…); not a noun it describes (养老院建设, 开发区企业).
# (and 接待: 景区接待游客…, owners158)
_SUBJECT_CUE = re.compile(r"[里内中的共有现已目前今去还将正也都只仅拥设占达，,。；;：:！？!?\s]|接待|$")
# A facility's kind followed by a subject's cue, the longest kind first (the alternatives are tried in order, each with
# the cue: 工业园|区内 fails at 工业园 and is found at 园区): one match where a loop over the kinds was
_KIND_AND_CUE = re.compile("(?:" + "|".join(map(re.escape, _KINDS_LONGEST)) + ")(?=" + _SUBJECT_CUE.pattern + ")")
# any kind: one starts within the four letters of its modifier, or there is no facility there (a gate, one search)
_ANY_KIND = re.compile("|".join(map(re.escape, _KINDS_LONGEST)))
_MODIFIER = re.compile(r"[^\W\d_的了在于和与及是将为对向从到等个名家所座年月日这那该此本各每其一二两三四五六七八九十百千万几数]{0,4}")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}")
# What is done at a facility after 在/到/于 (在大工业区建设10条道路, 在医院工作的3名护士): the facility is the
# clause's place, named by its kind alone, and what it counts is the facility's (session 23)
_DONE_AT = ("建设", "建成", "兴建", "新建", "修建", "建立", "投资", "开设", "设立", "引进", "落户", "举办", "开展", "实施",
            "工作", "上班", "打工", "居住", "生活", "入住", "住院", "就诊", "治疗", "接受", "种植", "开工")
# The same with what is done there as a cue too (大工业区|建设), for a facility after 在/到/于
_KIND_AND_CUE_OR_DONE = re.compile("(?:" + "|".join(map(re.escape, _KINDS_LONGEST)) + ")(?=" + _SUBJECT_CUE.pattern
                                   + "|" + "|".join(_DONE_AT) + ")")
# 院里/院内: the home or hospital the text writes about, by its last letter
_SHORT = re.compile(r"院(?:里|内)")
_POINTER = "该"
# a numeral and a classifier: a count (10座, 三家) of the facilities written within this many letters before
_NUMBER = r"[\d一二两三四五六七八九十百千万几数]+[多余]?(?:座|家|所|个|处|间|片)"
_LOOK_BACK = 60
# a facility's kind and a count of facilities right after it (养老院共有300家): what is counted, no subject
_COUNTED_NEXT = re.compile(r"[共已现仅只]?(?:有|达|为|计|达到)?[\d一二三四五六七八九十百千万两几数余多近约]+(?:家|所|座|个|处|间)")
# A facility's kind or what is counted of it: its counts are of facilities (北京市养老院共有300家), no facility's.
_FACILITIES_COUNTED = ("家", "所", "座", "个", "处", "间")
# A home, hospital or market glued to a city or a country is as often all of them there (北京市医院, 全国养老院) as one
# named so; to a district, a county or below, one (平谷区医院, 高村镇敬老院); with a name or an ordinal, one anywhere.
_INSTITUTIONS = frozenset(k for k in FACILITY_KINDS if k.endswith(("院", "所", "公寓", "市场", "街市", "菜市")))
_LOCAL = ("区", "县", "旗", "镇", "乡", "村", "街道", "社区")
# words that make a place's facilities many, not one (全省景区, 各景区, 重点景区)
_MANY_AREAS = ("全", "各", "所有", "主要", "重点", "热门", "知名", "部分", "其他", "其它", "多家", "多个")
_COUNTY_CODE_LENGTH = 6  # a mainland division's code (513225); a county's ends in no 00 (a city's 510100)
# how a place's name ends, before a facility's kind the recogniser read whole (高村镇敬老院)
_PLACE_ENDS = ("省", "市", "州", *_LOCAL)
_HOMES = tuple(k for k in FACILITY_KINDS if k.endswith("院"))
_OPENING = re.compile(r"[，,。；;！？!?\s“”「」]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


def facility_span(text: str, pos: int, *, qualified: bool = False, done: bool = False) -> int:
    """The end of a facility's common noun written at ``pos`` of ``text`` (at most four letters of its own before
    its kind, no function word, numeral or determiner among them: 该院, 3家养老院 are a pointer and a count) and
    followed by a subject's cue, else -1. With ``qualified``, what is written after a place's name may also be an
    ordinal and the kind (第一养老院 of 天津市第一养老院); with ``done``, the kind may also be followed by what is done
    there (``_DONE_AT``: 大工业区建设…, after 在).

    >>> [facility_span(t, 0) for t in ("托老院里有21位老人", "高尔夫球中心的设施", "大工业区共有", "养老院建设规划")]
    [3, 6, 4, -1]
    >>> facility_span("工业园区内", 0), facility_span("第一养老院共有床位", 0, qualified=True)
    (4, 5)
    >>> facility_span("大工业区建设10条道路", 0), facility_span("大工业区建设10条道路", 0, done=True)
    (-1, 4)
    """
    ordinal = _ORDINAL.match(text, pos) if qualified else None
    lo = ordinal.end() if ordinal else pos
    if _ANY_KIND.search(text, lo, lo + 4 + _LONGEST_KIND) is None:  # no kind starts at lo..lo + 4: most openings
        return -1
    hi = _MODIFIER.match(text, lo).end()
    for at in range(lo, min(hi, lo + 4) + 1):
        found = (_KIND_AND_CUE_OR_DONE if done else _KIND_AND_CUE).match(text, at)
        if found is not None:
            return found.end()
    return -1


def counts_facilities(text: str, end: int, counts: list[Mention]) -> bool:
    """Whether the first count after ``end`` in its clause counts facilities themselves (北京市养老院共有300家,
    开发区已达12个): the facility's kind is then what is counted, no holder.

    >>> from zhkg.records import Quantity
    >>> c = Mention("d", 7, 11, "300家", "300家", Label.COUNT, "x", quantity=Quantity(300, "家", "家"))
    >>> counts_facilities("北京市养老院共有300家", 6, [c])
    True
    """
    after = [c for c in counts if c.start >= end and c.quantity is not None]
    if not after:
        return False
    first = min(after, key=lambda c: c.start)
    if _CLAUSE_END.search(text, end, first.start):
        return False
    counted = first.quantity.counted_simplified
    return counted in _FACILITIES_COUNTED or counted.endswith(_KINDS_LONGEST)


def qualified_facilities(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, facility) of each facility named by the place glued before its kind (天津市第一养老院, 平谷区托老院,
    大连开发区) that no extractor named as an organisation: one holder, named by the whole, whose counts are its own.

    Not when it is what its clause counts (北京市养老院共有300家: the city's) nor inside a count (3家平谷区养老院).
    """
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION, Label.COUNT))
    counts = [m for m in ctx.mentions if m.label is Label.COUNT]
    out = []
    for place in (h for h in holders if h.label is Label.PLACE):
        end = facility_span(text, place.end, qualified=True)
        if end < 0 or not covered.isdisjoint(range(place.start, end)) or counts_facilities(text, end, counts):
            continue
        if text[place.end : end] in _INSTITUTIONS and not place.name.endswith(_LOCAL):
            continue  # 北京市医院共有床位…: the city's hospitals, as likely as one named so
        if not one_scenic_area(place, text[place.end : end]):
            continue  # 四川景区共接待游客…: all the province's scenic areas (owners158)
        name = text[place.start : end]
        # a zone is a place, as the recogniser reads 苏州工业园 (在大连开发区建设… is where); a home, hospital, centre
        # or market is a body
        label = Label.PLACE if name.endswith(ZONE_KINDS) else Label.ORGANIZATION
        out.append((place.start, end, Mention(ctx.doc.id, place.start, end, ctx.text[place.start : end], name,
                                              label, DERIVED, canonical=name)))
    # 院里/院内 opening a clause after such a home or hospital (平谷区托老院。院里有21位老人): that facility
    homes = [f for f in out if f[2].name.endswith("院")] + [
        (h.start, h.end, h) for h in holders if h.label is Label.ORGANIZATION and h.name.endswith(_HOMES)]
    if homes:
        for m in _SHORT.finditer(text):
            before = [f for f in homes if f[1] <= m.start()]
            if before and (m.start() == 0 or _OPENING.match(text[m.start() - 1])):
                out.append((m.start(), m.start() + 1, max(before, key=lambda f: f[1])[2]))
    return out


def one_scenic_area(place: Mention, after: str) -> bool:
    """Whether ``place`` and ``after`` (the rest of a facility's noun, its kind last) name one area, for a scenic or
    resort area's kind: a name between the place and the kind (西昌邛海景区, 乐山大佛景区), or a county's or an
    ungazetted place's glued to it (九寨沟景区); not a province's, a city's or 全省's glued to it (四川景区, 成都旅游景区,
    全省景区: all of them there). Any other kind is one facility, as before (owners158).

    >>> def place(name, code, extractor="gazetteer"):
    ...     return Mention("d", 0, len(name), name, name, Label.PLACE, extractor, code=code)
    >>> [one_scenic_area(place(n, c), a) for n, c, a in (("西昌", "513401", "邛海景区"), ("九寨沟", "513225", "景区"),
    ...  ("四川", "510000", "景区"), ("成都", "510100", "旅游景区"), ("成都", "510100", "养老院"))]
    [True, True, False, False, True]
    >>> one_scenic_area(place("全省", "510000", "deixis"), "景区"), one_scenic_area(place("四川", "510000"), "全省景区")
    (False, False)
    """
    kind = next((k for k in SCENIC_KINDS if after.endswith(k)), None)
    if kind is None:
        return True
    if place.extractor == MentionSource.DEIXIS:
        return False
    if len(after) > len(kind):
        return not after.startswith(_MANY_AREAS)  # (四川全省景区, 成都各景区, 四川重点景区: all, or some, of them)
    code = place.code or ""
    return not code or (len(code) == _COUNTY_CODE_LENGTH and code.isdigit() and not code.endswith("00"))


def cut_by_facility(text: str, start: int, end: int) -> bool:
    """Whether a facility's kind begins inside ``[start, end)`` (a place's span) and ends after it (新街|市: the market
    新街市, no street): the place is part of the facility's common noun, no holder.

    >>> cut_by_facility("新街市内只有", 0, 2), cut_by_facility("新街市场", 0, 2), cut_by_facility("北京市内", 0, 3)
    (True, False, False)
    >>> cut_by_facility("苏州工业园区内", 0, 5)
    False
    """
    if text[start:end].endswith(_KINDS_LONGEST):
        return False  # 苏州工业园|区: a zone named, written on
    # the first kind found at a letter is the longest there with a cue after it: if it ends inside the span, all do
    for at in range(max(start, end - _LONGEST_KIND + 1), end):
        found = _KIND_AND_CUE.match(text, at)
        if found is not None and found.end() > end:
            return True
    return False


def counted_before(text: str, start: int, end: int) -> bool:
    """Whether the facility's kind written at ``[start, end)`` was counted a little before (北京市新建了10座养老院，养老院
    里共有床位2万张): the facilities just counted, all of them, not one; the holder of that count still owns this.

    >>> counted_before("北京市新建了10座养老院，养老院里共有床位", 13, 16), counted_before("北京市很忙。养老院里", 6, 9)
    (True, False)
    """
    kind = next((k for k in _KINDS_LONGEST if text.endswith(k, start, end)), "")
    return bool(kind) and re.search(_NUMBER + r"[^，,。；;！？!?\d]{0,6}?" + kind, text[max(0, start - _LOOK_BACK) : start]) is not None


def facility_subject(text: str, pos: int) -> int:
    """The end of a facility named by its kind alone opening a clause at ``pos`` (托老院里…, 院里有…, 大工业区共有…),
    else -1: no holder named before it owns what its clause counts.

    >>> [facility_subject(t, 0) for t in ("院里有21位老人", "新街市内只有六七家档口", "医院建设", "北京市", "该养老院现有")]
    [2, 3, -1, -1, 4]
    """
    short = _SHORT.match(text, pos)
    if short is not None:
        return short.end()
    if text.startswith(_POINTER, pos):  # 该养老院 with no home named before it (one named is a spot, not this)
        pos += len(_POINTER)
    end = facility_span(text, pos)
    return -1 if end >= 0 and _COUNTED_NEXT.match(text, end) else end


#: The administrations of a zone (竹科管理局, 南部科学园区管理局, 苏州工业园区管委会): the zone is its name before them
_ADMINISTRATIONS = ("管理局", "管理处", "管委会", "管理委员会")
#: a Taiwan science park's short form (竹科, 中科, 南科: 新竹, 台中, 台南 科学园区), a zone by its letters alone
_PARK_SHORT = re.compile(r"[\u4e00-\u9fff]科")
_SENTENCE_ENDS = "。！？!?\n"


def administered_zone(ctx: RelationContext, start: int, kind: str) -> str:
    """The zone a zone's kind alone (园区) at ``start`` stands for when the administration of a zone of that kind is
    named before it in its sentence or the one before: 竹科管理局表示，园区目前进驻厂商约600家 -> 竹科;
    南部科学园区管理局指出，园区… -> 南部科学园区 (session 29, counts37). Empty when none is.
    """
    text = ctx.simplified
    end = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS)
    opening = max(text.rfind(c, 0, end) for c in _SENTENCE_ENDS) + 1 if end > 0 else 0
    bodies = sorted((m for m in ctx.mentions if m.label is Label.ORGANIZATION and opening <= m.start and m.end <= start),
                    key=lambda m: m.end, reverse=True)
    for body in bodies:
        suffix = next((a for a in _ADMINISTRATIONS if body.simplified.endswith(a)), "")
        zone = body.simplified[: len(body.simplified) - len(suffix)] if suffix else ""
        if zone and (zone.endswith(kind) or _PARK_SHORT.fullmatch(zone)):
            return zone
    return ""


def document_facilities(ctx: RelationContext, openings: list[int], inside: list[int],
                        taken: set[int]) -> list[tuple[int, int, Mention]]:
    """(start, end, facility) of each facility named by its kind alone where it holds what its clause counts: opening
    a clause at one of ``openings`` (托老院里有21位老人, 大工业区共有, 该养老院 with none named) or written at one of
    ``inside`` (right after 在/到/于: 在大工业区建设10条道路); not where a holder's spot starts (``taken``: 平谷区托老院,
    该养老院 standing for a home named before), inside a mention, nor the facilities just counted
    (:func:`counted_before`). Each is the document's own (``MentionSource.DOCUMENT_FACILITY``), named by the kind as
    written; 院里/院内 opening a clause stands for the one home by its kind alone the document writes, if one.
    """
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION, Label.PLACE, Label.COUNT))
    alone = [m for m in ctx.mentions if recognised_kind(m, ctx.mentions, text)
             or (m.label is Label.PLACE and cut_by_facility(text, m.start, m.end))]
    if alone:  # the recogniser's 大工业区: no name, the kind alone; 新街|市内: no street
        covered = covered - {i for m in alone for i in range(m.start, m.end)}
    out: list[tuple[int, int, Mention]] = []
    shorts = []
    opening = set(openings)
    for at in sorted(opening | set(inside)):
        if at in taken or at in covered:
            continue
        if at in opening:
            if _SHORT.match(text, at):
                shorts.append(at)
                continue
            end = facility_subject(text, at)
        else:
            end = facility_span(text, at, done=True)
        start = at + len(_POINTER) if text.startswith(_POINTER, at) else at
        if end < 0 or not covered.isdisjoint(range(start, end)) or counted_before(text, start, end):
            continue
        name = text[start:end]
        label = Label.PLACE if name.endswith(ZONE_KINDS) else Label.ORGANIZATION
        zone = administered_zone(ctx, start, name) if label is Label.PLACE else ""
        out.append((at, end, Mention(ctx.doc.id, start, end, ctx.text[start:end], name, label,
                                     MentionSource.DOCUMENT_FACILITY, canonical=zone or name)))
    homes = {f[2].name: f[2] for f in out if f[2].name.endswith(_HOMES)}
    if len(homes) == 1:
        home = next(iter(homes.values()))
        out += [(at, at + 1, home) for at in shorts]
    return sorted(out, key=lambda f: f[0])


def recognised_kind(m: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether ``m`` is a place or organisation the recogniser read in a facility's kind alone (大工业区 of
    在大工业区建设…, 高尔夫球中心): no official code, no other place or body inside it (平谷区托老院 is named by its
    place), its span a facility's common noun. It names no holder of its own; :func:`document_facilities` reads it.
    """
    if m.extractor != MentionSource.RECOGNISER or m.code or m.label not in (Label.PLACE, Label.ORGANIZATION):
        return False
    if facility_span(text, m.start, done=True) != m.end:
        return False
    kind = next(k for k in _KINDS_LONGEST if text.endswith(k, m.start, m.end))
    if text[m.start : m.end - len(kind)].endswith(_PLACE_ENDS):
        return False  # 高村镇敬老院: named by its place, which no extractor marked
    return not any(o is not m and o.label in (Label.PLACE, Label.ORGANIZATION) and m.start <= o.start and o.end <= m.end
                   for o in mentions)


# A scenic area named with its rating (剑门蜀道剑门关5A景区, 峨眉山4A景区, 黄龙溪4A级景区: session 41, owners165), opening a
# clause: the rating says one area is named, whatever the letters before it are; no function word, numeral, determiner
# or region's word among them (全国5A景区, 四川省5A级景区, 各5A景区 name none).
_RATED_AREA = re.compile(r"(?:^|(?<=[，,。；;！？!?\s“”「」]))([^\W\d_的了在于和与及是将为对向从到等个名家年月日这那该此本各每其全国省市"
                         r"一二两三四五六七八九十百千万几数]{2,8}?)[1-5１-５][AaＡ]级?(?:" + "|".join(SCENIC_KINDS) + ")"
                         r"(?=" + _SUBJECT_CUE.pattern + ")")
# what every rated area holds: one search of the text, else the pattern is not tried at every opening
_RATING = re.compile(r"[1-5１-５][AaＡ]级?(?:" + "|".join(SCENIC_KINDS) + ")")


def rated_areas(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, area) of each scenic area named with its rating and opening a clause (剑门蜀道剑门关5A景区接待游客…):
    a zone (a place, as :func:`qualified_facilities` reads 九寨沟景区) named by the whole, whose counts are its own. Not
    when the letters before the rating are a province's or a city's name (成都5A景区: all of them there,
    :func:`one_scenic_area`).

    >>> from zhkg.records import Document
    >>> from zhkg.relate.base import RelationContext
    >>> [s[2].name for s in rated_areas(RelationContext(Document("d", "剑门关5A景区接待游客4万人次"), [], {}), [])]
    ['剑门关5A景区']
    """
    text = ctx.simplified
    if _RATING.search(text) is None:
        return []
    covered = ctx.covered((Label.ORGANIZATION, Label.COUNT))
    places = {(h.start, h.end): h for h in holders if h.label is Label.PLACE}
    out = []
    for m in _RATED_AREA.finditer(text):
        start, end = m.start(1), m.end()
        place = places.get((start, m.end(1)))
        kind = next(k for k in SCENIC_KINDS if text.endswith(k, start, end))
        if not covered.isdisjoint(range(start, end)) or (place is not None and not one_scenic_area(place, kind)):
            continue
        name = text[start:end]
        out.append((start, end, Mention(ctx.doc.id, start, end, ctx.text[start:end], name, Label.PLACE, DERIVED,
                                        canonical=name)))
    return out
