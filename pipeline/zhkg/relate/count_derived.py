"""Counts' owner candidates no extractor names: bodies derived from how the text writes them.

:func:`zhkg.relate.counts.read_counts` looks for a count's owner among the places and organisations the
extractors found, plus the *spots* this module derives — (start, end, holder) triples for bodies the
text shows but no extractor marked: a team written with its record (雷霆(55-27)), a company's opening
letters written alone (曲美 of 曲美家具集团), a village written twice, Latin capitals (NBA), a chain, a brand
before its trade (宏耐地板), a person's team (赵霏和他的团队), a body before its 官方微博, halls, housing
projects, schools after a place, events (…论坛, 第3届…博览会),
a delegation named by its place (中国展团, 香港参访团), a transit line by its number (地铁4号线), a base or a project
named by its place (成都大熊猫繁育研究基地, 深圳大冲旧村改造项目), a determiner with a kind
(本届代表团) and a determiner with a meeting's, fair's or game's word (本次大会, 本届赛事: the nearest of its sort
named before, a meeting by its session being its body's, 全国政协十四届四次会议).

Each reader returns spots in text order and never overlaps a mention that already covers the span;
which spot or mention wins for a count is decided in :mod:`zhkg.relate.counts`.

Caveats: these are heuristics over the Simplified text (``ctx.simplified``); a derived body gets a
``DERIVED`` mention only when it ends up owning a count. :func:`_matches` skips a pattern's scan when
the text lacks what every match must hold: keep each pattern's guard in step with the pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from zhkg.records import Label, Mention, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, NearestBefore, RelationContext
from zhkg.text import HAN_ONLY, NUMBERED_TERM, find_all, first_at

__all__ = [
    "FAIRS",
    "GAMES",
    "_BODY_ENDINGS",
    "_EVENT_NAME",
    "_EVENT_WORD",
    "_EVENT_WORDS",
    "_HOLDERS",
    "_OFFICIAL",
    "_PROJECT",
    "_SCHOOL_AFTER_PLACE",
    "_TEAM_RECORD",
    "_VILLAGE",
    "_acronyms",
    "_brands",
    "_chains",
    "_determined_events",
    "_delegations",
    "_determined_kinds",
    "_events",
    "_halls",
    "_latin_tails",
    "_lines",
    "_matches",
    "_meeting_sessions",
    "_named_after_places",
    "_official_bodies",
    "_people_teams",
    "_place_works",
    "_projects",
    "_schools",
    "_teams",
    "_trade_brands",
    "_villages",
    "region_wide",
]

_HOLDERS = (Label.PLACE, Label.ORGANIZATION)
# What an organisation's name may end in (besides ``org_suffixes.tsv``): a name ending otherwise that is
# another organisation of the document plus a few characters was cut too long (广发基金|中标).
_BODY_ENDINGS = ("基金", "证券", "保险", "控股", "股份", "中心", "论坛", "会议", "博览会") + tuple("所院会部局厅委办社队店厂行站台馆团组处科室校园司署军党")
# Han characters only: what an echo or an abbreviation of a name may be made of.
# A village no gazetteer knows: two letters and 村, written at least twice (常乐镇上游村…在上游村其他3个生产队),
# unless the two end a generic word (农村, 全村, 该村, 进村) or 村 opens another word (村民, 村委).
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2}村(?![民委级长庄落里镇干官务部子头口])")
_NOT_VILLAGE_ENDS = "农乡山渔全本该各每同邻外进回下整个新此那这们"
_NOT_VILLAGE_OPENS = "我你他她它这那该本全各每此其"  # 我们村, 这个村, 其所在村: pronouns and determiners
# A housing project named as two letters, a middle dot and two to four more before 项目 or 楼盘 (润泽·悦溪项目):
# its name alone (润泽·悦溪开盘) and 该项目 stand for it.
_PROJECT = re.compile(r"(?<!·)[\u4e00-\u9fff]{2}·[\u4e00-\u9fff]{2,4}(?=项目|楼盘)")
# A school no extractor named, after the place it is in (洛杉矶阿美瑞卡那(Americana)按摩学院): the words
# between the place (or its alias in brackets) and the school's ending name it (按摩学院).
# So is an association (香港律师会, 台北市商业会): 该会 and its members counted stand for it. No verb, time, numeral,
# classifier, superlative or function word inside the name (香港昨日举行大会, 美国四所大学, 美国读完大学, 荷兰最古老大学
# name none), nor a connector (北京共有大学90所, 全港共有中学450间: the place's schools counted).
_SCHOOL_AFTER_PLACE = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?((?:(?:(?!共有|共计|拥有|现有|已有|还有|只有)" + r"[^\W\d_的了在于和与及是将为对向从到等个名家年月日昨今明举行开召办出席参加"
                                 r"一二三四五六七八九十百千万两几数多所间读完考进入就上去来最])"
                                 r"{2,4}?(?:学院|学校|中学|小学|大学|协会|学会|商会|公会|总会|工会))|律师会)")


# The short words of the multi-sport games and of the national fairs (残奥会, 亚冬会, 进博会): an event's word as 奥运会
# and 博览会 are, named after its place (巴黎残奥会, 哈尔滨亚冬会) as any other event is (session 44, owners188).
GAMES = ("冬残奥会", "残奥会", "冬奥会", "亚冬会", "亚残运会", "全运会", "大运会", "青奥会")
FAIRS = ("进博会", "广交会", "服贸会", "消博会", "链博会")


# An event no extractor names, by the word ending its name: after a place opening it (中国国际教育展), or opening a
# clause or after its session (第五届两岸经贸文化论坛); no verb or function word inside the name.
_EVENT_WORDS = (r"(?:论坛|峰会|博览会|展览会|交易会|运动会|电影节|艺术节|音乐节|教育展|车展|书展|大赛|锦标赛|奥运会|亚运会|世博会|房展会|联赛|"
                r"招聘会|招聘大会|双选会|"
                + "|".join(GAMES + FAIRS) + ")")
_EVENT_LETTERS = r"[^\W\d_的了在于和与及是将为对向从到召开举行出席参加等个名家届年月日上下中]"
# An event's own name written twice is this long at least (两岸经贸文化论坛; not 此次峰会, 区域总论坛), and opens with
# no determiner (此次, 本届, 该, 今年…).
_EVENT_NAME_LENGTH = 6
_DETERMINERS = "此本这那该各每其首上下今明去前后"
# (全国地板“超级店员”大赛; a year may follow the place: 大连市2025年秋季人才招聘大会, owners310)
_EVENT_AFTER_PLACE = re.compile(r"(?:\d{4}年)?(?:" + _EVENT_LETTERS + r"|[“”「」])" + r"{0,8}?" + _EVENT_WORDS)
_EVENT_WORD = re.compile(_EVENT_WORDS)  # what every _EVENT_NAME holds: without one, no need to try each position
_EVENT_NAME = re.compile(r"(?:^|(?<=[，,。；;！？!?\s“”「」])|(?<=届))(" + _EVENT_LETTERS + r"{2,10}?" + _EVENT_WORDS + ")")
# An event named in quotation marks (“宏耐总部迁址南京周年庆典”的优惠活动) is one even written once: the marks say it
# is a name, and a celebration (庆典) is an event too; a place inside it is part of the name.
_QUOTED_EVENT = re.compile(r"“([^“”，,。；;！？!?]{2,14}?(?:庆典|" + _EVENT_WORDS[3:] + r")”")
# An event after its session number (第3届冲浪狗大赛) is one even written once: the session says it recurs.
_SESSION_EVENT = re.compile(r"第[\d一二三四五六七八九十百]+届(" + _EVENT_LETTERS + r"{2,10}?" + _EVENT_WORDS + ")")
# A body opening a clause right before its official account or site (中影南方官方微博, X官网): no function word inside.
_ACCOUNTS = ("官方微博", "官方网站", "官方网", "官网")
_OFFICIAL = re.compile(r"(?:^|(?<=[，,。；;！？!?\s“”「」]))([^\W\d_的了在于和与及是将为对向从到等个名家年月日昨今明也都还就]{2,8}?)"
                       r"(?=" + "|".join(_ACCOUNTS) + ")")
# A body known by its Latin capitals (NBA), and the words after it that only a body takes (NBA官方, NBA自己的).
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
_BODY_CUES = re.compile(r"官方|官网|总裁|总部|主席|旗下|自己的|联盟")
# A team written with its won-lost record (雷霆(55-27), 雄鹿(35-47)) in a game report: a body, whatever the
# extractors took it for, and the team whose section of the report the counts after it are in.
_TEAM_RECORD = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?=[（(]\d{1,3}-\d{1,3}[)）])")
# Endings of a company's name whose brand (曲美 of 曲美家具集团) the text also writes alone as a clause's subject.
_COMPANY_ENDINGS = ("集团", "公司", "股份", "控股")
_BRAND_OPENINGS = 2


def _matches(pattern: re.Pattern[str], text: str, needed: str | re.Pattern[str]) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing, without trying the pattern at every position, when ``text`` lacks
    ``needed`` (a string or a pattern every match of ``pattern`` holds: 村 of a village).

    >>> [m.group() for m in _matches(_VILLAGE, "常乐镇上游村", "村")], list(_matches(_VILLAGE, "常乐镇", "村"))
    (['上游村'], [])
    """
    found = needed in text if isinstance(needed, str) else needed.search(text) is not None
    return pattern.finditer(text) if found else ()


def _teams(ctx: RelationContext) -> tuple[list[tuple[int, int, Mention]], list[int]]:
    """(start, end, team) of every occurrence of a team written somewhere with its record (雷霆(55-27)), where
    no place or organisation is marked (jieba may take 雷霆 for a person), and where each record is."""
    covered = ctx.covered(_HOLDERS)
    records = [(m.start(), m.group(1)) for m in _matches(_TEAM_RECORD, ctx.simplified, "-")]
    out = []
    for name in sorted({name for _, name in records}):
        for m in find_all(name, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                s, e = m.span()
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out, [start for start, _ in records]


def _brands(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a company's opening two or more letters written alone (曲美
    of 曲美家具集团: 曲美斥资…, 曲美现已拥有…) where no mention covers it, when at least two of them open a
    clause: the company by its brand."""
    text = ctx.simplified
    covered = ctx.covered()
    generic = set(ctx.lexicon.org_suffixes) | set(ctx.lexicon.glossary)
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION}.values():
        name = org.name
        if not name.endswith(_COMPANY_ENDINGS) or not HAN_ONLY.match(name):
            continue
        for length in range(len(name) - 4, 1, -1):  # the longest brand leaving a word and the ending
            brand = name[:length]
            if brand in generic or any(brand.endswith(e) or brand.startswith(e) for e in _BODY_ENDINGS if len(e) > 1):
                continue  # 基金 of 基金管理公司: a kind of body, no brand
            found = [m for m in find_all(brand, text)
                     if covered.isdisjoint(range(m.start(), m.end()))]
            opening = [m for m in found if m.start() == 0 or CLAUSE_BREAK.match(text[m.start() - 1])]
            if len(opening) >= _BRAND_OPENINGS:
                out += [(m.start(), m.end(), org) for m in found]
                break
    return out


def _villages(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, village) of each village no extractor named that the text writes at least twice
    (常乐镇上游村…在上游村其他3个生产队 -> 上游村), each a place derived if it owns a count."""
    covered = ctx.covered(but=(Label.COUNT,))
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _matches(_VILLAGE, ctx.simplified, "村"):
        name = m.group()
        if name[1] not in _NOT_VILLAGE_ENDS and name[0] not in _NOT_VILLAGE_OPENS and covered.isdisjoint(range(m.start(), m.end())):
            found.setdefault(name, []).append(m.span())
    return [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.PLACE, DERIVED, canonical=name))
            for name, spans in sorted(found.items()) if len(spans) >= 2 for s, e in spans]


def _acronyms(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each occurrence of a body known by its Latin capitals that no extractor named (NBA),
    written at least twice where no mention covers it and once before a word only a body takes (NBA官方, NBA总裁,
    NBA自己的…): an organisation derived wherever it is written."""
    covered = ctx.covered(but=(Label.COUNT,))
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _ACRONYM.finditer(ctx.simplified):
        if covered.isdisjoint(range(m.start(), m.end())):
            found.setdefault(m.group(), []).append(m.span())
    out = []
    for name, spans in sorted(found.items()):
        if len(spans) >= 2 and any(_BODY_CUES.match(ctx.simplified, e) for _, e in spans):
            out += [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED, canonical=name))
                    for s, e in spans]
    return out


# A chain named in Hong Kong's and Taiwan's news (session 29, counts37): the name after its kind (连锁快餐店大家乐表示, 连锁药房
# 万宁宣布) or a cinema chain's name (星光院线昨日宣布), opening a clause before a verb of saying or of what it holds, is
# a company; none of the words of a whole or a kind (全国院线, 各院线, 本地院线) is one
_CHAIN_CUES = r"(?=表示|宣布|指出|公布|称|透露|旗下|今天|今日|昨天|昨日|将|计划|目前|现时)"
_CHAIN_AFTER_KIND = re.compile(r"连锁[\u4e00-\u9fff]{0,3}?(?:店|药房|超市|餐厅|集团|品牌)([\u4e00-\u9fff]{2,4}?)" + _CHAIN_CUES)
_CINEMA_CHAIN = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\s“「]))((?![全各本该两多大小国内外])[\u4e00-\u9fff]{2,3}院线)" + _CHAIN_CUES)


def _derived_wherever_written(ctx: RelationContext, names: set[str], covered: set[int],
                              anywhere: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each place ``names`` are written (in order of name) that no mention in
    ``covered`` holds, or of every place for a name in ``anywhere``: an organisation derived by a count's reader."""
    out = []
    for name in sorted(names):
        for m in find_all(name, ctx.simplified):
            s, e = m.span()
            if covered.isdisjoint(range(s, e)) or name in anywhere:
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out


def _chains(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a chain no extractor named: the name a chain's kind opens
    (连锁快餐店大家乐表示 -> 大家乐) or a cinema chain's (星光院线昨日宣布 -> 星光院线), derived wherever it is written."""
    text = ctx.simplified
    if "连锁" not in text and "院线" not in text:
        return []
    covered = ctx.covered(but=(Label.COUNT,))
    names = {m.group(1) for pattern in (_CHAIN_AFTER_KIND, _CINEMA_CHAIN) for m in pattern.finditer(text)
             if covered.isdisjoint(range(m.start(1), m.end(1)))}
    return _derived_wherever_written(ctx, names, covered)


#: the trades of home news a brand is written before (宏耐地板, 长谷瓷砖, 意风家具)
_TRADES = r"(?:地板|家具|瓷砖|陶瓷|卫浴|洁具|橱柜|涂料|床垫|吊顶|木门|门窗|壁纸|家纺|装饰)"
_TRADE = re.compile(_TRADES)
_TRADE_BRAND = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|[的和与及是、]))([\u4e00-\u9fff]{2})(?=" + _TRADES + ")")
#: what only a company or its brand is written before: 宏耐品牌, 宏耐总部, 宏耐专卖店, 意风家具店员
_BRAND_CUES = re.compile(r"品牌|总部|专卖店|旗舰店|总经理|董事长|旗下|店员|经销商|有限公司|公司|集团")
_BRAND_WORD_TAGS = ("ns", "nz", "nt", "nrt")  # a word jieba knows that may still be a brand (长谷/ns)


def _trade_brands(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a brand no extractor named as a place or organisation that the text
    writes before its trade (宏耐地板将举行…, 宏耐品牌在中国…, 宏耐举办的…活动): two letters that are no dictionary word of another kind
    (实木地板, 儿童家具, 知名涂料: kinds of goods), written at least twice, once right before a word only a company
    takes (品牌, 总部, 专卖店…; after its trade: 总部, 店员…, not 品牌: 实木地板品牌). The company is named by
    the brand and its trade, as first written."""
    from zhkg.stages.segment import dictionary_tags

    text = ctx.simplified
    if not _TRADE.search(text):
        return []
    tags = dictionary_tags()
    covered = ctx.covered(but=(Label.COUNT, Label.PERSON))  # (a recogniser may take the brand for a person: 华岳)
    trades = _TRADE
    out = []
    named = [m.name for m in ctx.mentions if m.label is Label.ORGANIZATION]
    for brand in sorted({m.group(1) for m in _TRADE_BRAND.finditer(text)}):
        if tags.get(brand, "ns") not in _BRAND_WORD_TAGS or any(n.startswith(brand) and n.endswith(_COMPANY_ENDINGS)
                                                                   for n in named):
            continue  # (曲美 of 曲美家具集团: the company is named, and its brand read by _brands)
        found = [m for m in find_all(brand, text) if covered.isdisjoint(range(m.start(), m.end()))]
        if len(found) < 2:
            continue
        cued = False
        for m in found:
            trade = trades.match(text, m.end())
            cue = _BRAND_CUES.match(text, trade.end() if trade else m.end())
            if cue and not (trade and cue.group() == "品牌"):
                cued = True
        if not cued:
            continue
        first = next((m for m in found if trades.match(text, m.end())), None)
        if first is None:
            continue  # (every occurrence before its trade lies inside another mention: none names the company)
        name = text[first.start() : trades.match(text, first.end()).end()]
        company = Mention(ctx.doc.id, first.start(), first.start() + len(name), ctx.text[first.start() : first.start() + len(name)],
                          name, Label.ORGANIZATION, DERIVED, canonical=name)
        for m in found:
            trade = trades.match(text, m.end())
            out.append((m.start(), trade.end() if trade else m.end(), company))
    return out


def _latin_tails(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each occurrence, where no mention covers it, of the Latin capitals an organisation's
    name ends in after a place (北京CBD: CBD区域…入驻企业15000多家 -> 北京CBD)."""
    text = ctx.simplified
    covered = ctx.covered(but=(Label.COUNT,))
    places = {h.simplified for h in holders if h.label is Label.PLACE}
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION}.values():
        name = org.name
        tail = _ACRONYM.search(name)
        if tail is None or tail.end() != len(name) or name[: tail.start()] not in places:
            continue
        for m in _ACRONYM.finditer(text):
            if m.group() == tail.group() and covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), org))
    return out


#: a person's team: 赵霏和他的团队, 赵霏的团队, 赵霏及其团队
_HIS_TEAM = re.compile(r"(?:[和与及](?:他|她)的|及其|的)团队")
_SPACES = re.compile(r"[ \u3000\xa0\t]*")


def _people_teams(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each person's team (赵霏和他的团队) where that person heads an organisation
    of the document: one a role reader read (HOLDS_ROLE), or one whose name the text writes right before a post
    and the person's name (上海磊禹科技有限公司负责人 赵霏). The team is the organisation: its works and its
    members are the organisation's (赵霏和他的团队…已累计上传58个作品)."""
    text = ctx.simplified
    if "团队" not in text:
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    orgs = [h for h in holders if h.label is Label.ORGANIZATION]
    by_id = {}
    for h in orgs:
        by_id.setdefault(ctx.owner.get(h, ""), h)
    heads: dict[str, Mention] = {}
    people_of: dict[str | None, list[Mention]] = {}  # by their entity, in order: a relation's people looked up
    for p in people:
        people_of.setdefault(ctx.owner.get(p), []).append(p)
    for r in ctx.read:
        if r.kind is RelationKind.HOLDS_ROLE and r.target in by_id:
            for p in people_of.get(r.source, ()):
                heads.setdefault(p.simplified, by_id[r.target])
    # the longest name written at a place: one candidate of each length, so lengths are tried, not every name
    names = {p.simplified for p in people}
    lengths = sorted({len(n) for n in names}, reverse=True)
    roles = tuple(sorted(ctx.lexicon.role_words, key=len, reverse=True))
    for h in orgs:
        role = first_at(text, roles, h.end, default=None)
        if role is not None:  # (the name after the post may be one no extractor marked there: a person's elsewhere)
            at = _SPACES.match(text, h.end + len(role)).end()
            name = next((text[at:at + k] for k in lengths if text[at:at + k] in names), None)
            if name is not None:
                heads.setdefault(name, h)
    out = []
    for p in people:
        team = _HIS_TEAM.match(text, p.end)
        if p.simplified in heads and team is not None:
            out.append((p.start, team.end(), heads[p.simplified]))
    if out:  # …。团队九名成员虽然…: 团队 opening a clause after a person's team is that team
        out += [(m.start(), m.end(), max((t for t in out if t[1] <= m.start()), key=lambda t: t[1])[2])
                for m in find_all("团队", text) if m.start() > out[0][1]
                and (m.start() == 0 or CLAUSE_BREAK.match(text[m.start() - 1]))]
    return out


def _official_bodies(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each body no extractor named that opens a clause right before its official account or
    site (中影南方官方微博发布…, X官网) and is written at least twice: an organisation derived wherever it is written
    (但中影南方电影新干线在官方微博发布…: 中影南方)."""
    text = ctx.simplified
    # (a recogniser may take the account for the body: 中影南方官方微博)
    covered = {i for m in ctx.mentions if m.label is not Label.COUNT and not m.simplified.endswith(_ACCOUNTS)
               for i in range(m.start, m.end)}
    names = {m.group(1) for m in _matches(_OFFICIAL, text, "官") if covered.isdisjoint(range(m.start(1), m.end(1)))
             and m.group(1)[0] not in _DETERMINERS}
    out = []
    for name in sorted(names):
        found = [m.span() for m in find_all(name, text) if covered.isdisjoint(range(m.start(), m.end()))]
        if len(found) >= 2:
            out += [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED, canonical=name))
                    for s, e in found]
    return out


# Halls of culture no extractor named (盖蒂博物馆, 蒸汽机车陈列馆): a run of letters after a break or a function word,
# ending in the kind of hall (session 19). Not a determiner's (该博物馆, 这个纪念馆): an anaphor, not a name; nor one
# after a verb of going (行至图书馆, 走进博物馆).
_HALL_WORDS = r"(?:博物馆|陈列馆|纪念馆|图书馆|美术馆|科技馆|展览馆|艺术馆|档案馆)"
_HALL = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的但而由是和与及据]))"
                   r"([^\W\d_的了在于和与及是将为对向从到至往进入去来回走行访等个名家年月日但而由据这那该此本各每其新老另"
                   r"一二两三四五六七八九十百千万几数座所]{2,8}?"
                   + _HALL_WORDS + ")")
_HALL_CUE = "馆"
# A region's deictic word before the kind of an institution (全省图书馆, 全市医院, 我市各博物馆) is all of them there, no
# body: the region owns their count, as 全省 alone would (counts145, the web set's 全省图书馆、文化馆、博物馆…接待群众).
_REGION_WIDE = re.compile(r"[全本我][省市县区州镇]各?(?:" + _HALL_WORDS + r"|医院|卫生院|学校|中小学|高校|幼儿园|养老院|敬老院)$")


def region_wide(name: str) -> bool:
    """Whether ``name`` is a region's deictic word and an institution's kind (全省图书馆, 全市医院): no body's name.

    >>> region_wide("全省图书馆"), region_wide("我市各医院"), region_wide("盖蒂博物馆"), region_wide("全国人大")
    (True, True, False, False)
    """
    return _REGION_WIDE.match(name) is not None


def _halls(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, hall) of each museum, library or hall of culture no extractor named, wherever its name is written
    (但盖蒂博物馆只同意归还26件 -> 盖蒂博物馆; 沈阳市的蒸汽机车陈列馆…已收藏16台 -> the hall)."""
    text = ctx.simplified
    if _HALL_CUE not in text:
        return []
    covered = ctx.covered((Label.ORGANIZATION,))
    counted = ctx.covered((Label.COUNT,))  # 贵州另外两座村寨博物馆: a count's noun, no hall's name
    names = {m.group(1) for m in _HALL.finditer(text) if covered.isdisjoint(range(m.start(1), m.end(1)))
             and counted.isdisjoint(range(m.start(1), m.end(1))) and not region_wide(m.group(1))}
    return _derived_wherever_written(ctx, names, covered)


def _projects(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, project) of each housing project no extractor named that the text writes before 项目 or
    楼盘 (润泽·悦溪项目), at every place its name is written (润泽·悦溪开盘…本次开盘共400套)."""
    covered = ctx.covered(but=(Label.COUNT,))
    names = sorted({m.group() for m in _matches(_PROJECT, ctx.simplified, "·")
                    if covered.isdisjoint(range(m.start(), m.end()))})
    out = []
    for name in names:
        for m in find_all(name, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                s, e = m.span()
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out


def _schools(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, school) of each school or association no extractor named right after a place (洛杉矶…(Americana)
    按摩学院 -> 按摩学院; 香港律师会): an organisation derived if its members' count goes to it."""
    covered = ctx.covered(but=(Label.COUNT,))
    out = []
    for place in (h for h in holders if h.label is Label.PLACE):
        m = _SCHOOL_AFTER_PLACE.match(ctx.simplified, place.end)
        if m and covered.isdisjoint(range(m.start(1), m.end(1))):
            # glued to its place, the body is named with it (香港律师会); after a bracket, alone (按摩学院)
            s, e = (place.start if m.start(1) == place.end else m.start(1)), m.end(1)
            out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], ctx.simplified[s:e], Label.ORGANIZATION, DERIVED,
                                      canonical=ctx.simplified[s:e])))
    return out


def _events(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, event) of each event no extractor named whose name ends in a word of its kind (论坛, 峰会, 博览会,
    教育展…): one opening with a place of the document (2011中国国际教育展 -> 中国国际教育展), or one written at least
    twice, once opening a clause or after its session (第五届两岸经贸文化论坛…。两岸经贸文化论坛已经成功地举办过四届).
    A count in a sentence about the event is its (在2011中国国际教育展上，20个国家级教育机构 -> the fair)."""
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION,))
    names: set[str] = set()
    for place in (h for h in holders if h.label is Label.PLACE):
        m = _EVENT_AFTER_PLACE.match(text, place.end)
        if m and covered.isdisjoint(range(place.start, m.end())):
            names.add(text[place.start : m.end()])
    opening = {m.group(1) for m in _matches(_EVENT_NAME, text, _EVENT_WORD) if covered.isdisjoint(range(m.start(1), m.end(1)))
               and len(m.group(1)) >= _EVENT_NAME_LENGTH and m.group(1)[0] not in _DETERMINERS}
    names |= {name for name in opening if sum(1 for _ in find_all(name, text)) >= 2}
    # (a name in quotation marks may hold a body's: “恒达家居落户苏州三周年庆典” is the event's name all the same)
    quoted = {m.group(1) for m in _matches(_QUOTED_EVENT, text, "”")}
    names |= quoted
    # an event after its session is named with it (第十五届全国运动会, the form the text writes) and is the event
    # (全国运动会), as a body's numbered term is the body (十四届全国人大: stages/resolve._numbered_term_body)
    editions = {m.group(): m.group(1) for m in _matches(_SESSION_EVENT, text, _EVENT_WORD)
                if covered.isdisjoint(range(m.start(), m.end())) and m.group(1)[0] not in _DETERMINERS}
    return [(s, e, replace(m, canonical=editions[m.simplified]) if m.simplified in editions else m)
            for s, e, m in _derived_wherever_written(ctx, names | set(editions), covered, anywhere=quoted)]


# A determiner and the kind a body named before ends in (中国体育代表团…。本届代表团共有运动员977名; 第十届中国国际汽车博览会…。
# 本届博览会共吸引了500家企业) stand for that body, though the anaphora table lists no such pair (session 24).
_KIND_DETERMINERS = re.compile(r"本届|此次|本次|这次|这届|今届|该")
_KIND_LENGTHS = (4, 3, 2)


# An edition of an event named in the history of the one reported (继1996年哈尔滨亚冬会和2007年长春亚冬会后, 继北京冬奥会之后):
# 本届 and 此次 never stand for it (session 44, owners188). Not 继续, 继承, 继任, 相继, 后继.
_PAST_EDITIONS = re.compile(r"(?<![相后])继(?![续承任而])([^，,。；;！？!?：:]{2,40}?)(?:之后|以后|后|以来)")


def _past_editions(text: str) -> list[tuple[int, int]]:
    """The spans of the editions named after 继 and before 后 (继2007年长春亚冬会后): what is named there came before.

    >>> _past_editions("这是继1996年哈尔滨亚冬会和2007年长春亚冬会后第三次举办，继续举办")
    [(3, 25)]
    """
    if "继" not in text:
        return []
    return [m.span(1) for m in _PAST_EDITIONS.finditer(text)]


def _in_past(holder: Mention, past: list[tuple[int, int]]) -> bool:
    """Whether ``holder`` is named inside a span of ``past`` (:func:`_past_editions`)."""
    return any(a <= holder.start and holder.end <= b for a, b in past)


def _not_past(holders: Iterable[Mention], past: list[tuple[int, int]]) -> list[Mention]:
    """``holders`` but those named inside a span of ``past`` (:func:`_past_editions`)."""
    return [h for h in holders if not _in_past(h, past)]


def _determined_kinds(ctx: RelationContext, holders: list[Mention], taken: set[int]) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each determiner and kind (本届代表团, 此次博览会) where no mention or anaphor is, the kind being
    how an organisation named before it, longer than the kind, ends: the nearest such organisation."""
    text = ctx.simplified
    covered = ctx.covered(but=(Label.COUNT,))
    # (an edition named in the history of the one reported is none the determiner stands for: 继…长春亚冬会后)
    orgs = _not_past((h for h in holders if h.label is Label.ORGANIZATION), _past_editions(text))
    of_kind: dict[str, NearestBefore] = {}
    # the organisations each kind ends, found by their names' endings (one long line names thousands, session 27)
    ending: dict[str, list[Mention]] = {}
    for h in orgs:
        for length in _KIND_LENGTHS:
            if len(h.name) > length:
                ending.setdefault(h.name[-length:], []).append(h)
    out = []
    for m in _KIND_DETERMINERS.finditer(text):
        if m.start() in taken or m.end() in covered:
            continue
        for length in _KIND_LENGTHS:
            kind = text[m.end() : m.end() + length]
            if len(kind) < length or not HAN_ONLY.match(kind):
                continue
            if kind not in of_kind:
                of_kind[kind] = NearestBefore(ending.get(kind, ()))
            body = of_kind[kind].at(m.start())
            if body is not None:
                out.append((m.start(), m.end() + length, body))
                break
    return out


# A meeting named by its body and its session (session 41, owners165): the body, then its session's numbers and the
# meeting's word (全国政协十四届四次会议, 省政协十二届三次会议, 市人大第五次会议), or the term's number before the body and the
# session's after it (十一届全国人大四次会议). One number at least; a count of sessions (召开了四次会议) has no body glued.
_NUMBERS = r"[\d一二三四五六七八九十百]{1,4}"
_MEETING_AFTER_BODY = re.compile(r"(?:" + NUMBERED_TERM.pattern + r"(?:第?" + _NUMBERS + r"次)?|第?" + _NUMBERS + r"次)"
                                 r"(?:全体会议|会议|大会|全会|年会)")
_TERM_BEFORE_BODY = re.compile(r"(?:" + NUMBERED_TERM.pattern + r")$")
_MEETING_WORD = re.compile(r"会议|大会|全会|年会")


def _meeting_sessions(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each session of a body's meeting that no extractor named whole (全国政协十四届四次会议,
    十一届全国人大四次会议 -> 全国政协, 全国人大): the meeting a later 本次大会 stands for, which is its body's (the
    dev set's convention: 十一届全国人大常委会第九次会议…审议15项议程 are the committee's). No spot of its own: where the
    session is written, its body is the holder already."""
    text = ctx.simplified
    if _MEETING_WORD.search(text) is None:
        return []
    covered = ctx.covered((Label.ORGANIZATION,))
    out = []
    for body in (h for h in holders if h.label is Label.ORGANIZATION):
        m = _MEETING_AFTER_BODY.match(text, body.end)
        if m is None or not covered.isdisjoint(range(body.end, m.end())):
            continue
        term = _TERM_BEFORE_BODY.search(text, max(0, body.start - 6), body.start)
        start = term.start() if term is not None and "次" in m.group() and "届" not in m.group() else body.start
        out.append((start, m.end(), body))
    return out


# A determiner and a meeting's, a fair's or a game's generic word (本次大会, 本届展会, 本届赛事, 本届全运会) stand for the
# nearest one of that sort named before, whatever its name ends in (全国政协十四届四次会议…本次大会: 全国政协's session;
# 北京马拉松…本届赛事); so does a summit's, a forum's or a fair's word alone opening a sentence (全球智库峰会…。峰会为期三天，
# …100多名前政要).
_EVENT_DETERMINER = re.compile(r"(?:本届|此次|本次|这次|这届|今届)(大会|会议|全会|年会|峰会|论坛|展会|博览会|展览会|交易会|招聘会|赛事|"
                               r"比赛|大赛|运动会|锦标赛|" + "|".join(GAMES + FAIRS) + ")"
                               r"|(?:^|(?<=[。！？!?；;\n]))(峰会|论坛|展会|博览会)(?![堂场厅室馆中])")
_MEETING_SORT = ("会议", "大会", "全会", "年会", "论坛", "峰会")
_SORTS = {
    **dict.fromkeys(("大会", "会议", "全会", "年会", "峰会", "论坛"), _MEETING_SORT),
    **dict.fromkeys(("展会", "博览会", "展览会", "交易会") + FAIRS,
                    ("博览会", "展览会", "交易会", "展会", "教育展", "车展", "书展", "世博会", "房展会", "博会") + FAIRS),
    "招聘会": ("招聘会", "招聘大会", "双选会"),  # 大连市2025年秋季人才招聘大会…本次招聘会 (owners310)
    **dict.fromkeys(("赛事", "比赛", "大赛", "运动会", "锦标赛") + GAMES,
                    ("运动会", "奥运会", "亚运会", "锦标赛", "联赛", "大赛", "马拉松", "杯赛") + GAMES),
}


def _determined_events(ctx: RelationContext, holders: list[Mention], taken: set[int],
                       sessions: list[tuple[int, int, Mention]] = ()) -> list[tuple[int, int, Mention]]:
    """(start, end, event) of each determiner and generic word of a meeting, a fair or a game (本次大会, 本届赛事) where
    no mention, anaphor or determined kind is: the nearest organisation named before it whose name ends in a word of
    that sort (大会 and 会议 are one sort), or for a meeting the body of the nearest session named before
    (``sessions``, :func:`_meeting_sessions`: 全国政协十四届四次会议…本次大会 -> 全国政协)."""
    text = ctx.simplified
    found = list(_EVENT_DETERMINER.finditer(text))
    if not found:
        return []
    covered = ctx.covered(but=(Label.COUNT,))
    near: dict[tuple[str, ...], tuple[list[int], list[Mention]]] = {}
    past = _past_editions(text)  # (继…长春亚冬会后: an earlier edition is none the determiner stands for)
    out = []
    for m in found:
        if m.start() in taken or not covered.isdisjoint(range(m.start(), m.end())):
            continue
        word = m.group(1) or m.group(2)
        sort = _SORTS[word]
        if sort not in near:  # (end, -start, mention) of each of the sort, the longest last among those ending together
            of_sort = sorted([(h.end, -h.start, i, h) for i, h in enumerate(holders) if h.label is Label.ORGANIZATION
                              and not _in_past(h, past)
                              and h.name.endswith(sort) and len(h.name) > len(word)]
                             + [(e, -s, len(holders) + i, h) for i, (s, e, h) in enumerate(sessions)
                                if sort == _MEETING_SORT], key=lambda t: t[:3])
            near[sort] = ([t[0] for t in of_sort], [t[3] for t in of_sort])
        ends, events = near[sort]
        i = bisect_right(ends, m.start())
        if i:
            out.append((m.start(), m.end(), events[i - 1]))
    return out


# A base or a project named by its place (session 41, owners165): the place, two to eight letters of its own and the kind
# (成都大熊猫繁育研究基地, 深圳大冲旧村改造项目), followed by what a subject or a holder is followed by (接待, 共有, 总投资, a
# break…). No function word, verb of a clause, numeral or word of many inside (北京市内参展项目, 四川各生产基地, 中国最大的
# 生产基地, 全省重点项目 name none); what it receives or holds is its own, not its place's.
_WORK_KINDS = r"(?:基地|项目)"
_WORK_LETTERS = (r"[^\W\d_的了在于和与及是将为对向从到召开举行出席参加等个名家届年月日上下中内外各全这那该此本其每多"
                 r"一二两三四五六七八九十百千万几数共有已]")
_WORK_AFTER_PLACE = re.compile(r"(?!重点|主要|大型|所有|部分|其他)(?:" + _WORK_LETTERS + r"){2,8}?" + _WORK_KINDS
                               + r"(?=[里内的共现已目前今昨去还将正也都只仅拥设占达总，,。；;：:！？!?\s]|接待|日前|近日|$)")
_WORK_CUE = re.compile(_WORK_KINDS)


def _named_after_places(ctx: RelationContext, holders: list[Mention], pattern: re.Pattern[str], *,
                        glued_places: bool = False) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each body no extractor named whose name is a place and the words ``pattern`` matches right
    after it (成都大熊猫繁育研究基地, 中国展团): an organisation derived wherever the whole name is written. With
    ``glued_places`` the places glued before that place name it too (广州南沙…项目)."""
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION,))
    places = [h for h in holders if h.label is Label.PLACE]
    opening = {h.end: h.start for h in places} if glued_places else {}
    names = set()
    for place in places:
        m = pattern.match(text, place.end)
        if m is None:
            continue
        start = place.start
        while start in opening and opening[start] < start:
            start = opening[start]
        if covered.isdisjoint(range(start, m.end())):
            names.add(text[start : m.end()])
    return _derived_wherever_written(ctx, names, covered)


def _place_works(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, work) of each base or project no extractor named, named by a place and its own words (成都大熊猫繁育
    研究基地, 深圳大冲旧村改造项目): an organisation derived wherever the whole name is written, as a housing project of
    :func:`_projects` is (该项目 stands for it); the places glued before the place name it too (广州南沙…项目)."""
    if _WORK_CUE.search(ctx.simplified) is None:
        return []
    return _named_after_places(ctx, holders, _WORK_AFTER_PLACE, glued_places=True)


# A delegation named by its place (session 41, owners165): the place, at most four letters of its own and the kind
# (中国展团, 香港参访团, 中国体育代表团) where no extractor named it; what it counts (一行30人, 共有80家企业) is its own,
# not its place's. Its place is every delegation's, so the name is the whole.
_DELEGATION_AFTER_PLACE = re.compile(r"(?:" + _WORK_LETTERS + r"){0,4}?(?:代表团|参访团|访问团|考察团|展团|交流团|参观团|慰问团"
                                     r"|访华团|采访团)(?![长员])")
_DELEGATION_CUE = re.compile(r"[访展察观问流]团|代表团")


def _delegations(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, delegation) of each delegation named by its place and its kind (中国展团, 香港参访团, 中国体育代表团)
    that no extractor named: an organisation derived wherever the whole name is written (团长 and 团员 after it are
    its people, not another body: 代表团长 names none)."""
    if _DELEGATION_CUE.search(ctx.simplified) is None:
        return []
    return _named_after_places(ctx, holders, _DELEGATION_AFTER_PLACE)


# A transit line by its number (地铁4号线, 电车7号线, 轻轨3号线, 4号线 after 地铁 was named): what it has (共设车站24座,
# 包括7个新车站) is its own.
# A section of a line written right after it (电车7号线南延段, 地铁4号线北延线, 地铁2号线一期): 该 and that section stand for the line.
_SECTION = re.compile(r"[东南西北]?(?:延伸段|延长段|延长线|延伸线|延段|延线|支线)|[一二三四]期")
_SECTION_DETERMINER = "该"
_LINE = re.compile(r"(?:(?:地铁|轻轨|电车|有轨电车|城轨|磁浮|机场快线)[\d一二三四五六七八九十]{1,3}号线)")


def _lines(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, line) of each metro, light-rail or tram line named by its kind and number (地铁4号线, 电车7号线) that no
    mention covers: an organisation derived where it is written, as a facility named by its kind is."""
    text = ctx.simplified
    if "号线" not in text:
        return []
    covered = ctx.covered(but=(Label.COUNT,))
    names = {m.group() for m in _LINE.finditer(text) if covered.isdisjoint(range(m.start(), m.end()))}
    out = _derived_wherever_written(ctx, names, covered)
    # 电车7号线南延段…，该南延段共计3.8公里，包括7个新车站: 该 and the section written after the line stand for the line
    # (its section has no node of its own; owners170)
    sections = {m.group(): h for s, e, h in out if (m := _SECTION.match(text, e)) is not None}
    for section, line in sorted(sections.items()):
        for m in find_all(_SECTION_DETERMINER + section, text):
            if covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), line))
    return sorted(out, key=lambda spot: (spot[0], spot[1])) if sections else out
